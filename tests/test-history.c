/* test-history.c
 *
 * Copyright 2026 The Status Codes authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>
#include <locale.h>
#include <string.h>

#include "sc-history.h"
#include "sc-status-table.h"
#include "sc-test-pot.h"

#define HISTORY_PATH RESOURCE_PREFIX "/history.xml"
#define TABLE_PATH RESOURCE_PREFIX "/status-codes.xml"

/* The year of each document a history may name, from the documents
 * themselves: an RFC's date line, the IESG's approval of a status change,
 * and the first temporary registration for a draft. A document missing
 * here cannot be named, so a typo in a number fails. */
static const struct {
  const char *document;
  guint       year;
} document_years[] = {
  { "RFC 1945", 1996 },
  { "RFC 2068", 1997 },
  { "RFC 2295", 1998 },
  { "RFC 2324", 1998 },
  { "RFC 2518", 1999 },
  { "RFC 2616", 1999 },
  { "RFC 2774", 2000 },
  { "RFC 2817", 2000 },
  { "RFC 3229", 2002 },
  { "RFC 4918", 2007 },
  { "RFC 5842", 2010 },
  { "RFC 6585", 2012 },
  { "RFC 7231", 2014 },
  { "RFC 7233", 2014 },
  { "RFC 7238", 2014 },
  { "RFC 7538", 2015 },
  { "RFC 7540", 2015 },
  { "RFC 7725", 2016 },
  { "RFC 8297", 2017 },
  { "RFC 8470", 2018 },
  { "RFC 9110", 2022 },
  { "RFC 9114", 2022 },
  { "status-change-http-experiments-to-historic", 2021 },
  { "draft-ietf-httpbis-resumable-upload", 2024 },
};

/* Codes that are on their way into the table from other branches. Each has
 * a history already. */
static const guint codes_beyond_table[] = { 450, 456, 457, 464, 529, 540 };

/* Codes that the registry lists for a limited time, for a draft. */
static const guint temporary_codes[] = { 104 };

static gboolean
is_temporary (guint code)
{
  for (guint i = 0; i < G_N_ELEMENTS (temporary_codes); i++)
    if (temporary_codes[i] == code)
      return TRUE;

  return FALSE;
}

static ScHistory *
load_real_history (void)
{
  g_autoptr(GError) error = NULL;
  ScHistory *history = sc_history_load_resource (HISTORY_PATH, &error);

  g_assert_no_error (error);
  g_assert_nonnull (history);

  return history;
}

static GDate *
date_new (guint year,
          guint month,
          guint day)
{
  return g_date_new_dmy (day, month, year);
}

/* The RFC that a spec reference such as "RFC 9110, Section 15.5.5" or
 * "RFC 2774; status-change-…" names first, or 0. */
static guint
ref_rfc (const char *ref)
{
  guint64 number;
  g_autofree char *digits = NULL;
  gsize length;

  if (!g_str_has_prefix (ref, "RFC "))
    return 0;

  length = strspn (ref + 4, "0123456789");
  digits = g_strndup (ref + 4, length);
  g_assert_true (g_ascii_string_to_unsigned (digits, 10, 1, 99999, &number, NULL));

  return number;
}

static gboolean
names_rfc (const ScHistoryEntry *entry,
           guint                 rfc)
{
  for (guint i = 0; i < entry->events->len; i++)
    if (((ScHistoryEvent *) g_ptr_array_index (entry->events, i))->rfc == rfc)
      return TRUE;

  return FALSE;
}

