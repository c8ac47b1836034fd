/* test-status-table.c
 *
 * Copyright 2026 The Status Codes authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>
#include <glib/gstdio.h>
#include <locale.h>
#include <unistd.h>

#include "sc-status-table.h"

#define TABLE_PATH RESOURCE_PREFIX "/status-codes.xml"

static ScStatusTable *
load_real_table (void)
{
  g_autoptr(GError) error = NULL;
  ScStatusTable *table;

  table = sc_status_table_load_resource (TABLE_PATH, &error);
  g_assert_no_error (error);
  g_assert_nonnull (table);

  return table;
}

static char *
test_file (const char *name)
{
  return g_build_filename (g_getenv ("SC_SOURCE_DIR"), "tests", "data", name, NULL);
}

/* "[RFC9110, Section 15.5.5]" → "RFC 9110, Section 15.5.5";
 * "[RFC2774][status-change-…]" → "RFC 2774; status-change-…". */
static char *
registry_reference_to_ref (const char *reference)
{
  g_autoptr(GString) out = g_string_new (NULL);
  g_auto(GStrv) parts = g_strsplit_set (reference, "[]", -1);

  for (guint i = 0; parts[i] != NULL; i++)
    {
      if (parts[i][0] == '\0')
        continue;
      if (out->len > 0)
        g_string_append (out, "; ");
      if (g_str_has_prefix (parts[i], "RFC"))
        g_string_append_printf (out, "RFC %s", parts[i] + 3);
      else
        g_string_append (out, parts[i]);
    }

  return g_string_free (g_steal_pointer (&out), FALSE);
}

/* Splits one line of the registry's CSV: three fields, the last two possibly
 * quoted. */
static GStrv
split_csv_line (const char *line)
{
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();
  g_autoptr(GString) field = g_string_new (NULL);
  gboolean quoted = FALSE;

  for (const char *p = line; ; p++)
    {
      if (*p == '"')
        quoted = !quoted;
      else if ((*p == ',' && !quoted) || *p == '\0' || *p == '\r')
        {
          g_strv_builder_add (builder, field->str);
          g_string_truncate (field, 0);
          if (*p != ',')
            break;
        }
      else
        g_string_append_c (field, *p);
    }

  return g_strv_builder_end (builder);
}

/* The codes that the registry lists only for a limited time, for a draft
 * that has not become an RFC. The registry copy in tests/data holds the
 * permanent codes and predates them, so each is named here, with the phrase
 * and the draft it was registered for. 104 was registered on 2024-11-13 and
 * extended on 2025-09-15 until 2026-11-13 (issue 13). These are the only
 * codes that may be neither in the registry copy nor a vendor's. */
static const struct {
  guint       code;
  const char *phrase;
  const char *draft;
} temporary_registrations[] = {
  { 104, "Upload Resumption Supported", "draft-ietf-httpbis-resumable-upload" },
};

static gboolean
is_temporary_registration (guint code)
{
  for (guint i = 0; i < G_N_ELEMENTS (temporary_registrations); i++)
    if (temporary_registrations[i].code == code)
      return TRUE;

  return FALSE;
}

static void
test_registry_coverage (void)
{
  g_autoptr(ScStatusTable) table = load_real_table ();
  g_autofree char *path = test_file ("iana-http-status-codes.csv");
  g_autofree char *contents = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GHashTable) registered = g_hash_table_new (NULL, NULL);
  g_auto(GStrv) lines = NULL;
  guint n_registry = 0;

  g_file_get_contents (path, &contents, NULL, &error);
  g_assert_no_error (error);
  lines = g_strsplit (contents, "\n", -1);

  for (guint i = 1; lines[i] != NULL; i++)
    {
      g_auto(GStrv) fields = NULL;
      g_autofree char *ref = NULL;
      ScStatusCode *code;
      guint64 value;

      if (lines[i][0] == '\0')
        continue;

      fields = split_csv_line (lines[i]);
      g_assert_cmpuint (g_strv_length (fields), ==, 3);
      g_assert_true (g_ascii_string_to_unsigned (fields[0], 10, 100, 599, &value, NULL));

      code = sc_status_table_lookup (table, value);
      if (code == NULL)
        g_error ("registry code %s is missing from the table", fields[0]);
      if (is_temporary_registration (value))
        g_error ("the registry copy lists %s: take it out of temporary_registrations", fields[0]);

      ref = registry_reference_to_ref (fields[2]);
      g_assert_cmpstr (sc_status_code_get_phrase (code), ==, fields[1]);
      g_assert_cmpstr (sc_status_code_get_spec_ref (code), ==, ref);
      g_assert_false (sc_status_code_get_flags (code) & SC_STATUS_FLAGS_UNOFFICIAL);
      g_assert_false (sc_status_code_get_flags (code) & SC_STATUS_FLAGS_TEMPORARY);
      g_assert_null (sc_status_code_get_vendor (code));

      g_hash_table_add (registered, GUINT_TO_POINTER ((guint) value));
      n_registry++;
    }

  g_assert_cmpuint (n_registry, ==, 63);

  /* Each temporary registration is in the table, as the registry has it. */
  for (guint i = 0; i < G_N_ELEMENTS (temporary_registrations); i++)
    {
      ScStatusCode *code = sc_status_table_lookup (table, temporary_registrations[i].code);

      g_test_message ("checking %u", temporary_registrations[i].code);
      g_assert_nonnull (code);
      g_assert_cmpuint (sc_status_code_get_flags (code), ==, SC_STATUS_FLAGS_TEMPORARY);
      g_assert_null (sc_status_code_get_vendor (code));
      g_assert_cmpstr (sc_status_code_get_phrase (code), ==, temporary_registrations[i].phrase);
      g_assert_cmpstr (sc_status_code_get_spec_ref (code), ==, temporary_registrations[i].draft);
    }

  /* Everything else is somebody's unofficial code, and says whose. */
  for (guint i = 0; i < g_list_model_get_n_items (G_LIST_MODEL (table)); i++)
    {
      g_autoptr(ScStatusCode) code = g_list_model_get_item (G_LIST_MODEL (table), i);
      guint value = sc_status_code_get_code (code);

      if (g_hash_table_contains (registered, GUINT_TO_POINTER (value)) || is_temporary_registration (value))
        continue;

      g_test_message ("checking %u", value);
      g_assert_true (sc_status_code_get_flags (code) & SC_STATUS_FLAGS_UNOFFICIAL);
      g_assert_false (sc_status_code_get_flags (code) & SC_STATUS_FLAGS_TEMPORARY);
      g_assert_nonnull (sc_status_code_get_vendor (code));
    }
}

