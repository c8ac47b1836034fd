/* bench-core.c
 *
 * Copyright 2026 The Status Codes authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* The table and the search, timed without a display: loading the table
 * (parse and translate, in the locale of the environment), and the mean
 * time per query over the whole query table of test-search, on the real
 * table and on one a hundred times larger. Prints "name value" lines of
 * medians for build-aux/dev bench. */

#include "config.h"

#include <locale.h>
#include <malloc.h>
#include <stdio.h>

#include "bench-measure.h"
#include "sc-constants.h"
#include "sc-examples.h"
#include "sc-guide.h"
#include "sc-history.h"
#include "sc-locale.h"
#include "sc-search.h"
#include "sc-status-table.h"

#include "../search-cases.h"

#define LOAD_RUNS 30
#define SEARCH_RUNS 30
#define LARGE_SEARCH_RUNS 10
#define LARGE_FACTOR 100

/* Mean milliseconds per query, over every query of the tables. */
static double
time_queries (ScSearch *search)
{
  gint64 start = g_get_monotonic_time ();

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      ScSearchResult *result = sc_search_run (search, cases[i].query);

      g_clear_pointer (&result, sc_search_result_unref);
    }
  for (guint i = 0; i < G_N_ELEMENTS (constant_cases); i++)
    {
      ScSearchResult *result = sc_search_run (search, constant_cases[i].query);

      g_clear_pointer (&result, sc_search_result_unref);
    }

  return (g_get_monotonic_time () - start) / 1000.0 /
         (G_N_ELEMENTS (cases) + G_N_ELEMENTS (constant_cases));
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(ScStatusTable) table = NULL;
  g_autoptr(ScConstants) constants = NULL;
  g_autoptr(ScSearch) search = NULL;
  static const guint factors[] = { 1, 10, LARGE_FACTOR };
  guint large_codes = 0;
  g_autoptr(GBytes) constants_bytes = NULL;
  double load_ms[LOAD_RUNS], constants_ms[LOAD_RUNS], index_ms[LOAD_RUNS];
  double search_ms[SEARCH_RUNS], large_ms[LARGE_SEARCH_RUNS];
  ScSearchResult *warm = NULL;
  double table_kb, index_kb;
  size_t heap_before;

  sc_locale_init ();
  setlocale (LC_NUMERIC, "C");  /* the figures are read by a script */

  bytes = g_resources_lookup_data (RESOURCE_PREFIX "/status-codes.xml", 0, &error);
  g_assert_no_error (error);

  heap_before = mallinfo2 ().uordblks;
  for (guint i = 0; i < LOAD_RUNS; i++)
    {
      gint64 start = g_get_monotonic_time ();

      g_clear_object (&table);
      table = sc_status_table_load_bytes (bytes, &error);
      g_assert_no_error (error);
      load_ms[i] = (g_get_monotonic_time () - start) / 1000.0;
      if (i == 0)
        table_kb = (mallinfo2 ().uordblks - heap_before) / 1024.0;
    }

  constants_bytes = g_resources_lookup_data (RESOURCE_PREFIX "/constants.xml", 0, &error);
  g_assert_no_error (error);
  for (guint i = 0; i < LOAD_RUNS; i++)
    {
      gint64 start = g_get_monotonic_time ();

      g_clear_object (&constants);
      constants = sc_constants_load_bytes (constants_bytes, &error);
      g_assert_no_error (error);
      constants_ms[i] = (g_get_monotonic_time () - start) / 1000.0;
    }

  /* The rest of what the loading thread reads: each once, with what it
   * keeps in the heap. */
  {
    size_t heap_start = mallinfo2 ().uordblks;
    gint64 start = g_get_monotonic_time ();
    g_autoptr(ScConstants) once = sc_constants_load_bytes (constants_bytes, &error);
    g_autoptr(ScHistory) history = NULL;
    g_autoptr(ScExamples) examples = NULL;
    g_autoptr(ScGuide) guide = NULL;

    g_assert_no_error (error);
    printf ("constants-kb %.0f\n", (mallinfo2 ().uordblks - heap_start) / 1024.0);

    heap_start = mallinfo2 ().uordblks;
    start = g_get_monotonic_time ();
    history = sc_history_load_resource (RESOURCE_PREFIX "/history.xml", &error);
    g_assert_no_error (error);
    printf ("history-load-ms %.3f\nhistory-kb %.0f\n", (g_get_monotonic_time () - start) / 1000.0,
            (mallinfo2 ().uordblks - heap_start) / 1024.0);

    heap_start = mallinfo2 ().uordblks;
    start = g_get_monotonic_time ();
    examples = sc_examples_load_resource (RESOURCE_PREFIX "/examples.xml", &error);
    g_assert_no_error (error);
    printf ("examples-load-ms %.3f\nexamples-kb %.0f\n", (g_get_monotonic_time () - start) / 1000.0,
            (mallinfo2 ().uordblks - heap_start) / 1024.0);

    heap_start = mallinfo2 ().uordblks;
    start = g_get_monotonic_time ();
    guide = sc_guide_load_resource (RESOURCE_PREFIX "/guide.xml", &error);
    g_assert_no_error (error);
    printf ("guide-load-ms %.3f\nguide-kb %.0f\n", (g_get_monotonic_time () - start) / 1000.0,
            (mallinfo2 ().uordblks - heap_start) / 1024.0);
  }

  /* The index is built once, on the thread that loads the data at start-up. */
  for (guint i = 0; i < LOAD_RUNS; i++)
    {
      g_autoptr(ScSearch) fresh = sc_search_new (G_LIST_MODEL (table), constants);
      gint64 start = g_get_monotonic_time ();

      sc_search_prepare (fresh);
      index_ms[i] = (g_get_monotonic_time () - start) / 1000.0;
    }

  heap_before = mallinfo2 ().uordblks;
  search = sc_search_new (G_LIST_MODEL (table), constants);
  g_clear_pointer (&warm, sc_search_result_unref);
  warm = sc_search_run (search, "404");
  index_kb = (mallinfo2 ().uordblks - heap_before) / 1024.0;
  for (guint i = 0; i < SEARCH_RUNS; i++)
    search_ms[i] = time_queries (search);

  /* How the cost grows with the content: the table loaded 1, 10 and 100
   * times over, each load its own objects, all of them in one index. */
  for (guint f = 0; f < G_N_ELEMENTS (factors); f++)
    {
      g_autoptr(GPtrArray) tables = g_ptr_array_new_with_free_func (g_object_unref);
      g_autoptr(GListStore) all = g_list_store_new (SC_TYPE_STATUS_CODE);
      g_autoptr(ScSearch) grown = NULL;
      ScSearchResult *result;
      size_t heap_start = mallinfo2 ().uordblks;
      gint64 start = g_get_monotonic_time ();
      double load, index;

      for (guint copy = 0; copy < factors[f]; copy++)
        {
          ScStatusTable *loaded = sc_status_table_load_bytes (bytes, &error);

          g_assert_no_error (error);
          g_ptr_array_add (tables, loaded);
          for (guint i = 0; i < g_list_model_get_n_items (G_LIST_MODEL (loaded)); i++)
            {
              g_autoptr(ScStatusCode) code = g_list_model_get_item (G_LIST_MODEL (loaded), i);

              g_list_store_append (all, code);
            }
        }
      load = (g_get_monotonic_time () - start) / 1000.0;

      grown = sc_search_new (G_LIST_MODEL (all), constants);
      start = g_get_monotonic_time ();
      sc_search_prepare (grown);
      index = (g_get_monotonic_time () - start) / 1000.0;

      printf ("growth-%u-codes %u\n", factors[f], g_list_model_get_n_items (G_LIST_MODEL (all)));
      printf ("growth-%u-load-ms %.2f\n", factors[f], load);
      printf ("growth-%u-index-ms %.2f\n", factors[f], index);
      printf ("growth-%u-heap-kb %.0f\n", factors[f], (mallinfo2 ().uordblks - heap_start) / 1024.0);
      printf ("growth-%u-peak-rss-kb %ld\n", factors[f], bench_peak_rss_kb ());
      printf ("growth-%u-search-ms %.3f\n", factors[f], time_queries (grown));
      if (factors[f] == LARGE_FACTOR)
        {
          large_codes = g_list_model_get_n_items (G_LIST_MODEL (all));
          for (guint i = 0; i < LARGE_SEARCH_RUNS; i++)
            large_ms[i] = time_queries (grown);
        }
      result = sc_search_run (grown, "404");
      g_assert_cmpuint (sc_search_result_get_code (result, 0), ==, 404);
      sc_search_result_unref (result);
    }

  printf ("table-title %s\n", sc_status_code_get_title (sc_status_table_lookup (table, 404)));
  printf ("table-codes %u\n", g_list_model_get_n_items (G_LIST_MODEL (table)));
  printf ("queries %u\n", (guint) (G_N_ELEMENTS (cases) + G_N_ELEMENTS (constant_cases)));
  printf ("load-ms %.3f\n", bench_median (load_ms, LOAD_RUNS));
  printf ("constants-libraries %u\n", sc_constants_get_n_libraries (constants));
  printf ("constants-entries %u\n", sc_constants_get_n_entries (constants));
  printf ("constants-load-ms %.3f\n", bench_median (constants_ms, LOAD_RUNS));
  printf ("index-ms %.3f\n", bench_median (index_ms, LOAD_RUNS));
  printf ("table-kb %.0f\n", table_kb);
  printf ("index-kb %.0f\n", index_kb);
  printf ("search-ms %.4f\n", bench_median (search_ms, SEARCH_RUNS));
  printf ("large-codes %u\n", large_codes);
  printf ("large-search-ms %.3f\n", bench_median (large_ms, LARGE_SEARCH_RUNS));

  g_clear_pointer (&warm, sc_search_result_unref);

  return 0;
}
