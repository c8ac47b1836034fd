/* sc-constants.c
 *
 * Copyright 2026 The Status Codes authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "sc-constants"

#include "config.h"

#include <string.h>

#include "sc-constants.h"
#include "sc-markup.h"

/* The names that libraries give status codes: data/constants.xml, parsed
 * with GMarkup. Every entry is a fact about one release of one library's
 * source, so the loader accepts nothing it cannot check: a name that is not
 * spelled the way its library spells names, a code given twice the same name,
 * a code that is both named and said not to be defined. Broken input is an
 * error with its line and column, and never a part of a result. */

struct _ScConstants
{
  GObject    parent_instance;

  GPtrArray *libraries;
  /* Sorted by code; within a code, in document order, and so grouped by
   * library in the order of the libraries. */
  GArray    *entries;
};

G_DEFINE_FINAL_TYPE (ScConstants, sc_constants, G_TYPE_OBJECT)

static void
library_free (gpointer data)
{
  ScLibrary *library = data;

  g_free (library->id);
  g_free (library->name);
  g_free (library->api);
  g_free (library->qualifier);
  g_free (library->release);
  g_free (library);
}

static void
constant_clear (gpointer data)
{
  ScConstant *constant = data;

  g_clear_pointer (&constant->name, g_free);
  g_clear_pointer (&constant->since, g_free);
}

static void
sc_constants_finalize (GObject *object)
{
  ScConstants *self = SC_CONSTANTS (object);

  g_clear_pointer (&self->entries, g_array_unref);
  g_clear_pointer (&self->libraries, g_ptr_array_unref);

  G_OBJECT_CLASS (sc_constants_parent_class)->finalize (object);
}

static void
sc_constants_class_init (ScConstantsClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = sc_constants_finalize;
}

static void
sc_constants_init (ScConstants *self)
{
}

/**
 * sc_constant_dup_qualified_name:
 * @self: a constant that has a name
 *
 * Returns: (transfer full): the name as code that uses it writes it, such as
 *   "HTTPStatus.NOT_FOUND"
 */
char *
sc_constant_dup_qualified_name (const ScConstant *self)
{
  g_return_val_if_fail (self != NULL, NULL);
  g_return_val_if_fail (self->name != NULL, NULL);

  return g_strconcat (self->library->qualifier, self->name, NULL);
}

typedef enum {
  ELEMENT_ROOT,
  ELEMENT_LIBRARY,
  ELEMENT_CONSTANT,
  ELEMENT_UNDEFINED,
} Element;

static const struct {
  const char *name;
  Element     parent;
} elements[] = {
  [ELEMENT_ROOT]      = { "constants", ELEMENT_ROOT },
  [ELEMENT_LIBRARY]   = { "library",   ELEMENT_ROOT },
  [ELEMENT_CONSTANT]  = { "constant",  ELEMENT_LIBRARY },
  [ELEMENT_UNDEFINED] = { "undefined", ELEMENT_LIBRARY },
};

static const char * const kind_names[] = {
  [SC_CONSTANT_KIND_IDENTIFIER] = "identifier",
  [SC_CONSTANT_KIND_SYMBOL] = "symbol",
  [SC_CONSTANT_KIND_PHRASE] = "phrase",
};

/* The states that a <constant> may have; "undefined" is an element. */
static const char * const state_names[] = {
  [SC_CONSTANT_STATE_CURRENT] = "current",
  [SC_CONSTANT_STATE_ALIAS] = "alias",
  [SC_CONSTANT_STATE_DEPRECATED] = "deprecated",
  [SC_CONSTANT_STATE_REMOVED] = "removed",
};

/* What one library says about one code so far. */
enum {
  SEEN_NAME      = 1 << 0,
  SEEN_UNDEFINED = 1 << 1,
};

