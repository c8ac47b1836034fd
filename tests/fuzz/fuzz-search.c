/* fuzz-search.c
 *
 * Copyright 2026 The Status Codes authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* Any bytes as a search over the real table, as a paste into the search
 * entry would give them: an answer that names only codes of the table, each
 * once, best first. */

#include "config.h"

#include "sc-constants.h"
#include "sc-search.h"
#include "sc-status-table.h"

int LLVMFuzzerTestOneInput (const guint8 *data,
                            size_t        size);

static ScStatusTable *table;
static ScConstants *constants;
static ScSearch *search;

static void
load (void)
{
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GError) error = NULL;

  bytes = g_resources_lookup_data (RESOURCE_PREFIX "/status-codes.xml", 0, &error);
  g_assert_no_error (error);
  table = sc_status_table_load_bytes (bytes, &error);
  g_assert_no_error (error);
  constants = sc_constants_load_resource (RESOURCE_PREFIX "/constants.xml", &error);
  g_assert_no_error (error);
  search = sc_search_new (G_LIST_MODEL (table), constants);
}

int
LLVMFuzzerTestOneInput (const guint8 *data,
                        size_t        size)
{
  g_autofree char *query = g_strndup ((const char *) data, size);
  g_autoptr(ScSearchResult) result = NULL;
  g_autoptr(GHashTable) seen = g_hash_table_new (NULL, NULL);
  guint n_matches;

  if (search == NULL)
    load ();

  /* A blank query, one with no letter or digit, matches everything. */
  result = sc_search_run (search, query);
  if (result == NULL)
    {
      g_autofree char *valid = g_utf8_make_valid (query, -1);

      for (const char *p = valid; *p != '\0'; p = g_utf8_next_char (p))
        g_assert_false (g_unichar_isalnum (g_utf8_get_char (p)));
      return 0;
    }
  n_matches = sc_search_result_get_n_matches (result);
  g_assert_cmpuint (n_matches, <=, g_list_model_get_n_items (G_LIST_MODEL (table)));

  for (guint i = 0; i < n_matches; i++)
    {
      guint code = sc_search_result_get_code (result, i);

      g_assert_nonnull (sc_status_table_lookup (table, code));
      g_assert_true (g_hash_table_add (seen, GUINT_TO_POINTER (code)));
      g_assert_true (sc_search_result_contains (result, code));
      g_assert_cmpuint (sc_search_result_get_rank (result, code), ==, i);
    }

  return 0;
}
