/* test-constants.c
 *
 * Copyright 2026 The Status Codes authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <locale.h>
#include <string.h>

#include "sc-constants.h"
#include "sc-status-table.h"

#define CONSTANTS_PATH RESOURCE_PREFIX "/constants.xml"
#define TABLE_PATH RESOURCE_PREFIX "/status-codes.xml"

static ScConstants *
load_constants (void)
{
  g_autoptr(GError) error = NULL;
  ScConstants *constants = sc_constants_load_resource (CONSTANTS_PATH, &error);

  g_assert_no_error (error);
  g_assert_nonnull (constants);

  return constants;
}

static ScStatusTable *
load_table (void)
{
  g_autoptr(GError) error = NULL;
  ScStatusTable *table = sc_status_table_load_resource (TABLE_PATH, &error);

  g_assert_no_error (error);

  return table;
}

static gboolean
is_registered (ScStatusCode *code)
{
  return !(sc_status_code_get_flags (code) & SC_STATUS_FLAGS_UNOFFICIAL);
}

/* Every registered code has an entry from every library: a name or an
 * explicit "not defined". */
static void
test_registry_coverage (void)
{
  g_autoptr(ScConstants) constants = load_constants ();
  g_autoptr(ScStatusTable) table = load_table ();
  GListModel *codes = G_LIST_MODEL (table);
  guint n_registered = 0;

  for (guint i = 0; i < g_list_model_get_n_items (codes); i++)
    {
      g_autoptr(ScStatusCode) code = g_list_model_get_item (codes, i);
      guint value = sc_status_code_get_code (code);
      const ScConstant *entries;
      guint n_entries;

      if (!is_registered (code))
        continue;

      n_registered++;
      entries = sc_constants_lookup (constants, value, &n_entries);
      for (guint l = 0; l < sc_constants_get_n_libraries (constants); l++)
        {
          const ScLibrary *library = sc_constants_get_library (constants, l);
          gboolean found = FALSE;

          for (guint j = 0; j < n_entries; j++)
            found |= entries[j].library == library;
          if (!found)
            g_error ("%s says nothing about code %u", library->id, value);
        }
    }

  g_assert_cmpuint (n_registered, >=, 63);
}

/* Every entry is about a code that the table has, and is complete. */
static void
test_entries (void)
{
  g_autoptr(ScConstants) constants = load_constants ();
  g_autoptr(ScStatusTable) table = load_table ();
  g_autoptr(GHashTable) ids = g_hash_table_new (g_str_hash, g_str_equal);

  g_assert_cmpuint (sc_constants_get_n_libraries (constants), >, 0);
  for (guint l = 0; l < sc_constants_get_n_libraries (constants); l++)
    {
      const ScLibrary *library = sc_constants_get_library (constants, l);

      g_assert_true (g_hash_table_add (ids, library->id));
      g_assert_true (sc_constants_lookup_library (constants, library->id) == library);
      g_assert_cmpstr (library->name, !=, "");
      g_assert_cmpstr (library->release, !=, "");
      g_assert_nonnull (library->qualifier);
    }
  g_assert_null (sc_constants_lookup_library (constants, "cobol"));

  for (guint i = 0; i < sc_constants_get_n_entries (constants); i++)
    {
      const ScConstant *entry = sc_constants_get_entry (constants, i);

      if (sc_status_table_lookup (table, entry->code) == NULL)
        g_error ("%s names code %u, which is not in the table", entry->library->id, entry->code);
      g_assert_true ((entry->name == NULL) == (entry->state == SC_CONSTANT_STATE_UNDEFINED));
      if (i > 0)
        g_assert_cmpuint (sc_constants_get_entry (constants, i - 1)->code, <=, entry->code);
    }
}

/* Entries of one code come grouped by library, in the order of the
 * libraries, and a library's current name comes before its other names. */
