/* test-examples.c
 *
 * Copyright 2026 The Status Codes authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <locale.h>
#include <string.h>

#include "sc-examples.h"
#include "sc-test-pot.h"

#define EXAMPLES_PATH RESOURCE_PREFIX "/examples.xml"

/* Codes whose example answers with an RFC 9457 problem document. */
static const guint problem_codes[] = { 400, 404, 409, 422, 429 };

static ScExamples *
load_real_examples (void)
{
  g_autoptr(GError) error = NULL;
  ScExamples *examples = sc_examples_load_resource (EXAMPLES_PATH, &error);

  g_assert_no_error (error);
  g_assert_nonnull (examples);

  return examples;
}

/* tchar from RFC 9110, Section 5.6.2. */
static gboolean
is_tchar (char c)
{
  return g_ascii_isalnum (c) || (c != '\0' && strchr ("!#$%&'*+-.^_`|~", c) != NULL);
}

static gboolean
is_token (const char *start,
          gsize       length)
{
  if (length == 0)
    return FALSE;

  for (gsize i = 0; i < length; i++)
    if (!is_tchar (start[i]))
      return FALSE;

  return TRUE;
}

/* Printable ASCII, space and tab: what we allow in a field value and a
 * reason phrase. The RFCs also allow obs-text, which nobody should send. */
static gboolean
is_visible_text (const char *text)
{
  for (const char *p = text; *p; p++)
    if (*p != ' ' && *p != '\t' && (*p < 0x21 || *p > 0x7e))
      return FALSE;

  return TRUE;
}

/* One message split into its start line, field lines and body. */
typedef struct {
  char   *start_line;
  GStrv   fields;
  char   *body;
} Message;

static void
message_clear (Message *message)
{
  g_clear_pointer (&message->start_line, g_free);
  g_clear_pointer (&message->fields, g_strfreev);
  g_clear_pointer (&message->body, g_free);
}

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (Message, message_clear)

static void
split_message (const char *text,
               Message    *message)
{
  const char *blank = strstr (text, "\n\n");
  g_autofree char *head = blank ? g_strndup (text, blank - text) : g_strdup (text);
  g_auto(GStrv) lines = g_strsplit (head, "\n", -1);

  message->start_line = g_strdup (lines[0]);
  message->fields = g_strdupv (lines + 1);
  message->body = g_strdup (blank ? blank + 2 : "");
}

/* Checks that each field line is token ":" OWS value OWS (RFC 9112,
 * Section 5) and returns the value of @name, if the message has it. */
static const char *
check_fields (guint       code,
              GStrv       fields,
              const char *name)
{
  const char *found = NULL;

  for (guint i = 0; fields[i] != NULL; i++)
    {
      const char *line = fields[i];
      const char *colon = strchr (line, ':');
      const char *value;

      if (colon == NULL || !is_token (line, colon - line))
        g_error ("example %u: “%s” is not a field line", code, line);

      value = colon + 1;
      while (*value == ' ' || *value == '\t')
        value++;
      if (value[0] == '\0' || !is_visible_text (value) || g_ascii_isspace (line[strlen (line) - 1]))
        g_error ("example %u: the value of “%s” is not a field value", code, line);

      if (g_ascii_strncasecmp (line, name, colon - line) == 0 && name[colon - line] == '\0')
        found = value;
    }

  return found;
}

/* A shown body and its Content-Length agree, and a problem document looks
 * like a JSON object that names the status it came with. */
static void
check_body (guint       code,
            Message    *message,
            guint       status)
{
  const char *length = check_fields (code, message->fields, "Content-Length");
  const char *type = check_fields (code, message->fields, "Content-Type");
  gsize body_length = strlen (message->body);

  if (body_length > 0 && length != NULL)
    {
      guint64 value;

      g_assert_true (g_ascii_string_to_unsigned (length, 10, 0, G_MAXUINT64, &value, NULL));
      if (value != body_length)
        g_error ("example %u: Content-Length says %s, the body has %" G_GSIZE_FORMAT " bytes",
                 code, length, body_length);
    }

  if (g_strcmp0 (type, "application/problem+json") == 0)
    {
      g_autofree char *member = g_strdup_printf ("\"status\":%u", status);

      g_assert_true (g_str_has_prefix (message->body, "{"));
      g_assert_true (g_str_has_suffix (message->body, "}"));
      if (strstr (message->body, member) == NULL)
        g_error ("example %u: the problem document does not say %s", code, member);
    }
}