static void
test_unofficial_coverage (void)
{
  /* The unofficial codes people meet in logs and dashboards. */
  static const guint expected[] = {
    218, 419, 420, 430, 440, 444, 449, 460, 463, 494, 495, 496, 497, 498, 499,
    509, 520, 521, 522, 523, 524, 525, 526, 527, 530, 561, 598, 599,
    450, 456, 457, 464, 529, 540,
  };
  g_autoptr(ScStatusTable) table = load_real_table ();

  for (guint i = 0; i < G_N_ELEMENTS (expected); i++)
    {
      ScStatusCode *code = sc_status_table_lookup (table, expected[i]);

      g_assert_nonnull (code);
      g_assert_true (sc_status_code_get_flags (code) & SC_STATUS_FLAGS_UNOFFICIAL);
    }
}

/* The codes added for issue 12, each with its vendor's name in the vendor
 * attribute and a full entry: causes and what both sides can do. */
static void
test_added_vendor_codes (void)
{
  static const struct {
    guint       code;
    const char *vendor;
    const char *phrase;
  } added[] = {
    { 450, "Microsoft", "Blocked by Windows Parental Controls" },
    { 456, "Exchange ActiveSync", "Blocked" },
    { 457, "Exchange ActiveSync", "Expired Password" },
    { 464, "AWS", "Incompatible Protocol Versions" },
    { 529, "Qualys SSL Labs", "Site is overloaded" },
    { 540, "Shopify", "Temporarily Disabled" },
  };
  g_autoptr(ScStatusTable) table = load_real_table ();

  for (guint i = 0; i < G_N_ELEMENTS (added); i++)
    {
      ScStatusCode *code = sc_status_table_lookup (table, added[i].code);

      g_test_message ("checking %u", added[i].code);
      g_assert_nonnull (code);
      g_assert_true (sc_status_code_get_flags (code) & SC_STATUS_FLAGS_UNOFFICIAL);
      g_assert_nonnull (strstr (sc_status_code_get_vendor (code), added[i].vendor));
      g_assert_cmpstr (sc_status_code_get_phrase (code), ==, added[i].phrase);
      g_assert_cmpuint (g_strv_length ((GStrv) sc_status_code_get_causes (code)), >=, 2);
      g_assert_cmpuint (g_strv_length ((GStrv) sc_status_code_get_client_actions (code)), >=, 2);
      g_assert_cmpuint (g_strv_length ((GStrv) sc_status_code_get_server_actions (code)), >=, 2);
      g_assert_false (g_str_has_prefix (sc_status_code_get_spec_url (code), "https://www.rfc-editor.org/"));
    }

  /* Second meanings live inside the entries that carry the number. */
  g_assert_nonnull (strstr (sc_status_code_get_vendor (sc_status_table_lookup (table, 499)), "Cloudflare"));
  g_assert_nonnull (strstr (sc_status_code_get_vendor (sc_status_table_lookup (table, 530)), "Shopify"));
  g_assert_nonnull (strstr (sc_status_code_get_vendor (sc_status_table_lookup (table, 526)), "Cloud Foundry"));
  g_assert_nonnull (strstr (sc_status_code_get_vendor (sc_status_table_lookup (table, 419)), "Spring"));
  g_assert_nonnull (strstr (sc_status_code_get_english_description (sc_status_table_lookup (table, 419)),
                            "Insufficient Space On Resource"));
  g_assert_null (strstr (sc_status_code_get_vendor (sc_status_table_lookup (table, 218)), "Apache"));
}

static gboolean
needs_scenarios (guint code)
{
  return code >= 400 || code == 301 || code == 302 || code == 304 || code == 307 || code == 308;
}

static void
assert_list_not_empty_strings (const char * const *list)
{
  for (guint i = 0; list != NULL && list[i] != NULL; i++)
    g_assert_cmpstr (list[i], !=, "");
}

static gboolean
is_token (const char *name)
{
  if (name == NULL || name[0] == '\0')
    return FALSE;

  for (const char *p = name; *p; p++)
    if (!g_ascii_isalnum (*p) && *p != '-')
      return FALSE;

  return TRUE;
}