static void
test_lookup_order (void)
{
  g_autoptr(ScConstants) constants = load_constants ();

  for (guint code = 100; code < 600; code++)
    {
      guint n_entries, library = 0;
      const ScConstant *entries = sc_constants_lookup (constants, code, &n_entries);

      g_assert_true ((entries == NULL) == (n_entries == 0));
      for (guint j = 0; j < n_entries; j++)
        {
          g_assert_cmpuint (entries[j].code, ==, code);
          while (sc_constants_get_library (constants, library) != entries[j].library)
            library++;
          g_assert_cmpuint (library, <, sc_constants_get_n_libraries (constants));

          /* The first entry of a library that has a current name is it. */
          if (entries[j].state == SC_CONSTANT_STATE_CURRENT && j > 0)
            g_assert_false (entries[j - 1].library == entries[j].library &&
                            entries[j - 1].state != SC_CONSTANT_STATE_CURRENT);
        }
    }
}

static void
test_qualified_name (void)
{
  g_autoptr(ScConstants) constants = load_constants ();
  const ScLibrary *python = sc_constants_lookup_library (constants, "python");
  guint n_entries;
  const ScConstant *entries = sc_constants_lookup (constants, 404, &n_entries);

  g_assert_nonnull (python);
  for (guint j = 0; j < n_entries; j++)
    {
      g_autofree char *qualified = NULL;

      if (entries[j].name == NULL)
        continue;
      qualified = sc_constant_dup_qualified_name (&entries[j]);
      g_assert_true (g_str_has_prefix (qualified, entries[j].library->qualifier));
      g_assert_true (g_str_has_suffix (qualified, entries[j].name));
      if (entries[j].library == python)
        g_assert_cmpstr (qualified, ==, "HTTPStatus.NOT_FOUND");
    }
}

/* The words of a phrase: letters and digits, split at anything else. An
 * apostrophe joins ("I'm" is one word). */
static GStrv
phrase_words (const char *phrase)
{
  g_autoptr(GStrvBuilder) words = g_strv_builder_new ();
  g_autoptr(GString) word = g_string_new (NULL);

  for (const char *p = phrase; ; p++)
    {
      if (g_ascii_isalnum (*p))
        g_string_append_c (word, *p);
      else if (*p != '\'')
        {
          if (word->len > 0)
            g_strv_builder_add (words, word->str);
          g_string_truncate (word, 0);
          if (*p == '\0')
            break;
        }
    }

  return g_strv_builder_end (words);
}

typedef enum {
  UPPER_SNAKE,  /* NOT_FOUND */
  LOWER_SNAKE,  /* not_found */
  CAMEL,        /* NotFound; an all-capitals word (URI, HTTP) stays so */
  LOWER_CAMEL,  /* notFound, httpVersionNotSupported */
} Case;

static char *
apply_rule (const char *prefix,
            Case        word_case,
            const char *phrase)
{
  g_auto(GStrv) words = phrase_words (phrase);
  GString *name = g_string_new (prefix);

  for (guint i = 0; words[i] != NULL; i++)
    {
      if ((word_case == UPPER_SNAKE || word_case == LOWER_SNAKE) && i > 0)
        g_string_append_c (name, '_');

      for (const char *p = words[i]; *p; p++)
        {
          gboolean all_caps = TRUE;

          for (const char *q = words[i]; *q; q++)
            all_caps &= !g_ascii_islower (*q);

          switch (word_case)
            {
            case UPPER_SNAKE:
              g_string_append_c (name, g_ascii_toupper (*p));
              break;
            case LOWER_SNAKE:
              g_string_append_c (name, g_ascii_tolower (*p));
              break;
            case CAMEL:
              g_string_append_c (name, (p == words[i] || all_caps) ? g_ascii_toupper (*p) : g_ascii_tolower (*p));
              break;
            case LOWER_CAMEL:
              if (i == 0)
                g_string_append_c (name, g_ascii_tolower (*p));
              else
                g_string_append_c (name, (p == words[i] || all_caps) ? g_ascii_toupper (*p) : g_ascii_tolower (*p));
              break;
            default:
              g_assert_not_reached ();
            }
        }
    }

  return g_string_free (name, FALSE);
}

