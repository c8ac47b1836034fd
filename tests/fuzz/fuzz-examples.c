/* fuzz-examples.c
 *
 * Copyright 2026 The Status Codes authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* Any bytes as example exchanges: the loader gives examples or an error,
 * never both, never neither, and examples it gives keep the promises the
 * page relies on. Inputs of odd length go through a translation function. */

#include "config.h"

#include "sc-examples.h"

int LLVMFuzzerTestOneInput (const guint8 *data,
                            size_t        size);

static const char *
translate_identity (const char *context,
                    const char *msgid,
                    gpointer    user_data)
{
  return msgid;
}

static void
check_examples (ScExamples *examples)
{
  guint previous = 0;

  g_assert_cmpuint (sc_examples_get_n_examples (examples), >, 0);

  for (guint i = 0; i < sc_examples_get_n_examples (examples); i++)
    {
      const ScExample *example = sc_examples_get_example (examples, i);
      g_autofree char *text = sc_example_dup_text (example);

      g_assert_cmpuint (example->code, >=, 100);
      g_assert_cmpuint (example->code, <=, 599);
      g_assert_cmpuint (example->code, >, previous);
      g_assert_true (sc_examples_lookup (examples, example->code) == example);
      g_assert_cmpstr (example->request, !=, "");
      g_assert_true (g_str_has_prefix (text, example->request));
      /* Nothing on the wire always comes with a reason. */
      g_assert_true (example->responses[0] != NULL || example->note != NULL);
      g_assert_true (example->sent_as == 0 || (example->responses[0] != NULL && example->note != NULL));
      previous = example->code;
    }
}

int
LLVMFuzzerTestOneInput (const guint8 *data,
                        size_t        size)
{
  g_autoptr(GBytes) bytes = g_bytes_new (data, size);
  g_autoptr(GError) error = NULL;
  g_autoptr(ScExamples) examples = NULL;

  examples = sc_examples_load_bytes_full (bytes, size % 2 ? translate_identity : NULL, NULL, &error);
  g_assert_true ((examples == NULL) != (error == NULL));
  if (examples != NULL)
    check_examples (examples);
  else
    g_assert_true (g_utf8_validate (error->message, -1, NULL));

  return 0;
}
