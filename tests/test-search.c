/* test-search.c
 *
 * Copyright 2026 The Status Codes authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <locale.h>
#include <string.h>

#include "sc-search.h"
#include "sc-status-table.h"

#define TABLE_PATH RESOURCE_PREFIX "/status-codes.xml"

typedef enum {
  FIRST,      /* the first result is codes[0] */
  TOP,        /* all of codes are among the first `top` results */
  EXACTLY,    /* the results are codes, in this order */
  CLASS,      /* every code of class codes[0], and nothing else */
  NONE,       /* no result */
  BLANK,      /* no query at all: everything */
} Expect;

typedef struct {
  const char *query;
  Expect      expect;
  guint       codes[12];
  guint       top;
} Case;

static const Case cases[] = {
  /* Numbers and classes. */
  { "404", FIRST, { 404 } },
  { "  404  ", FIRST, { 404 } },
  { "40", EXACTLY, { 400, 401, 402, 403, 404, 405, 406, 407, 408, 409 } },
  { "40x", EXACTLY, { 400, 401, 402, 403, 404, 405, 406, 407, 408, 409 } },
  { "4", CLASS, { 4 } },
  { "4xx", CLASS, { 4 } },
  { "4XX", CLASS, { 4 } },
  { "5xx", CLASS, { 5 } },
  { "1xx", CLASS, { 1 } },
  { "52", EXACTLY, { 520, 521, 522, 523, 524, 525, 526, 527 } },
  { "999", NONE },
  { "600", NONE },
  { "0", NONE },
  { "4044", NONE },
  { "4x", CLASS, { 4 } },
  { "4xxx", NONE },

  /* Titles, official phrases and former names. */
  { "not found", FIRST, { 404 } },
  { "Not Found", FIRST, { 404 } },
  { "NOT FOUND", FIRST, { 404 } },
  { "teapot", FIRST, { 418 } },
  { "TEAPOT", FIRST, { 418 } },
  { "I’m a teapot", FIRST, { 418 } },
  { "i'm a teapot", FIRST, { 418 } },
  { "teap", FIRST, { 418 } },
  { "forbidden", FIRST, { 403 } },
  { "gone", FIRST, { 410 } },
  { "bad gateway", FIRST, { 502 } },
  { "gateway timeout", FIRST, { 504 } },
  { "gateway time-out", FIRST, { 504 } },
  { "service unavailable", FIRST, { 503 } },
  { "too many requests", FIRST, { 429 } },
  { "internal server error", FIRST, { 500 } },
  { "not implemented", FIRST, { 501 } },
  { "method not allowed", FIRST, { 405 } },
  { "no content", FIRST, { 204 } },
  { "created", FIRST, { 201 } },
  { "partial content", FIRST, { 206 } },
  { "see other", FIRST, { 303 } },
  { "temporary redirect", FIRST, { 307 } },
  { "permanent redirect", FIRST, { 308 } },
  { "moved permanently", FIRST, { 301 } },
  { "not modified", FIRST, { 304 } },
  { "conflict", FIRST, { 409 } },
  { "precondition failed", FIRST, { 412 } },
  { "precondition required", FIRST, { 428 } },
  { "legal reasons", FIRST, { 451 } },
  { "early hints", FIRST, { 103 } },
  { "switch proxy", FIRST, { 306 } },
  { "content too large", FIRST, { 413 } },
  { "payload too large", FIRST, { 413 } },
  { "request entity too large", FIRST, { 413 } },
  { "Request-URI Too Long", FIRST, { 414 } },
  { "requested range not satisfiable", FIRST, { 416 } },
  { "unprocessable entity", FIRST, { 422 } },
  { "moved temporarily", FIRST, { 302 } },
  { "client closed request", FIRST, { 499 } },
  { "enhance your calm", FIRST, { 420 } },
  { "bandwidth limit exceeded", FIRST, { 509 } },
  { "not extended", FIRST, { 510 } },

  /* One typo in longer words. */
  { "forbiden", FIRST, { 403 } },
  { "frobidden", FIRST, { 403 } },
  { "forbbiden", NONE },
  { "unavailible", FIRST, { 503 } },
  { "servise unavailable", FIRST, { 503 } },
  { "teapto", FIRST, { 418 } },
  { "precondtion failed", FIRST, { 412 } },

  /* Header names. */
  { "retry-after", TOP, { 429, 503 }, 4 },
  { "Retry-After", TOP, { 429, 503 }, 4 },
  { "www-authenticate", TOP, { 401 }, 2 },
  { "proxy-authenticate", FIRST, { 407 } },
  { "allow", TOP, { 405 }, 3 },
  { "content-range", TOP, { 206, 416 }, 3 },
  { "location", TOP, { 201, 301, 302, 303, 307, 308 }, 12 },
  { "upgrade", TOP, { 101, 426 }, 4 },

  /* Words in summaries and descriptions, and vendors. */
  { "nginx", TOP, { 444, 499 }, 12 },
  { "cloudflare origin", TOP, { 520, 521 }, 12 },
  { "csrf", TOP, { 419 }, 3 },
  { "websocket", TOP, { 101 }, 3 },
  { "rate limit", TOP, { 429 }, 3 },
  { "xyzzyplugh", NONE },
  { "teapot xyzzyplugh", NONE },

  /* Pasted status lines and log lines. */
  { "HTTP/1.1 503 Service Unavailable", FIRST, { 503 } },
  { "HTTP/2 404", FIRST, { 404 } },
  { "upstream sent 502 while reading response header", FIRST, { 502 } },
  { "GET /index.html HTTP/1.1\" 499 0 \"-\"", FIRST, { 499 } },
  { "error 404 not found", FIRST, { 404 } },

  /* Blank and broken input. */
  { "", BLANK },
  { "   \t\n", BLANK },
  { "?!%", NONE },
  { "\xff\xfe" "404", FIRST, { 404 } },
  { "not \xc3 found", FIRST, { 404 } },
  { "\u202e404", EXACTLY, { 404 } },
  { "4\u200b04", EXACTLY, { 404 } },
  { "\x01" "404" "\x7f", EXACTLY, { 404 } },
  { "🫖 teapot", FIRST, { 418 } },
};