typedef struct {
  guint       code;
  const char *name;
} Exception;

/* A library's naming rule: its name for a code is the prefix and the words
 * of the code's registered phrase, or of one of its former phrases, in the
 * library's case. A library that follows RFC 9110 names each code after its
 * phrase today and keeps the former phrases for its older names. The
 * exceptions are names that the library spells its own way; each is a fact
 * from its source. */
typedef struct {
  const char      *library;
  const char      *prefix;
  Case             word_case;
  const Exception *exceptions;
  gboolean         follows_rfc_9110;
} Rule;

static const Rule rules[] = {
  /* Python 3.13 follows RFC 9110 and keeps the older names as aliases; 418
   * and 510 are named after what the registry no longer says. */
  { "python", "", UPPER_SNAKE, (const Exception[]) {
      { 418, "IM_A_TEAPOT" },
      { 510, "NOT_EXTENDED" },
      { 0 } }, TRUE },
  /* Go shortens some words. */
  { "go", "Status", CAMEL, (const Exception[]) {
      { 203, "StatusNonAuthoritativeInfo" },
      { 407, "StatusProxyAuthRequired" },
      { 418, "StatusTeapot" },
      { 510, "StatusNotExtended" },
      { 0 } } },
  { "rust", "", UPPER_SNAKE, (const Exception[]) {
      { 418, "IM_A_TEAPOT" },
      { 510, "NOT_EXTENDED" },
      { 0 } } },
  { "spring", "", UPPER_SNAKE, (const Exception[]) {
      { 103, "CHECKPOINT" },
      { 418, "I_AM_A_TEAPOT" },
      { 419, "INSUFFICIENT_SPACE_ON_RESOURCE" },
      { 420, "METHOD_FAILURE" },
      { 421, "DESTINATION_LOCKED" },
      { 510, "NOT_EXTENDED" },
      { 0 } } },
  { "jakarta-rest", "", UPPER_SNAKE, (const Exception[]) {
      { 0 } } },
  { "npm", "", UPPER_SNAKE, (const Exception[]) {
      { 413, "REQUEST_TOO_LONG" },
      { 418, "IM_A_TEAPOT" },
      { 419, "INSUFFICIENT_SPACE_ON_RESOURCE" },
      { 420, "METHOD_FAILURE" },
      { 0 } } },
  { "symfony", "HTTP_", UPPER_SNAKE, (const Exception[]) {
      { 306, "HTTP_RESERVED" },
      { 308, "HTTP_PERMANENTLY_REDIRECT" },
      { 418, "HTTP_I_AM_A_TEAPOT" },
      { 505, "HTTP_VERSION_NOT_SUPPORTED" },
      { 506, "HTTP_VARIANT_ALSO_NEGOTIATES_EXPERIMENTAL" },
      { 510, "HTTP_NOT_EXTENDED" },
      { 0 } } },
  /* Rack makes its symbols from its own phrases, which follow RFC 9110;
   * the deprecated ones are the older phrases. */
  { "rack", ":", LOWER_SNAKE, (const Exception[]) {
      { 509, ":bandwidth_limit_exceeded" },
      { 510, ":not_extended" },
      { 0 } }, TRUE },
  { "plug", ":", LOWER_SNAKE, (const Exception[]) {
      { 306, ":switch_proxy" },
      { 418, ":im_a_teapot" },
      { 510, ":not_extended" },
      { 0 } } },
  { "ktor", "", CAMEL, (const Exception[]) {
      { 306, "SwitchProxy" },
      { 431, "RequestHeaderFieldTooLarge" },
      { 505, "VersionNotSupported" },
      { 0 } } },
  { "swift-http-types", "", LOWER_CAMEL, (const Exception[]) {
      { 0 } }, TRUE },
  { "swift-nio", "", LOWER_CAMEL, (const Exception[]) {
      { 418, "imATeapot" },
      { 510, "notExtended" },
      { 0 } } },
  { "libsoup", "SOUP_STATUS_", UPPER_SNAKE, (const Exception[]) {
      { 203, "SOUP_STATUS_NON_AUTHORITATIVE" },
      { 306, "SOUP_STATUS_NOT_APPEARING_IN_THIS_PROTOCOL" },
      { 407, "SOUP_STATUS_PROXY_UNAUTHORIZED" },
      { 416, "SOUP_STATUS_INVALID_RANGE" },
      { 510, "SOUP_STATUS_NOT_EXTENDED" },
      { 0 } } },
};

