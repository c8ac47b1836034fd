/* sc-examples.c
 *
 * Copyright 2026 The Status Codes authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "sc-examples"

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "sc-examples.h"
#include "sc-markup.h"

/* The example exchanges: data/examples.xml, parsed with GMarkup into one
 * ScExample per code, in code order. The messages are what goes on the wire
 * and stay as they are, but indented to fit the XML: the loader takes that
 * indentation off again. Only the sentences that say why nothing, or another
 * code, goes on the wire are translated, with the context "example <code>"
 * that the ITS rules in gettext/its/ give them. */

struct _ScExamples
{
  GObject    parent_instance;

  GPtrArray *examples;
};

G_DEFINE_FINAL_TYPE (ScExamples, sc_examples, G_TYPE_OBJECT)

static void
example_free (ScExample *example)
{
  g_free (example->request);
  g_strfreev (example->responses);
  g_free (example->note);
  g_free (example);
}

G_DEFINE_AUTOPTR_CLEANUP_FUNC (ScExample, example_free)

static void
sc_examples_finalize (GObject *object)
{
  ScExamples *self = SC_EXAMPLES (object);

  g_clear_pointer (&self->examples, g_ptr_array_unref);

  G_OBJECT_CLASS (sc_examples_parent_class)->finalize (object);
}

static void
sc_examples_class_init (ScExamplesClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = sc_examples_finalize;
}

static void
sc_examples_init (ScExamples *self)
{
}

typedef enum {
  ELEMENT_ROOT,
  ELEMENT_EXAMPLE,
  ELEMENT_REQUEST,
  ELEMENT_RESPONSE,
  ELEMENT_NOTHING,
  ELEMENT_NOTE,
} Element;

static const struct {
  const char *name;
  Element     parent;
} elements[] = {
  [ELEMENT_ROOT]     = { "examples", ELEMENT_ROOT },
  [ELEMENT_EXAMPLE]  = { "example",  ELEMENT_ROOT },
  [ELEMENT_REQUEST]  = { "request",  ELEMENT_EXAMPLE },
  [ELEMENT_RESPONSE] = { "response", ELEMENT_EXAMPLE },
  [ELEMENT_NOTHING]  = { "nothing",  ELEMENT_EXAMPLE },
  [ELEMENT_NOTE]     = { "note",     ELEMENT_EXAMPLE },
};

typedef struct {
  ScTranslateFunc  translate;
  gpointer         translate_data;

  GPtrArray       *examples;
  GHashTable      *lines_by_code;

  /* The example being read, its responses and the text of the current
   * element. */
  ScExample       *current;
  GStrvBuilder    *responses;
  guint            n_responses;
  char            *nothing;
  char             context[16];
  GString         *text;
  gboolean         seen_root;
  Element          open[3];
  guint            n_open;
} LoadState;

static void
load_state_clear (LoadState *state)
{
  g_clear_pointer (&state->examples, g_ptr_array_unref);
  g_clear_pointer (&state->lines_by_code, g_hash_table_unref);
  g_clear_pointer (&state->current, example_free);
  g_clear_pointer (&state->responses, g_strv_builder_unref);
  g_clear_pointer (&state->nothing, g_free);
  if (state->text != NULL)
    g_string_free (g_steal_pointer (&state->text), TRUE);
}

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (LoadState, load_state_clear)

/* GMarkup puts the line and column in front of its own errors and, with
 * G_MARKUP_PREFIX_ERROR_POSITION, in front of those of start_element() and
 * text(); end_element() adds them itself. */
G_GNUC_PRINTF (3, 4)
static void
set_error (GMarkupParseContext  *context,
           GError              **error,
           const char           *format,
           ...)
{
  g_autofree char *message = NULL;
  va_list args;

  va_start (args, format);
  message = g_strdup_vprintf (format, args);
  va_end (args);

  if (context != NULL)
    {
      int line, column;

      g_markup_parse_context_get_position (context, &line, &column);
      g_set_error (error, G_MARKUP_ERROR, G_MARKUP_ERROR_INVALID_CONTENT,
                   "Error on line %d char %d: %s", line, column, message);
    }
  else
    g_set_error_literal (error, G_MARKUP_ERROR, G_MARKUP_ERROR_INVALID_CONTENT, message);
}