static void
assert_spec_url (ScStatusCode *code)
{
  const char *ref = sc_status_code_get_spec_ref (code);
  const char *url = sc_status_code_get_spec_url (code);
  g_autoptr(GUri) uri = NULL;
  g_autoptr(GError) error = NULL;
  guint rfc;

  uri = g_uri_parse (url, G_URI_FLAGS_NONE, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (g_uri_get_scheme (uri), ==, "https");
  g_assert_nonnull (g_uri_get_host (uri));

  /* A reference to an RFC links to that RFC, at the named section. */
  if (sscanf (ref, "RFC %u", &rfc) == 1)
    {
      g_autofree char *path = g_strdup_printf ("/rfc/rfc%u.html", rfc);
      const char *section = strstr (ref, "Section ");

      g_assert_cmpstr (g_uri_get_host (uri), ==, "www.rfc-editor.org");
      g_assert_cmpstr (g_uri_get_path (uri), ==, path);
      g_assert_true (g_str_has_prefix (g_uri_get_fragment (uri), "section-"));
      if (section != NULL)
        g_assert_cmpstr (g_uri_get_fragment (uri) + strlen ("section-"), ==, section + strlen ("Section "));
    }
  /* A temporary registration links to its draft on the IETF Datatracker. */
  else if (is_temporary_registration (sc_status_code_get_code (code)))
    {
      g_autofree char *path = g_strdup_printf ("/doc/%s/", ref);

      g_assert_cmpstr (g_uri_get_host (uri), ==, "datatracker.ietf.org");
      g_assert_cmpstr (g_uri_get_path (uri), ==, path);
    }
  else
    g_assert_true (sc_status_code_get_flags (code) & SC_STATUS_FLAGS_UNOFFICIAL);
}

static gboolean
relates_to (ScStatusCode *code,
            guint         other)
{
  GPtrArray *related = sc_status_code_get_related (code);

  for (guint i = 0; i < related->len; i++)
    if (((ScRelatedNote *) g_ptr_array_index (related, i))->code == other)
      return TRUE;

  return FALSE;
}

static void
test_invariants (void)
{
  g_autoptr(ScStatusTable) table = load_real_table ();
  GListModel *model = G_LIST_MODEL (table);
  guint previous = 0;

  g_assert_cmpuint (g_list_model_get_n_items (model), >=, 91);

  for (guint i = 0; i < g_list_model_get_n_items (model); i++)
    {
      g_autoptr(ScStatusCode) code = g_list_model_get_item (model, i);
      guint value = sc_status_code_get_code (code);
      GPtrArray *headers = sc_status_code_get_headers (code);
      GPtrArray *related = sc_status_code_get_related (code);

      g_test_message ("checking %u", value);

      /* Code order, classes 1 to 5, and a lookup that finds each. */
      g_assert_cmpuint (value, >, previous);
      previous = value;
      g_assert_cmpuint (sc_status_code_get_code_class (code), ==, value / 100);
      g_assert_true (sc_status_table_lookup (table, value) == code);

      g_assert_cmpstr (sc_status_code_get_phrase (code), !=, "");
      g_assert_cmpstr (sc_status_code_get_title (code), !=, "");
      g_assert_cmpstr (sc_status_code_get_summary (code), !=, "");
      g_assert_cmpstr (sc_status_code_get_description (code), !=, "");
      g_assert_true (g_str_has_suffix (sc_status_code_get_summary (code), "."));
      g_assert_null (strchr (sc_status_code_get_summary (code), '\n'));
      assert_list_not_empty_strings (sc_status_code_get_former (code));
      assert_list_not_empty_strings (sc_status_code_get_causes (code));
      assert_list_not_empty_strings (sc_status_code_get_client_actions (code));
      assert_list_not_empty_strings (sc_status_code_get_server_actions (code));
      assert_spec_url (code);

      if (needs_scenarios (value))
        {
          g_assert_cmpuint (g_strv_length ((GStrv) sc_status_code_get_causes (code)), >=, 2);
          g_assert_cmpuint (g_strv_length ((GStrv) sc_status_code_get_client_actions (code)), >=, 2);
          g_assert_cmpuint (g_strv_length ((GStrv) sc_status_code_get_server_actions (code)), >=, 2);
        }

      for (guint j = 0; j < headers->len; j++)
        {
          ScHeaderNote *note = g_ptr_array_index (headers, j);

          g_assert_true (is_token (note->name));
          g_assert_cmpstr (note->note, !=, "");
        }

      /* Every code has relatives, and each relation reads from both ends. */
      g_assert_cmpuint (related->len, >, 0);
      for (guint j = 0; j < related->len; j++)
        {
          ScRelatedNote *note = g_ptr_array_index (related, j);
          ScStatusCode *other = sc_status_table_lookup (table, note->code);

          g_assert_nonnull (other);
          g_assert_cmpstr (note->note, !=, "");
          if (!relates_to (other, value))
            g_error ("%u names %u as related, but not the other way round", value, note->code);
        }
    }

  g_assert_null (sc_status_table_lookup (table, 99));
  g_assert_null (sc_status_table_lookup (table, 600));
  g_assert_null (sc_status_table_lookup (table, 0));
}

static void
test_specific_facts (void)
{
  g_autoptr(ScStatusTable) table = load_real_table ();
  ScStatusCode *code;

  code = sc_status_table_lookup (table, 418);
  g_assert_cmpstr (sc_status_code_get_phrase (code), ==, "(Unused)");
  g_assert_cmpstr (sc_status_code_get_title (code), !=, "(Unused)");
  g_assert_true (sc_status_code_get_flags (code) & SC_STATUS_FLAGS_UNUSED);

  code = sc_status_table_lookup (table, 510);
  g_assert_true (sc_status_code_get_flags (code) & SC_STATUS_FLAGS_OBSOLETED);

  code = sc_status_table_lookup (table, 413);
  g_assert_true (g_strv_contains (sc_status_code_get_former (code), "Payload Too Large"));
  g_assert_true (g_strv_contains (sc_status_code_get_former (code), "Request Entity Too Large"));

  code = sc_status_table_lookup (table, 422);
  g_assert_true (g_strv_contains (sc_status_code_get_former (code), "Unprocessable Entity"));

  code = sc_status_table_lookup (table, 302);
  g_assert_true (g_strv_contains (sc_status_code_get_former (code), "Moved Temporarily"));

  code = sc_status_table_lookup (table, 207);
  g_assert_true (sc_status_code_get_flags (code) & SC_STATUS_FLAGS_WEBDAV);

  code = sc_status_table_lookup (table, 499);
  g_assert_nonnull (strstr (sc_status_code_get_vendor (code), "nginx"));

  /* 104 is registered temporarily for a draft, which is not an
   * Experimental RFC, and it names its relation to the other interim
   * responses that come before an upload's or a page's final response. */
  code = sc_status_table_lookup (table, 104);
  g_assert_cmpuint (sc_status_code_get_flags (code), ==, SC_STATUS_FLAGS_TEMPORARY);
  g_assert_true (relates_to (code, 100));
  g_assert_true (relates_to (code, 103));
  g_assert_cmpuint (g_strv_length ((GStrv) sc_status_code_get_causes (code)), >=, 2);
  g_assert_cmpuint (g_strv_length ((GStrv) sc_status_code_get_client_actions (code)), >=, 2);
  g_assert_cmpuint (g_strv_length ((GStrv) sc_status_code_get_server_actions (code)), >=, 2);
  g_assert_nonnull (strstr (sc_status_code_get_english_description (code), "13 November 2026"));
}

static void
test_normalize_text (void)
{
  static const struct {
    const char *input;
    gboolean    paragraphs;
    const char *expected;
  } cases[] = {
    { "plain", FALSE, "plain" },
    { "  lead and trail  ", FALSE, "lead and trail" },
    { "a\n   b\t\tc", FALSE, "a b c" },
    { "a\n\n b", FALSE, "a b" },
    { "\n    One\n    two.\n\n    Three.\n  ", TRUE, "One two.\n\nThree." },
    { "One.\n   \n\t\n  Two.", TRUE, "One.\n\nTwo." },
    { "One.\n Two.", TRUE, "One. Two." },
    { "", TRUE, "" },
    { " \n\n ", TRUE, "" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *normalized = sc_normalize_text (cases[i].input, cases[i].paragraphs);

      g_assert_cmpstr (normalized, ==, cases[i].expected);
    }
}

#define ENTRY(code, extra) \
  "<status code=\"" code "\">" \
  "<phrase>P</phrase><title>T</title><summary>S.</summary><description>D</description>" \
  "<spec ref=\"RFC 1\" url=\"https://example.org/\"/>" extra "</status>"
#define DOC(body) "<status-codes>" body "</status-codes>"

static void
test_load_errors (void)
{
  static const struct {
    const char *document;
    int         error_code;
    const char *message;
  } cases[] = {
    { "", G_MARKUP_ERROR_EMPTY, NULL },
    { "<status-codes>", G_MARKUP_ERROR_PARSE, NULL },
    { DOC (ENTRY ("404", "")) "<status-codes/>", G_MARKUP_ERROR_INVALID_CONTENT, "document element" },
    { "<status-codes><status code=\"404\"></status-codes>", G_MARKUP_ERROR_PARSE, NULL },
    { DOC (""), G_MARKUP_ERROR_EMPTY, "no codes" },
    { "<codes/>", G_MARKUP_ERROR_UNKNOWN_ELEMENT, "unknown element <codes>" },
    { DOC (ENTRY ("404", "<colour>red</colour>")), G_MARKUP_ERROR_UNKNOWN_ELEMENT, "Line 1, column " },
    { "<status/>", G_MARKUP_ERROR_INVALID_CONTENT, "document element" },
    { DOC ("<phrase>P</phrase>"), G_MARKUP_ERROR_INVALID_CONTENT, "<phrase> is not allowed inside <status-codes>" },
    { DOC (ENTRY ("404", "<status code=\"405\"/>")), G_MARKUP_ERROR_INVALID_CONTENT, "<status> is not allowed inside <status>" },
    { DOC (ENTRY ("404", "<item>x</item>")), G_MARKUP_ERROR_INVALID_CONTENT, "<item> is not allowed inside <status>" },
    { DOC (ENTRY ("404", "<api>a <item>x</item></api>")), G_MARKUP_ERROR_INVALID_CONTENT, "<item> is not allowed inside <api>" },
    { DOC (ENTRY ("404", "") ENTRY ("404", "")), G_MARKUP_ERROR_INVALID_CONTENT, "code 404 is defined twice" },
    { DOC (ENTRY ("600", "")), G_MARKUP_ERROR_INVALID_CONTENT, "“600” is not a status code" },
    { DOC (ENTRY ("99", "")), G_MARKUP_ERROR_INVALID_CONTENT, "“99” is not a status code" },
    { DOC (ENTRY ("4O4", "")), G_MARKUP_ERROR_INVALID_CONTENT, "“4O4” is not a status code" },
    { DOC ("<status code=\"404\"><title>T</title><summary>S.</summary><description>D</description>"
           "<spec ref=\"RFC 1\" url=\"https://example.org/\"/></status>"),
      G_MARKUP_ERROR_INVALID_CONTENT, "code 404 has no <phrase>" },
    { DOC ("<status code=\"404\"><phrase>P</phrase><title>T</title><description>D</description>"
           "<spec ref=\"RFC 1\" url=\"https://example.org/\"/></status>"),
      G_MARKUP_ERROR_INVALID_CONTENT, "code 404 has no <summary>" },
    { DOC ("<status code=\"404\"><phrase>P</phrase><title>T</title><summary>S.</summary><description>D</description></status>"),
      G_MARKUP_ERROR_INVALID_CONTENT, "code 404 has no <spec>" },
    { DOC (ENTRY ("404", "<phrase>Again</phrase>")), G_MARKUP_ERROR_INVALID_CONTENT, "more than one <phrase>" },
    { DOC (ENTRY ("404", "<summary>  </summary>")), G_MARKUP_ERROR_INVALID_CONTENT, "<summary> of code 404 is empty" },
    { DOC (ENTRY ("404", "<related code=\"410\">Gone.</related>")), G_MARKUP_ERROR_INVALID_CONTENT,
      "code 404 names code 410 as related, which is not in the table" },
    { DOC (ENTRY ("404", "<related code=\"404\">Me.</related>")), G_MARKUP_ERROR_INVALID_CONTENT, "names itself" },
    { DOC (ENTRY ("404", "<related code=\"abc\">x</related>")), G_MARKUP_ERROR_INVALID_CONTENT, "“abc” is not a status code" },
    { DOC (ENTRY ("404", "<related>x</related>")), G_MARKUP_ERROR_MISSING_ATTRIBUTE, NULL },
    { DOC ("<status>" "</status>"), G_MARKUP_ERROR_MISSING_ATTRIBUTE, NULL },
    { DOC ("<status code=\"404\" colour=\"red\"/>"), G_MARKUP_ERROR_UNKNOWN_ATTRIBUTE, NULL },
    { DOC ("<status code=\"404\" flags=\"webdav shiny\"/>"), G_MARKUP_ERROR_INVALID_CONTENT, "unknown flag “shiny”" },
    { DOC ("<status code=\"404\" vendor=\"\"/>"), G_MARKUP_ERROR_INVALID_CONTENT, "empty vendor" },
    { DOC ("<!-- Sources: https://example.org/ -->" "<status code=\"404\" vendor=\"Example\" flags=\"temporary\"/>"),
      G_MARKUP_ERROR_INVALID_CONTENT, "code 404 names a vendor but is flagged temporary" },
    { DOC ("<status code=\"404\" vendor=\"Example\"/>"), G_MARKUP_ERROR_INVALID_CONTENT,
      "Line 1, column 51: code 404 names a vendor but no comment naming its sources" },
    { DOC ("<!-- Sources: none -->" "<status code=\"404\" vendor=\"Example\"/>"), G_MARKUP_ERROR_INVALID_CONTENT,
      "code 404 names a vendor but no comment" },
    { DOC ("<!-- Notes: https://example.org/ -->" "<status code=\"404\" vendor=\"Example\"/>"),
      G_MARKUP_ERROR_INVALID_CONTENT, "code 404 names a vendor but no comment" },
    { DOC ("<!-- Sources: https://example.org/ -->" ENTRY ("410", "") "<status code=\"404\" vendor=\"Example\"/>"),
      G_MARKUP_ERROR_INVALID_CONTENT, "code 404 names a vendor but no comment" },
    { DOC ("<!-- Sources: https://example.org/ --><?pi x?>" "<status code=\"404\" vendor=\"Example\"/>"),
      G_MARKUP_ERROR_INVALID_CONTENT, "code 404 names a vendor but no comment" },
    { DOC (ENTRY ("404", "<wire>A</wire><wire>B</wire>")), G_MARKUP_ERROR_INVALID_CONTENT, "more than one <wire>" },
    { DOC (ENTRY ("404", "<wire code=\"none\"/><wire code=\"none\"/>")), G_MARKUP_ERROR_INVALID_CONTENT,
      "more than one <wire>" },
    { DOC (ENTRY ("404", "<wire code=\"none\">Nothing</wire>")), G_MARKUP_ERROR_INVALID_CONTENT,
      "<wire code=\"none\"> of code 404 has a phrase" },
    { DOC (ENTRY ("404", "<wire code=\"400\"> </wire>")), G_MARKUP_ERROR_INVALID_CONTENT, "<wire> of code 404 is empty" },
    { DOC (ENTRY ("404", "<wire code=\"4xx\">Bad</wire>")), G_MARKUP_ERROR_INVALID_CONTENT,
      "wire code “4xx” is neither a status code nor “none”" },
    { DOC (ENTRY ("404", "<wire code=\"404\">P</wire>")), G_MARKUP_ERROR_INVALID_CONTENT, "names itself as its wire code" },
    { DOC (ENTRY ("404", "<wire>P</wire>")), G_MARKUP_ERROR_INVALID_CONTENT, "the <wire> of code 404 repeats its phrase" },
    { DOC ("<status code=\"404\"><wire>P</wire><phrase>P</phrase><title>T</title><summary>S.</summary>"
           "<description>D</description><spec ref=\"RFC 1\" url=\"https://example.org/\"/></status>"),
      G_MARKUP_ERROR_INVALID_CONTENT, "the <wire> of code 404 repeats its phrase" },
    { DOC (ENTRY ("404", "<wire colour=\"red\">P</wire>")), G_MARKUP_ERROR_UNKNOWN_ATTRIBUTE, NULL },
    { DOC ("<status code=\"404\"><spec ref=\"\" url=\"https://example.org/\"/></status>"),
      G_MARKUP_ERROR_INVALID_CONTENT, "valid URL" },
    { DOC ("<status code=\"404\"><spec ref=\"RFC 1\" url=\"not a url\"/></status>"),
      G_MARKUP_ERROR_INVALID_CONTENT, "valid URL" },
    { DOC ("stray text"), G_MARKUP_ERROR_INVALID_CONTENT, "text is not allowed inside <status-codes>" },
    { DOC (ENTRY ("404", "<causes>why</causes>")), G_MARKUP_ERROR_INVALID_CONTENT, "text is not allowed inside <causes>" },
    { "\xff\xfe<status-codes/>", G_MARKUP_ERROR_PARSE, NULL },
    { DOC (ENTRY ("404", "<api>\xff\xfe</api>")), G_MARKUP_ERROR_BAD_UTF8, NULL },
    { "<?xml version=\"\xff\xff\"?>" DOC (ENTRY ("404", "")), G_MARKUP_ERROR_BAD_UTF8, NULL },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(GBytes) bytes = g_bytes_new_static (cases[i].document, strlen (cases[i].document));
      g_autoptr(ScStatusTable) table = NULL;
      g_autoptr(GError) error = NULL;

      g_test_message ("document %u: %s", i, cases[i].document);
      table = sc_status_table_load_bytes (bytes, &error);
      g_assert_null (table);
      g_assert_error (error, G_MARKUP_ERROR, cases[i].error_code);
      g_assert_true (g_utf8_validate (error->message, -1, NULL));
      if (cases[i].message != NULL && strstr (error->message, cases[i].message) == NULL)
        g_error ("document %u: “%s” does not say “%s”", i, error->message, cases[i].message);
    }
}

/* What a broken install or a bad edit could leave: no bytes at all (found
 * by the fuzzer: empty GBytes have no data pointer), and 10 MB of junk, both
 * binary and markup-like. Each is a clear error, at once. */
static void
test_load_junk (void)
{
  gsize size = 10 * 1024 * 1024;
  g_autofree char *junk = g_malloc (size);
  g_autoptr(GRand) rand = g_rand_new_with_seed (404);
  g_autoptr(GBytes) empty = g_bytes_new (NULL, 0);
  g_autoptr(GError) error = NULL;
  g_autoptr(ScStatusTable) table = NULL;

  table = sc_status_table_load_bytes (empty, &error);
  g_assert_null (table);
  g_assert_error (error, G_MARKUP_ERROR, G_MARKUP_ERROR_EMPTY);
  g_clear_error (&error);

  for (gsize i = 0; i < size; i++)
    junk[i] = (char) g_rand_int_range (rand, 0, 256);
  {
    g_autoptr(GBytes) bytes = g_bytes_new_static (junk, size);

    table = sc_status_table_load_bytes (bytes, &error);
    g_assert_null (table);
    g_assert_nonnull (error);
    g_test_message ("binary junk: %s", error->message);
    g_clear_error (&error);
  }

  /* Markup that nests deeper and deeper and never closes. */
  for (gsize i = 0; i + 8 <= size; i += 8)
    memcpy (junk + i, "<status>", 8);
  {
    g_autoptr(GBytes) bytes = g_bytes_new_static (junk, size);

    table = sc_status_table_load_bytes (bytes, &error);
    g_assert_null (table);
    g_assert_error (error, G_MARKUP_ERROR, G_MARKUP_ERROR_INVALID_CONTENT);
    g_assert_nonnull (strstr (error->message, "document element"));
  }
}

static void
test_load_minimal (void)
{
  static const char document[] =
    DOC (ENTRY ("410", "<related code=\"404\">Gone for good.</related>")
         "<!-- Sources: https://example.org/404 -->\n"
         "<status code=\"404\" vendor=\"Example\" flags=\" webdav  deprecated \">"
         "  <phrase>Not   Found</phrase>\n  <title>Missing</title><former>Old</former><former>Older</former>"
         "  <summary> Nothing here. </summary>"
         "  <description>\n  One\n  two.\n\n  Three.\n  </description>"
         "  <causes><item>Typo.</item><item>Moved.</item></causes>"
         "  <client><item>Check.</item></client><server><item>Redirect.</item></server>"
         "  <api>Missing items.</api>"
         "  <spec ref=\"Somewhere\" url=\"https://example.org/404\"/>"
         "  <header name=\"Location\">Not used.</header>"
         "  <related code=\"410\">Permanent.</related>"
         "</status>");
  g_autoptr(GBytes) bytes = g_bytes_new_static (document, sizeof document - 1);
  g_autoptr(ScStatusTable) table = NULL;
  g_autoptr(GError) error = NULL;
  ScStatusCode *code;
  ScHeaderNote *header;
  ScRelatedNote *related;

  table = sc_status_table_load_bytes (bytes, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (table)), ==, 2);
  g_assert_true (g_list_model_get_item_type (G_LIST_MODEL (table)) == SC_TYPE_STATUS_CODE);
  g_assert_null (g_list_model_get_item (G_LIST_MODEL (table), 2));

  /* Sorted by code, whatever the order in the file. */
  code = g_list_model_get_item (G_LIST_MODEL (table), 0);
  g_assert_cmpuint (sc_status_code_get_code (code), ==, 404);
  g_object_unref (code);

  code = sc_status_table_lookup (table, 404);
  g_assert_cmpuint (sc_status_code_get_flags (code), ==,
                    SC_STATUS_FLAGS_UNOFFICIAL | SC_STATUS_FLAGS_WEBDAV | SC_STATUS_FLAGS_DEPRECATED);
  g_assert_cmpstr (sc_status_code_get_vendor (code), ==, "Example");
  g_assert_cmpstr (sc_status_code_get_phrase (code), ==, "Not Found");
  g_assert_cmpstr (sc_status_code_get_title (code), ==, "Missing");
  g_assert_cmpstrv (sc_status_code_get_former (code), ((const char * const []) { "Old", "Older", NULL }));
  g_assert_cmpstr (sc_status_code_get_summary (code), ==, "Nothing here.");
  g_assert_cmpstr (sc_status_code_get_description (code), ==, "One two.\n\nThree.");
  g_assert_cmpstrv (sc_status_code_get_causes (code), ((const char * const []) { "Typo.", "Moved.", NULL }));
  g_assert_cmpstrv (sc_status_code_get_client_actions (code), ((const char * const []) { "Check.", NULL }));
  g_assert_cmpstrv (sc_status_code_get_server_actions (code), ((const char * const []) { "Redirect.", NULL }));
  g_assert_cmpstr (sc_status_code_get_api (code), ==, "Missing items.");
  g_assert_cmpstr (sc_status_code_get_spec_ref (code), ==, "Somewhere");
  g_assert_cmpstr (sc_status_code_get_spec_url (code), ==, "https://example.org/404");

  g_assert_cmpuint (sc_status_code_get_headers (code)->len, ==, 1);
  header = g_ptr_array_index (sc_status_code_get_headers (code), 0);
  g_assert_cmpstr (header->name, ==, "Location");
  g_assert_cmpstr (header->note, ==, "Not used.");

  g_assert_cmpuint (sc_status_code_get_related (code)->len, ==, 1);
  related = g_ptr_array_index (sc_status_code_get_related (code), 0);
  g_assert_cmpuint (related->code, ==, 410);
  g_assert_cmpstr (related->note, ==, "Permanent.");

  /* Optional lists are empty, not missing. */
  code = sc_status_table_lookup (table, 410);
  g_assert_cmpuint (g_strv_length ((GStrv) sc_status_code_get_causes (code)), ==, 0);
  g_assert_null (sc_status_code_get_api (code));
  g_assert_null (sc_status_code_get_vendor (code));
}

/* Each flag word sets its own flag, and the flags type names it the same
 * way. */
static void
test_load_flags (void)
{
  static const struct {
    const char    *word;
    ScStatusFlags  flag;
  } cases[] = {
    { "webdav", SC_STATUS_FLAGS_WEBDAV },
    { "deprecated", SC_STATUS_FLAGS_DEPRECATED },
    { "unused", SC_STATUS_FLAGS_UNUSED },
    { "obsoleted", SC_STATUS_FLAGS_OBSOLETED },
    { "experimental", SC_STATUS_FLAGS_EXPERIMENTAL },
    { "temporary", SC_STATUS_FLAGS_TEMPORARY },
  };
  g_autoptr(GFlagsClass) flags_class = g_type_class_ref (SC_TYPE_STATUS_FLAGS);

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *document = g_strdup_printf (
        "<status-codes><status code=\"104\" flags=\"%s\">"
        "<phrase>P</phrase><title>T</title><summary>S.</summary><description>D</description>"
        "<spec ref=\"R\" url=\"https://example.org/\"/></status></status-codes>", cases[i].word);
      g_autoptr(GBytes) bytes = g_bytes_new (document, strlen (document));
      g_autoptr(ScStatusTable) table = NULL;
      g_autoptr(GError) error = NULL;
      GFlagsValue *value;

      g_test_message ("checking %s", cases[i].word);
      table = sc_status_table_load_bytes (bytes, &error);
      g_assert_no_error (error);
      g_assert_cmpuint (sc_status_code_get_flags (sc_status_table_lookup (table, 104)), ==, cases[i].flag);

      value = g_flags_get_value_by_nick (flags_class, cases[i].word);
      g_assert_nonnull (value);
      g_assert_cmpuint (value->value, ==, cases[i].flag);
    }
}