static ScStatusTable *
load_table (ScTranslateFunc translate)
{
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GError) error = NULL;
  ScStatusTable *table;

  bytes = g_resources_lookup_data (TABLE_PATH, 0, &error);
  g_assert_no_error (error);
  table = sc_status_table_load_bytes_full (bytes, translate, NULL, &error);
  g_assert_no_error (error);

  return table;
}

static guint
count_class (ScStatusTable *table,
             guint          code_class)
{
  guint n = 0;

  for (guint i = 0; i < g_list_model_get_n_items (G_LIST_MODEL (table)); i++)
    {
      g_autoptr(ScStatusCode) code = g_list_model_get_item (G_LIST_MODEL (table), i);

      n += sc_status_code_get_code_class (code) == code_class;
    }

  return n;
}

static char *
describe (ScSearchResult *result)
{
  GString *text = g_string_new (NULL);

  for (guint i = 0; result != NULL && i < MIN (12, sc_search_result_get_n_matches (result)); i++)
    g_string_append_printf (text, "%u ", sc_search_result_get_code (result, i));

  return g_string_free (text, FALSE);
}

static void
check_case (ScSearch      *search,
            ScStatusTable *table,
            const Case    *c)
{
  g_autoptr(ScSearchResult) result = sc_search_run (search, c->query);
  g_autofree char *found = describe (result);
  guint n_codes = 0;

  while (n_codes < G_N_ELEMENTS (c->codes) && c->codes[n_codes] != 0)
    n_codes++;

  g_test_message ("“%s” → %s", c->query, found);

  if (c->expect == BLANK)
    {
      g_assert_null (result);
      return;
    }

  g_assert_nonnull (result);

  switch (c->expect)
    {
    case FIRST:
      g_assert_cmpuint (sc_search_result_get_n_matches (result), >, 0);
      if (sc_search_result_get_code (result, 0) != c->codes[0])
        g_error ("“%s” gave %s, not %u first", c->query, found, c->codes[0]);
      break;

    case TOP:
      for (guint i = 0; i < n_codes; i++)
        if (sc_search_result_get_rank (result, c->codes[i]) >= c->top)
          g_error ("“%s” gave %s: %u is not in the first %u", c->query, found, c->codes[i], c->top);
      break;

    case EXACTLY:
      g_assert_cmpuint (sc_search_result_get_n_matches (result), ==, n_codes);
      for (guint i = 0; i < n_codes; i++)
        g_assert_cmpuint (sc_search_result_get_code (result, i), ==, c->codes[i]);
      break;

    case CLASS:
      g_assert_cmpuint (sc_search_result_get_n_matches (result), ==, count_class (table, c->codes[0]));
      for (guint i = 0; i < sc_search_result_get_n_matches (result); i++)
        {
          g_assert_cmpuint (sc_search_result_get_code (result, i) / 100, ==, c->codes[0]);
          if (i > 0)
            g_assert_cmpuint (sc_search_result_get_code (result, i), >, sc_search_result_get_code (result, i - 1));
        }
      break;

    case NONE:
      g_assert_cmpuint (sc_search_result_get_n_matches (result), ==, 0);
      break;

    case BLANK:
    default:
      g_assert_not_reached ();
    }
}