static void
check_request (const ScExample *example)
{
  g_auto(Message) message = { 0 };
  g_auto(GStrv) parts = NULL;

  split_message (example->request, &message);
  parts = g_strsplit (message.start_line, " ", -1);

  /* method SP request-target SP HTTP-version (RFC 9112, Section 3). */
  if (g_strv_length (parts) != 3 || !is_token (parts[0], strlen (parts[0])) ||
      parts[1][0] == '\0' || !is_visible_text (parts[1]) ||
      !g_regex_match_simple ("^HTTP/[0-9]\\.[0-9]$", parts[2], 0, 0))
    g_error ("example %u: “%s” is not a request line", example->code, message.start_line);

  /* An HTTP/1.1 request names its host. */
  g_assert_nonnull (check_fields (example->code, message.fields, "Host"));
  check_body (example->code, &message, 0);
}

/* Returns the code of the status line. */
static guint
check_response (const ScExample *example,
                const char      *response)
{
  g_auto(Message) message = { 0 };
  g_autoptr(GMatchInfo) match = NULL;
  g_autoptr(GRegex) status_line = g_regex_new ("^HTTP/1\\.1 ([1-5][0-9][0-9]) (.*)$", 0, 0, NULL);
  g_autofree char *digits = NULL, *reason = NULL;
  guint64 status;

  split_message (response, &message);
  if (!g_regex_match (status_line, message.start_line, 0, &match))
    g_error ("example %u: “%s” is not an HTTP/1.1 status line", example->code, message.start_line);

  digits = g_match_info_fetch (match, 1);
  reason = g_match_info_fetch (match, 2);
  g_assert_true (g_ascii_string_to_unsigned (digits, 10, 100, 599, &status, NULL));

  /* What a server sends: visible ASCII, never the registry's remarks. */
  if (!is_visible_text (reason) || strchr (reason, '(') != NULL)
    g_error ("example %u: “%s” is not a reason phrase a server sends", example->code, reason);

  /* An interim response has no content. */
  if (status < 200)
    g_assert_cmpstr (message.body, ==, "");

  check_body (example->code, &message, status);

  return status;
}

static void
test_every_registry_code (void)
{
  g_autoptr(ScExamples) examples = load_real_examples ();
  g_autofree char *path = g_build_filename (g_getenv ("SC_SOURCE_DIR"), "tests", "data",
                                            "iana-http-status-codes.csv", NULL);
  g_autofree char *contents = NULL;
  g_autoptr(GError) error = NULL;
  g_auto(GStrv) lines = NULL;
  guint n_registry = 0;

  g_file_get_contents (path, &contents, NULL, &error);
  g_assert_no_error (error);
  lines = g_strsplit (contents, "\n", -1);

  for (guint i = 1; lines[i] != NULL; i++)
    {
      g_autofree char *value = g_strndup (lines[i], 3);
      guint64 code;

      if (lines[i][0] == '\0')
        continue;
      g_assert_true (g_ascii_string_to_unsigned (value, 10, 100, 599, &code, NULL));
      if (sc_examples_lookup (examples, code) == NULL)
        g_error ("registry code %u has no example", (guint) code);
      n_registry++;
    }
  g_assert_cmpuint (n_registry, ==, 63);

  /* 104 is registered temporarily, after the registry copy was taken. */
  g_assert_nonnull (sc_examples_lookup (examples, 104));
}

static void
test_messages_parse (void)
{
  g_autoptr(ScExamples) examples = load_real_examples ();

  for (guint i = 0; i < sc_examples_get_n_examples (examples); i++)
    {
      const ScExample *example = sc_examples_get_example (examples, i);
      guint wire_code = example->sent_as != 0 ? example->sent_as : example->code;
      gboolean carried = FALSE;

      check_request (example);

      for (guint j = 0; example->responses[j] != NULL; j++)
        {
          guint status = check_response (example, example->responses[j]);

          carried |= status == wire_code;
          /* Interim responses come first, and only they; after a 101 the
           * connection speaks another protocol. */
          if ((status < 200 && status != 101) != (example->responses[j + 1] != NULL))
            g_error ("example %u: a %u response is %s", example->code, status,
                     example->responses[j + 1] != NULL ? "followed by another" : "the last");
        }

      if (g_strv_length (example->responses) == 0)
        g_assert_nonnull (example->note);
      else if (!carried)
        g_error ("no status line of example %u carries %u", example->code, wire_code);
    }
}

