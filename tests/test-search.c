/* test-search.c
 *
 * Copyright 2026 The Status Codes authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <locale.h>
#include <string.h>

#include "sc-constants.h"
#include "sc-search.h"
#include "sc-status-table.h"

#define TABLE_PATH RESOURCE_PREFIX "/status-codes.xml"
#define CONSTANTS_PATH RESOURCE_PREFIX "/constants.xml"

#include "search-cases.h"

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

static ScConstants *
load_constants (void)
{
  g_autoptr(GError) error = NULL;
  ScConstants *constants = sc_constants_load_resource (CONSTANTS_PATH, &error);

  g_assert_no_error (error);

  return constants;
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
  g_autoptr(ScConstants) constants = load_constants ();
  g_autoptr(ScSearch) search = sc_search_new (G_LIST_MODEL (table), constants);

  g_assert_cmpuint (G_N_ELEMENTS (cases), >=, 50);

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    check_case (search, table, &cases[i]);
}

static void
test_constant_queries (void)
{
  g_autoptr(ScStatusTable) table = load_table (NULL);
  g_autoptr(ScConstants) constants = load_constants ();
  g_autoptr(ScSearch) search = sc_search_new (G_LIST_MODEL (table), constants);

  g_assert_cmpuint (G_N_ELEMENTS (constant_cases), >=, 30);

  for (guint i = 0; i < G_N_ELEMENTS (constant_cases); i++)
    check_case (search, table, &constant_cases[i]);
}

/* A name that only a library knows needs the constants; the words of the
 * status table alone do not find it. */
static void
test_without_constants (void)
{
  g_autoptr(ScStatusTable) table = load_table (NULL);
  g_autoptr(ScSearch) search = sc_search_new (G_LIST_MODEL (table), NULL);
  g_autoptr(ScSearchResult) result = sc_search_run (search, "Soup.Status.NOT_APPEARING_IN_THIS_PROTOCOL");

  g_assert_cmpuint (sc_search_result_get_n_matches (result), ==, 0);
}

/* Two codes with the same words, the unofficial one first by number: the
 * registered one wins the tie. */
static void
test_registry_before_vendor (void)
{
  static const char document[] =
    "<status-codes>"
    "<!-- Sources: https://example.org/somebody -->"
    "<status code='218' vendor='Somebody'><phrase>Same Name</phrase><title>Same Name</title>"
    "<summary>Same words.</summary><description>Same words.</description>"
    "<spec ref='Somebody' url='https://example.org/218'/></status>"
    "<status code='226'><phrase>Same Name</phrase><title>Same Name</title>"
    "<summary>Same words.</summary><description>Same words.</description>"
    "<spec ref='RFC 3229' url='https://example.org/226'/></status>"
    "</status-codes>";
  g_autoptr(GBytes) bytes = g_bytes_new_static (document, strlen (document));
  g_autoptr(GError) error = NULL;
  g_autoptr(ScStatusTable) table = sc_status_table_load_bytes (bytes, &error);
  g_autoptr(ScSearch) search = NULL;
  g_autoptr(ScSearchResult) result = NULL;

  g_assert_no_error (error);
  search = sc_search_new (G_LIST_MODEL (table), NULL);
  result = sc_search_run (search, "same name");
  g_assert_cmpuint (sc_search_result_get_n_matches (result), ==, 2);
  g_assert_cmpuint (sc_search_result_get_code (result, 0), ==, 226);
  g_assert_cmpuint (sc_search_result_get_code (result, 1), ==, 218);
}

static void
test_result_api (void)
{
  g_autoptr(ScStatusTable) table = load_table (NULL);
  g_autoptr(ScConstants) constants = load_constants ();
  g_autoptr(ScSearch) search = sc_search_new (G_LIST_MODEL (table), constants);
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
  g_autoptr(ScConstants) constants = load_constants ();
  g_autoptr(ScSearch) search = sc_search_new (G_LIST_MODEL (table), constants);

  g_assert_cmpstr (sc_status_code_get_title (sc_status_table_lookup (table, 404)), ==, "Nicht gefunden");

  for (guint i = 0; i < G_N_ELEMENTS (translated_cases); i++)
    check_case (search, table, &translated_cases[i]);
}

static void
test_huge_query (void)
{
  g_autoptr(ScStatusTable) table = load_table (NULL);
  g_autoptr(ScConstants) constants = load_constants ();
  g_autoptr(ScSearch) search = sc_search_new (G_LIST_MODEL (table), constants);
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

/* "Header: Retry-After" → "headerretryafter". */
static char *
letters_and_digits (const char *text)
{
  GString *kept = g_string_new (NULL);

  for (const char *p = text; *p; p++)
    if (g_ascii_isalnum (*p))
      g_string_append_c (kept, g_ascii_tolower (*p));

  return g_string_free (kept, FALSE);
}

/* While searching, a row says why it matched where its title does not. */
static void
test_match_hints (void)
{
  const struct { const char *query; guint code; const char *hint_part; } hints[] = {
    /* The title shows it. */
    { "not found", 404, NULL },
    { "HTTP_NOT_FOUND", 404, NULL },
    { "teapot", 418, NULL },
    /* A header. */
    { "retry-after", 503, "Header: Retry-After" },
    { "retry after", 429, "Header: Retry-After" },
    { "WWW-Authenticate", 401, "Header: WWW-Authenticate" },
    /* A library's name. */
    { "HTTPStatus.REQUEST_ENTITY_TOO_LARGE", 413, "Python: HTTPStatus.REQUEST_ENTITY_TOO_LARGE" },
    { ":unprocessable_entity", 422, ": :unprocessable_entity" },
    /* A former name, which a library keeps. */
    { "Requested Range Not Satisfiable", 416, "requested range not satisfiable" },
    /* Text only: no hint. */
    { "gateway", 504, NULL },
  };
  g_autoptr(ScStatusTable) table = load_table (NULL);
  g_autoptr(ScConstants) constants = load_constants ();
  g_autoptr(ScSearch) search = sc_search_new (G_LIST_MODEL (table), constants);

  for (guint i = 0; i < G_N_ELEMENTS (hints); i++)
    {
      g_autoptr(ScSearchResult) result = sc_search_run (search, hints[i].query);
      g_autofree char *hint = NULL;

      g_assert_true (sc_search_result_contains (result, hints[i].code));
      hint = sc_search_dup_match_hint (sc_status_table_lookup (table, hints[i].code), constants, hints[i].query);
      g_test_message ("%s → %u: %s", hints[i].query, hints[i].code, hint ? hint : "(none)");
      if (hints[i].hint_part == NULL)
        g_assert_null (hint);
      else
        {
          g_autofree char *shown = letters_and_digits (hint);
          g_autofree char *part = letters_and_digits (hints[i].hint_part);

          g_assert_nonnull (strstr (shown, part));
        }
    }
}

int
main (int   argc,
      char *argv[])
{
  setlocale (LC_ALL, "");
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/search/queries", test_queries);
  g_test_add_func ("/search/constant-queries", test_constant_queries);
  g_test_add_func ("/search/without-constants", test_without_constants);
  g_test_add_func ("/search/registry-before-vendor", test_registry_before_vendor);
  g_test_add_func ("/search/result-api", test_result_api);
  g_test_add_func ("/search/translated", test_translated);
  g_test_add_func ("/search/huge-query", test_huge_query);
  g_test_add_func ("/search/match-hints", test_match_hints);

  return g_test_run ();
}
