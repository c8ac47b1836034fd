/* fuzz-status-table.c
 *
 * Copyright 2026 The Status Codes authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* Any bytes as a status table: the loader gives a table or an error, never
 * both, never neither, and a table it gives keeps the promises the app
 * relies on. Inputs of odd length go through a translation function. */

#include "config.h"

#include "sc-status-table.h"

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
check_table (ScStatusTable *table)
{
  GListModel *model = G_LIST_MODEL (table);
  guint n_items = g_list_model_get_n_items (model);
  guint previous = 0;

  g_assert_cmpuint (n_items, >, 0);

  for (guint i = 0; i < n_items; i++)
    {
      g_autoptr(ScStatusCode) code = g_list_model_get_item (model, i);
      guint value = sc_status_code_get_code (code);
      GPtrArray *related = sc_status_code_get_related (code);

      g_assert_cmpuint (value, >=, 100);
      g_assert_cmpuint (value, <=, 599);
      g_assert_cmpuint (value, >, previous);
      g_assert_true (sc_status_table_lookup (table, value) == code);
      g_assert_nonnull (sc_status_code_get_title (code));
      g_assert_true (g_utf8_validate (sc_status_code_get_title (code), -1, NULL));
      g_assert_nonnull (sc_status_code_get_summary (code));
      for (guint j = 0; related != NULL && j < related->len; j++)
        g_assert_nonnull (sc_status_table_lookup (table, ((ScRelatedNote *) g_ptr_array_index (related, j))->code));
      previous = value;
    }
}

int
LLVMFuzzerTestOneInput (const guint8 *data,
                        size_t        size)
{
  g_autoptr(GBytes) bytes = g_bytes_new (data, size);
  g_autoptr(GError) error = NULL;
  g_autoptr(ScStatusTable) table = NULL;

  table = sc_status_table_load_bytes_full (bytes, size % 2 ? translate_identity : NULL, NULL, &error);
  g_assert_true ((table == NULL) != (error == NULL));
  if (table != NULL)
    check_table (table);
  else
    g_assert_true (g_utf8_validate (error->message, -1, NULL));

  return 0;
}
