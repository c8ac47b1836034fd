/* sc-guide.c
 *
 * Copyright 2026 The Status Codes authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "sc-guide"

#include "config.h"

#include <string.h>

#include "sc-guide.h"
#include "sc-markup.h"

/* The guide to which code to send: data/guide.xml, parsed with GMarkup into
 * questions and results. The pages walk it from the first question, one
 * answer at a time, so the loader accepts only a guide that cannot strand
 * them: every answer leads to a question or a result that exists, every
 * question can be reached, and no answer leads back to a question already
 * asked. Prose is translated while loading, in the context "guide" and the
 * id of its question or result that the ITS rules in gettext/its/ give it.
 * Broken input is an error with its line and column, and never a part of a
 * guide. */

#define MIN_ANSWERS 2
#define MAX_ANSWERS 5

/* Where an element starts, for the checks that can only run once the whole
 * document is read. Each public struct is the first member of its private
 * one, so that a pointer to either is a pointer to both. */
typedef struct {
  int line;
  int column;
} Position;

typedef struct {
  ScGuideAnswer   public;
  Position        position;
} GuideAnswer;

typedef struct {
  ScGuideQuestion public;
  Position        position;
} GuideQuestion;

typedef struct {
  ScGuideResult   public;
  Position        position;
} GuideResult;

struct _ScGuide
{
  GObject     parent_instance;

  /* In document order; the first question is where the guide starts. */
  GPtrArray  *questions;
  GPtrArray  *results;
  GHashTable *questions_by_id;
  GHashTable *results_by_id;
};

G_DEFINE_FINAL_TYPE (ScGuide, sc_guide, G_TYPE_OBJECT)

static void
answer_free (gpointer data)
{
  GuideAnswer *answer = data;

  g_free (answer->public.text);
  g_free (answer->public.target);
  g_free (answer);
}

static void
question_free (gpointer data)
{
  GuideQuestion *question = data;

  g_free (question->public.id);
  g_free (question->public.text);
  g_clear_pointer (&question->public.answers, g_ptr_array_unref);
  g_free (question);
}

static void
header_free (gpointer data)
{
  ScGuideHeader *header = data;

  g_free (header->name);
  g_free (header);
}

static void
alternative_free (gpointer data)
{
  ScGuideAlternative *alternative = data;

  g_clear_pointer (&alternative->codes, g_array_unref);
  g_free (alternative->text);
  g_free (alternative);
}

static void
result_free (gpointer data)
{
  GuideResult *result = data;

  g_free (result->public.id);
  g_clear_pointer (&result->public.codes, g_array_unref);
  g_free (result->public.title);
  g_free (result->public.why);
  g_clear_pointer (&result->public.headers, g_ptr_array_unref);
  g_clear_pointer (&result->public.alternatives, g_ptr_array_unref);
  g_free (result);
}

static void
sc_guide_finalize (GObject *object)
{
  ScGuide *self = SC_GUIDE (object);

  g_clear_pointer (&self->questions_by_id, g_hash_table_unref);
  g_clear_pointer (&self->results_by_id, g_hash_table_unref);
  g_clear_pointer (&self->questions, g_ptr_array_unref);
  g_clear_pointer (&self->results, g_ptr_array_unref);

  G_OBJECT_CLASS (sc_guide_parent_class)->finalize (object);
}

static void
sc_guide_class_init (ScGuideClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = sc_guide_finalize;
}

static void
sc_guide_init (ScGuide *self)
{
}

typedef enum {
  ELEMENT_ROOT,
  ELEMENT_QUESTION,
  ELEMENT_ASK,
  ELEMENT_ANSWER,
  ELEMENT_RESULT,
  ELEMENT_TITLE,
  ELEMENT_WHY,
  ELEMENT_HEADER,
  ELEMENT_ALTERNATIVE,
} Element;

