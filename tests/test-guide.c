/* test-guide.c
 *
 * Copyright 2026 The Status Codes authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>
#include <locale.h>
#include <string.h>

#include "sc-guide.h"
#include "sc-status-table.h"
#include "sc-test-pot.h"

#define GUIDE_PATH RESOURCE_PREFIX "/guide.xml"
#define TABLE_PATH RESOURCE_PREFIX "/status-codes.xml"

static ScGuide *
load_real_guide (void)
{
  g_autoptr(GError) error = NULL;
  ScGuide *guide = sc_guide_load_resource (GUIDE_PATH, &error);

  g_assert_no_error (error);
  g_assert_nonnull (guide);

  return guide;
}

static ScStatusTable *
load_real_table (void)
{
  g_autoptr(GError) error = NULL;
  ScStatusTable *table = sc_status_table_load_resource (TABLE_PATH, &error);

  g_assert_no_error (error);
  g_assert_nonnull (table);

  return table;
}

static char *
dup_codes_text (GArray *codes)
{
  GString *text = g_string_new (NULL);

  for (guint i = 0; i < codes->len; i++)
    g_string_append_printf (text, "%s%u", i > 0 ? " " : "", g_array_index (codes, guint, i));

  return g_string_free (text, FALSE);
}

/* Walks every path from @question, each answer in turn, and counts the
 * results it ends at in @reached. A path longer than there are questions
 * went round a cycle; an answer that leads nowhere is a dead end. */
static void
walk_all (ScGuide               *guide,
          const ScGuideQuestion *question,
          guint                  depth,
          GHashTable            *reached)
{
  g_assert_cmpuint (depth, <=, sc_guide_get_n_questions (guide));
  g_hash_table_add (reached, question->id);

  for (guint i = 0; i < question->answers->len; i++)
    {
      const ScGuideAnswer *answer = g_ptr_array_index (question->answers, i);

      g_assert_true ((answer->question == NULL) != (answer->result == NULL));
      if (answer->question != NULL)
        {
          g_assert_true (sc_guide_lookup_question (guide, answer->target) == answer->question);
          walk_all (guide, answer->question, depth + 1, reached);
        }
      else
        {
          g_assert_true (sc_guide_lookup_result (guide, answer->target) == answer->result);
          g_hash_table_add (reached, answer->result->id);
        }
    }
}

static void
test_graph (void)
{
  g_autoptr(ScGuide) guide = load_real_guide ();
  g_autoptr(GHashTable) reached = g_hash_table_new (g_str_hash, g_str_equal);

  g_assert_cmpstr (sc_guide_get_first_question (guide)->id, ==, "start");
  walk_all (guide, sc_guide_get_first_question (guide), 1, reached);

  /* Every question and every result is on some path. */
  for (guint i = 0; i < sc_guide_get_n_questions (guide); i++)
    {
      const ScGuideQuestion *question = sc_guide_get_question (guide, i);

      if (!g_hash_table_contains (reached, question->id))
        g_error ("question “%s” is on no path", question->id);
      g_assert_cmpuint (question->answers->len, >=, 2);
      g_assert_cmpuint (question->answers->len, <=, 5);
    }
  for (guint i = 0; i < sc_guide_get_n_results (guide); i++)
    if (!g_hash_table_contains (reached, sc_guide_get_result (guide, i)->id))
      g_error ("result “%s” is on no path", sc_guide_get_result (guide, i)->id);
  g_assert_cmpuint (g_hash_table_size (reached), ==,
                    sc_guide_get_n_questions (guide) + sc_guide_get_n_results (guide));
}

static void
test_codes_in_table (void)
{
  g_autoptr(ScGuide) guide = load_real_guide ();
  g_autoptr(ScStatusTable) table = load_real_table ();
  g_autoptr(GError) error = NULL;

  g_assert_true (sc_guide_validate_codes (guide, table, &error));
  g_assert_no_error (error);

  /* The same, without trusting the function under test. */
  for (guint i = 0; i < sc_guide_get_n_results (guide); i++)
    {
      const ScGuideResult *result = sc_guide_get_result (guide, i);

      for (guint j = 0; j < result->codes->len; j++)
        g_assert_nonnull (sc_status_table_lookup (table, g_array_index (result->codes, guint, j)));
      for (guint j = 0; j < result->alternatives->len; j++)
        {
          ScGuideAlternative *alternative = g_ptr_array_index (result->alternatives, j);

          for (guint k = 0; k < alternative->codes->len; k++)
            g_assert_nonnull (sc_status_table_lookup (table, g_array_index (alternative->codes, guint, k)));
        }
    }
}