static gboolean
follows_rule (const Rule       *rule,
              ScStatusCode     *code,
              const ScConstant *entry)
{
  const char * const *former = sc_status_code_get_former (code);
  const char *name = entry->name;
  g_autofree char *from_phrase = apply_rule (rule->prefix, rule->word_case, sc_status_code_get_phrase (code));
  gboolean current = entry->state == SC_CONSTANT_STATE_CURRENT;

  if (g_str_equal (name, from_phrase) && (current || !rule->follows_rfc_9110))
    return TRUE;

  for (guint i = 0; (!current || !rule->follows_rfc_9110) && former != NULL && former[i] != NULL; i++)
    {
      g_autofree char *from_former = apply_rule (rule->prefix, rule->word_case, former[i]);

      if (g_str_equal (name, from_former))
        return TRUE;
    }

  for (const Exception *e = rule->exceptions; e->code != 0; e++)
    {
      if (e->code == sc_status_code_get_code (code) && g_str_equal (e->name, name))
        return TRUE;
    }

  return FALSE;
}

static void
test_naming_rule (gconstpointer data)
{
  const Rule *rule = data;
  g_autoptr(ScConstants) constants = load_constants ();
  g_autoptr(ScStatusTable) table = load_table ();
  const ScLibrary *library = sc_constants_lookup_library (constants, rule->library);
  guint n_checked = 0;

  g_assert_nonnull (library);

  for (guint i = 0; i < sc_constants_get_n_entries (constants); i++)
    {
      const ScConstant *entry = sc_constants_get_entry (constants, i);
      ScStatusCode *code = sc_status_table_lookup (table, entry->code);
      const char *name = entry->name;

      if (entry->library != library || name == NULL)
        continue;

      /* libsoup's introspected names are its C names in another spelling. */
      if (g_str_has_prefix (name, "Soup.Status."))
        {
          g_autofree char *c_name = g_strconcat ("SOUP_STATUS_", name + strlen ("Soup.Status."), NULL);
          guint n_entries;
          const ScConstant *entries = sc_constants_lookup (constants, entry->code, &n_entries);
          gboolean found = FALSE;

          for (guint j = 0; j < n_entries; j++)
            found |= entries[j].library == library && g_strcmp0 (entries[j].name, c_name) == 0 &&
                     entries[j].state == entry->state;
          if (!found)
            g_error ("libsoup: %s has no C name %s", name, c_name);
          continue;
        }

      if (!follows_rule (rule, code, entry))
        g_error ("%s: “%s” for code %u breaks the naming rule", rule->library, name, entry->code);
      n_checked++;
    }

  g_assert_cmpuint (n_checked, >=, 40);
}

/* Node.js has phrases, not names: each is the registry's phrase, a former
 * one, or one of the few it spells its own way. */
static void
test_node_phrases (void)
{
  static const Exception exceptions[] = {
    { 418, "I'm a Teapot" },
    { 510, "Not Extended" },
    { 0 },
  };
  g_autoptr(ScConstants) constants = load_constants ();
  g_autoptr(ScStatusTable) table = load_table ();
  const ScLibrary *node = sc_constants_lookup_library (constants, "node");

  g_assert_nonnull (node);
  g_assert_cmpint (node->kind, ==, SC_CONSTANT_KIND_PHRASE);

  for (guint i = 0; i < sc_constants_get_n_entries (constants); i++)
    {
      const ScConstant *entry = sc_constants_get_entry (constants, i);
      ScStatusCode *code = sc_status_table_lookup (table, entry->code);
      const char * const *former = sc_status_code_get_former (code);
      gboolean ok;

      if (entry->library != node || entry->name == NULL)
        continue;

      ok = g_str_equal (entry->name, sc_status_code_get_phrase (code)) ||
           (former != NULL && g_strv_contains (former, entry->name));
      for (const Exception *e = exceptions; e->code != 0; e++)
        ok |= e->code == entry->code && g_str_equal (e->name, entry->name);
      if (!ok)
        g_error ("node: “%s” for code %u is neither its phrase nor a known exception", entry->name, entry->code);
    }
}