typedef struct {
  GPtrArray  *libraries;
  GArray     *entries;
  /* Library ids, and "library code name" keys, already seen. */
  GHashTable *library_ids;
  GHashTable *names;
  /* SEEN_* by (library index << 10 | code). */
  GHashTable *seen;

  Element     open[3];
  guint       n_open;
  gboolean    seen_root;
  /* The <constant> being read. */
  ScConstant  pending;
  GString    *text;
} LoadState;

static void
load_state_clear (LoadState *state)
{
  g_clear_pointer (&state->entries, g_array_unref);
  g_clear_pointer (&state->libraries, g_ptr_array_unref);
  g_clear_pointer (&state->library_ids, g_hash_table_unref);
  g_clear_pointer (&state->names, g_hash_table_unref);
  g_clear_pointer (&state->seen, g_hash_table_unref);
  constant_clear (&state->pending);
  if (state->text != NULL)
    g_string_free (g_steal_pointer (&state->text), TRUE);
}

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (LoadState, load_state_clear)

static gboolean
lookup_name (const char * const *names,
             gsize               n_names,
             const char         *name,
             guint              *value)
{
  for (guint i = 0; i < n_names; i++)
    {
      if (g_strcmp0 (names[i], name) == 0)
        {
          *value = i;
          return TRUE;
        }
    }

  return FALSE;
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

/* Three digits, 100 to 599. */
static gboolean
parse_code (const char *text,
            guint      *code)
{
  guint64 value;

  if (strlen (text) != 3 || !g_ascii_string_to_unsigned (text, 10, 100, 599, &value, NULL))
    return FALSE;

  *code = value;
  return TRUE;
}

static gboolean
is_library_id (const char *id)
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

/* Identifiers are ASCII letters, digits, "_" and, for a qualified name such as
 * Soup.Status.OK, "."; symbols are a ":" and then lower-case snake case;
 * phrases are printable text without surrounding white space. */
static gboolean
is_valid_name (const char     *name,
               ScConstantKind  kind)
{
  const char *p = name;

  if (name[0] == '\0')
    return FALSE;

  switch (kind)
    {
    case SC_CONSTANT_KIND_IDENTIFIER:
      if (g_ascii_isdigit (*p) || *p == '.')
        return FALSE;
      for (; *p; p++)
        {
          if (!g_ascii_isalnum (*p) && *p != '_' && *p != '.')
            return FALSE;
        }
      return name[strlen (name) - 1] != '.';

    case SC_CONSTANT_KIND_SYMBOL:
      if (*p++ != ':' || !g_ascii_islower (*p))
        return FALSE;
      for (; *p; p++)
        {
          if (!g_ascii_islower (*p) && !g_ascii_isdigit (*p) && *p != '_')
            return FALSE;
        }
      return TRUE;

    case SC_CONSTANT_KIND_PHRASE:
      if (g_ascii_isspace (name[0]) || g_ascii_isspace (name[strlen (name) - 1]))
        return FALSE;
      for (; *p; p++)
        {
          if ((guchar) *p < 0x20 || *p == 0x7f)
            return FALSE;
        }
      return g_utf8_validate (name, -1, NULL);

    default:
      g_assert_not_reached ();
    }
}

static ScLibrary *
current_library (LoadState *state)
{
  return g_ptr_array_index (state->libraries, state->libraries->len - 1);
}

/* Records that the current library says something about @code: a name, or
 * that it has none. A library cannot do both. */
static gboolean
note_seen (GMarkupParseContext  *context,
           LoadState            *state,
           guint                 code,
           guint                 what,
           GError              **error)
{
  gpointer key = GUINT_TO_POINTER ((state->libraries->len - 1) << 10 | code);
  guint seen = GPOINTER_TO_UINT (g_hash_table_lookup (state->seen, key));

  if ((seen | what) == (SEEN_NAME | SEEN_UNDEFINED) || (seen & what & SEEN_UNDEFINED))
    {
      sc_markup_set_error (context, error, "%s says more than once, or both ways, whether it defines code %u",
                           current_library (state)->id, code);
      return FALSE;
    }

  g_hash_table_insert (state->seen, key, GUINT_TO_POINTER (seen | what));
  return TRUE;
}

static void
start_library (GMarkupParseContext  *context,
               LoadState            *state,
               const char          **names,
               const char          **values,
               GError              **error)
{
  const char *id, *name, *api, *qualifier, *release, *kind;
  g_autofree ScLibrary *library = NULL;
  guint kind_value;

  if (!g_markup_collect_attributes ("library", names, values, error,
                                    G_MARKUP_COLLECT_STRING, "id", &id,
                                    G_MARKUP_COLLECT_STRING, "name", &name,
                                    G_MARKUP_COLLECT_STRING, "api", &api,
                                    G_MARKUP_COLLECT_STRING | G_MARKUP_COLLECT_OPTIONAL, "qualifier", &qualifier,
                                    G_MARKUP_COLLECT_STRING, "release", &release,
                                    G_MARKUP_COLLECT_STRING, "kind", &kind,
                                    G_MARKUP_COLLECT_INVALID))
    return;

  if (!is_library_id (id))
    {
      sc_markup_set_error (context, error, "library id “%s” is not lower-case letters, digits and hyphens", id);
      return;
    }
  if (g_hash_table_contains (state->library_ids, id))
    {
      sc_markup_set_error (context, error, "library “%s” is given twice", id);
      return;
    }
  if (name[0] == '\0' || api[0] == '\0' || release[0] == '\0')
    {
      sc_markup_set_error (context, error, "library “%s” needs a name, an API and a release", id);
      return;
    }
  if (!lookup_name (kind_names, G_N_ELEMENTS (kind_names), kind, &kind_value))
    {
      sc_markup_set_error (context, error, "library “%s” has an unknown kind “%s”", id, kind);
      return;
    }

  library = g_new0 (ScLibrary, 1);
  library->id = g_strdup (id);
  library->name = g_strdup (name);
  library->api = g_strdup (api);
  library->qualifier = g_strdup (qualifier ? qualifier : "");
  library->release = g_strdup (release);
  library->kind = kind_value;

  g_hash_table_add (state->library_ids, library->id);
  g_ptr_array_add (state->libraries, g_steal_pointer (&library));
}

static void
start_constant (GMarkupParseContext  *context,
                LoadState            *state,
                const char          **names,
                const char          **values,
                GError              **error)
{
  const char *code, *state_name, *since;
  guint state_value = SC_CONSTANT_STATE_CURRENT;

  if (!g_markup_collect_attributes ("constant", names, values, error,
                                    G_MARKUP_COLLECT_STRING, "code", &code,
                                    G_MARKUP_COLLECT_STRING | G_MARKUP_COLLECT_OPTIONAL, "state", &state_name,
                                    G_MARKUP_COLLECT_STRING | G_MARKUP_COLLECT_OPTIONAL, "since", &since,
                                    G_MARKUP_COLLECT_INVALID))
    return;

  if (!parse_code (code, &state->pending.code))
    {
      sc_markup_set_error (context, error, "code “%s” is not a status code", code);
      return;
    }
  if (state_name != NULL &&
      !lookup_name (state_names, G_N_ELEMENTS (state_names), state_name, &state_value))
    {
      sc_markup_set_error (context, error, "unknown state “%s”", state_name);
      return;
    }
  /* Only a name that is going, or gone, went at some release. */
  if (since != NULL &&
      (since[0] == '\0' ||
       (state_value != SC_CONSTANT_STATE_DEPRECATED && state_value != SC_CONSTANT_STATE_REMOVED)))
    {
      sc_markup_set_error (context, error, "“since” belongs to a deprecated or removed name, and needs a release");
      return;
    }

  state->pending.library = current_library (state);
  state->pending.state = state_value;
  state->pending.since = g_strdup (since);
  g_string_truncate (state->text, 0);
}

static void
start_undefined (GMarkupParseContext  *context,
                 LoadState            *state,
                 const char          **names,
                 const char          **values,
                 GError              **error)
{
  const char *code;
  ScConstant constant = { current_library (state), 0, NULL, SC_CONSTANT_STATE_UNDEFINED, NULL };

  if (!g_markup_collect_attributes ("undefined", names, values, error,
                                    G_MARKUP_COLLECT_STRING, "code", &code,
                                    G_MARKUP_COLLECT_INVALID))
    return;

  if (!parse_code (code, &constant.code))
    {
      sc_markup_set_error (context, error, "code “%s” is not a status code", code);
      return;
    }
  if (!note_seen (context, state, constant.code, SEEN_UNDEFINED, error))
    return;

  g_array_append_val (state->entries, constant);
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
  /* The checks above allow no deeper nesting than root, library, entry. */
  g_assert (state->n_open < G_N_ELEMENTS (state->open));
  state->open[state->n_open++] = element;

  switch (element)
    {
    case ELEMENT_ROOT:
      g_markup_collect_attributes (element_name, names, values, error, G_MARKUP_COLLECT_INVALID, NULL);
      break;

    case ELEMENT_LIBRARY:
      start_library (context, state, names, values, error);
      break;

    case ELEMENT_CONSTANT:
      start_constant (context, state, names, values, error);
      break;

    case ELEMENT_UNDEFINED:
      start_undefined (context, state, names, values, error);
      break;

    default:
      g_assert_not_reached ();
    }
}

static void
end_constant (GMarkupParseContext  *context,
              LoadState            *state,
              GError              **error)
{
  ScConstant *pending = &state->pending;
  g_autofree char *key = NULL;

  if (!is_valid_name (state->text->str, pending->library->kind))
    {
      sc_markup_set_error (context, error, "“%s” is not a name of kind %s for code %u",
                           state->text->str, kind_names[pending->library->kind], pending->code);
      return;
    }

  key = g_strdup_printf ("%s %u %s", pending->library->id, pending->code, state->text->str);
  if (g_hash_table_contains (state->names, key))
    {
      sc_markup_set_error (context, error, "%s names code %u “%s” twice",
                           pending->library->id, pending->code, state->text->str);
      return;
    }
  if (!note_seen (context, state, pending->code, SEEN_NAME, error))
    return;

  g_hash_table_add (state->names, g_steal_pointer (&key));
  pending->name = g_strdup (state->text->str);
  g_array_append_val (state->entries, *pending);
  memset (pending, 0, sizeof *pending);
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

  if (element == ELEMENT_CONSTANT)
    end_constant (context, state, error);
}

static void
text (GMarkupParseContext  *context,
      const char           *text,
      gsize                 text_len,
      gpointer              user_data,
      GError              **error)
{
  LoadState *state = user_data;

  if (state->n_open > 0 && state->open[state->n_open - 1] == ELEMENT_CONSTANT)
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

static int
compare_entries (gconstpointer a,
                 gconstpointer b)
{
  const ScConstant *ca = a, *cb = b;

  return (int) ca->code - (int) cb->code;
}

/**
 * sc_constants_load_bytes:
 * @bytes: a constants document
 * @error: the location for an error
 *
 * Returns: (transfer full) (nullable): the constants, or %NULL with @error
 *   set, saying where, when @bytes is not a valid document
 */
ScConstants *
sc_constants_load_bytes (GBytes  *bytes,
                         GError **error)
{
  g_auto(LoadState) state = { 0 };
  ScConstants *self;

  g_return_val_if_fail (bytes != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  state.libraries = g_ptr_array_new_with_free_func (library_free);
  state.entries = g_array_new (FALSE, FALSE, sizeof (ScConstant));
  g_array_set_clear_func (state.entries, constant_clear);
  state.library_ids = g_hash_table_new (g_str_hash, g_str_equal);
  state.names = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  state.seen = g_hash_table_new (NULL, NULL);
  state.text = g_string_new (NULL);

  if (!sc_markup_parse (&parser, 0, &state, bytes, error))
    return NULL;

  if (state.libraries->len == 0)
    {
      g_set_error_literal (error, G_MARKUP_ERROR, G_MARKUP_ERROR_EMPTY,
                           "The constants name no library");
      return NULL;
    }

  /* A stable sort: within a code, entries stay in document order. */
  g_array_sort (state.entries, compare_entries);

  self = g_object_new (SC_TYPE_CONSTANTS, NULL);
  self->libraries = g_steal_pointer (&state.libraries);
  self->entries = g_steal_pointer (&state.entries);

  return self;
}

static gpointer
load_bytes_cb (GBytes  *bytes,
               GError **error)
{
  return sc_constants_load_bytes (bytes, error);
}

/**
 * sc_constants_load_resource:
 * @path: a path in the GResource
 * @error: the location for an error
 *
 * Returns: (transfer full) (nullable): the constants
 */
ScConstants *
sc_constants_load_resource (const char  *path,
                            GError     **error)
{
  return sc_markup_load_resource (path, load_bytes_cb, error);
}

guint
sc_constants_get_n_libraries (ScConstants *self)
{
  g_return_val_if_fail (SC_IS_CONSTANTS (self), 0);

  return self->libraries->len;
}

/* The libraries in the order of the data file. */
const ScLibrary *
sc_constants_get_library (ScConstants *self,
                          guint        position)
{
  g_return_val_if_fail (SC_IS_CONSTANTS (self), NULL);
  g_return_val_if_fail (position < self->libraries->len, NULL);

  return g_ptr_array_index (self->libraries, position);
}

/* Returns: (transfer none) (nullable): the library with @id */
const ScLibrary *
sc_constants_lookup_library (ScConstants *self,
                             const char  *id)
{
  g_return_val_if_fail (SC_IS_CONSTANTS (self), NULL);
  g_return_val_if_fail (id != NULL, NULL);

  for (guint i = 0; i < self->libraries->len; i++)
    {
      const ScLibrary *library = g_ptr_array_index (self->libraries, i);

      if (g_str_equal (library->id, id))
        return library;
    }

  return NULL;
}

guint
sc_constants_get_n_entries (ScConstants *self)
{
  g_return_val_if_fail (SC_IS_CONSTANTS (self), 0);

  return self->entries->len;
}

/* Every entry, in code order. */
const ScConstant *
sc_constants_get_entry (ScConstants *self,
                        guint        position)
{
  g_return_val_if_fail (SC_IS_CONSTANTS (self), NULL);
  g_return_val_if_fail (position < self->entries->len, NULL);

  return &g_array_index (self->entries, ScConstant, position);
}

/**
 * sc_constants_lookup:
 * @self: the constants
 * @code: a status code
 * @n_entries: (out): the number of entries for @code
 *
 * The entries for @code: grouped by library in the order of the libraries,
 * each library's in its order of the data file (the current name first).
 * A library with no entry has no name for @code. The data says so explicitly
 * for every registered code; for an unofficial code it lists only the
 * libraries that name it.
 *
 * Returns: (transfer none) (array length=n_entries) (nullable): the first
 *   entry, or %NULL when there is none
 */
const ScConstant *
sc_constants_lookup (ScConstants *self,
                     guint        code,
                     guint       *n_entries)
{
  guint low = 0, high, first;

  g_return_val_if_fail (SC_IS_CONSTANTS (self), NULL);
  g_return_val_if_fail (n_entries != NULL, NULL);

  high = self->entries->len;
  while (low < high)
    {
      guint middle = low + (high - low) / 2;

      if (g_array_index (self->entries, ScConstant, middle).code < code)
        low = middle + 1;
      else
        high = middle;
    }

  first = low;
  while (low < self->entries->len && g_array_index (self->entries, ScConstant, low).code == code)
    low++;

  *n_entries = low - first;

  return *n_entries > 0 ? &g_array_index (self->entries, ScConstant, first) : NULL;
}
