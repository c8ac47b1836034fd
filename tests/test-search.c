/* test-search.c
 *
 * Copyright 2026 The Status Codes authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>
#include <locale.h>
#include <stdlib.h>
#include <string.h>

#include "sc-constants.h"
#include "sc-search.h"
#include "sc-status-table.h"

#define TABLE_PATH RESOURCE_PREFIX "/status-codes.xml"
#define CONSTANTS_PATH RESOURCE_PREFIX "/constants.xml"

#include "search-cases.h"

static ScStatusTable *
load_table_full (ScTranslateFunc translate,
                 gpointer        user_data)
{
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GError) error = NULL;
  ScStatusTable *table;

  bytes = g_resources_lookup_data (TABLE_PATH, 0, &error);
  g_assert_no_error (error);
  table = sc_status_table_load_bytes_full (bytes, translate, user_data, &error);
  g_assert_no_error (error);

  return table;
}

static ScStatusTable *
load_table (ScTranslateFunc translate)
{
  return load_table_full (translate, NULL);
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

typedef struct {
  const char *context;
  const char *msgid;
  const char *translation;
} Translation;

/* Stand-in catalogues: a few titles and summaries as translators into each
 * language might write them, so that the cases below do not depend on the
 * wording of the real catalogues. */
static const Translation german[] = {
  { "404", "Not Found", "Nicht gefunden" },
  { "413", "Content Too Large", "Inhalt zu groß" },
  { "500", "Internal Server Error", "Interner Serverfehler" },
  { NULL },
};

static const Translation french[] = {
  { "503", "Service Unavailable", "Service indisponible" },
  { NULL },
};

static const Translation chinese[] = {
  { "404", "Not Found", "未找到" },
  { "404", "The server has nothing to serve at this URL, or will not say that it does.",
    "服务器在此网址上没有可提供的内容，或不愿透露是否有。" },
  { "500", "Internal Server Error", "服务器内部错误" },
  { "502", "Bad Gateway", "网关错误" },
  { "503", "Service Unavailable", "服务不可用" },
  { NULL },
};

static const Translation japanese[] = {
  { "404", "Not Found", "見つかりません" },
  { "429", "Too Many Requests", "リクエストが多すぎます" },
  { "500", "Internal Server Error", "サーバー内部エラー" },
  { "503", "Service Unavailable", "サービス利用不可" },
  { NULL },
};

static const Translation russian[] = {
  { "400", "Bad Request", "Некорректный запрос" },
  { "404", "Not Found", "Не найдено" },
  { "413", "Content Too Large", "Содержимое слишком объёмное" },
  { "429", "Too Many Requests", "Слишком много запросов" },
  { "500", "Internal Server Error", "Внутренняя ошибка сервера" },
  { NULL },
};

static const Translation ukrainian[] = {
  { "404", "Not Found", "Не знайдено" },
  { "500", "Internal Server Error", "Внутрішня помилка сервера" },
  { NULL },
};

static const Translation polish[] = {
  { "400", "Bad Request", "Nieprawidłowe żądanie" },
  { "404", "Not Found", "Nie znaleziono" },
  { "500", "Internal Server Error", "Wewnętrzny błąd serwera" },
  { NULL },
};

static const char *
translate_some (const char *context,
                const char *msgid,
                gpointer    user_data)
{
  for (const Translation *t = user_data; t->context != NULL; t++)
    if (g_str_equal (context, t->context) && g_str_equal (msgid, t->msgid))
      return t->translation;

  return msgid;
}