static const struct {
  const char *name;
  Element     parent;
  gboolean    has_text;
} elements[] = {
  [ELEMENT_ROOT]        = { "guide",       ELEMENT_ROOT,     FALSE },
  [ELEMENT_QUESTION]    = { "question",    ELEMENT_ROOT,     FALSE },
  [ELEMENT_ASK]         = { "ask",         ELEMENT_QUESTION, TRUE },
  [ELEMENT_ANSWER]      = { "answer",      ELEMENT_QUESTION, TRUE },
  [ELEMENT_RESULT]      = { "result",      ELEMENT_ROOT,     FALSE },
  [ELEMENT_TITLE]       = { "title",       ELEMENT_RESULT,   TRUE },
  [ELEMENT_WHY]         = { "why",         ELEMENT_RESULT,   TRUE },
  [ELEMENT_HEADER]      = { "header",      ELEMENT_RESULT,   FALSE },
  [ELEMENT_ALTERNATIVE] = { "alternative", ELEMENT_RESULT,   TRUE },
};

static const char * const need_names[] = {
  [SC_GUIDE_NEED_MUST] = "must",
  [SC_GUIDE_NEED_SHOULD] = "should",
};

typedef struct {
  ScTranslateFunc     translate;
  gpointer            translate_data;

  GPtrArray          *questions;
  GPtrArray          *results;
  GHashTable         *questions_by_id;
  GHashTable         *results_by_id;

  Element             open[3];
  guint               n_open;
  gboolean            seen_root;

  /* The question or result being read, its translation context, and the
   * answer or alternative being read inside it. */
  GuideQuestion      *question;
  GuideResult        *result;
  char               *context;
  GuideAnswer        *answer;
  ScGuideAlternative *alternative;
  GString            *text;
} LoadState;

static void
load_state_clear (LoadState *state)
{
  g_clear_pointer (&state->questions_by_id, g_hash_table_unref);
  g_clear_pointer (&state->results_by_id, g_hash_table_unref);
  g_clear_pointer (&state->questions, g_ptr_array_unref);
  g_clear_pointer (&state->results, g_ptr_array_unref);
  g_clear_pointer (&state->question, question_free);
  g_clear_pointer (&state->result, result_free);
  g_clear_pointer (&state->context, g_free);
  g_clear_pointer (&state->answer, answer_free);
  g_clear_pointer (&state->alternative, alternative_free);
  if (state->text != NULL)
    g_string_free (g_steal_pointer (&state->text), TRUE);
}

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (LoadState, load_state_clear)

/* For the checks after parsing, which have no parse context to ask where. */
G_GNUC_PRINTF (3, 4)
static void
set_error_at (GError         **error,
              const Position  *position,
              const char      *format,
              ...)
{
  g_autofree char *message = NULL;
  va_list args;

  va_start (args, format);
  message = g_strdup_vprintf (format, args);
  va_end (args);

  g_set_error (error, G_MARKUP_ERROR, G_MARKUP_ERROR_INVALID_CONTENT,
               "Line %d, column %d: %s", position->line, position->column, message);
}

static gboolean
lookup_element (const char *name,
                Element    *element)
{
  for (guint i = 0; i < G_N_ELEMENTS (elements); i++)
    {
      if (g_str_equal (elements[i].name, name))
        {
          *element = i;
          return TRUE;
        }
    }

  return FALSE;
}

static gboolean
lookup_name (const char * const *names,
             gsize               n_names,
             const char         *name,
             guint              *value)
{
  for (guint i = 0; i < n_names; i++)
    {
      if (g_str_equal (names[i], name))
        {
          *value = i;
          return TRUE;
        }
    }

  return FALSE;
}

/* Ids are what the pages and the tests name questions and results by:
 * lower-case ASCII letters, digits and hyphens. */
static gboolean
is_id (const char *id)
{
  if (id[0] == '\0')
    return FALSE;

  for (const char *p = id; *p; p++)
    {
      if (!g_ascii_islower (*p) && !g_ascii_isdigit (*p) && *p != '-')
        return FALSE;
    }

  return TRUE;
}