static void
test_every_code_has_history (void)
{
  g_autoptr(ScHistory) history = load_real_history ();
  g_autoptr(ScStatusTable) table = sc_status_table_load_resource (TABLE_PATH, NULL);
  GListModel *model = G_LIST_MODEL (table);
  guint n_expected;

  g_assert_nonnull (table);

  for (guint i = 0; i < g_list_model_get_n_items (model); i++)
    {
      g_autoptr(ScStatusCode) code = g_list_model_get_item (model, i);
      guint value = sc_status_code_get_code (code);
      ScStatusFlags flags = sc_status_code_get_flags (code);
      const ScHistoryEntry *entry = sc_history_lookup (history, value);
      guint rfc = ref_rfc (sc_status_code_get_spec_ref (code));

      if (entry == NULL)
        g_error ("code %u has no history", value);
      g_assert_cmpint ((flags & SC_STATUS_FLAGS_TEMPORARY) != 0, ==, is_temporary (value));

      /* A vendor's code is in no registry, and a registry code is in it
       * the way the table's flags say. */
      if (flags & SC_STATUS_FLAGS_UNOFFICIAL)
        g_assert_cmpint (entry->registry, ==, SC_REGISTRY_STATUS_NONE);
      else if (flags & SC_STATUS_FLAGS_UNUSED)
        g_assert_cmpint (entry->registry, ==, SC_REGISTRY_STATUS_UNUSED);
      else if (flags & SC_STATUS_FLAGS_OBSOLETED)
        g_assert_cmpint (entry->registry, ==, SC_REGISTRY_STATUS_OBSOLETED);
      else if (flags & SC_STATUS_FLAGS_TEMPORARY)
        g_assert_cmpint (entry->registry, ==, SC_REGISTRY_STATUS_TEMPORARY);
      else
        g_assert_cmpint (entry->registry, ==, SC_REGISTRY_STATUS_PERMANENT);

      /* The history leads to the RFC that the registry, and so the
       * table's spec reference, names for the code. */
      if (rfc != 0 && !names_rfc (entry, rfc))
        g_error ("the history of %u never names RFC %u, its spec", value, rfc);
      if (!(flags & SC_STATUS_FLAGS_UNOFFICIAL) && !is_temporary (value))
        g_assert_cmpuint (rfc, !=, 0);
    }

  /* Nothing else: a history for a code that nobody shows is a typo. Codes
   * from other branches count once, whether they have arrived or not. */
  n_expected = g_list_model_get_n_items (model);
  for (guint i = 0; i < G_N_ELEMENTS (codes_beyond_table); i++)
    {
      g_assert_nonnull (sc_history_lookup (history, codes_beyond_table[i]));
      n_expected += sc_status_table_lookup (table, codes_beyond_table[i]) == NULL;
    }
  g_assert_cmpuint (sc_history_get_n_entries (history), ==, n_expected);
}

static void
test_documents_and_years (void)
{
  g_autoptr(ScHistory) history = load_real_history ();

  for (guint i = 0; i < sc_history_get_n_entries (history); i++)
    {
      const ScHistoryEntry *entry = sc_history_get_entry (history, i);

      for (guint j = 0; j < entry->events->len; j++)
        {
          ScHistoryEvent *event = g_ptr_array_index (entry->events, j);
          gboolean known = FALSE;

          for (guint k = 0; k < G_N_ELEMENTS (document_years); k++)
            {
              if (g_str_equal (event->document, document_years[k].document))
                {
                  if (event->year != document_years[k].year)
                    g_error ("code %u: %s is from %u, not %u", entry->code, event->document,
                             document_years[k].year, event->year);
                  known = TRUE;
                }
            }
          if (!known)
            g_error ("code %u names %s, which the test does not know", entry->code, event->document);

          g_assert_cmpuint (event->rfc != 0, ==, g_str_has_prefix (event->document, "RFC "));
        }
    }
}

/* What the issue and the RFCs say about particular codes, checked one by
 * one, so that the generic rules above cannot hide a wrong fact. */