#define END -1

/* Paths by answer index from the first question, and where they end. */
static const struct {
  int         answers[20];
  const char *result;
  const char *codes;
} paths[] = {
  { { 0, 1, END }, "created", "201" },
  { { 0, 4, 1, END }, "no-content", "204" },
  { { 1, 0, 0, 0, END }, "permanent-redirect", "308" },
  { { 1, 0, 1, 1, END }, "found", "302" },
  { { 1, 2, END }, "not-modified", "304" },
  { { 2, 0, END }, "unavailable", "503" },
  { { 2, 1, 2, 1, END }, "method-not-allowed", "405" },
  /* Everything in order up to the first condition, where If-None-Match on
   * a GET is the conditional GET that a cached copy answers. */
  { { 2, 1, 2, 2, 1, 1, 3, 3, 0, 0, 0, END }, "not-modified", "304" },
  { { 2, 1, 2, 2, 1, 1, 3, 3, 0, 0, 2, 1, 0, END }, "invalid", "422 400" },
  { { 2, 1, 2, 2, 1, 1, 3, 3, 0, 0, 2, 1, 1, 1, 2, END }, "internal-error", "500" },
};

static void
test_paths (void)
{
  g_autoptr(ScGuide) guide = load_real_guide ();

  for (guint i = 0; i < G_N_ELEMENTS (paths); i++)
    {
      const ScGuideQuestion *question = sc_guide_get_first_question (guide);
      const ScGuideResult *result = NULL;
      g_autofree char *codes = NULL;

      for (guint j = 0; paths[i].answers[j] != END; j++)
        {
          const ScGuideAnswer *answer;

          if (question == NULL)
            g_error ("path %u ends at a result before its answer %u", i, j);
          g_assert_cmpint (paths[i].answers[j], <, question->answers->len);
          answer = g_ptr_array_index (question->answers, paths[i].answers[j]);
          g_assert_cmpstr (answer->text, !=, "");
          question = answer->question;
          result = answer->result;
        }

      if (result == NULL)
        g_error ("path %u ends at question “%s”, not at a result", i, question->id);
      g_assert_cmpstr (result->id, ==, paths[i].result);
      codes = dup_codes_text (result->codes);
      g_assert_cmpstr (codes, ==, paths[i].codes);
    }
}

/* The questions that a failure goes through, each after the one before
 * answered "no". */
static const char * const failure_chain[] = {
  "down", "too-large", "method", "condition-required", "credentials", "content", "permission",
  "acceptable", "exists", "exists-precondition", "conflict", "rule", "rate", "upstream",
};

/* Issue #14's order of precedence for a failure: the first “yes” wins. */
static const char failure_order[] =
  "503 414 431 501 405 428 401 413 415 400 403 404 451 406 308 307 410 404 304 412 409 422 429 502 504 500";

/* The first code of every result that a failure can end at, in the order in
 * which a person going down the chain meets them: at each question, the
 * answers that do not go on to the next question of the chain, in their
 * order, and the results one question further where such an answer leads
 * to a question. */