/* A header field name is a token (RFC 9110, Section 5.1). */
static gboolean
is_field_name (const char *name)
{
  if (name[0] == '\0')
    return FALSE;

  for (const char *p = name; *p; p++)
    {
      if (!g_ascii_isalnum (*p) && strchr ("!#$%&'*+-.^_`|~", *p) == NULL)
        return FALSE;
    }

  return TRUE;
}

/* One or more different codes of three digits, 100 to 599, separated by
 * single spaces. */
static GArray *
parse_codes (const char *text)
{
  g_auto(GStrv) words = g_strsplit (text, " ", -1);
  g_autoptr(GArray) codes = g_array_new (FALSE, FALSE, sizeof (guint));

  for (guint i = 0; words[i] != NULL; i++)
    {
      guint64 value;
      guint code;

      if (strlen (words[i]) != 3 || !g_ascii_string_to_unsigned (words[i], 10, 100, 599, &value, NULL))
        return NULL;

      code = value;
      for (guint j = 0; j < codes->len; j++)
        {
          if (g_array_index (codes, guint, j) == code)
            return NULL;
        }
      g_array_append_val (codes, code);
    }

  return codes->len > 0 ? g_steal_pointer (&codes) : NULL;
}

static gboolean
claim_id (GMarkupParseContext  *context,
          LoadState            *state,
          const char           *id,
          GError              **error)
{
  if (!is_id (id))
    {
      sc_markup_set_error (context, error, "id “%s” is not lower-case letters, digits and hyphens", id);
      return FALSE;
    }
  if (g_hash_table_contains (state->questions_by_id, id) ||
      g_hash_table_contains (state->results_by_id, id))
    {
      sc_markup_set_error (context, error, "id “%s” is given twice", id);
      return FALSE;
    }

  g_clear_pointer (&state->context, g_free);
  state->context = g_strconcat ("guide ", id, NULL);
  return TRUE;
}

/* GMarkup words an attribute that is missing, unknown or given twice
 * without saying where. */
static void
prefix_position (GMarkupParseContext  *context,
                 GError              **error)
{
  int line, column;

  g_markup_parse_context_get_position (context, &line, &column);
  g_prefix_error (error, "Line %d, column %d: ", line, column);
}

static Position
current_position (GMarkupParseContext *context)
{
  Position position;

  g_markup_parse_context_get_position (context, &position.line, &position.column);
  return position;
}

static void
start_question (GMarkupParseContext  *context,
                LoadState            *state,
                const char          **names,
                const char          **values,
                GError              **error)
{
  const char *id;

  if (!g_markup_collect_attributes ("question", names, values, error,
                                    G_MARKUP_COLLECT_STRING, "id", &id,
                                    G_MARKUP_COLLECT_INVALID))
    {
      prefix_position (context, error);
      return;
    }
  if (!claim_id (context, state, id, error))
    return;

  state->question = g_new0 (GuideQuestion, 1);
  state->question->public.id = g_strdup (id);
  state->question->public.answers = g_ptr_array_new_with_free_func (answer_free);
  state->question->position = current_position (context);
}

static void
start_answer (GMarkupParseContext  *context,
              LoadState            *state,
              const char          **names,
              const char          **values,
              GError              **error)
{
  const char *to;

  if (!g_markup_collect_attributes ("answer", names, values, error,
                                    G_MARKUP_COLLECT_STRING, "to", &to,
                                    G_MARKUP_COLLECT_INVALID))
    {
      prefix_position (context, error);
      return;
    }

  /* People read the question before its answers, and so do translators. */
  if (state->question->public.text == NULL)
    {
      sc_markup_set_error (context, error, "an answer of question “%s” comes before its <ask>",
                           state->question->public.id);
      return;
    }

  state->answer = g_new0 (GuideAnswer, 1);
  state->answer->public.target = g_strdup (to);
  state->answer->position = current_position (context);
}