typedef struct {
  const char *name;
  const char *document;
  /* The start of the message, with the line and column it points at. */
  const char *message;
} Broken;

#define LIB "<constants><library id='x' name='X' api='x' release='1' kind='identifier'>"
#define END "</library></constants>"

static const Broken broken[] = {
  { "empty", "", "Document was empty" },
  { "no-library", "<constants/>", "The constants name no library" },
  { "unknown-element", "<constants>\n  <lib/>", "Line 2, column 9: unknown element <lib>" },
  { "root", "<library/>", "Line 1, column 10: <library> is not allowed as the document element" },
  { "nesting", LIB "<constant code='404'><constant/>", "Line 1, column 106: <constant> is not allowed inside <constant>" },
  { "code", LIB "<constant code='4040'>A</constant>" END, "Line 1, column 97: code “4040” is not a status code" },
  { "code-range", LIB "<undefined code='099'/>" END, "Line 1, column 97: code “099” is not a status code" },
  { "state", LIB "<constant code='404' state='old'>A</constant>" END, "Line 1, column 108: unknown state “old”" },
  { "since", LIB "<constant code='404' since='2'>A</constant>" END, "Line 1, column 106: “since”" },
  { "name", LIB "<constant code='404'>NOT FOUND</constant>" END, "Line 1, column 116: “NOT FOUND” is not a name of kind identifier for code 404" },
  { "empty-name", LIB "<constant code='404'></constant>" END, "Line 1, column 107: “” is not a name" },
  { "twice", LIB "<constant code='404'>A</constant>\n<constant code='404'>A</constant>" END,
    "Line 2, column 35: x names code 404 “A” twice" },
  { "both-ways", LIB "<constant code='404'>A</constant>\n<undefined code='404'/>" END,
    "Line 2, column 24: x says more than once, or both ways" },
  { "undefined-twice", LIB "<undefined code='404'/><undefined code='404'/>" END,
    "Line 1, column 120: x says more than once, or both ways" },
  { "kind", "<constants><library id='x' name='X' api='x' release='1' kind='enum'/>",
    "Line 1, column 69: library “x” has an unknown kind “enum”" },
  { "library-twice", LIB "</library><library id='x' name='X' api='x' release='1' kind='symbol'/>" END,
    "Line 1, column 144: library “x” is given twice" },
  { "id", "<constants><library id='X Y' name='X' api='x' release='1' kind='symbol'/>",
    "Line 1, column 73: library id “X Y” is not" },
  { "no-release", "<constants><library id='x' name='X' api='x' release='' kind='symbol'/>",
    "Line 1, column 70: library “x” needs a name, an API and a release" },
  { "missing-attribute", "<constants><library id='x' name='X' api='x' kind='symbol'/>", "element 'library' requires attribute 'release'" },
  { "symbol", "<constants><library id='x' name='X' api='x' release='1' kind='symbol'><constant code='404'>not_found</constant>",
    "Line 1, column 112: “not_found” is not a name of kind symbol" },
  { "text", LIB "stray" END, "Line 1, column 80: text is not allowed here" },
  { "truncated", LIB "<constant code='404'>NOT_FO", "Document ended unexpectedly" },
  { "invalid-utf8", LIB "<constant code='404'>\xff</constant>" END, "Invalid UTF-8" },
};

