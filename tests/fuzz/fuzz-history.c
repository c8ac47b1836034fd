/* fuzz-history.c
 *
 * Copyright 2026 The Status Codes authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* Any bytes as a history: the loader gives a history or an error, never
 * both, never neither, and a history it gives keeps the promises the page
 * relies on. Inputs of odd length go through a translation function. */

#include "config.h"

#include "sc-history.h"

int LLVMFuzzerTestOneInput (const guint8 *data,
                            size_t        size);

static const char *
translate_identity (const char *context,
                    const char *msgid,
                    gpointer    user_data)
{
  return msgid;
}

static void
check_history (ScHistory *history)
{
  g_autoptr(GDate) today = g_date_new_dmy (4, 12, 2026);
  guint previous = 0;

  g_assert_cmpuint (sc_history_get_n_entries (history), >, 0);

  for (guint i = 0; i < sc_history_get_n_entries (history); i++)
    {
      const ScHistoryEntry *entry = sc_history_get_entry (history, i);
      g_autofree char *registry = sc_history_entry_dup_registry_text (entry, today);

      g_assert_cmpuint (entry->code, >=, 100);
      g_assert_cmpuint (entry->code, <=, 599);
      g_assert_cmpuint (entry->code, >, previous);
      g_assert_true (sc_history_lookup (history, entry->code) == entry);
      g_assert_cmpint (entry->versions, !=, SC_HTTP_VERSIONS_NONE);
      g_assert_true (g_utf8_validate (registry, -1, NULL));
      g_assert_true (entry->note == NULL || g_utf8_validate (entry->note, -1, NULL));
      for (guint j = 0; j < entry->events->len; j++)
        {
          g_autofree char *text = sc_history_event_dup_text (g_ptr_array_index (entry->events, j));

          g_assert_true (g_utf8_validate (text, -1, NULL));
        }
      previous = entry->code;
    }
}

int
LLVMFuzzerTestOneInput (const guint8 *data,
                        size_t        size)
{
  g_autoptr(GBytes) bytes = g_bytes_new (data, size);
  g_autoptr(GError) error = NULL;
  g_autoptr(ScHistory) history = NULL;

  history = sc_history_load_bytes_full (bytes, size % 2 ? translate_identity : NULL, NULL, &error);
  g_assert_true ((history == NULL) != (error == NULL));
  if (history != NULL)
    check_history (history);
  else
    g_assert_true (g_utf8_validate (error->message, -1, NULL));

  return 0;
}
