/* test-log-value.c
 *
 * Copyright 2026 The Status Codes authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>
#include <locale.h>
#include <string.h>

#include "sc-log-value.h"

/* What each query is explained with: the vendor that the explanation must
 * name, or NULL where the query is no such value. */
static const struct {
  const char *query;
  const char *names;
} cases[] = {
  { "000", "curl" },
  { "000", "CloudFront" },
  { " 000\n", "curl" },
  { "0", "Envoy" },
  { "-1", "HAProxy" },
  { "999", "LinkedIn" },
  { "783", "Shopify" },
  { "600", "Fastly" },
  { "642", "Fastly" },
  { "699", "Fastly" },
  { "6xx", "Fastly" },
  { "6XX", "Fastly" },
  { "", NULL },
  { "00", NULL },
  { "0000", NULL },
  { "-0", NULL },
  { "-2", NULL },
  { "404", NULL },
  { "499", NULL },
  { "599", NULL },
  { "700", NULL },
  { "6x9", NULL },
  { "6000", NULL },
  { "9999", NULL },
  { "999 999", NULL },
  { "teapot", NULL },
  { "6\xc3\xa4\xc3\xa4", NULL },
  { "\xff\xfe", NULL },
};

static void
test_explain (void)
{
  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      const char *explanation = sc_log_value_explain (cases[i].query);

      g_test_message ("query “%s”", cases[i].query);
      if (cases[i].names == NULL)
        {
          g_assert_null (explanation);
          continue;
        }

      g_assert_nonnull (explanation);
      g_assert_nonnull (strstr (explanation, cases[i].names));
      /* Each says first that the value is no status code. */
      g_assert_true (g_str_has_prefix (explanation, "Not "));
      g_assert_true (g_str_has_suffix (explanation, "."));
    }

  /* The range shares one explanation, and the others differ. */
  g_assert_true (sc_log_value_explain ("600") == sc_log_value_explain ("699"));
  g_assert_true (sc_log_value_explain ("000") != sc_log_value_explain ("0"));
}

/* The explanations are translated: under German, the text for 000 is the
 * one from the build tree's German catalogue. */
static void
test_translated (void)
{
  g_autofree char *localedir = g_build_filename (g_getenv ("SC_BUILD_DIR"), "po", NULL);
  const char *english, *german;

  english = sc_log_value_explain ("000");
  g_assert_nonnull (strstr (english, "no response arrived"));

  g_setenv ("LANGUAGE", "de", TRUE);
  bindtextdomain (GETTEXT_PACKAGE, localedir);
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
  textdomain (GETTEXT_PACKAGE);
  german = sc_log_value_explain ("000");
  g_unsetenv ("LANGUAGE");

  g_assert_cmpstr (german, !=, english);
  g_assert_nonnull (strstr (german, "curl"));
  g_assert_nonnull (strstr (german, "Statuscode"));
}

int
main (int   argc,
      char *argv[])
{
  setlocale (LC_ALL, "");
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/log-value/explain", test_explain);
  g_test_add_func ("/log-value/translated", test_translated);

  return g_test_run ();
}