/* The three ways a status line can differ from "code phrase", and the
 * default, read from a small document. */
static void
test_load_wire (void)
{
  static const char document[] =
    DOC (ENTRY ("200", "")
         ENTRY ("400", "<related code=\"496\">x</related>")
         ENTRY ("444", "<wire code=\"none\"> </wire>")
         "<status code=\"496\"><phrase>P</phrase><wire code=\"400\">Bad  Request</wire>"
         "<title>T</title><summary>S.</summary><description>D</description>"
         "<spec ref=\"R\" url=\"https://example.org/\"/></status>"
         ENTRY ("510", "<wire>Not Extended</wire>"));
  g_autoptr(GBytes) bytes = g_bytes_new_static (document, sizeof document - 1);
  g_autoptr(ScStatusTable) table = NULL;
  g_autoptr(GError) error = NULL;
  static const struct {
    guint       code;
    guint       wire_code;
    const char *wire_phrase;
    const char *wire_status;
  } cases[] = {
    { 200, 200, "P", "200 P" },
    { 444, 0, NULL, NULL },
    { 496, 400, "Bad Request", "400 Bad Request" },
    { 510, 510, "Not Extended", "510 Not Extended" },
  };

  table = sc_status_table_load_bytes (bytes, &error);
  g_assert_no_error (error);

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      ScStatusCode *code = sc_status_table_lookup (table, cases[i].code);
      g_autofree char *wire_status = sc_status_code_dup_wire_status (code);
      guint wire_code;

      g_assert_cmpstr (sc_status_code_get_phrase (code), ==, "P");
      g_assert_cmpuint (sc_status_code_get_wire_code (code), ==, cases[i].wire_code);
      g_assert_cmpstr (sc_status_code_get_wire_phrase (code), ==, cases[i].wire_phrase);
      g_assert_cmpstr (wire_status, ==, cases[i].wire_status);
      g_object_get (code, "wire-code", &wire_code, NULL);
      g_assert_cmpuint (wire_code, ==, cases[i].wire_code);
    }
}