static void
test_specific_examples (void)
{
  g_autoptr(ScExamples) examples = load_real_examples ();
  const ScExample *example;

  for (guint i = 0; i < G_N_ELEMENTS (problem_codes); i++)
    {
      example = sc_examples_lookup (examples, problem_codes[i]);
      g_assert_nonnull (strstr (example->responses[0], "\nContent-Type: application/problem+json\n"));
    }

  /* Nothing goes on the wire for nginx's 444 and 499. */
  g_assert_cmpuint (g_strv_length (sc_examples_lookup (examples, 444)->responses), ==, 0);
  g_assert_cmpuint (g_strv_length (sc_examples_lookup (examples, 499)->responses), ==, 0);
  g_assert_cmpuint (sc_examples_lookup (examples, 497)->sent_as, ==, 400);

  g_assert_true (g_str_has_prefix (sc_examples_lookup (examples, 510)->responses[0], "HTTP/1.1 510 Not Extended\n"));
  g_assert_true (g_str_has_prefix (sc_examples_lookup (examples, 413)->responses[0], "HTTP/1.1 413 Content Too Large\n"));
  g_assert_true (g_str_has_prefix (sc_examples_lookup (examples, 418)->responses[0], "HTTP/1.1 418 I'm a teapot\n"));

  /* 101 confirms the WebSocket handshake with the key's accept value
   * (RFC 6455, Section 1.3). */
  example = sc_examples_lookup (examples, 101);
  g_assert_nonnull (strstr (example->request, "Sec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\n"));
  g_assert_nonnull (strstr (example->responses[0], "Sec-WebSocket-Accept: s3pPLMBiTxaQ9kYGzzhZRbK+xOo="));
}

#define DOC(body) "<examples>" body "</examples>"
#define REQUEST "<request>GET / HTTP/1.1\nHost: example.com</request>"