static void
test_broken (gconstpointer data)
{
  const Broken *b = data;
  g_autoptr(GBytes) bytes = g_bytes_new_static (b->document, strlen (b->document));
  g_autoptr(GError) error = NULL;
  g_autoptr(ScConstants) constants = sc_constants_load_bytes (bytes, &error);

  g_assert_null (constants);
  g_assert_error (error, G_MARKUP_ERROR, error->code);
  if (strstr (error->message, b->message) == NULL)
    g_error ("“%s” does not say “%s”", error->message, b->message);
}

/* The smallest document that loads, with each kind of entry. */
static void
test_minimal (void)
{
  static const char document[] =
    "<constants>"
    "<library id='a' name='A' api='a.Status' qualifier='Status.' release='1.0' kind='identifier'>"
    "<constant code='413'>CONTENT_TOO_LARGE</constant>"
    "<constant code='413' state='deprecated' since='0.9'>PAYLOAD_TOO_LARGE</constant>"
    "<undefined code='418'/>"
    "</library>"
    "<library id='b' name='B' api='b' release='2' kind='phrase'>"
    "<constant code='413' state='removed'>Payload Too Large</constant>"
    "</library>"
    "</constants>";
  g_autoptr(GBytes) bytes = g_bytes_new_static (document, strlen (document));
  g_autoptr(GError) error = NULL;
  g_autoptr(ScConstants) constants = sc_constants_load_bytes (bytes, &error);
  const ScConstant *entries;
  guint n_entries;

  g_assert_no_error (error);
  g_assert_cmpuint (sc_constants_get_n_libraries (constants), ==, 2);
  g_assert_cmpuint (sc_constants_get_n_entries (constants), ==, 4);

  entries = sc_constants_lookup (constants, 413, &n_entries);
  g_assert_cmpuint (n_entries, ==, 3);
  g_assert_cmpstr (entries[0].name, ==, "CONTENT_TOO_LARGE");
  g_assert_cmpint (entries[0].state, ==, SC_CONSTANT_STATE_CURRENT);
  g_assert_null (entries[0].since);
  g_assert_cmpstr (entries[1].name, ==, "PAYLOAD_TOO_LARGE");
  g_assert_cmpint (entries[1].state, ==, SC_CONSTANT_STATE_DEPRECATED);
  g_assert_cmpstr (entries[1].since, ==, "0.9");
  g_assert_cmpstr (entries[2].library->id, ==, "b");
  g_assert_cmpint (entries[2].library->kind, ==, SC_CONSTANT_KIND_PHRASE);
  g_assert_cmpint (entries[2].state, ==, SC_CONSTANT_STATE_REMOVED);

  entries = sc_constants_lookup (constants, 418, &n_entries);
  g_assert_cmpuint (n_entries, ==, 1);
  g_assert_cmpint (entries[0].state, ==, SC_CONSTANT_STATE_UNDEFINED);
  g_assert_null (entries[0].name);

  g_assert_null (sc_constants_lookup (constants, 404, &n_entries));
  g_assert_cmpuint (n_entries, ==, 0);
}

int
main (int   argc,
      char *argv[])
{
  setlocale (LC_ALL, "");
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/constants/registry-coverage", test_registry_coverage);
  g_test_add_func ("/constants/entries", test_entries);
  g_test_add_func ("/constants/lookup-order", test_lookup_order);
  g_test_add_func ("/constants/qualified-name", test_qualified_name);
  g_test_add_func ("/constants/minimal", test_minimal);
  g_test_add_func ("/constants/node-phrases", test_node_phrases);
  for (guint i = 0; i < G_N_ELEMENTS (rules); i++)
    {
      g_autofree char *path = g_strdup_printf ("/constants/naming-rule/%s", rules[i].library);

      g_test_add_data_func (path, &rules[i], test_naming_rule);
    }
  for (guint i = 0; i < G_N_ELEMENTS (broken); i++)
    {
      g_autofree char *path = g_strdup_printf ("/constants/broken/%s", broken[i].name);

      g_test_add_data_func (path, &broken[i], test_broken);
    }

  return g_test_run ();
}