/* What servers really send for the codes whose name is not what goes on
 * the wire, in the real table. */
static void
test_wire_facts (void)
{
  static const struct {
    guint       code;
    const char *wire_status;
  } cases[] = {
    { 404, "404 Not Found" },
    { 510, "510 Not Extended" },
    { 418, "418 I'm a teapot" },
    { 444, NULL },
    { 419, "419 unknown status" },
    { 494, "400 Bad Request" },
    { 495, "400 Bad Request" },
    { 496, "400 Bad Request" },
    { 497, "400 Bad Request" },
  };
  g_autoptr(ScStatusTable) table = load_real_table ();

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      ScStatusCode *code = sc_status_table_lookup (table, cases[i].code);
      g_autofree char *wire_status = sc_status_code_dup_wire_status (code);

      g_test_message ("checking %u", cases[i].code);
      g_assert_cmpstr (wire_status, ==, cases[i].wire_status);
    }

  /* The registry's name stays the name the code is known by. */
  g_assert_cmpstr (sc_status_code_get_phrase (sc_status_table_lookup (table, 510)), ==, "Not Extended (OBSOLETED)");
}

/* Every vendor entry of the real table is preceded by a comment naming its
 * sources, or the table would not load. Taking the comment away from one
 * makes it fail, at that entry's line. */