static gboolean
parse_code (const char *text,
            guint      *code)
{
  guint64 value;

  if (!g_ascii_string_to_unsigned (text, 10, 100, 599, &value, NULL))
    return FALSE;

  *code = (guint) value;
  return TRUE;
}

/* Takes off the indentation that the XML adds: the blank lines before and
 * after the message, the spaces that all its lines start with, and white
 * space at the end of each line. A blank line inside, the one between the
 * header section and the body, stays. */
static char *
dedent_message (const char *text)
{
  g_auto(GStrv) lines = g_strsplit (text, "\n", -1);
  g_autoptr(GString) out = g_string_new (NULL);
  guint first = 0, last = g_strv_length (lines);
  gsize indent = G_MAXSIZE;

  for (guint i = 0; lines[i] != NULL; i++)
    g_strchomp (lines[i]);

  while (first < last && lines[first][0] == '\0')
    first++;
  while (last > first && lines[last - 1][0] == '\0')
    last--;

  for (guint i = first; i < last; i++)
    if (lines[i][0] != '\0')
      indent = MIN (indent, strspn (lines[i], " "));

  for (guint i = first; i < last; i++)
    {
      if (i > first)
        g_string_append_c (out, '\n');
      if (lines[i][0] != '\0')
        g_string_append (out, lines[i] + indent);
    }

  return g_string_free (g_steal_pointer (&out), FALSE);
}

static Element
current_element (LoadState *state)
{
  return state->n_open > 0 ? state->open[state->n_open - 1] : ELEMENT_ROOT;
}

static void
start_example (LoadState    *state,
               const char  **names,
               const char  **values,
               int           line,
               GError      **error)
{
  const char *code_text, *sent_as_text = NULL;
  g_autoptr(ScExample) example = g_new0 (ScExample, 1);
  gpointer first_line;

  if (!g_markup_collect_attributes ("example", names, values, error,
                                    G_MARKUP_COLLECT_STRING, "code", &code_text,
                                    G_MARKUP_COLLECT_STRING | G_MARKUP_COLLECT_OPTIONAL, "sent-as", &sent_as_text,
                                    G_MARKUP_COLLECT_INVALID))
    return;

  if (!parse_code (code_text, &example->code))
    {
      set_error (NULL, error, "“%s” is not a status code from 100 to 599", code_text);
      return;
    }

  if (sent_as_text != NULL && (!parse_code (sent_as_text, &example->sent_as) || example->sent_as == example->code))
    {
      set_error (NULL, error, "code %u: “%s” is not another status code", example->code, sent_as_text);
      return;
    }

  if (g_hash_table_lookup_extended (state->lines_by_code, GUINT_TO_POINTER (example->code), NULL, &first_line))
    {
      set_error (NULL, error, "code %u has a second example (the first is on line %d)",
                 example->code, GPOINTER_TO_INT (first_line));
      return;
    }

  g_hash_table_insert (state->lines_by_code, GUINT_TO_POINTER (example->code), GINT_TO_POINTER (line));
  g_snprintf (state->context, sizeof state->context, "example %u", example->code);
  state->current = g_steal_pointer (&example);
  state->responses = g_strv_builder_new ();
  state->n_responses = 0;
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
  Element parent = current_element (state);
  Element element = G_N_ELEMENTS (elements);
  int line;

  for (guint i = 0; i < G_N_ELEMENTS (elements); i++)
    if (g_str_equal (elements[i].name, element_name))
      element = i;

  if (element == G_N_ELEMENTS (elements))
    {
      g_set_error (error, G_MARKUP_ERROR, G_MARKUP_ERROR_UNKNOWN_ELEMENT,
                   "unknown element <%s>", element_name);
      return;
    }

  /* The document element once, examples in it, and the rest in examples;
   * the messages and sentences hold text only. */
  if (is_root != (element == ELEMENT_ROOT) ||
      (is_root && state->seen_root) ||
      (!is_root && elements[element].parent != parent))
    {
      set_error (NULL, error, "<%s> is not allowed here", element_name);
      return;
    }

  /* The checks above allow no deeper nesting than examples, example,
   * message. */
  g_assert (state->n_open < G_N_ELEMENTS (state->open));
  state->open[state->n_open++] = element;
  state->seen_root = TRUE;
  g_string_truncate (state->text, 0);

  if (element == ELEMENT_EXAMPLE)
    {
      g_markup_parse_context_get_position (context, &line, NULL);
      start_example (state, names, values, line, error);
    }
  else
    g_markup_collect_attributes (element_name, names, values, error, G_MARKUP_COLLECT_INVALID, NULL);
}