static void
test_translated (void)
{
  static const struct {
    const Translation *catalogue;
    Case               cases[12];
  } languages[] = {
    { german, {
      { "nicht gefunden", FIRST, { 404 } },
      { "Nicht Gefunden", FIRST, { 404 } },
      { "gefunden", FIRST, { 404 } },
      { "not found", FIRST, { 404 } },
      { "inhalt zu groß", FIRST, { 413 } },
      { "inhalt zu gross", TOP, { 413 }, 3 },
      { "zu gros", FIRST, { 413 } },
      { "serverfehler", FIRST, { 500 } },
      { "internal server error", FIRST, { 500 } },
    } },
    { french, {
      { "indisponible", FIRST, { 503 } },
      { "service unavailable", FIRST, { 503 } },
    } },
    /* Any two or more consecutive characters, wherever they stand in a
     * title or a text; English still works. */
    { chinese, {
      { "找到", FIRST, { 404 } },
      { "未找", FIRST, { 404 } },
      { "未找到", FIRST, { 404 } },
      { "内部错误", FIRST, { 500 } },
      { "服务不", FIRST, { 503 } },
      { "不可用", FIRST, { 503 } },
      { "网关", FIRST, { 502 } },
      { "网址", FIRST, { 404 } },
      { "找不到", NONE },
      { "服务器", TOP, { 500, 404 }, 2 },
      { "not found", FIRST, { 404 } },
    } },
    { japanese, {
      { "見つか", FIRST, { 404 } },
      { "かりま", FIRST, { 404 } },
      { "見つかりません", FIRST, { 404 } },
      { "リクエスト", FIRST, { 429 } },
      { "多すぎ", FIRST, { 429 } },
      { "内部エラー", FIRST, { 500 } },
      /* Half-width katakana, as some input methods give it. */
      { "ｻｰﾊﾞｰ", FIRST, { 500 } },
      { "利用不可", FIRST, { 503 } },
      { "too many requests", FIRST, { 429 } },
    } },
    /* Cyrillic in any case; "е" for "ё". */
    { russian, {
      { "ЗАПРОС", FIRST, { 400 } },
      { "НЕ НАЙДЕНО", FIRST, { 404 } },
      { "слишком много", FIRST, { 429 } },
      { "Ошибка Сервера", FIRST, { 500 } },
      { "объемное", FIRST, { 413 } },
      { "объём", FIRST, { 413 } },
      { "bad request", FIRST, { 400 } },
    } },
    { ukrainian, {
      { "ЗНАЙДЕНО", FIRST, { 404 } },
      { "помилка сервера", FIRST, { 500 } },
      { "внутрішня", FIRST, { 500 } },
    } },
    /* Polish with or without its diacritics. */
    { polish, {
      { "blad serwera", FIRST, { 500 } },
      { "BŁĄD", FIRST, { 500 } },
      { "zadanie", FIRST, { 400 } },
      { "nieprawidlowe żądanie", FIRST, { 400 } },
      { "wewnetrzny", FIRST, { 500 } },
      { "nie znaleziono", FIRST, { 404 } },
    } },
  };
  g_autoptr(ScConstants) constants = load_constants ();

  for (guint l = 0; l < G_N_ELEMENTS (languages); l++)
    {
      g_autoptr(ScStatusTable) table = load_table_full (translate_some, (gpointer) languages[l].catalogue);
      g_autoptr(ScSearch) search = sc_search_new (G_LIST_MODEL (table), constants);
      const Translation *first = languages[l].catalogue;

      g_assert_cmpstr (sc_status_code_get_title (sc_status_table_lookup (table, atoi (first->context))), ==,
                       first->translation);

      for (guint i = 0; i < G_N_ELEMENTS (languages[l].cases) && languages[l].cases[i].query != NULL; i++)
        check_case (search, table, &languages[l].cases[i]);
    }
}

/* A fragment of @title that a user might type: its first two words, or where
 * it is written in Chinese or Japanese, its first two characters. */
static char *
title_fragment (const char *title)
{
  g_auto(GStrv) words = g_strsplit (title, " ", 3);

  for (const char *p = title; *p; p = g_utf8_next_char (p))
    {
      GUnicodeScript script = g_unichar_get_script (g_utf8_get_char (p));

      if (script == G_UNICODE_SCRIPT_HAN || script == G_UNICODE_SCRIPT_HIRAGANA ||
          script == G_UNICODE_SCRIPT_KATAKANA)
        {
          const char *end = g_utf8_next_char (g_utf8_next_char (p));

          if (end <= p + strlen (p))
            return g_strndup (p, end - p);
        }
    }

  if (words[0] != NULL && words[1] != NULL)
    return g_strconcat (words[0], " ", words[1], NULL);

  return g_strdup (title);
}

static gboolean
title_holds (ScStatusTable *table,
             guint          code,
             const char    *fragment)
{
  g_autofree char *title = g_utf8_casefold (sc_status_code_get_title (sc_status_table_lookup (table, code)), -1);
  g_autofree char *part = g_utf8_casefold (fragment, -1);

  return strstr (title, part) != NULL;
}

/* In every language of po/LINGUAS, with its real catalogue from the build
 * tree: a fragment of a code's translated title finds that code first, or
 * after codes whose titles hold the same fragment. */