static void
test_vendor_sources (void)
{
  g_autoptr(GBytes) bytes = g_resources_lookup_data (TABLE_PATH, G_RESOURCE_LOOKUP_FLAGS_NONE, NULL);
  g_autofree char *document = g_strndup (g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes));
  g_autoptr(ScStatusTable) table = load_real_table ();
  guint n_vendor = 0;

  for (guint i = 0; i < g_list_model_get_n_items (G_LIST_MODEL (table)); i++)
    {
      g_autoptr(ScStatusCode) code = g_list_model_get_item (G_LIST_MODEL (table), i);
      g_autofree char *tag = NULL;
      g_autofree char *mutated = NULL;
      g_autofree char *expected = NULL;
      g_autoptr(GBytes) mutated_bytes = NULL;
      g_autoptr(ScStatusTable) broken = NULL;
      g_autoptr(GError) error = NULL;
      char *entry, *comment;
      int line = 1;

      if (sc_status_code_get_vendor (code) == NULL)
        continue;
      n_vendor++;

      tag = g_strdup_printf ("<status code=\"%u\" vendor=", sc_status_code_get_code (code));
      entry = strstr (document, tag);
      g_assert_nonnull (entry);
      comment = g_strrstr_len (document, entry - document, "<!--");
      g_assert_nonnull (comment);

      /* Blank the comment out, keeping its newlines so that lines count
       * the same. */
      mutated = g_strdup (document);
      for (char *p = mutated + (comment - document); p < mutated + (entry - document); p++)
        if (*p != '\n')
          *p = ' ';
      for (const char *p = document; p < entry; p++)
        line += *p == '\n';

      mutated_bytes = g_bytes_new_take (g_steal_pointer (&mutated), strlen (document));
      broken = sc_status_table_load_bytes (mutated_bytes, &error);
      g_assert_null (broken);
      g_assert_error (error, G_MARKUP_ERROR, G_MARKUP_ERROR_INVALID_CONTENT);
      expected = g_strdup_printf ("Line %d, column", line);
      g_test_message ("%u: %s", sc_status_code_get_code (code), error->message);
      g_assert_true (g_str_has_prefix (error->message, expected));
      g_assert_nonnull (strstr (error->message, "names a vendor but no comment naming its sources"));
    }

  /* Every vendor entry was tried, and there are some. */
  {
    guint n_tags = 0;

    for (const char *p = strstr (document, "\" vendor=\""); p != NULL; p = strstr (p + 1, "\" vendor=\""))
      n_tags++;
    g_assert_cmpuint (n_vendor, ==, n_tags);
    g_assert_cmpuint (n_vendor, >, 0);
  }
}