static void
start_result (GMarkupParseContext  *context,
              LoadState            *state,
              const char          **names,
              const char          **values,
              GError              **error)
{
  const char *id, *codes_text;
  g_autoptr(GArray) codes = NULL;

  if (!g_markup_collect_attributes ("result", names, values, error,
                                    G_MARKUP_COLLECT_STRING, "id", &id,
                                    G_MARKUP_COLLECT_STRING, "codes", &codes_text,
                                    G_MARKUP_COLLECT_INVALID))
    {
      prefix_position (context, error);
      return;
    }
  if (!claim_id (context, state, id, error))
    return;

  codes = parse_codes (codes_text);
  if (codes == NULL)
    {
      sc_markup_set_error (context, error, "“%s” is not a list of different status codes", codes_text);
      return;
    }

  state->result = g_new0 (GuideResult, 1);
  state->result->public.id = g_strdup (id);
  state->result->public.codes = g_steal_pointer (&codes);
  state->result->public.headers = g_ptr_array_new_with_free_func (header_free);
  state->result->public.alternatives = g_ptr_array_new_with_free_func (alternative_free);
  state->result->position = current_position (context);
}

static void
start_header (GMarkupParseContext  *context,
              LoadState            *state,
              const char          **names,
              const char          **values,
              GError              **error)
{
  const char *name, *need;
  ScGuideHeader *header;
  guint need_value;

  if (!g_markup_collect_attributes ("header", names, values, error,
                                    G_MARKUP_COLLECT_STRING, "name", &name,
                                    G_MARKUP_COLLECT_STRING, "need", &need,
                                    G_MARKUP_COLLECT_INVALID))
    {
      prefix_position (context, error);
      return;
    }

  if (!is_field_name (name))
    {
      sc_markup_set_error (context, error, "“%s” is not a header field name", name);
      return;
    }

  if (!lookup_name (need_names, G_N_ELEMENTS (need_names), need, &need_value))
    {
      sc_markup_set_error (context, error, "need “%s” is neither “must” nor “should”", need);
      return;
    }

  header = g_new0 (ScGuideHeader, 1);
  header->name = g_strdup (name);
  header->need = need_value;
  g_ptr_array_add (state->result->public.headers, header);
}

static void
start_alternative (GMarkupParseContext  *context,
                   LoadState            *state,
                   const char          **names,
                   const char          **values,
                   GError              **error)
{
  const char *codes_text;
  g_autoptr(GArray) codes = NULL;

  if (!g_markup_collect_attributes ("alternative", names, values, error,
                                    G_MARKUP_COLLECT_STRING, "codes", &codes_text,
                                    G_MARKUP_COLLECT_INVALID))
    {
      prefix_position (context, error);
      return;
    }

  codes = parse_codes (codes_text);
  if (codes == NULL)
    {
      sc_markup_set_error (context, error, "“%s” is not a list of different status codes", codes_text);
      return;
    }

  state->alternative = g_new0 (ScGuideAlternative, 1);
  state->alternative->codes = g_steal_pointer (&codes);
}