static void
test_queries (void)
{
  g_autoptr(ScStatusTable) table = load_table (NULL);
  g_autoptr(ScSearch) search = sc_search_new (G_LIST_MODEL (table));

  g_assert_cmpuint (G_N_ELEMENTS (cases), >=, 50);

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    check_case (search, table, &cases[i]);
}

static void
test_result_api (void)
{
  g_autoptr(ScStatusTable) table = load_table (NULL);
  g_autoptr(ScSearch) search = sc_search_new (G_LIST_MODEL (table));
  g_autoptr(ScSearchResult) result = sc_search_run (search, "40");

  g_assert_true (sc_search_result_contains (result, 404));
  g_assert_false (sc_search_result_contains (result, 410));
  g_assert_false (sc_search_result_contains (result, 0));
  g_assert_false (sc_search_result_contains (result, 100000));
  g_assert_cmpuint (sc_search_result_get_rank (result, 400), ==, 0);
  g_assert_cmpuint (sc_search_result_get_rank (result, 409), ==, 9);
  g_assert_cmpuint (sc_search_result_get_rank (result, 410), ==, G_MAXUINT);
}

/* A stand-in catalogue: a few titles and summaries as a German and a French
 * translator would have them. */
static const char *
translate_some (const char *context,
                const char *msgid,
                gpointer    user_data)
{
  static const struct {
    const char *context;
    const char *msgid;
    const char *translation;
  } catalogue[] = {
    { "404", "Not Found", "Nicht gefunden" },
    { "503", "Service Unavailable", "Service indisponible" },
    { "413", "Content Too Large", "Inhalt zu groß" },
    { "500", "Internal Server Error", "Interner Serverfehler" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (catalogue); i++)
    if (g_str_equal (context, catalogue[i].context) && g_str_equal (msgid, catalogue[i].msgid))
      return catalogue[i].translation;

  return msgid;
}

static void
test_translated (void)
{
  static const Case translated_cases[] = {
    { "nicht gefunden", FIRST, { 404 } },
    { "Nicht Gefunden", FIRST, { 404 } },
    { "gefunden", FIRST, { 404 } },
    { "not found", FIRST, { 404 } },
    { "indisponible", FIRST, { 503 } },
    { "service unavailable", FIRST, { 503 } },
    { "inhalt zu groß", FIRST, { 413 } },
    { "inhalt zu gross", TOP, { 413 }, 3 },
    { "zu gros", FIRST, { 413 } },
    { "serverfehler", FIRST, { 500 } },
    { "internal server error", FIRST, { 500 } },
  };
  g_autoptr(ScStatusTable) table = load_table (translate_some);
  g_autoptr(ScSearch) search = sc_search_new (G_LIST_MODEL (table));

  g_assert_cmpstr (sc_status_code_get_title (sc_status_table_lookup (table, 404)), ==, "Nicht gefunden");

  for (guint i = 0; i < G_N_ELEMENTS (translated_cases); i++)
    check_case (search, table, &translated_cases[i]);
}

static void
test_huge_query (void)
{
  g_autoptr(ScStatusTable) table = load_table (NULL);
  g_autoptr(ScSearch) search = sc_search_new (G_LIST_MODEL (table));
  gsize size = 1024 * 1024;
  g_autofree char *query = g_malloc (size + 1);
  g_autoptr(ScSearchResult) words = NULL;
  g_autoptr(ScSearchResult) digits = NULL;
  g_autoptr(ScSearchResult) junk = NULL;

  /* A megabyte of words, one of digits, and one of bytes that are not UTF-8:
   * each gives an answer, without reading more than the start. */
  for (gsize i = 0; i < size; i++)
    query[i] = "teapot "[i % 7];
  query[size] = '\0';
  words = sc_search_run (search, query);
  g_assert_nonnull (words);
  g_assert_cmpuint (sc_search_result_get_code (words, 0), ==, 418);

  memset (query, '4', size);
  digits = sc_search_run (search, query);
  g_assert_nonnull (digits);

  for (gsize i = 0; i < size; i++)
    query[i] = (char) (0x80 | (i % 0x7f));
  junk = sc_search_run (search, query);
  g_assert_nonnull (junk);
}

int
main (int   argc,
      char *argv[])
{
  setlocale (LC_ALL, "");
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/search/queries", test_queries);
  g_test_add_func ("/search/result-api", test_result_api);
  g_test_add_func ("/search/translated", test_translated);
  g_test_add_func ("/search/huge-query", test_huge_query);

  return g_test_run ();
}