/* Translation: the fake catalogue that meson builds from the POT wraps every
 * msgstr in ⟦ ⟧. */

static const char *
record_lookup (const char *context,
               const char *msgid,
               gpointer    user_data)
{
  GHashTable *looked_up = user_data;

  g_hash_table_add (looked_up, g_strconcat (context, "\004", msgid, NULL));

  return msgid;
}

/* Reads the context and msgid of each entry of a PO file. A string may go on
 * over several quoted lines, as multi-paragraph ones always do. */
static GHashTable *
read_po_entries (const char *path)
{
  g_autofree char *contents = NULL;
  g_autoptr(GError) error = NULL;
  g_auto(GStrv) lines = NULL;
  GHashTable *entries = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  g_autoptr(GString) context = g_string_new (NULL);
  g_autoptr(GString) msgid = g_string_new (NULL);
  GString *current = NULL;

  g_file_get_contents (path, &contents, NULL, &error);
  g_assert_no_error (error);
  lines = g_strsplit (contents, "\n", -1);

  for (guint i = 0; lines[i] != NULL; i++)
    {
      const char *line = lines[i];
      const char *quote = strchr (line, '"');

      if (g_str_has_prefix (line, "msgctxt "))
        g_string_truncate (current = context, 0);
      else if (g_str_has_prefix (line, "msgid "))
        g_string_truncate (current = msgid, 0);
      else if (g_str_has_prefix (line, "msgstr "))
        {
          if (context->len > 0)
            g_hash_table_add (entries, g_strconcat (context->str, "\004", msgid->str, NULL));
          g_string_truncate (context, 0);
          current = NULL;
          continue;
        }
      else if (line[0] != '"')
        {
          current = NULL;
          continue;
        }

      if (current != NULL && quote != NULL)
        {
          g_autofree char *quoted = g_strndup (quote + 1, strlen (quote + 1) - 1);
          g_autofree char *unescaped = g_strcompress (quoted);

          g_string_append (current, unescaped);
        }
    }

  return entries;
}