static void
start_element (GMarkupParseContext  *context,
               const char           *element_name,
               const char          **names,
               const char          **values,
               gpointer              user_data,
               GError              **error)
{
  LoadState *state = user_data;
  gboolean is_root = state->n_open == 0;
  Element element;

  if (!lookup_element (element_name, &element))
    {
      sc_markup_set_error (context, error, "unknown element <%s>", element_name);
      return;
    }

  if (is_root != (element == ELEMENT_ROOT) ||
      (is_root && state->seen_root) ||
      (!is_root && (element == ELEMENT_ROOT ||
                    elements[element].parent != state->open[state->n_open - 1])))
    {
      sc_markup_set_error (context, error, "<%s> is not allowed %s%s%s", element_name,
                           is_root ? "as the document element" : "inside <",
                           is_root ? "" : elements[state->open[state->n_open - 1]].name,
                           is_root ? "" : ">");
      return;
    }

  state->seen_root = TRUE;
  /* The checks above allow no deeper nesting than root, question or
   * result, and the text elements in them. */
  g_assert (state->n_open < G_N_ELEMENTS (state->open));
  state->open[state->n_open++] = element;
  g_string_truncate (state->text, 0);

  switch (element)
    {
    case ELEMENT_QUESTION:
      start_question (context, state, names, values, error);
      break;

    case ELEMENT_ANSWER:
      start_answer (context, state, names, values, error);
      break;

    case ELEMENT_RESULT:
      start_result (context, state, names, values, error);
      break;

    case ELEMENT_HEADER:
      start_header (context, state, names, values, error);
      break;

    case ELEMENT_ALTERNATIVE:
      start_alternative (context, state, names, values, error);
      break;

    case ELEMENT_ROOT:
    case ELEMENT_ASK:
    case ELEMENT_TITLE:
    case ELEMENT_WHY:
      if (!g_markup_collect_attributes (element_name, names, values, error, G_MARKUP_COLLECT_INVALID, NULL))
        prefix_position (context, error);
      break;

    default:
      g_assert_not_reached ();
    }
}

/* The id of the question or result being read. */
static const char *
current_id (LoadState *state)
{
  return state->question != NULL ? state->question->public.id : state->result->public.id;
}

/* Stores the translation of the text just read in *@field, which must be
 * empty: each of these elements comes once. */
static void
take_text (GMarkupParseContext  *context,
           LoadState            *state,
           const char           *element_name,
           char                **field,
           GError              **error)
{
  g_autofree char *msgid = sc_normalize_text (state->text->str, FALSE);

  if (*field != NULL)
    {
      sc_markup_set_error (context, error, "<%s> is given twice in “%s”", element_name, current_id (state));
      return;
    }
  if (msgid[0] == '\0')
    {
      sc_markup_set_error (context, error, "<%s> is empty in “%s”", element_name, current_id (state));
      return;
    }

  *field = g_strdup (state->translate (state->context, msgid, state->translate_data));
}

static void
end_question (GMarkupParseContext  *context,
              LoadState            *state,
              GError              **error)
{
  ScGuideQuestion *question = &state->question->public;

  if (question->text == NULL)
    {
      sc_markup_set_error (context, error, "question “%s” has no <ask>", question->id);
      return;
    }
  if (question->answers->len < MIN_ANSWERS || question->answers->len > MAX_ANSWERS)
    {
      set_error_at (error, &state->question->position, "question “%s” has %u answers, not %d to %d",
                    question->id, question->answers->len, MIN_ANSWERS, MAX_ANSWERS);
      return;
    }

  g_hash_table_insert (state->questions_by_id, question->id, state->question);
  g_ptr_array_add (state->questions, g_steal_pointer (&state->question));
}

static void
end_result (GMarkupParseContext  *context,
            LoadState            *state,
            GError              **error)
{
  ScGuideResult *result = &state->result->public;

  if (result->title == NULL || result->why == NULL)
    {
      sc_markup_set_error (context, error, "result “%s” needs a <title> and a <why>", result->id);
      return;
    }

  g_hash_table_insert (state->results_by_id, result->id, state->result);
  g_ptr_array_add (state->results, g_steal_pointer (&state->result));
}