static void
end_example (GMarkupParseContext  *context,
             LoadState            *state,
             GError              **error)
{
  ScExample *example = state->current;

  if (example->request == NULL)
    {
      set_error (context, error, "the example of code %u has no <request>", example->code);
      return;
    }

  /* Either something goes on the wire or the example says why not. */
  if ((state->n_responses > 0) == (state->nothing != NULL))
    {
      set_error (context, error, "the example of code %u needs either <response> or <nothing>", example->code);
      return;
    }

  if (example->sent_as != 0 && (state->n_responses == 0 || example->note == NULL))
    {
      set_error (context, error, "the example of code %u is sent as %u but has no response and <note> to show it",
                 example->code, example->sent_as);
      return;
    }

  if (state->nothing != NULL)
    {
      if (example->note != NULL)
        {
          set_error (context, error, "the example of code %u has both <nothing> and <note>", example->code);
          return;
        }
      example->note = g_steal_pointer (&state->nothing);
    }

  example->responses = g_strv_builder_end (state->responses);
  g_clear_pointer (&state->responses, g_strv_builder_unref);
  g_ptr_array_add (state->examples, g_steal_pointer (&state->current));
}

static void
end_element (GMarkupParseContext  *context,
             const char           *element_name,
             gpointer              user_data,
             GError              **error)
{
  LoadState *state = user_data;
  Element element = state->open[--state->n_open];
  g_autofree char *text = NULL;

  switch (element)
    {
    case ELEMENT_ROOT:
      break;

    case ELEMENT_EXAMPLE:
      end_example (context, state, error);
      break;

    case ELEMENT_REQUEST:
    case ELEMENT_RESPONSE:
      text = dedent_message (state->text->str);
      if (text[0] == '\0')
        {
          set_error (context, error, "<%s> of code %u is empty", element_name, state->current->code);
          return;
        }
      if (element == ELEMENT_RESPONSE)
        {
          g_strv_builder_take (state->responses, g_steal_pointer (&text));
          state->n_responses++;
        }
      else if (state->current->request != NULL)
        set_error (context, error, "the example of code %u has more than one <request>", state->current->code);
      else
        state->current->request = g_steal_pointer (&text);
      break;

    case ELEMENT_NOTHING:
    case ELEMENT_NOTE:
      {
        char **field = element == ELEMENT_NOTE ? &state->current->note : &state->nothing;

        text = sc_normalize_text (state->text->str, FALSE);
        if (text[0] == '\0' || *field != NULL)
          {
            set_error (context, error, "<%s> of code %u is empty or given twice", element_name, state->current->code);
            return;
          }
        *field = g_strdup (state->translate (state->context, text, state->translate_data));
      }
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
  Element element = current_element (state);

  if (element != ELEMENT_ROOT && element != ELEMENT_EXAMPLE)
    {
      g_string_append_len (state->text, text, text_len);
      return;
    }

  for (gsize i = 0; i < text_len; i++)
    {
      if (!g_ascii_isspace (text[i]))
        {
          set_error (NULL, error, "text is not allowed inside <%s>", elements[element].name);
          return;
        }
    }
}

static const GMarkupParser parser = {
  .start_element = start_element,
  .end_element = end_element,
  .text = text,
};

static int
compare_examples (gconstpointer a,
                  gconstpointer b)
{
  const ScExample *example_a = *(ScExample **) a;
  const ScExample *example_b = *(ScExample **) b;

  return (int) example_a->code - (int) example_b->code;
}

/**
 * sc_examples_load_bytes_full:
 * @bytes: the examples document
 * @translate: (nullable): looks up translations, or %NULL for gettext
 * @user_data: data for @translate
 * @error: the location for an error
 *
 * Parses the example exchanges. On any error, nothing is returned and
 * @error names the line and column.
 *
 * Returns: (transfer full) (nullable): the examples, in code order
 */
ScExamples *
sc_examples_load_bytes_full (GBytes           *bytes,
                             ScTranslateFunc   translate_func,
                             gpointer          user_data,
                             GError          **error)
{
  g_auto(LoadState) state = { 0 };
  ScExamples *self;

  g_return_val_if_fail (bytes != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  state.translate = translate_func ? translate_func : sc_markup_translate_gettext;
  state.translate_data = user_data;
  state.examples = g_ptr_array_new_with_free_func ((GDestroyNotify) example_free);
  state.lines_by_code = g_hash_table_new (NULL, NULL);
  state.text = g_string_new (NULL);

  if (!sc_markup_parse (&parser, G_MARKUP_PREFIX_ERROR_POSITION, &state, bytes, error))
    return NULL;

  if (state.examples->len == 0)
    {
      g_set_error_literal (error, G_MARKUP_ERROR, G_MARKUP_ERROR_EMPTY,
                           "There are no examples");
      return NULL;
    }

  g_ptr_array_sort (state.examples, compare_examples);

  self = g_object_new (SC_TYPE_EXAMPLES, NULL);
  self->examples = g_steal_pointer (&state.examples);

  return self;
}

/**
 * sc_examples_load_bytes:
 * @bytes: the examples document
 * @error: the location for an error
 *
 * Like sc_examples_load_bytes_full(), translating with gettext.
 *
 * Returns: (transfer full) (nullable): the examples, in code order
 */
ScExamples *
sc_examples_load_bytes (GBytes  *bytes,
                        GError **error)
{
  return sc_examples_load_bytes_full (bytes, NULL, NULL, error);
}

static gpointer
load_bytes_cb (GBytes  *bytes,
               GError **error)
{
  return sc_examples_load_bytes (bytes, error);
}

/**
 * sc_examples_load_resource:
 * @path: a path in the GResource
 * @error: the location for an error
 *
 * Returns: (transfer full) (nullable): the examples, in code order
 */
ScExamples *
sc_examples_load_resource (const char  *path,
                           GError     **error)
{
  return sc_markup_load_resource (path, load_bytes_cb, error);
}

guint
sc_examples_get_n_examples (ScExamples *self)
{
  g_return_val_if_fail (SC_IS_EXAMPLES (self), 0);

  return self->examples->len;
}

/**
 * sc_examples_get_example:
 * @self: the examples
 * @position: a position, in code order
 *
 * Returns: (transfer none): the example at @position
 */
const ScExample *
sc_examples_get_example (ScExamples *self,
                         guint       position)
{
  g_return_val_if_fail (SC_IS_EXAMPLES (self), NULL);
  g_return_val_if_fail (position < self->examples->len, NULL);

  return g_ptr_array_index (self->examples, position);
}

/**
 * sc_examples_lookup:
 * @self: the examples
 * @code: a status code
 *
 * Returns: (transfer none) (nullable): the example for @code
 */
const ScExample *
sc_examples_lookup (ScExamples *self,
                    guint       code)
{
  guint low = 0, high;

  g_return_val_if_fail (SC_IS_EXAMPLES (self), NULL);

  high = self->examples->len;
  while (low < high)
    {
      guint middle = low + (high - low) / 2;
      ScExample *example = g_ptr_array_index (self->examples, middle);

      if (example->code == code)
        return example;
      else if (example->code < code)
        low = middle + 1;
      else
        high = middle;
    }

  return NULL;
}

/**
 * sc_example_dup_text:
 * @example: an example
 *
 * The whole exchange as one text to copy: the request, then each response,
 * separated by blank lines. An example where nothing goes on the wire is
 * the request alone.
 *
 * Returns: (transfer full): the exchange
 */
char *
sc_example_dup_text (const ScExample *example)
{
  g_autoptr(GString) text = NULL;

  g_return_val_if_fail (example != NULL, NULL);

  text = g_string_new (example->request);
  for (guint i = 0; example->responses[i] != NULL; i++)
    g_string_append_printf (text, "\n\n%s", example->responses[i]);

  return g_string_free (g_steal_pointer (&text), FALSE);
}