static void
test_failure_order (void)
{
  g_autoptr(ScGuide) guide = load_real_guide ();
  g_autoptr(GString) order = g_string_new (NULL);
  const ScGuideQuestion *question = sc_guide_get_first_question (guide);

  question = ((ScGuideAnswer *) g_ptr_array_index (question->answers, 2))->question;

  for (guint i = 0; i < G_N_ELEMENTS (failure_chain); i++)
    {
      const ScGuideQuestion *next = NULL;

      g_assert_nonnull (question);
      g_assert_cmpstr (question->id, ==, failure_chain[i]);

      for (guint j = 0; j < question->answers->len; j++)
        {
          const ScGuideAnswer *answer = g_ptr_array_index (question->answers, j);

          if (i + 1 < G_N_ELEMENTS (failure_chain) &&
              g_strcmp0 (answer->target, failure_chain[i + 1]) == 0)
            {
              next = answer->question;
              continue;
            }

          if (answer->result != NULL)
            {
              g_string_append_printf (order, " %u", g_array_index (answer->result->codes, guint, 0));
              continue;
            }

          for (guint k = 0; k < answer->question->answers->len; k++)
            {
              const ScGuideAnswer *inner = g_ptr_array_index (answer->question->answers, k);

              g_assert_nonnull (inner->result);
              g_string_append_printf (order, " %u", g_array_index (inner->result->codes, guint, 0));
            }
        }
      question = next;
    }

  g_assert_cmpstr (order->str + 1, ==, failure_order);
}