static void
end_element (GMarkupParseContext  *context,
             const char           *element_name,
             gpointer              user_data,
             GError              **error)
{
  LoadState *state = user_data;
  Element element;

  g_assert (state->n_open > 0);
  element = state->open[--state->n_open];

  switch (element)
    {
    case ELEMENT_QUESTION:
      end_question (context, state, error);
      break;

    case ELEMENT_ASK:
      take_text (context, state, element_name, &state->question->public.text, error);
      break;

    case ELEMENT_ANSWER:
      take_text (context, state, element_name, &state->answer->public.text, error);
      g_ptr_array_add (state->question->public.answers, g_steal_pointer (&state->answer));
      break;

    case ELEMENT_RESULT:
      end_result (context, state, error);
      break;

    case ELEMENT_TITLE:
      take_text (context, state, element_name, &state->result->public.title, error);
      break;

    case ELEMENT_WHY:
      take_text (context, state, element_name, &state->result->public.why, error);
      break;

    case ELEMENT_ALTERNATIVE:
      take_text (context, state, element_name, &state->alternative->text, error);
      g_ptr_array_add (state->result->public.alternatives, g_steal_pointer (&state->alternative));
      break;

    case ELEMENT_ROOT:
    case ELEMENT_HEADER:
      break;

    default:
      g_assert_not_reached ();
    }
}

static void
text (GMarkupParseContext  *context,
      const char           *text,
      gsize                 text_len,
      gpointer              user_data,
      GError              **error)
{
  LoadState *state = user_data;

  if (state->n_open > 0 && elements[state->open[state->n_open - 1]].has_text)
    {
      g_string_append_len (state->text, text, text_len);
      return;
    }

  for (gsize i = 0; i < text_len; i++)
    {
      if (!g_ascii_isspace (text[i]))
        {
          sc_markup_set_error (context, error, "text is not allowed here");
          return;
        }
    }
}

static const GMarkupParser parser = {
  start_element,
  end_element,
  text,
  NULL,
  NULL,
};

/* Points each answer at the question or result it names. */
static gboolean
resolve_answers (LoadState  *state,
                 GError    **error)
{
  for (guint i = 0; i < state->questions->len; i++)
    {
      ScGuideQuestion *question = g_ptr_array_index (state->questions, i);

      for (guint j = 0; j < question->answers->len; j++)
        {
          GuideAnswer *answer = g_ptr_array_index (question->answers, j);

          answer->public.question = g_hash_table_lookup (state->questions_by_id, answer->public.target);
          answer->public.result = g_hash_table_lookup (state->results_by_id, answer->public.target);
          if (answer->public.question == NULL && answer->public.result == NULL)
            {
              set_error_at (error, &answer->position,
                            "an answer of question “%s” leads to “%s”, which is neither a question nor a result",
                            question->id, answer->public.target);
              return FALSE;
            }
        }
    }

  return TRUE;
}

enum {
  VISIT_NONE,
  VISIT_OPEN,
  VISIT_DONE,
};

/* A depth-first walk from @question that marks in @visits what it reaches.
 * An answer that leads to a question still open leads back along the walk:
 * a cycle, which would let the pages ask the same question forever. The
 * depth is at most the number of questions. */
static gboolean
visit (const ScGuideQuestion  *question,
       GHashTable             *visits,
       GError                **error)
{
  g_hash_table_insert (visits, (gpointer) question, GUINT_TO_POINTER (VISIT_OPEN));

  for (guint i = 0; i < question->answers->len; i++)
    {
      GuideAnswer *answer = g_ptr_array_index (question->answers, i);
      const ScGuideQuestion *next = answer->public.question;

      if (next == NULL)
        {
          g_hash_table_insert (visits, (gpointer) answer->public.result, GUINT_TO_POINTER (VISIT_DONE));
          continue;
        }

      switch (GPOINTER_TO_UINT (g_hash_table_lookup (visits, next)))
        {
        case VISIT_OPEN:
          set_error_at (error, &answer->position,
                        "an answer of question “%s” leads back to question “%s”, a cycle",
                        question->id, next->id);
          return FALSE;

        case VISIT_NONE:
          if (!visit (next, visits, error))
            return FALSE;
          break;

        case VISIT_DONE:
          break;

        default:
          g_assert_not_reached ();
        }
    }

  g_hash_table_insert (visits, (gpointer) question, GUINT_TO_POINTER (VISIT_DONE));
  return TRUE;
}

/* Every question and result can be reached from the first question, and no
 * walk goes round in circles. With two answers or more to each question,
 * and each leading somewhere, every walk then ends at a result. */