static void
test_specific_facts (void)
{
  g_autoptr(ScHistory) history = load_real_history ();
  const ScHistoryEntry *entry;
  ScHistoryEvent *event;
  g_autoptr(GDate) registered = date_new (2024, 11, 13);
  g_autoptr(GDate) extended = date_new (2025, 9, 15);
  g_autoptr(GDate) before = date_new (2026, 11, 13);
  g_autoptr(GDate) after = date_new (2026, 12, 4);

  /* 413: Request Entity Too Large → Payload Too Large → Content Too Large. */
  entry = sc_history_lookup (history, 413);
  g_assert_cmpuint (entry->events->len, >=, 3);
  event = g_ptr_array_index (entry->events, 0);
  g_assert_cmpint (event->kind, ==, SC_HISTORY_EVENT_INTRODUCED);
  g_assert_cmpstr (event->phrase, ==, "Request Entity Too Large");
  g_assert_cmpuint (event->rfc, ==, 2068);
  event = g_ptr_array_index (entry->events, entry->events->len - 1);
  g_assert_cmpint (event->kind, ==, SC_HISTORY_EVENT_RENAMED);
  g_assert_cmpstr (event->phrase, ==, "Content Too Large");
  g_assert_cmpuint (event->year, ==, 2022);

  /* No 1xx for HTTP/1.0 clients; 101 only in HTTP/1.1. */
  for (guint code = 100; code <= 104; code++)
    g_assert_false (sc_history_lookup (history, code)->versions & SC_HTTP_VERSIONS_1_0);
  g_assert_cmpint (sc_history_lookup (history, 101)->versions, ==, SC_HTTP_VERSIONS_1_1);
  g_assert_cmpint (sc_history_lookup (history, 200)->versions, ==, SC_HTTP_VERSIONS_ALL);

  /* 421 came with HTTP/2. */
  event = g_ptr_array_index (sc_history_lookup (history, 421)->events, 0);
  g_assert_cmpuint (event->rfc, ==, 7540);

  /* The registry's odd ones. */
  g_assert_cmpint (sc_history_lookup (history, 306)->registry, ==, SC_REGISTRY_STATUS_UNUSED);
  g_assert_cmpint (sc_history_lookup (history, 418)->registry, ==, SC_REGISTRY_STATUS_UNUSED);
  g_assert_cmpint (sc_history_lookup (history, 510)->registry, ==, SC_REGISTRY_STATUS_OBSOLETED);
  event = g_ptr_array_index (sc_history_lookup (history, 102)->events, 1);
  g_assert_cmpint (event->kind, ==, SC_HISTORY_EVENT_REMOVED);
  g_assert_cmpuint (event->rfc, ==, 4918);

  /* 104: registered 2024-11-13, extended 2025-09-15 until 2026-11-13, and
   * the only temporary registration. */
  for (guint i = 0; i < sc_history_get_n_entries (history); i++)
    {
      entry = sc_history_get_entry (history, i);
      g_assert_cmpint (entry->registry == SC_REGISTRY_STATUS_TEMPORARY, ==, is_temporary (entry->code));
    }
  entry = sc_history_lookup (history, 104);
  g_assert_cmpint (entry->registry, ==, SC_REGISTRY_STATUS_TEMPORARY);
  g_assert_cmpint (g_date_compare (&entry->registered, registered), ==, 0);
  g_assert_cmpint (g_date_compare (&entry->extended, extended), ==, 0);
  g_assert_cmpint (g_date_compare (&entry->expires, before), ==, 0);
  g_assert_false (sc_history_entry_is_expired (entry, before));
  g_assert_true (sc_history_entry_is_expired (entry, after));
  g_assert_false (sc_history_entry_is_expired (sc_history_lookup (history, 200), after));

  /* Vendor codes are in no registry. */
  g_assert_cmpint (sc_history_lookup (history, 444)->registry, ==, SC_REGISTRY_STATUS_NONE);
  g_assert_cmpint (sc_history_lookup (history, 529)->registry, ==, SC_REGISTRY_STATUS_NONE);
}