/* Where practice is split, the result says who sends what. */
static void
test_contested (void)
{
  g_autoptr(ScGuide) guide = load_real_guide ();
  static const struct {
    const char *result;
    const char *alternatives;
    const char *names;
  } contested[] = {
    { "invalid", "400 422", "Zalando" },
    { "invalid", "400 422", "FastAPI" },
    { "forbidden", "404", "RFC 9110" },
    { "hidden", "403", NULL },
    { "moved-permanently-get", "308", NULL },
    { "found", "307", NULL },
    { "permanent-redirect", "301", NULL },
    { "temporary-redirect", "302", NULL },
    { "not-found", "204", "Azure" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (contested); i++)
    {
      const ScGuideResult *result = sc_guide_lookup_result (guide, contested[i].result);
      g_autoptr(GString) codes = g_string_new (NULL);
      g_autoptr(GString) text = g_string_new (NULL);

      g_assert_nonnull (result);
      for (guint j = 0; j < result->alternatives->len; j++)
        {
          ScGuideAlternative *alternative = g_ptr_array_index (result->alternatives, j);
          g_autofree char *alternative_codes = dup_codes_text (alternative->codes);

          g_string_append_printf (codes, "%s%s", j > 0 ? " " : "", alternative_codes);
          g_string_append (text, alternative->text);
        }
      g_assert_cmpstr (codes->str, ==, contested[i].alternatives);
      if (contested[i].names != NULL && strstr (text->str, contested[i].names) == NULL)
        g_error ("the alternatives of “%s” do not name %s", contested[i].result, contested[i].names);
    }
}

static void
test_headers (void)
{
  g_autoptr(ScGuide) guide = load_real_guide ();
  static const struct {
    const char  *result;
    const char  *name;
    ScGuideNeed  need;
  } headers[] = {
    { "created", "Location", SC_GUIDE_NEED_SHOULD },
    { "see-other", "Location", SC_GUIDE_NEED_MUST },
    { "partial", "Content-Range", SC_GUIDE_NEED_MUST },
    { "unavailable", "Retry-After", SC_GUIDE_NEED_SHOULD },
    { "method-not-allowed", "Allow", SC_GUIDE_NEED_MUST },
    { "unauthorized", "WWW-Authenticate", SC_GUIDE_NEED_MUST },
    { "too-many-requests", "Retry-After", SC_GUIDE_NEED_SHOULD },
    { "not-modified", "ETag", SC_GUIDE_NEED_MUST },
  };

  for (guint i = 0; i < G_N_ELEMENTS (headers); i++)
    {
      const ScGuideResult *result = sc_guide_lookup_result (guide, headers[i].result);
      gboolean found = FALSE;

      for (guint j = 0; j < result->headers->len; j++)
        {
          ScGuideHeader *header = g_ptr_array_index (result->headers, j);

          if (g_str_equal (header->name, headers[i].name))
            {
              g_assert_cmpint (header->need, ==, headers[i].need);
              found = TRUE;
            }
        }
      if (!found)
        g_error ("result “%s” lacks %s", headers[i].result, headers[i].name);
    }
}

#define RESULT(id, codes) "<result id=\"" id "\" codes=\"" codes "\"><title>T</title><why>W</why></result>\n"
#define RESULTS RESULT ("r", "200") RESULT ("s", "404")
#define QUESTION(id, answers) "<question id=\"" id "\"><ask>Q?</ask>" answers "</question>\n"
#define ANSWER(to) "<answer to=\"" to "\">A</answer>"

static void
test_load_errors (void)
{
  static const struct {
    const char *document;
    int         error_code;
    const char *message;
  } cases[] = {
    { "<guide>\n" QUESTION ("a", ANSWER ("r") ANSWER ("nowhere")) RESULTS "</guide>",
      G_MARKUP_ERROR_INVALID_CONTENT, "Line 2, column 78: an answer of question “a” leads to “nowhere”, which is neither a question nor a result" },
    { "<guide>\n" QUESTION ("a", ANSWER ("b") ANSWER ("r")) QUESTION ("b", ANSWER ("s") ANSWER ("a")) RESULTS "</guide>",
      G_MARKUP_ERROR_INVALID_CONTENT, "Line 3, column 72: an answer of question “b” leads back to question “a”, a cycle" },
    { "<guide>\n" QUESTION ("a", ANSWER ("r") ANSWER ("s")) QUESTION ("b", ANSWER ("r") ANSWER ("s")) RESULTS "</guide>",
      G_MARKUP_ERROR_INVALID_CONTENT, "Line 3, column 19: question “b” cannot be reached from the first question" },
    { "<guide>\n" QUESTION ("a", ANSWER ("r") ANSWER ("r")) RESULTS "</guide>",
      G_MARKUP_ERROR_INVALID_CONTENT, "Line 4, column 29: result “s” cannot be reached from the first question" },
    { "<guide>\n" QUESTION ("a", ANSWER ("r")) RESULTS "</guide>",
      G_MARKUP_ERROR_INVALID_CONTENT, "Line 2, column 19: question “a” has 1 answers, not 2 to 5" },
    { "<guide>\n" QUESTION ("a", ANSWER ("r") ANSWER ("s") ANSWER ("r") ANSWER ("s") ANSWER ("r") ANSWER ("s")) RESULTS "</guide>",
      G_MARKUP_ERROR_INVALID_CONTENT, "Line 2, column 19: question “a” has 6 answers, not 2 to 5" },
    { "<guide>\n" QUESTION ("a", ANSWER ("r") ANSWER ("s")) RESULT ("r", "200") RESULT ("r", "404") "</guide>",
      G_MARKUP_ERROR_INVALID_CONTENT, "Line 4, column 29: id “r” is given twice" },
    { "<guide>\n" QUESTION ("a", ANSWER ("r") ANSWER ("s")) RESULT ("r", "200") RESULT ("s", "600") "</guide>",
      G_MARKUP_ERROR_INVALID_CONTENT, "Line 4, column 29: “600” is not a list of different status codes" },
    { "<guide>\n" QUESTION ("a", ANSWER ("r") ANSWER ("s")) RESULT ("r", "200") RESULT ("s", "404 404") "</guide>",
      G_MARKUP_ERROR_INVALID_CONTENT, "is not a list of different status codes" },
    { "<guide>\n" QUESTION ("a", ANSWER ("r") ANSWER ("s")) RESULT ("r", "") RESULT ("s", "404") "</guide>",
      G_MARKUP_ERROR_INVALID_CONTENT, "is not a list of different status codes" },
    { "<guide>\n<question id=\"a\">" ANSWER ("r") ANSWER ("s") "<ask>Q?</ask></question>\n" RESULTS "</guide>",
      G_MARKUP_ERROR_INVALID_CONTENT, "Line 2, column 34: an answer of question “a” comes before its <ask>" },
    { "<guide>\n<question id=\"a\"><ask>Q?</ask><ask>Q?</ask>" ANSWER ("r") ANSWER ("s") "</question>\n" RESULTS "</guide>",
      G_MARKUP_ERROR_INVALID_CONTENT, "<ask> is given twice in “a”" },
    { "<guide>\n" QUESTION ("a", "<answer to=\"r\"> </answer>" ANSWER ("s")) RESULTS "</guide>",
      G_MARKUP_ERROR_INVALID_CONTENT, "<answer> is empty in “a”" },
    { "<guide>\n" QUESTION ("a", ANSWER ("r") ANSWER ("s")) "<result id=\"r\" codes=\"200\"><title>T</title></result>"
      RESULT ("s", "404") "</guide>",
      G_MARKUP_ERROR_INVALID_CONTENT, "result “r” needs a <title> and a <why>" },
    { "<guide>\n" QUESTION ("a", ANSWER ("r") ANSWER ("s")) "<result id=\"r\" codes=\"200\"><title>T</title><why>W</why>"
      "<header name=\"Retry After\" need=\"must\"/></result>" RESULT ("s", "404") "</guide>",
      G_MARKUP_ERROR_INVALID_CONTENT, "“Retry After” is not a header field name" },
    { "<guide>\n" QUESTION ("a", ANSWER ("r") ANSWER ("s")) "<result id=\"r\" codes=\"200\"><title>T</title><why>W</why>"
      "<header name=\"Allow\" need=\"may\"/></result>" RESULT ("s", "404") "</guide>",
      G_MARKUP_ERROR_INVALID_CONTENT, "need “may” is neither “must” nor “should”" },
    { "<guide>\n" QUESTION ("A", ANSWER ("r") ANSWER ("s")) RESULTS "</guide>",
      G_MARKUP_ERROR_INVALID_CONTENT, "id “A” is not lower-case letters, digits and hyphens" },
    { "<guide>\n" QUESTION ("a", ANSWER ("r") ANSWER ("s")) RESULTS "<answer to=\"r\">A</answer></guide>",
      G_MARKUP_ERROR_INVALID_CONTENT, "<answer> is not allowed inside <guide>" },
    { "<guide>\n" QUESTION ("a", ANSWER ("r") ANSWER ("s")) RESULTS "words</guide>",
      G_MARKUP_ERROR_INVALID_CONTENT, "text is not allowed here" },
    { "<guide>\n" QUESTION ("a", ANSWER ("r") ANSWER ("s")) RESULTS "</guide><guide/>",
      G_MARKUP_ERROR_INVALID_CONTENT, "<guide> is not allowed as the document element" },
    { "<guide>\n" QUESTION ("a", "<answer>A</answer>" ANSWER ("s")) RESULTS "</guide>",
      G_MARKUP_ERROR_MISSING_ATTRIBUTE, "Line 2, column 40: element 'answer' requires attribute 'to'" },
    { "<guide>\n" RESULTS "</guide>", G_MARKUP_ERROR_EMPTY, "The guide has no questions" },
    { "<guide>\n" QUESTION ("a", ANSWER ("r") ANSWER ("s")) RESULTS, G_MARKUP_ERROR_PARSE, "Error on line 5 char 2" },
    { "", G_MARKUP_ERROR_EMPTY, "Error on line 1 char 1" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(GBytes) bytes = g_bytes_new_static (cases[i].document, strlen (cases[i].document));
      g_autoptr(GError) error = NULL;
      g_autoptr(ScGuide) guide = NULL;

      g_test_message ("case %u: %s", i, cases[i].document);
      guide = sc_guide_load_bytes (bytes, &error);
      g_assert_null (guide);
      g_assert_error (error, G_MARKUP_ERROR, cases[i].error_code);
      if (strstr (error->message, cases[i].message) == NULL)
        g_error ("case %u: “%s” does not say “%s”", i, error->message, cases[i].message);
    }
}

/* The real guide cut short anywhere is an error that says where, and never
 * a part of the guide. */
static void
test_truncated (void)
{
  g_autoptr(GBytes) whole = g_resources_lookup_data (GUIDE_PATH, 0, NULL);
  gsize size = g_bytes_get_size (whole);

  for (gsize length = 0; length < size; length += 97)
    {
      g_autoptr(GBytes) bytes = g_bytes_new_from_bytes (whole, 0, length);
      g_autoptr(GError) error = NULL;
      g_autoptr(ScGuide) guide = sc_guide_load_bytes (bytes, &error);

      g_assert_null (guide);
      g_assert_nonnull (error);
      if (strstr (error->message, "line ") == NULL && strstr (error->message, "Line ") == NULL)
        g_error ("cut at %" G_GSIZE_FORMAT ": “%s” does not say where", length, error->message);
    }
}

static void
test_unknown_code (void)
{
  static const char document[] =
    "<guide>\n"
    QUESTION ("a", ANSWER ("r") ANSWER ("s"))
    RESULT ("r", "200")
    "<result id=\"s\" codes=\"404\"><title>T</title><why>W</why>\n"
    "<alternative codes=\"299\">Nobody.</alternative></result>\n"
    "</guide>";
  g_autoptr(GBytes) bytes = g_bytes_new_static (document, sizeof document - 1);
  g_autoptr(ScStatusTable) table = load_real_table ();
  g_autoptr(GError) error = NULL;
  g_autoptr(ScGuide) guide = sc_guide_load_bytes (bytes, &error);

  g_assert_no_error (error);
  g_assert_false (sc_guide_validate_codes (guide, table, &error));
  g_assert_error (error, G_MARKUP_ERROR, G_MARKUP_ERROR_INVALID_CONTENT);
  g_assert_cmpstr (error->message, ==,
                   "Line 4, column 29: result “s” names code 299, which is not in the status table");
}

static void
test_load_minimal (void)
{
  static const char document[] =
    "<guide>"
    "<question id=\"a\"><ask> Which\n one? </ask>"
    "<answer to=\"b\">Go on</answer><answer to=\"r\">Stop</answer></question>"
    "<result id=\"r\" codes=\"422 400\"><title>T</title><why>W</why>"
    "<header name=\"Retry-After\" need=\"should\"/><header name=\"Allow\" need=\"must\"/>"
    "<alternative codes=\"400\">Some.</alternative></result>"
    "<question id=\"b\"><ask>B?</ask><answer to=\"r\">Yes</answer><answer to=\"s\">No</answer></question>"
    "<result id=\"s\" codes=\"500\"><title>U</title><why>X</why></result>"
    "</guide>";
  g_autoptr(GBytes) bytes = g_bytes_new_static (document, sizeof document - 1);
  g_autoptr(GError) error = NULL;
  g_autoptr(ScGuide) guide = sc_guide_load_bytes (bytes, &error);
  const ScGuideQuestion *first;
  const ScGuideResult *result;
  const ScGuideAnswer *answer;
  ScGuideHeader *header;
  ScGuideAlternative *alternative;

  g_assert_no_error (error);
  g_assert_cmpuint (sc_guide_get_n_questions (guide), ==, 2);
  g_assert_cmpuint (sc_guide_get_n_results (guide), ==, 2);

  first = sc_guide_get_first_question (guide);
  g_assert_cmpstr (first->id, ==, "a");
  g_assert_cmpstr (first->text, ==, "Which one?");
  answer = g_ptr_array_index (first->answers, 0);
  g_assert_cmpstr (answer->text, ==, "Go on");
  g_assert_true (answer->question == sc_guide_lookup_question (guide, "b"));
  g_assert_null (answer->result);
  answer = g_ptr_array_index (first->answers, 1);
  g_assert_true (answer->result == sc_guide_lookup_result (guide, "r"));
  g_assert_null (answer->question);

  result = sc_guide_lookup_result (guide, "r");
  g_assert_cmpuint (result->codes->len, ==, 2);
  g_assert_cmpuint (g_array_index (result->codes, guint, 0), ==, 422);
  g_assert_cmpstr (result->title, ==, "T");
  g_assert_cmpstr (result->why, ==, "W");
  g_assert_cmpuint (result->headers->len, ==, 2);
  header = g_ptr_array_index (result->headers, 0);
  g_assert_cmpstr (header->name, ==, "Retry-After");
  g_assert_cmpint (header->need, ==, SC_GUIDE_NEED_SHOULD);
  header = g_ptr_array_index (result->headers, 1);
  g_assert_cmpint (header->need, ==, SC_GUIDE_NEED_MUST);
  alternative = g_ptr_array_index (result->alternatives, 0);
  g_assert_cmpuint (g_array_index (alternative->codes, guint, 0), ==, 400);
  g_assert_cmpstr (alternative->text, ==, "Some.");

  g_assert_cmpuint (sc_guide_lookup_result (guide, "s")->alternatives->len, ==, 0);
  g_assert_null (sc_guide_lookup_question (guide, "r"));
  g_assert_null (sc_guide_lookup_result (guide, "a"));
}

/* Loaded in each language of po/LINGUAS, every question and every result
 * reads in that language from the build tree's catalogue: none is left as
 * the English has it. */
static void
test_translated (void)
{
  g_autofree char *localedir = g_build_filename (g_getenv ("SC_BUILD_DIR"), "po", NULL);
  g_autofree char *linguas_path = g_build_filename (g_getenv ("SC_SOURCE_DIR"), "po", "LINGUAS", NULL);
  g_autofree char *linguas = NULL;
  g_auto(GStrv) languages = NULL;
  g_autoptr(ScGuide) english = load_real_guide ();
  g_autoptr(GError) error = NULL;
  guint n_languages = 0;

  g_file_get_contents (linguas_path, &linguas, NULL, &error);
  g_assert_no_error (error);
  languages = g_strsplit_set (g_strstrip (linguas), " \n", -1);

  bindtextdomain (GETTEXT_PACKAGE, localedir);
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");

  for (guint i = 0; languages[i] != NULL; i++)
    {
      g_autoptr(ScGuide) guide = NULL;

      if (languages[i][0] == '\0')
        continue;

      g_setenv ("LANGUAGE", languages[i], TRUE);
      textdomain (GETTEXT_PACKAGE);
      guide = load_real_guide ();
      g_unsetenv ("LANGUAGE");
      textdomain (GETTEXT_PACKAGE);
      n_languages++;

      g_test_message ("%s: %s", languages[i], sc_guide_get_first_question (guide)->text);
      for (guint j = 0; j < sc_guide_get_n_questions (guide); j++)
        g_assert_cmpstr (sc_guide_get_question (guide, j)->text, !=, sc_guide_get_question (english, j)->text);
      for (guint j = 0; j < sc_guide_get_n_results (guide); j++)
        {
          const ScGuideResult *result = sc_guide_get_result (guide, j);
          const ScGuideResult *original = sc_guide_get_result (english, j);

          g_assert_cmpstr (result->title, !=, original->title);
          g_assert_cmpstr (result->why, !=, original->why);
          for (guint k = 0; k < result->alternatives->len; k++)
            g_assert_cmpstr (((ScGuideAlternative *) g_ptr_array_index (result->alternatives, k))->text, !=,
                             ((ScGuideAlternative *) g_ptr_array_index (original->alternatives, k))->text);
        }
    }

  g_assert_cmpuint (n_languages, >=, 10);
}

static void
test_lookups_match_pot (void)
{
  g_autoptr(GHashTable) looked_up = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(ScGuide) guide = NULL;
  g_autoptr(GError) error = NULL;

  bytes = g_resources_lookup_data (GUIDE_PATH, 0, &error);
  g_assert_no_error (error);
  guide = sc_guide_load_bytes_full (bytes, sc_test_record_lookup, looked_up, &error);
  g_assert_no_error (error);

  sc_test_assert_lookups_match_pot ("guide-xml.pot", looked_up);
}

int
main (int   argc,
      char *argv[])
{
  setlocale (LC_ALL, "");
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/guide/graph", test_graph);
  g_test_add_func ("/guide/codes-in-table", test_codes_in_table);
  g_test_add_func ("/guide/paths", test_paths);
  g_test_add_func ("/guide/failure-order", test_failure_order);
  g_test_add_func ("/guide/contested", test_contested);
  g_test_add_func ("/guide/headers", test_headers);
  g_test_add_func ("/guide/load-errors", test_load_errors);
  g_test_add_func ("/guide/truncated", test_truncated);
  g_test_add_func ("/guide/unknown-code", test_unknown_code);
  g_test_add_func ("/guide/load-minimal", test_load_minimal);
  g_test_add_func ("/guide/translated", test_translated);
  g_test_add_func ("/guide/lookups-match-pot", test_lookups_match_pot);

  return g_test_run ();
}