static gboolean
check_graph (LoadState  *state,
             GError    **error)
{
  g_autoptr(GHashTable) visits = g_hash_table_new (NULL, NULL);

  if (!visit (g_ptr_array_index (state->questions, 0), visits, error))
    return FALSE;

  for (guint i = 0; i < state->questions->len; i++)
    {
      GuideQuestion *question = g_ptr_array_index (state->questions, i);

      if (!g_hash_table_contains (visits, question))
        {
          set_error_at (error, &question->position,
                        "question “%s” cannot be reached from the first question", question->public.id);
          return FALSE;
        }
    }

  for (guint i = 0; i < state->results->len; i++)
    {
      GuideResult *result = g_ptr_array_index (state->results, i);

      if (!g_hash_table_contains (visits, result))
        {
          set_error_at (error, &result->position,
                        "result “%s” cannot be reached from the first question", result->public.id);
          return FALSE;
        }
    }

  return TRUE;
}

/**
 * sc_guide_load_bytes_full:
 * @bytes: the guide document
 * @translate: (nullable): looks up translations, or %NULL for gettext
 * @user_data: data for @translate
 * @error: the location for an error
 *
 * Parses the guide and checks that every walk through it from the first
 * question ends at a result. On any error, nothing is returned and @error
 * names the line and column.
 *
 * Returns: (transfer full) (nullable): the guide
 */