static void
test_load_errors (void)
{
  static const struct {
    const char *document;
    int         error_code;
    const char *message;
  } cases[] = {
    { "", G_MARKUP_ERROR_EMPTY, NULL },
    { "<examples>", G_MARKUP_ERROR_PARSE, NULL },
    { DOC (""), G_MARKUP_ERROR_EMPTY, "no examples" },
    { "<exchanges/>", G_MARKUP_ERROR_UNKNOWN_ELEMENT, "line 1 char 12: unknown element <exchanges>" },
    { "<example code=\"404\"/>", G_MARKUP_ERROR_INVALID_CONTENT, "<example> is not allowed here" },
    { DOC (REQUEST), G_MARKUP_ERROR_INVALID_CONTENT, "<request> is not allowed here" },
    { DOC ("<example code=\"404\"><request>GET / <response>x</response></request></example>"),
      G_MARKUP_ERROR_INVALID_CONTENT, "<response> is not allowed here" },
    { DOC ("<example code=\"600\"/>"), G_MARKUP_ERROR_INVALID_CONTENT, "“600” is not a status code" },
    { DOC ("<example code=\"494\" sent-as=\"494\"/>"), G_MARKUP_ERROR_INVALID_CONTENT, "“494” is not another status code" },
    { DOC ("<example code=\"494\" sent-as=\"4OO\"/>"), G_MARKUP_ERROR_INVALID_CONTENT, "“4OO” is not another status code" },
    { DOC ("<example code=\"404\">" REQUEST "<response>HTTP/1.1 404 Not Found</response></example>\n"
           "<example code=\"404\"/>"), G_MARKUP_ERROR_INVALID_CONTENT, "line 3 char 22: code 404 has a second example (the first is on line 1)" },
    { DOC ("<example code=\"404\"><response>HTTP/1.1 404 Not Found</response></example>"),
      G_MARKUP_ERROR_INVALID_CONTENT, "line 1 char 84: the example of code 404 has no <request>" },
    { DOC ("<example code=\"404\">" REQUEST REQUEST "<response>x</response></example>"),
      G_MARKUP_ERROR_INVALID_CONTENT, "more than one <request>" },
    { DOC ("<example code=\"404\">" REQUEST "</example>"), G_MARKUP_ERROR_INVALID_CONTENT, "needs either <response> or <nothing>" },
    { DOC ("<example code=\"444\">" REQUEST "<response>x</response><nothing>Closed.</nothing></example>"),
      G_MARKUP_ERROR_INVALID_CONTENT, "needs either <response> or <nothing>" },
    { DOC ("<example code=\"444\">" REQUEST "<nothing>Closed.</nothing><note>Logged.</note></example>"),
      G_MARKUP_ERROR_INVALID_CONTENT, "both <nothing> and <note>" },
    { DOC ("<example code=\"494\" sent-as=\"400\">" REQUEST "<response>HTTP/1.1 400 Bad Request</response></example>"),
      G_MARKUP_ERROR_INVALID_CONTENT, "is sent as 400 but has no response and <note>" },
    { DOC ("<example code=\"404\">" REQUEST "<response> \n  \n </response></example>"),
      G_MARKUP_ERROR_INVALID_CONTENT, "<response> of code 404 is empty" },
    { DOC ("<example code=\"444\">" REQUEST "<nothing> </nothing></example>"),
      G_MARKUP_ERROR_INVALID_CONTENT, "<nothing> of code 444 is empty or given twice" },
    { DOC ("<example code=\"404\">" REQUEST "<response>x</response><note>A.</note><note>B.</note></example>"),
      G_MARKUP_ERROR_INVALID_CONTENT, "<note> of code 404 is empty or given twice" },
    { DOC ("<example code=\"404\">words</example>"), G_MARKUP_ERROR_INVALID_CONTENT, "text is not allowed inside <example>" },
    { DOC ("<example code=\"404\" colour=\"red\"/>"), G_MARKUP_ERROR_UNKNOWN_ATTRIBUTE, "line 1 char" },
    { DOC ("<example/>"), G_MARKUP_ERROR_MISSING_ATTRIBUTE, "line 1 char" },
    { DOC ("<example code=\"404\">" REQUEST "<response>x</response></example>") "<examples/>",
      G_MARKUP_ERROR_INVALID_CONTENT, NULL },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(GBytes) bytes = g_bytes_new_static (cases[i].document, strlen (cases[i].document));
      g_autoptr(GError) error = NULL;
      g_autoptr(ScExamples) examples = NULL;

      g_test_message ("case %u: %s", i, cases[i].document);
      examples = sc_examples_load_bytes (bytes, &error);
      g_assert_null (examples);
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
    "<examples>\n"
    "  <example code=\"494\" sent-as=\"400\">\n"
    "    <request>\n"
    "      GET / HTTP/1.1   \n"
    "      Host: example.com\n"
    "    </request>\n"
    "    <response>\n"
    "      HTTP/1.1 400 Bad Request\n"
    "      Content-Type: text/plain\n"
    "\n"
    "        Indented &amp; kept.\n"
    "    </response>\n"
    "    <note>  Sent   as 400. </note>\n"
    "  </example>\n"
    "  <example code=\"444\">\n"
    "    <request>GET / HTTP/1.1</request>\n"
    "    <nothing>Closed.</nothing>\n"
    "  </example>\n"
    "</examples>\n";
  g_autoptr(GBytes) bytes = g_bytes_new_static (document, sizeof document - 1);
  g_autoptr(GError) error = NULL;
  g_autoptr(ScExamples) examples = sc_examples_load_bytes (bytes, &error);
  g_autofree char *text = NULL;
  const ScExample *example;

  g_assert_no_error (error);
  g_assert_cmpuint (sc_examples_get_n_examples (examples), ==, 2);
  g_assert_cmpuint (sc_examples_get_example (examples, 0)->code, ==, 444);
  g_assert_null (sc_examples_lookup (examples, 400));

  example = sc_examples_lookup (examples, 494);
  g_assert_cmpuint (example->sent_as, ==, 400);
  g_assert_cmpstr (example->request, ==, "GET / HTTP/1.1\nHost: example.com");
  g_assert_cmpstr (example->responses[0], ==, "HTTP/1.1 400 Bad Request\nContent-Type: text/plain\n\n  Indented & kept.");
  g_assert_null (example->responses[1]);
  g_assert_cmpstr (example->note, ==, "Sent as 400.");
  text = sc_example_dup_text (example);
  g_assert_cmpstr (text, ==, "GET / HTTP/1.1\nHost: example.com\n\n"
                             "HTTP/1.1 400 Bad Request\nContent-Type: text/plain\n\n  Indented & kept.");

  example = sc_examples_lookup (examples, 444);
  g_assert_cmpuint (example->sent_as, ==, 0);
  g_assert_cmpuint (g_strv_length (example->responses), ==, 0);
  g_assert_cmpstr (example->note, ==, "Closed.");
}

static void
test_lookups_match_pot (void)
{
  g_autoptr(GHashTable) looked_up = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(ScExamples) examples = NULL;
  g_autoptr(GError) error = NULL;

  bytes = g_resources_lookup_data (EXAMPLES_PATH, 0, &error);
  g_assert_no_error (error);
  examples = sc_examples_load_bytes_full (bytes, sc_test_record_lookup, looked_up, &error);
  g_assert_no_error (error);

  sc_test_assert_lookups_match_pot ("examples-xml.pot", looked_up);
}

int
main (int   argc,
      char *argv[])
{
  setlocale (LC_ALL, "");
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/examples/every-registry-code", test_every_registry_code);
  g_test_add_func ("/examples/messages-parse", test_messages_parse);
  g_test_add_func ("/examples/specific-examples", test_specific_examples);
  g_test_add_func ("/examples/load-errors", test_load_errors);
  g_test_add_func ("/examples/load-minimal", test_load_minimal);
  g_test_add_func ("/examples/lookups-match-pot", test_lookups_match_pot);

  return g_test_run ();
}