static void
test_catalogues (void)
{
  g_autofree char *linguas_path = g_build_filename (g_getenv ("SC_SOURCE_DIR"), "po", "LINGUAS", NULL);
  g_autofree char *localedir = g_build_filename (g_getenv ("SC_BUILD_DIR"), "po", NULL);
  g_autofree char *linguas = NULL;
  g_auto(GStrv) languages = NULL;
  g_autoptr(ScConstants) constants = load_constants ();
  g_autoptr(GError) error = NULL;

  g_file_get_contents (linguas_path, &linguas, NULL, &error);
  g_assert_no_error (error);
  languages = g_strsplit_set (g_strstrip (linguas), " \n", -1);

  bindtextdomain (GETTEXT_PACKAGE, localedir);
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");

  for (guint l = 0; languages[l] != NULL; l++)
    {
      g_autoptr(ScStatusTable) table = NULL;
      g_autoptr(ScSearch) search = NULL;
      guint n_checked = 0;

      if (languages[l][0] == '\0')
        continue;

      g_setenv ("LANGUAGE", languages[l], TRUE);
      textdomain (GETTEXT_PACKAGE);
      table = sc_status_table_load_resource (TABLE_PATH, &error);
      g_unsetenv ("LANGUAGE");
      textdomain (GETTEXT_PACKAGE);
      g_assert_no_error (error);

      search = sc_search_new (G_LIST_MODEL (table), constants);
      for (guint i = 0; i < g_list_model_get_n_items (G_LIST_MODEL (table)); i++)
        {
          g_autoptr(ScStatusCode) code = g_list_model_get_item (G_LIST_MODEL (table), i);
          guint number = sc_status_code_get_code (code);
          g_autofree char *fragment = NULL;
          g_autoptr(ScSearchResult) result = NULL;
          g_autofree char *found = NULL;
          guint rank;

          if (g_str_equal (sc_status_code_get_title (code), sc_status_code_get_english_title (code)))
            continue;

          fragment = title_fragment (sc_status_code_get_title (code));
          result = sc_search_run (search, fragment);
          found = describe (result);
          rank = sc_search_result_get_rank (result, number);
          g_test_message ("%s: “%s” → %s", languages[l], fragment, found);
          if (rank == G_MAXUINT)
            g_error ("%s: “%s” does not find %u", languages[l], fragment, number);
          for (guint j = 0; j < rank; j++)
            if (!title_holds (table, sc_search_result_get_code (result, j), fragment))
              g_error ("%s: “%s” gave %s, %u before %u", languages[l], fragment, found,
                       sc_search_result_get_code (result, j), number);
          n_checked++;
        }

      /* Nearly every title is translated; a few, such as "OK", may stay. */
      g_assert_cmpuint (n_checked, >, g_list_model_get_n_items (G_LIST_MODEL (table)) / 2);
    }
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

static gpointer
prepare_thread (gpointer data)
{
  sc_search_prepare (data);

  return NULL;
}

/* The app builds the index on a thread once its window is up; a search typed
 * meanwhile on the main thread waits for it and answers as one made after. */
static void
test_prepare_on_thread (void)
{
  g_autoptr(ScStatusTable) table = load_table (NULL);
  g_autoptr(ScConstants) constants = load_constants ();

  for (guint round = 0; round < 5; round++)
    {
      g_autoptr(ScSearch) reference = sc_search_new (G_LIST_MODEL (table), constants);
      g_autoptr(ScSearch) search = sc_search_new (G_LIST_MODEL (table), constants);
      GThread *thread = g_thread_new ("test-index", prepare_thread, search);

      for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
        {
          g_autoptr(ScSearchResult) expected = sc_search_run (reference, cases[i].query);
          g_autoptr(ScSearchResult) result = sc_search_run (search, cases[i].query);
          g_autofree char *expected_codes = describe (expected);
          g_autofree char *codes = describe (result);

          g_assert_cmpstr (codes, ==, expected_codes);
        }
      g_thread_join (thread);
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
  g_test_add_func ("/search/catalogues", test_catalogues);
  g_test_add_func ("/search/prepare-on-thread", test_prepare_on_thread);
  g_test_add_func ("/search/huge-query", test_huge_query);
  g_test_add_func ("/search/match-hints", test_match_hints);

  return g_test_run ();
}