ScGuide *
sc_guide_load_bytes_full (GBytes           *bytes,
                          ScTranslateFunc   translate,
                          gpointer          user_data,
                          GError          **error)
{
  g_auto(LoadState) state = { 0 };
  ScGuide *self;

  g_return_val_if_fail (bytes != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  state.translate = translate ? translate : sc_markup_translate_gettext;
  state.translate_data = user_data;
  state.questions = g_ptr_array_new_with_free_func (question_free);
  state.results = g_ptr_array_new_with_free_func (result_free);
  state.questions_by_id = g_hash_table_new (g_str_hash, g_str_equal);
  state.results_by_id = g_hash_table_new (g_str_hash, g_str_equal);
  state.text = g_string_new (NULL);

  if (!sc_markup_parse (&parser, 0, &state, bytes, error))
    return NULL;

  if (state.questions->len == 0)
    {
      g_set_error_literal (error, G_MARKUP_ERROR, G_MARKUP_ERROR_EMPTY,
                           "The guide has no questions");
      return NULL;
    }

  if (!resolve_answers (&state, error) || !check_graph (&state, error))
    return NULL;

  self = g_object_new (SC_TYPE_GUIDE, NULL);
  self->questions = g_steal_pointer (&state.questions);
  self->results = g_steal_pointer (&state.results);
  self->questions_by_id = g_steal_pointer (&state.questions_by_id);
  self->results_by_id = g_steal_pointer (&state.results_by_id);

  return self;
}

/**
 * sc_guide_load_bytes:
 * @bytes: the guide document
 * @error: the location for an error
 *
 * Like sc_guide_load_bytes_full(), translating with gettext.
 *
 * Returns: (transfer full) (nullable): the guide
 */
ScGuide *
sc_guide_load_bytes (GBytes  *bytes,
                     GError **error)
{
  return sc_guide_load_bytes_full (bytes, NULL, NULL, error);
}

static gpointer
load_bytes_cb (GBytes  *bytes,
               GError **error)
{
  return sc_guide_load_bytes (bytes, error);
}

/**
 * sc_guide_load_resource:
 * @path: a path in the GResource
 * @error: the location for an error
 *
 * Returns: (transfer full) (nullable): the guide
 */
ScGuide *
sc_guide_load_resource (const char  *path,
                        GError     **error)
{
  return sc_markup_load_resource (path, load_bytes_cb, error);
}

static gboolean
check_codes (const GuideResult  *result,
             GArray             *codes,
             ScStatusTable      *table,
             GError            **error)
{
  for (guint i = 0; i < codes->len; i++)
    {
      guint code = g_array_index (codes, guint, i);

      if (sc_status_table_lookup (table, code) == NULL)
        {
          set_error_at (error, &result->position,
                        "result “%s” names code %u, which is not in the status table",
                        result->public.id, code);
          return FALSE;
        }
    }

  return TRUE;
}

/**
 * sc_guide_validate_codes:
 * @self: a guide
 * @table: the status table the guide's pages lead to
 * @error: the location for an error
 *
 * Checks that every code that a result recommends, or names as an
 * alternative, has a page in @table: the guide is a separate file, and a
 * code that the table lacks would lead to no page.
 *
 * Returns: %TRUE when it does; %FALSE with @error naming the line and
 *   column of the first result that names another code
 */
gboolean
sc_guide_validate_codes (ScGuide        *self,
                         ScStatusTable  *table,
                         GError        **error)
{
  g_return_val_if_fail (SC_IS_GUIDE (self), FALSE);
  g_return_val_if_fail (SC_IS_STATUS_TABLE (table), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  for (guint i = 0; i < self->results->len; i++)
    {
      GuideResult *result = g_ptr_array_index (self->results, i);

      if (!check_codes (result, result->public.codes, table, error))
        return FALSE;

      for (guint j = 0; j < result->public.alternatives->len; j++)
        {
          ScGuideAlternative *alternative = g_ptr_array_index (result->public.alternatives, j);

          if (!check_codes (result, alternative->codes, table, error))
            return FALSE;
        }
    }

  return TRUE;
}

/**
 * sc_guide_get_first_question:
 * @self: a guide
 *
 * Returns: (transfer none): where the guide starts
 */
const ScGuideQuestion *
sc_guide_get_first_question (ScGuide *self)
{
  g_return_val_if_fail (SC_IS_GUIDE (self), NULL);

  return g_ptr_array_index (self->questions, 0);
}

/**
 * sc_guide_lookup_question:
 * @self: a guide
 * @id: the id of a question
 *
 * Returns: (transfer none) (nullable): the question with @id
 */
const ScGuideQuestion *
sc_guide_lookup_question (ScGuide    *self,
                          const char *id)
{
  g_return_val_if_fail (SC_IS_GUIDE (self), NULL);
  g_return_val_if_fail (id != NULL, NULL);

  return g_hash_table_lookup (self->questions_by_id, id);
}

/**
 * sc_guide_lookup_result:
 * @self: a guide
 * @id: the id of a result
 *
 * Returns: (transfer none) (nullable): the result with @id
 */
const ScGuideResult *
sc_guide_lookup_result (ScGuide    *self,
                        const char *id)
{
  g_return_val_if_fail (SC_IS_GUIDE (self), NULL);
  g_return_val_if_fail (id != NULL, NULL);

  return g_hash_table_lookup (self->results_by_id, id);
}

guint
sc_guide_get_n_questions (ScGuide *self)
{
  g_return_val_if_fail (SC_IS_GUIDE (self), 0);

  return self->questions->len;
}

/* The questions in the order of the data file, the first one first. */
const ScGuideQuestion *
sc_guide_get_question (ScGuide *self,
                       guint    position)
{
  g_return_val_if_fail (SC_IS_GUIDE (self), NULL);
  g_return_val_if_fail (position < self->questions->len, NULL);

  return g_ptr_array_index (self->questions, position);
}

guint
sc_guide_get_n_results (ScGuide *self)
{
  g_return_val_if_fail (SC_IS_GUIDE (self), 0);

  return self->results->len;
}

/* The results in the order of the data file. */
const ScGuideResult *
sc_guide_get_result (ScGuide *self,
                     guint    position)
{
  g_return_val_if_fail (SC_IS_GUIDE (self), NULL);
  g_return_val_if_fail (position < self->results->len, NULL);

  return g_ptr_array_index (self->results, position);
}
