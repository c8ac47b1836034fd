/* fuzz-constants.c
 *
 * Copyright 2026 The Status Codes authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* Any bytes as constants: the loader gives constants or an error, never
 * both, never neither, and constants it gives keep the promises that the
 * page and the search rely on. */

#include "config.h"

#include "sc-constants.h"

int LLVMFuzzerTestOneInput (const guint8 *data,
                            size_t        size);

static void
check_constants (ScConstants *constants)
{
  guint n_entries = sc_constants_get_n_entries (constants);
  guint previous = 0;

  g_assert_cmpuint (sc_constants_get_n_libraries (constants), >, 0);

  for (guint i = 0; i < n_entries; i++)
    {
      const ScConstant *entry = sc_constants_get_entry (constants, i);
      const ScConstant *first;
      guint n_same;

      g_assert_cmpuint (entry->code, >=, previous);
      g_assert_cmpuint (entry->code, <=, 599);
      g_assert_true (sc_constants_lookup_library (constants, entry->library->id) == entry->library);
      g_assert_true ((entry->name == NULL) == (entry->state == SC_CONSTANT_STATE_UNDEFINED));
      if (entry->name != NULL)
        {
          g_autofree char *qualified = sc_constant_dup_qualified_name (entry);

          g_assert_true (g_utf8_validate (qualified, -1, NULL));
        }

      first = sc_constants_lookup (constants, entry->code, &n_same);
      g_assert_true (first <= entry && entry < first + n_same);
      previous = entry->code;
    }
}

int
LLVMFuzzerTestOneInput (const guint8 *data,
                        size_t        size)
{
  g_autoptr(GBytes) bytes = g_bytes_new (data, size);
  g_autoptr(GError) error = NULL;
  g_autoptr(ScConstants) constants = NULL;

  constants = sc_constants_load_bytes (bytes, &error);
  g_assert_true ((constants == NULL) != (error == NULL));
  if (constants != NULL)
    check_constants (constants);
  else
    g_assert_true (g_utf8_validate (error->message, -1, NULL));

  return 0;
}