static void
test_lookups_match_pot (void)
{
  g_autofree char *po = g_build_filename (g_getenv ("SC_BUILD_DIR"), "tests", "status-codes-xml.po", NULL);
  g_autoptr(GHashTable) pot = read_po_entries (po);
  g_autoptr(GHashTable) looked_up = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(ScStatusTable) table = NULL;
  g_autoptr(GError) error = NULL;
  GHashTableIter iter;
  const char *key;

  bytes = g_resources_lookup_data (TABLE_PATH, 0, &error);
  g_assert_no_error (error);
  table = sc_status_table_load_bytes_full (bytes, record_lookup, looked_up, &error);
  g_assert_no_error (error);

  g_assert_cmpuint (g_hash_table_size (pot), >, 1000);

  g_hash_table_iter_init (&iter, looked_up);
  while (g_hash_table_iter_next (&iter, (gpointer *) &key, NULL))
    if (!g_hash_table_contains (pot, key))
      g_error ("the loader looks up a string that is not in the POT: %s", key);

  g_hash_table_iter_init (&iter, pot);
  while (g_hash_table_iter_next (&iter, (gpointer *) &key, NULL))
    if (!g_hash_table_contains (looked_up, key))
      g_error ("the POT has a string that the loader never looks up: %s", key);
}

static void
assert_marked (const char *text)
{
  if (!g_str_has_prefix (text, "⟦") || !g_str_has_suffix (text, "⟧"))
    g_error ("not translated: “%s”", text);
}

static void
assert_all_marked (const char * const *list)
{
  for (guint i = 0; list[i] != NULL; i++)
    assert_marked (list[i]);
}

static void
test_translation_round_trip (void)
{
  g_autofree char *catalogue = g_build_filename (g_getenv ("SC_BUILD_DIR"), "tests", "status-codes-xml-marked.mo", NULL);
  g_autofree char *localedir = NULL;
  g_autofree char *messages = NULL;
  g_autofree char *link = NULL;
  g_autoptr(ScStatusTable) table = NULL;
  g_autoptr(GError) error = NULL;
  GListModel *model;

  /* gettext wants <dir>/<language>/LC_MESSAGES/<domain>.mo. */
  localedir = g_dir_make_tmp ("sc-locale-XXXXXX", &error);
  g_assert_no_error (error);
  messages = g_build_filename (localedir, "xx", "LC_MESSAGES", NULL);
  g_assert_cmpint (g_mkdir_with_parents (messages, 0700), ==, 0);
  link = g_build_filename (messages, GETTEXT_PACKAGE ".mo", NULL);
  g_assert_cmpint (symlink (catalogue, link), ==, 0);

  g_setenv ("LANGUAGE", "xx", TRUE);
  bindtextdomain (GETTEXT_PACKAGE, localedir);
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");

  table = load_real_table ();
  model = G_LIST_MODEL (table);

  for (guint i = 0; i < g_list_model_get_n_items (model); i++)
    {
      g_autoptr(ScStatusCode) code = g_list_model_get_item (model, i);
      GPtrArray *headers = sc_status_code_get_headers (code);
      GPtrArray *related = sc_status_code_get_related (code);

      assert_marked (sc_status_code_get_title (code));
      assert_marked (sc_status_code_get_summary (code));
      assert_marked (sc_status_code_get_description (code));
      if (sc_status_code_get_api (code) != NULL)
        assert_marked (sc_status_code_get_api (code));
      assert_all_marked (sc_status_code_get_causes (code));
      assert_all_marked (sc_status_code_get_client_actions (code));
      assert_all_marked (sc_status_code_get_server_actions (code));
      for (guint j = 0; j < headers->len; j++)
        assert_marked (((ScHeaderNote *) g_ptr_array_index (headers, j))->note);
      for (guint j = 0; j < related->len; j++)
        assert_marked (((ScRelatedNote *) g_ptr_array_index (related, j))->note);

      /* The wire text stays English, and the English title stays searchable. */
      g_assert_false (g_str_has_prefix (sc_status_code_get_phrase (code), "⟦"));
      g_assert_false (g_str_has_prefix (sc_status_code_get_english_title (code), "⟦"));
      g_assert_nonnull (strstr (sc_status_code_get_title (code), sc_status_code_get_english_title (code)));
    }

  g_unsetenv ("LANGUAGE");
  g_unlink (link);
  g_rmdir (messages);
  *strrchr (messages, G_DIR_SEPARATOR) = '\0';
  g_rmdir (messages);
  g_rmdir (localedir);
}

int
main (int   argc,
      char *argv[])
{
  setlocale (LC_ALL, "");
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/status-table/registry-coverage", test_registry_coverage);
  g_test_add_func ("/status-table/unofficial-coverage", test_unofficial_coverage);
  g_test_add_func ("/status-table/added-vendor-codes", test_added_vendor_codes);
  g_test_add_func ("/status-table/invariants", test_invariants);
  g_test_add_func ("/status-table/specific-facts", test_specific_facts);
  g_test_add_func ("/status-table/normalize-text", test_normalize_text);
  g_test_add_func ("/status-table/load-errors", test_load_errors);
  g_test_add_func ("/status-table/load-junk", test_load_junk);
  g_test_add_func ("/status-table/load-minimal", test_load_minimal);
  g_test_add_func ("/status-table/load-flags", test_load_flags);
  g_test_add_func ("/status-table/load-wire", test_load_wire);
  g_test_add_func ("/status-table/wire-facts", test_wire_facts);
  g_test_add_func ("/status-table/vendor-sources", test_vendor_sources);
  g_test_add_func ("/status-table/lookups-match-pot", test_lookups_match_pot);
  g_test_add_func ("/status-table/translation-round-trip", test_translation_round_trip);

  return g_test_run ();
}