static void
test_texts (void)
{
  g_autoptr(ScHistory) history = load_real_history ();
  const ScHistoryEntry *entry = sc_history_lookup (history, 413);
  g_autoptr(GDate) before = date_new (2026, 1, 1);
  g_autoptr(GDate) after = date_new (2026, 12, 4);
  g_autofree char *first = sc_history_event_dup_text (g_ptr_array_index (entry->events, 0));
  g_autofree char *last = sc_history_event_dup_text (g_ptr_array_index (entry->events, entry->events->len - 1));
  g_autofree char *valid = NULL, *expired = NULL, *none = NULL;

  g_assert_cmpstr (first, ==, "Introduced in RFC 2068 (1997) as “Request Entity Too Large”");
  g_assert_cmpstr (last, ==, "Renamed “Content Too Large” in RFC 9110 (2022)");

  entry = sc_history_lookup (history, 104);
  valid = sc_history_entry_dup_registry_text (entry, before);
  expired = sc_history_entry_dup_registry_text (entry, after);
  g_assert_cmpstr (valid, ==, "Temporary registration from 2024-11-13, extended on 2025-09-15 until 2026-11-13");
  g_assert_cmpstr (expired, ==, "Temporary registration from 2024-11-13, extended on 2025-09-15, expired on 2026-11-13");

  none = sc_history_entry_dup_registry_text (sc_history_lookup (history, 444), after);
  g_assert_cmpstr (none, ==, "In no registry");

  /* Every step of every code has words. */
  for (guint i = 0; i < sc_history_get_n_entries (history); i++)
    {
      entry = sc_history_get_entry (history, i);
      for (guint j = 0; j < entry->events->len; j++)
        {
          g_autofree char *text = sc_history_event_dup_text (g_ptr_array_index (entry->events, j));

          g_assert_nonnull (strstr (text, ((ScHistoryEvent *) g_ptr_array_index (entry->events, j))->document));
        }
    }
}

#define DOC(body) "<history>" body "</history>"

