/* fuzz-guide.c
 *
 * Copyright 2026 The Status Codes authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* Any bytes as a guide: the loader gives a guide or an error, never both,
 * never neither, and a guide it gives keeps the promises the pages rely
 * on: every walk from the first question ends at a result. Inputs of odd
 * length go through a translation function. */

#include "config.h"

#include "sc-guide.h"

int LLVMFuzzerTestOneInput (const guint8 *data,
                            size_t        size);

static const char *
translate_identity (const char *context,
                    const char *msgid,
                    gpointer    user_data)
{
  return msgid;
}

/* A walk that visits each question once: in @visits, a question is 1 while
 * the walk is below it and 2 after. Meeting a question at 1 again would be
 * a cycle. */
static void
check_question (ScGuide               *guide,
                const ScGuideQuestion *question,
                GHashTable            *visits)
{
  g_assert_true (sc_guide_lookup_question (guide, question->id) == question);
  g_assert_true (g_utf8_validate (question->text, -1, NULL));
  g_assert_cmpuint (question->answers->len, >=, 2);
  g_assert_cmpuint (question->answers->len, <=, 5);
  g_hash_table_insert (visits, (gpointer) question, GUINT_TO_POINTER (1));

  for (guint i = 0; i < question->answers->len; i++)
    {
      const ScGuideAnswer *answer = g_ptr_array_index (question->answers, i);

      g_assert_true (g_utf8_validate (answer->text, -1, NULL));
      g_assert_true ((answer->question == NULL) != (answer->result == NULL));
      if (answer->result != NULL)
        g_assert_true (sc_guide_lookup_result (guide, answer->target) == answer->result);
      else if (!g_hash_table_contains (visits, answer->question))
        check_question (guide, answer->question, visits);
      else
        g_assert_cmpuint (GPOINTER_TO_UINT (g_hash_table_lookup (visits, answer->question)), ==, 2);
    }

  g_hash_table_insert (visits, (gpointer) question, GUINT_TO_POINTER (2));
}

static void
check_guide (ScGuide *guide)
{
  g_autoptr(GHashTable) visits = g_hash_table_new (NULL, NULL);

  g_assert_cmpuint (sc_guide_get_n_questions (guide), >, 0);
  g_assert_true (sc_guide_get_question (guide, 0) == sc_guide_get_first_question (guide));

  for (guint i = 0; i < sc_guide_get_n_results (guide); i++)
    {
      const ScGuideResult *result = sc_guide_get_result (guide, i);

      g_assert_cmpuint (result->codes->len, >, 0);
      g_assert_true (g_utf8_validate (result->title, -1, NULL));
      g_assert_true (g_utf8_validate (result->why, -1, NULL));
      for (guint j = 0; j < result->codes->len; j++)
        {
          g_assert_cmpuint (g_array_index (result->codes, guint, j), >=, 100);
          g_assert_cmpuint (g_array_index (result->codes, guint, j), <=, 599);
        }
    }

  check_question (guide, sc_guide_get_first_question (guide), visits);
  g_assert_cmpuint (g_hash_table_size (visits), ==, sc_guide_get_n_questions (guide));
}

int
LLVMFuzzerTestOneInput (const guint8 *data,
                        size_t        size)
{
  g_autoptr(GBytes) bytes = g_bytes_new (data, size);
  g_autoptr(GError) error = NULL;
  g_autoptr(ScGuide) guide = NULL;

  guide = sc_guide_load_bytes_full (bytes, size % 2 ? translate_identity : NULL, NULL, &error);
  g_assert_true ((guide == NULL) != (error == NULL));
  if (guide != NULL)
    check_guide (guide);
  else
    g_assert_true (g_utf8_validate (error->message, -1, NULL));

  return 0;
}