static void
test_load_errors (void)
{
  static const struct {
    const char *document;
    int         error_code;
    const char *message;
  } cases[] = {
    { "", G_MARKUP_ERROR_EMPTY, NULL },
    { "<history>", G_MARKUP_ERROR_PARSE, NULL },
    { DOC (""), G_MARKUP_ERROR_EMPTY, "no codes" },
    { "<histories/>", G_MARKUP_ERROR_UNKNOWN_ELEMENT, "line 1 char 12: unknown element <histories>" },
    { "<code value=\"404\" registry=\"none\"/>", G_MARKUP_ERROR_INVALID_CONTENT, "<code> is not allowed here" },
    { DOC ("<code value=\"404\" registry=\"none\"><code value=\"405\" registry=\"none\"/></code>"),
      G_MARKUP_ERROR_INVALID_CONTENT, "<code> is not allowed here" },
    { DOC ("<event kind=\"introduced\" doc=\"RFC 1945\" year=\"1996\"/>"), G_MARKUP_ERROR_INVALID_CONTENT, "<event> is not allowed here" },
    { DOC ("<code value=\"600\" registry=\"none\"/>"), G_MARKUP_ERROR_INVALID_CONTENT, "“600” is not a status code" },
    { DOC ("<code value=\"404\" registry=\"none\"/><code value=\"404\" registry=\"none\"/>"),
      G_MARKUP_ERROR_INVALID_CONTENT, "code 404 has a history twice (first on line 1)" },
    { DOC ("<code value=\"404\" registry=\"forever\"/>"), G_MARKUP_ERROR_INVALID_CONTENT, "unknown registry status “forever”" },
    { DOC ("<code value=\"404\" registry=\"none\" versions=\"0.9\"/>"), G_MARKUP_ERROR_INVALID_CONTENT, "“0.9” is not a list of HTTP versions" },
    { DOC ("<code value=\"404\" registry=\"none\" versions=\"\"/>"), G_MARKUP_ERROR_INVALID_CONTENT, "is not a list of HTTP versions" },
    { DOC ("<code value=\"404\" registry=\"permanent\"/>"), G_MARKUP_ERROR_INVALID_CONTENT, "code 404 is in the registry but has no history" },
    { DOC ("<code value=\"104\" registry=\"temporary\"><event kind=\"registered\" doc=\"d\" year=\"2024\"/></code>"),
      G_MARKUP_ERROR_INVALID_CONTENT, "for a temporary registration" },
    { DOC ("<code value=\"104\" registry=\"temporary\" registered=\"2024-11-13\" expires=\"2024-02-30\"/>"),
      G_MARKUP_ERROR_INVALID_CONTENT, "for a temporary registration" },
    { DOC ("<code value=\"104\" registry=\"temporary\" registered=\"2024-11-13\" expires=\"2023-11-13\"/>"),
      G_MARKUP_ERROR_INVALID_CONTENT, "for a temporary registration" },
    { DOC ("<code value=\"104\" registry=\"temporary\" registered=\"2024-11-13\" extended=\"2027-01-01\" expires=\"2026-11-13\"/>"),
      G_MARKUP_ERROR_INVALID_CONTENT, "for a temporary registration" },
    { DOC ("<code value=\"404\" registry=\"permanent\" expires=\"2026-11-13\"/>"),
      G_MARKUP_ERROR_INVALID_CONTENT, "code 404 has registration dates but is not registered temporarily" },
    { DOC ("<code value=\"404\" registry=\"none\"><event kind=\"invented\" doc=\"RFC 1\" year=\"1996\"/></code>"),
      G_MARKUP_ERROR_INVALID_CONTENT, "unknown kind of event “invented”" },
    { DOC ("<code value=\"404\" registry=\"none\"><event kind=\"renamed\" doc=\"RFC 1\" year=\"1996\"/></code>"),
      G_MARKUP_ERROR_INVALID_CONTENT, "does not say the new name" },
    { DOC ("<code value=\"404\" registry=\"none\"><event kind=\"restated\" doc=\"\" year=\"1996\"/></code>"),
      G_MARKUP_ERROR_INVALID_CONTENT, "empty document or phrase" },
    { DOC ("<code value=\"404\" registry=\"none\"><event kind=\"restated\" doc=\"RFC 1\" year=\"96\"/></code>"),
      G_MARKUP_ERROR_INVALID_CONTENT, "“96” is not a year" },
    { DOC ("<code value=\"404\" registry=\"none\">\n  <event kind=\"restated\" doc=\"RFC 2\" year=\"2000\"/>\n"
           "  <event kind=\"restated\" doc=\"RFC 1\" year=\"1999\"/></code>"),
      G_MARKUP_ERROR_INVALID_CONTENT, "line 3 char 51: the events of code 404 are not in order of year" },
    { DOC ("<code value=\"404\" registry=\"none\"><event kind=\"restated\" doc=\"RFC 1\" year=\"1996\" colour=\"red\"/></code>"),
      G_MARKUP_ERROR_UNKNOWN_ATTRIBUTE, "line 1 char" },
    { DOC ("<code registry=\"none\"/>"), G_MARKUP_ERROR_MISSING_ATTRIBUTE, "line 1 char" },
    { DOC ("<code value=\"404\" registry=\"none\"><note> </note></code>"), G_MARKUP_ERROR_INVALID_CONTENT, "the note of code 404 is empty" },
    { DOC ("<code value=\"404\" registry=\"none\"><note>A.</note><note>B.</note></code>"),
      G_MARKUP_ERROR_INVALID_CONTENT, "more than one <note>" },
    { DOC ("<code value=\"404\" registry=\"none\">words</code>"), G_MARKUP_ERROR_INVALID_CONTENT, "text is not allowed inside <code>" },
    { DOC ("<code value=\"404\" registry=\"none\"><note>A <note>B</note></note></code>"),
      G_MARKUP_ERROR_INVALID_CONTENT, "<note> is not allowed here" },
    { DOC ("<code value=\"404\" registry=\"none\"/>") "<history/>", G_MARKUP_ERROR_INVALID_CONTENT, NULL },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(GBytes) bytes = g_bytes_new_static (cases[i].document, strlen (cases[i].document));
      g_autoptr(GError) error = NULL;
      g_autoptr(ScHistory) history = NULL;

      g_test_message ("case %u: %s", i, cases[i].document);
      history = sc_history_load_bytes (bytes, &error);
      g_assert_null (history);
      g_assert_error (error, G_MARKUP_ERROR, cases[i].error_code);
      if (cases[i].message != NULL && strstr (error->message, cases[i].message) == NULL)
        g_error ("case %u: “%s” does not say “%s”", i, error->message, cases[i].message);
      /* Everything that the parser read gets a place. */
      if (cases[i].error_code != G_MARKUP_ERROR_EMPTY && strstr (error->message, "line ") == NULL)
        g_error ("case %u: “%s” does not say where", i, error->message);
    }
}

static void
test_load_minimal (void)
{
  static const char document[] =
    "<history>"
    "<code value=\"404\" registry=\"permanent\" versions=\"1.1 2\">"
    "<event kind=\"introduced\" doc=\"RFC 1945\" year=\"1996\" phrase=\"Not Found\"/>"
    "<event kind=\"restated\" doc=\"draft-x\" year=\"1996\"/>"
    "<note>  A   note. </note>"
    "</code>"
    "<code value=\"104\" registry=\"temporary\" registered=\"2024-11-13\" expires=\"2026-11-13\">"
    "<event kind=\"registered\" doc=\"draft-x\" year=\"2024\"/>"
    "</code>"
    "<code value=\"218\" registry=\"none\"/>"
    "</history>";
  g_autoptr(GBytes) bytes = g_bytes_new_static (document, sizeof document - 1);
  g_autoptr(GError) error = NULL;
  g_autoptr(ScHistory) history = sc_history_load_bytes (bytes, &error);
  g_autoptr(GDate) after = date_new (2026, 12, 4);
  g_autofree char *expired = NULL;
  const ScHistoryEntry *entry;
  ScHistoryEvent *event;

  g_assert_no_error (error);
  g_assert_cmpuint (sc_history_get_n_entries (history), ==, 3);
  g_assert_cmpuint (sc_history_get_entry (history, 0)->code, ==, 104);
  g_assert_cmpuint (sc_history_get_entry (history, 2)->code, ==, 404);
  g_assert_null (sc_history_lookup (history, 405));

  entry = sc_history_lookup (history, 404);
  g_assert_cmpint (entry->versions, ==, SC_HTTP_VERSIONS_1_1 | SC_HTTP_VERSIONS_2);
  g_assert_cmpstr (entry->note, ==, "A note.");
  g_assert_false (g_date_valid (&entry->expires));
  event = g_ptr_array_index (entry->events, 0);
  g_assert_cmpuint (event->rfc, ==, 1945);
  g_assert_cmpstr (event->phrase, ==, "Not Found");
  event = g_ptr_array_index (entry->events, 1);
  g_assert_cmpuint (event->rfc, ==, 0);
  g_assert_null (event->phrase);

  entry = sc_history_lookup (history, 104);
  g_assert_false (g_date_valid (&entry->extended));
  expired = sc_history_entry_dup_registry_text (entry, after);
  g_assert_cmpstr (expired, ==, "Temporary registration from 2024-11-13, expired on 2026-11-13");

  g_assert_cmpuint (sc_history_lookup (history, 218)->events->len, ==, 0);
  g_assert_null (sc_history_lookup (history, 218)->note);
}

static void
test_lookups_match_pot (void)
{
  g_autoptr(GHashTable) looked_up = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(ScHistory) history = NULL;
  g_autoptr(GError) error = NULL;

  bytes = g_resources_lookup_data (HISTORY_PATH, 0, &error);
  g_assert_no_error (error);
  history = sc_history_load_bytes_full (bytes, sc_test_record_lookup, looked_up, &error);
  g_assert_no_error (error);

  sc_test_assert_lookups_match_pot ("history-xml.pot", looked_up);
}

int
main (int   argc,
      char *argv[])
{
  setlocale (LC_ALL, "");
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/history/every-code-has-history", test_every_code_has_history);
  g_test_add_func ("/history/documents-and-years", test_documents_and_years);
  g_test_add_func ("/history/specific-facts", test_specific_facts);
  g_test_add_func ("/history/texts", test_texts);
  g_test_add_func ("/history/load-errors", test_load_errors);
  g_test_add_func ("/history/load-minimal", test_load_minimal);
  g_test_add_func ("/history/lookups-match-pot", test_lookups_match_pot);

  return g_test_run ();
}
