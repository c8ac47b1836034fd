/* sc-history.c
 *
 * Copyright 2026 The Status Codes authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "sc-history"

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "sc-history.h"
#include "sc-markup.h"

/* Each code's history: data/history.xml, parsed with GMarkup into entries in
 * code order. Most of it is structured (which document, which year, what
 * kind of step), so that the page words it from a few templates here; only
 * the short notes are prose, translated while loading with the context
 * "history <code>" that the ITS rules in gettext/its/ give them. */

struct _ScHistory
{
  GObject    parent_instance;

  GPtrArray *entries;
};

G_DEFINE_FINAL_TYPE (ScHistory, sc_history, G_TYPE_OBJECT)

static void
history_event_free (ScHistoryEvent *event)
{
  g_free (event->document);
  g_free (event->phrase);
  g_free (event);
}

static void
history_entry_free (ScHistoryEntry *entry)
{
  g_clear_pointer (&entry->events, g_ptr_array_unref);
  g_free (entry->note);
  g_free (entry);
}

G_DEFINE_AUTOPTR_CLEANUP_FUNC (ScHistoryEntry, history_entry_free)

static void
sc_history_finalize (GObject *object)
{
  ScHistory *self = SC_HISTORY (object);

  g_clear_pointer (&self->entries, g_ptr_array_unref);

  G_OBJECT_CLASS (sc_history_parent_class)->finalize (object);
}

static void
sc_history_class_init (ScHistoryClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = sc_history_finalize;
}

static void
sc_history_init (ScHistory *self)
{
}

static const char * const registry_names[] = {
  [SC_REGISTRY_STATUS_NONE] = "none",
  [SC_REGISTRY_STATUS_PERMANENT] = "permanent",
  [SC_REGISTRY_STATUS_TEMPORARY] = "temporary",
  [SC_REGISTRY_STATUS_UNUSED] = "unused",
  [SC_REGISTRY_STATUS_OBSOLETED] = "obsoleted",
};

static const char * const event_names[] = {
  [SC_HISTORY_EVENT_INTRODUCED] = "introduced",
  [SC_HISTORY_EVENT_RESTATED] = "restated",
  [SC_HISTORY_EVENT_RENAMED] = "renamed",
  [SC_HISTORY_EVENT_DEPRECATED] = "deprecated",
  [SC_HISTORY_EVENT_UNUSED] = "unused",
  [SC_HISTORY_EVENT_REMOVED] = "removed",
  [SC_HISTORY_EVENT_OBSOLETED] = "obsoleted",
  [SC_HISTORY_EVENT_REGISTERED] = "registered",
};

static const struct {
  const char     *name;
  ScHttpVersions  version;
} version_names[] = {
  { "1.0", SC_HTTP_VERSIONS_1_0 },
  { "1.1", SC_HTTP_VERSIONS_1_1 },
  { "2", SC_HTTP_VERSIONS_2 },
  { "3", SC_HTTP_VERSIONS_3 },
};

typedef struct {
  ScTranslateFunc  translate;
  gpointer         translate_data;

  GPtrArray       *entries;
  GHashTable      *lines_by_code;

  /* The entry being read and the text of its note, if one is open. */
  ScHistoryEntry  *current;
  char             context[16];
  GString         *text;
  gboolean         in_note;
  gboolean         seen_root;
} LoadState;

static void
load_state_clear (LoadState *state)
{
  g_clear_pointer (&state->entries, g_ptr_array_unref);
  g_clear_pointer (&state->lines_by_code, g_hash_table_unref);
  g_clear_pointer (&state->current, history_entry_free);
  if (state->text != NULL)
    g_string_free (g_steal_pointer (&state->text), TRUE);
}

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (LoadState, load_state_clear)

/* GMarkup puts the line and column in front of its own errors and, with
 * G_MARKUP_PREFIX_ERROR_POSITION, in front of those of the start_element and
 * text callbacks; end_element() adds them itself with prefix_position(). */
G_GNUC_PRINTF (2, 3)
static void
set_error (GError     **error,
           const char  *format,
           ...)
{
  g_autofree char *message = NULL;
  va_list args;

  va_start (args, format);
  message = g_strdup_vprintf (format, args);
  va_end (args);

  g_set_error_literal (error, G_MARKUP_ERROR, G_MARKUP_ERROR_INVALID_CONTENT, message);
}

static void
prefix_position (GMarkupParseContext  *context,
                 GError              **error)
{
  int line, column;

  g_markup_parse_context_get_position (context, &line, &column);
  g_prefix_error (error, "Error on line %d char %d: ", line, column);
}

static gboolean
lookup_name (const char * const *names,
             guint               n_names,
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

static gboolean
parse_versions (const char     *text,
                ScHttpVersions *versions)
{
  g_auto(GStrv) words = g_strsplit (text, " ", -1);

  *versions = SC_HTTP_VERSIONS_NONE;
  for (guint i = 0; words[i] != NULL; i++)
    {
      gboolean found = FALSE;

      for (guint j = 0; j < G_N_ELEMENTS (version_names); j++)
        {
          if (g_str_equal (words[i], version_names[j].name))
            {
              *versions |= version_names[j].version;
              found = TRUE;
            }
        }

      if (!found)
        return FALSE;
    }

  return *versions != SC_HTTP_VERSIONS_NONE;
}

/* Dates are written as ISO 8601 calendar dates, YYYY-MM-DD. */
static gboolean
parse_date (const char *text,
            GDate      *date)
{
  guint64 year, month, day;
  g_auto(GStrv) parts = g_strsplit (text, "-", -1);

  g_date_clear (date, 1);
  if (g_strv_length (parts) != 3 ||
      strlen (parts[0]) != 4 || strlen (parts[1]) != 2 || strlen (parts[2]) != 2 ||
      !g_ascii_string_to_unsigned (parts[0], 10, 1990, 2100, &year, NULL) ||
      !g_ascii_string_to_unsigned (parts[1], 10, 1, 12, &month, NULL) ||
      !g_ascii_string_to_unsigned (parts[2], 10, 1, 31, &day, NULL) ||
      !g_date_valid_dmy (day, month, year))
    return FALSE;

  g_date_set_dmy (date, day, month, year);
  return TRUE;
}

/* "RFC 9110" → 9110; any other document, such as an Internet-Draft, → 0. */
static guint
parse_rfc (const char *document)
{
  guint64 number;

  if (!g_str_has_prefix (document, "RFC ") ||
      !g_ascii_string_to_unsigned (document + 4, 10, 1, 99999, &number, NULL))
    return 0;

  return (guint) number;
}

static void
start_code (GMarkupParseContext  *context,
            LoadState            *state,
            const char          **names,
            const char          **values,
            GError              **error)
{
  const char *value, *registry, *versions = NULL;
  const char *registered = NULL, *extended = NULL, *expires = NULL;
  g_autoptr(ScHistoryEntry) entry = g_new0 (ScHistoryEntry, 1);
  gpointer first_line;
  guint64 code;
  guint status;
  int line;

  if (!g_markup_collect_attributes ("code", names, values, error,
                                    G_MARKUP_COLLECT_STRING, "value", &value,
                                    G_MARKUP_COLLECT_STRING, "registry", &registry,
                                    G_MARKUP_COLLECT_STRING | G_MARKUP_COLLECT_OPTIONAL, "versions", &versions,
                                    G_MARKUP_COLLECT_STRING | G_MARKUP_COLLECT_OPTIONAL, "registered", &registered,
                                    G_MARKUP_COLLECT_STRING | G_MARKUP_COLLECT_OPTIONAL, "extended", &extended,
                                    G_MARKUP_COLLECT_STRING | G_MARKUP_COLLECT_OPTIONAL, "expires", &expires,
                                    G_MARKUP_COLLECT_INVALID))
    return;

  if (!g_ascii_string_to_unsigned (value, 10, 100, 599, &code, NULL))
    {
      set_error (error, "“%s” is not a status code from 100 to 599", value);
      return;
    }

  if (g_hash_table_lookup_extended (state->lines_by_code, GUINT_TO_POINTER ((guint) code), NULL, &first_line))
    {
      set_error (error, "code %u has a history twice (first on line %d)",
                 (guint) code, GPOINTER_TO_INT (first_line));
      return;
    }

  if (!lookup_name (registry_names, G_N_ELEMENTS (registry_names), registry, &status))
    {
      set_error (error, "unknown registry status “%s”", registry);
      return;
    }

  entry->code = code;
  entry->registry = status;
  entry->versions = SC_HTTP_VERSIONS_ALL;
  entry->events = g_ptr_array_new_with_free_func ((GDestroyNotify) history_event_free);
  g_date_clear (&entry->registered, 1);
  g_date_clear (&entry->extended, 1);
  g_date_clear (&entry->expires, 1);

  if (versions != NULL && !parse_versions (versions, &entry->versions))
    {
      set_error (error, "code %u: “%s” is not a list of HTTP versions", entry->code, versions);
      return;
    }

  /* Only a temporary registration has dates, and it must have the two that
   * say when it began and when it ends. */
  if (status == SC_REGISTRY_STATUS_TEMPORARY)
    {
      if (registered == NULL || expires == NULL ||
          !parse_date (registered, &entry->registered) || !parse_date (expires, &entry->expires) ||
          (extended != NULL && !parse_date (extended, &entry->extended)) ||
          g_date_compare (&entry->registered, &entry->expires) >= 0 ||
          (extended != NULL && (g_date_compare (&entry->extended, &entry->registered) < 0 ||
                                g_date_compare (&entry->extended, &entry->expires) > 0)))
        {
          set_error (error,
                     "code %u needs registered ≤ extended < expires dates (YYYY-MM-DD) for a temporary registration",
                     entry->code);
          return;
        }
    }
  else if (registered != NULL || extended != NULL || expires != NULL)
    {
      set_error (error, "code %u has registration dates but is not registered temporarily", entry->code);
      return;
    }

  g_markup_parse_context_get_position (context, &line, NULL);
  g_hash_table_insert (state->lines_by_code, GUINT_TO_POINTER (entry->code), GINT_TO_POINTER (line));
  g_snprintf (state->context, sizeof state->context, "history %u", entry->code);
  state->current = g_steal_pointer (&entry);
}

static void
start_event (LoadState    *state,
             const char  **names,
             const char  **values,
             GError      **error)
{
  const char *kind, *document, *year_text, *phrase = NULL;
  ScHistoryEvent *event;
  GPtrArray *events = state->current->events;
  guint kind_value;
  guint64 year;

  if (!g_markup_collect_attributes ("event", names, values, error,
                                    G_MARKUP_COLLECT_STRING, "kind", &kind,
                                    G_MARKUP_COLLECT_STRING, "doc", &document,
                                    G_MARKUP_COLLECT_STRING, "year", &year_text,
                                    G_MARKUP_COLLECT_STRING | G_MARKUP_COLLECT_OPTIONAL, "phrase", &phrase,
                                    G_MARKUP_COLLECT_INVALID))
    return;

  if (!lookup_name (event_names, G_N_ELEMENTS (event_names), kind, &kind_value))
    {
      set_error (error, "unknown kind of event “%s”", kind);
      return;
    }

  if (document[0] == '\0' || (phrase != NULL && phrase[0] == '\0'))
    {
      set_error (error, "an event of code %u has an empty document or phrase", state->current->code);
      return;
    }

  /* A rename is nothing without the new name. */
  if (kind_value == SC_HISTORY_EVENT_RENAMED && phrase == NULL)
    {
      set_error (error, "a rename of code %u does not say the new name", state->current->code);
      return;
    }

  if (!g_ascii_string_to_unsigned (year_text, 10, 1990, 2100, &year, NULL))
    {
      set_error (error, "“%s” is not a year", year_text);
      return;
    }

  /* Oldest first: a year out of order is a typo more often than not. */
  if (events->len > 0 && ((ScHistoryEvent *) g_ptr_array_index (events, events->len - 1))->year > year)
    {
      set_error (error, "the events of code %u are not in order of year", state->current->code);
      return;
    }

  event = g_new0 (ScHistoryEvent, 1);
  event->kind = kind_value;
  event->document = g_strdup (document);
  event->rfc = parse_rfc (document);
  event->year = year;
  event->phrase = g_strdup (phrase);
  g_ptr_array_add (events, event);
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
  const char *parent = g_markup_parse_context_get_element_stack (context)->next != NULL
                     ? g_markup_parse_context_get_element_stack (context)->next->data : NULL;
  gboolean allowed;

  if (g_str_equal (element_name, "history"))
    allowed = parent == NULL && !state->seen_root;
  else if (g_str_equal (element_name, "code"))
    allowed = g_strcmp0 (parent, "history") == 0;
  else if (g_str_equal (element_name, "event") || g_str_equal (element_name, "note"))
    allowed = g_strcmp0 (parent, "code") == 0;
  else
    {
      g_set_error (error, G_MARKUP_ERROR, G_MARKUP_ERROR_UNKNOWN_ELEMENT,
                   "unknown element <%s>", element_name);
      return;
    }

  if (!allowed)
    {
      set_error (error, "<%s> is not allowed here", element_name);
      return;
    }

  state->seen_root = TRUE;

  if (g_str_equal (element_name, "code"))
    start_code (context, state, names, values, error);
  else if (g_str_equal (element_name, "event"))
    start_event (state, names, values, error);
  else if (g_markup_collect_attributes (element_name, names, values, error, G_MARKUP_COLLECT_INVALID, NULL) &&
           g_str_equal (element_name, "note"))
    {
      if (state->current->note != NULL)
        {
          set_error (error, "code %u has more than one <note>", state->current->code);
          return;
        }
      g_string_truncate (state->text, 0);
      state->in_note = TRUE;
    }
}

static void
end_element (GMarkupParseContext  *context,
             const char           *element_name,
             gpointer              user_data,
             GError              **error)
{
  LoadState *state = user_data;

  if (g_str_equal (element_name, "note"))
    {
      g_autofree char *msgid = sc_normalize_text (state->text->str, FALSE);

      state->in_note = FALSE;
      if (msgid[0] == '\0')
        {
          set_error (error, "the note of code %u is empty", state->current->code);
          prefix_position (context, error);
          return;
        }
      state->current->note = g_strdup (state->translate (state->context, msgid, state->translate_data));
    }
  else if (g_str_equal (element_name, "code"))
    {
      /* Whatever is in a registry got there through some document. */
      if (state->current->registry != SC_REGISTRY_STATUS_NONE && state->current->events->len == 0)
        {
          set_error (error, "code %u is in the registry but has no history", state->current->code);
          prefix_position (context, error);
          return;
        }
      g_ptr_array_add (state->entries, g_steal_pointer (&state->current));
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

  if (state->in_note)
    {
      g_string_append_len (state->text, text, text_len);
      return;
    }

  for (gsize i = 0; i < text_len; i++)
    {
      if (!g_ascii_isspace (text[i]))
        {
          set_error (error, "text is not allowed inside <%s>",
                     g_markup_parse_context_get_element (context));
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
compare_entries (gconstpointer a,
                 gconstpointer b)
{
  const ScHistoryEntry *entry_a = *(ScHistoryEntry **) a;
  const ScHistoryEntry *entry_b = *(ScHistoryEntry **) b;

  return (int) entry_a->code - (int) entry_b->code;
}

/**
 * sc_history_load_bytes_full:
 * @bytes: the history document
 * @translate: (nullable): looks up translations, or %NULL for gettext
 * @user_data: data for @translate
 * @error: the location for an error
 *
 * Parses the history of the codes. On any error, nothing is returned and
 * @error names the line and column.
 *
 * Returns: (transfer full) (nullable): the history, in code order
 */
ScHistory *
sc_history_load_bytes_full (GBytes           *bytes,
                            ScTranslateFunc   translate_func,
                            gpointer          user_data,
                            GError          **error)
{
  g_auto(LoadState) state = { 0 };
  ScHistory *self;

  g_return_val_if_fail (bytes != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  state.translate = translate_func ? translate_func : sc_markup_translate_gettext;
  state.translate_data = user_data;
  state.entries = g_ptr_array_new_with_free_func ((GDestroyNotify) history_entry_free);
  state.lines_by_code = g_hash_table_new (NULL, NULL);
  state.text = g_string_new (NULL);

  if (!sc_markup_parse (&parser, G_MARKUP_PREFIX_ERROR_POSITION, &state, bytes, error))
    return NULL;

  if (state.entries->len == 0)
    {
      g_set_error_literal (error, G_MARKUP_ERROR, G_MARKUP_ERROR_EMPTY,
                           "The history has no codes");
      return NULL;
    }

  g_ptr_array_sort (state.entries, compare_entries);

  self = g_object_new (SC_TYPE_HISTORY, NULL);
  self->entries = g_steal_pointer (&state.entries);

  return self;
}

/**
 * sc_history_load_bytes:
 * @bytes: the history document
 * @error: the location for an error
 *
 * Like sc_history_load_bytes_full(), translating with gettext.
 *
 * Returns: (transfer full) (nullable): the history, in code order
 */
ScHistory *
sc_history_load_bytes (GBytes  *bytes,
                       GError **error)
{
  return sc_history_load_bytes_full (bytes, NULL, NULL, error);
}

static gpointer
load_bytes_cb (GBytes  *bytes,
               GError **error)
{
  return sc_history_load_bytes (bytes, error);
}

/**
 * sc_history_load_resource:
 * @path: a path in the GResource
 * @error: the location for an error
 *
 * Returns: (transfer full) (nullable): the history, in code order
 */
ScHistory *
sc_history_load_resource (const char  *path,
                          GError     **error)
{
  return sc_markup_load_resource (path, load_bytes_cb, error);
}

guint
sc_history_get_n_entries (ScHistory *self)
{
  g_return_val_if_fail (SC_IS_HISTORY (self), 0);

  return self->entries->len;
}

/**
 * sc_history_get_entry:
 * @self: a history
 * @position: a position, in code order
 *
 * Returns: (transfer none): the entry at @position
 */
const ScHistoryEntry *
sc_history_get_entry (ScHistory *self,
                      guint      position)
{
  g_return_val_if_fail (SC_IS_HISTORY (self), NULL);
  g_return_val_if_fail (position < self->entries->len, NULL);

  return g_ptr_array_index (self->entries, position);
}

/**
 * sc_history_lookup:
 * @self: a history
 * @code: a status code
 *
 * Returns: (transfer none) (nullable): the history of @code
 */
const ScHistoryEntry *
sc_history_lookup (ScHistory *self,
                   guint      code)
{
  guint low = 0, high;

  g_return_val_if_fail (SC_IS_HISTORY (self), NULL);

  high = self->entries->len;
  while (low < high)
    {
      guint middle = low + (high - low) / 2;
      ScHistoryEntry *entry = g_ptr_array_index (self->entries, middle);

      if (entry->code == code)
        return entry;
      else if (entry->code < code)
        low = middle + 1;
      else
        high = middle;
    }

  return NULL;
}

/**
 * sc_history_event_dup_text:
 * @event: a step in a code's history
 *
 * Words @event for people, such as “Renamed “Content Too Large” in RFC 9110
 * (2022)”.
 *
 * Returns: (transfer full): the translated text
 */
char *
sc_history_event_dup_text (const ScHistoryEvent *event)
{
  g_return_val_if_fail (event != NULL, NULL);

  switch (event->kind)
    {
    case SC_HISTORY_EVENT_INTRODUCED:
      if (event->phrase != NULL)
        /* Translators: A step in the history of a status code: “Introduced
         * in RFC 2068 (1997) as “Request Entity Too Large””. %1$s is a
         * document, %2$u its year and %3$s the code's name in it. */
        return g_strdup_printf (_("Introduced in %1$s (%2$u) as “%3$s”"),
                                event->document, event->year, event->phrase);
      /* Translators: A step in the history of a status code. %1$s is a
       * document, such as “RFC 2068”, and %2$u its year. */
      return g_strdup_printf (_("Introduced in %1$s (%2$u)"), event->document, event->year);

    case SC_HISTORY_EVENT_RESTATED:
      /* Translators: A step in the history of a status code: a later
       * specification defined it again. %1$s is a document, such as
       * “RFC 9110”, and %2$u its year. */
      return g_strdup_printf (_("Restated in %1$s (%2$u)"), event->document, event->year);

    case SC_HISTORY_EVENT_RENAMED:
      /* Translators: A step in the history of a status code: “Renamed
       * “Content Too Large” in RFC 9110 (2022)”. %1$s is the new name,
       * %2$s a document and %3$u its year. */
      return g_strdup_printf (_("Renamed “%1$s” in %2$s (%3$u)"), event->phrase, event->document, event->year);

    case SC_HISTORY_EVENT_DEPRECATED:
      /* Translators: A step in the history of a status code. %1$s is a
       * document, such as “RFC 7231”, and %2$u its year. */
      return g_strdup_printf (_("Deprecated in %1$s (%2$u)"), event->document, event->year);

    case SC_HISTORY_EVENT_UNUSED:
      /* Translators: A step in the history of a status code: the number is
       * kept back and not to be sent. %1$s is a document, such as
       * “RFC 2616”, and %2$u its year. */
      return g_strdup_printf (_("Marked unused and reserved in %1$s (%2$u)"), event->document, event->year);

    case SC_HISTORY_EVENT_REMOVED:
      /* Translators: A step in the history of a status code: a later
       * specification left it out. %1$s is a document, such as “RFC 4918”,
       * and %2$u its year. */
      return g_strdup_printf (_("Removed in %1$s (%2$u)"), event->document, event->year);

    case SC_HISTORY_EVENT_OBSOLETED:
      /* Translators: A step in the history of a status code. %1$s is a
       * document, such as an IESG status change, and %2$u its year. */
      return g_strdup_printf (_("Obsoleted by %1$s (%2$u)"), event->document, event->year);

    case SC_HISTORY_EVENT_REGISTERED:
      /* Translators: A step in the history of a status code: IANA
       * registered it for a limited time. %1$s is a document, such as an
       * Internet-Draft, and %2$u the year. */
      return g_strdup_printf (_("Registered temporarily for %1$s (%2$u)"), event->document, event->year);

    default:
      g_assert_not_reached ();
    }
}

/**
 * sc_history_entry_is_expired:
 * @entry: a code's history
 * @today: the date to judge by
 *
 * Returns: whether @entry is a temporary registration whose stated expiry
 *   lies before @today
 */
gboolean
sc_history_entry_is_expired (const ScHistoryEntry *entry,
                             const GDate          *today)
{
  g_return_val_if_fail (entry != NULL, FALSE);
  g_return_val_if_fail (today != NULL && g_date_valid (today), FALSE);

  return entry->registry == SC_REGISTRY_STATUS_TEMPORARY &&
         g_date_compare (&entry->expires, today) < 0;
}

static char *
format_date (const GDate *date)
{
  return g_strdup_printf ("%04u-%02u-%02u", g_date_get_year (date), g_date_get_month (date), g_date_get_day (date));
}

/**
 * sc_history_entry_dup_registry_text:
 * @entry: a code's history
 * @today: the date to judge a temporary registration by
 *
 * Words where @entry stands in the registry. A temporary registration says
 * when it began, when it was extended, and when it expires or, once @today
 * is past that date, that it expired: the registry's own copy may lag
 * behind, and a date is what the registry states.
 *
 * Returns: (transfer full): the translated text
 */
char *
sc_history_entry_dup_registry_text (const ScHistoryEntry *entry,
                                    const GDate          *today)
{
  g_autofree char *registered = NULL, *extended = NULL, *expires = NULL;

  g_return_val_if_fail (entry != NULL, NULL);
  g_return_val_if_fail (today != NULL && g_date_valid (today), NULL);

  switch (entry->registry)
    {
    case SC_REGISTRY_STATUS_NONE:
      /* Translators: The registry status of a vendor's status code. */
      return g_strdup (_("In no registry"));

    case SC_REGISTRY_STATUS_PERMANENT:
      /* Translators: The registry status of a status code in the IANA
       * registry. */
      return g_strdup (_("Permanent registration"));

    case SC_REGISTRY_STATUS_UNUSED:
      /* Translators: The registry status of a status code that the IANA
       * registry keeps back as “(Unused)”. */
      return g_strdup (_("Reserved as unused"));

    case SC_REGISTRY_STATUS_OBSOLETED:
      /* Translators: The registry status of a status code that the IANA
       * registry marks “(OBSOLETED)”. */
      return g_strdup (_("Obsoleted"));

    case SC_REGISTRY_STATUS_TEMPORARY:
      break;

    default:
      g_assert_not_reached ();
    }

  registered = format_date (&entry->registered);
  expires = format_date (&entry->expires);

  if (!g_date_valid (&entry->extended))
    {
      if (sc_history_entry_is_expired (entry, today))
        /* Translators: The registry status of a status code. The dates are
         * written YYYY-MM-DD. */
        return g_strdup_printf (_("Temporary registration from %1$s, expired on %2$s"), registered, expires);
      /* Translators: The registry status of a status code. The dates are
       * written YYYY-MM-DD. */
      return g_strdup_printf (_("Temporary registration from %1$s until %2$s"), registered, expires);
    }

  extended = format_date (&entry->extended);
  if (sc_history_entry_is_expired (entry, today))
    /* Translators: The registry status of a status code. The dates are
     * written YYYY-MM-DD. */
    return g_strdup_printf (_("Temporary registration from %1$s, extended on %2$s, expired on %3$s"),
                            registered, extended, expires);
  /* Translators: The registry status of a status code. The dates are written
   * YYYY-MM-DD. */
  return g_strdup_printf (_("Temporary registration from %1$s, extended on %2$s until %3$s"),
                          registered, extended, expires);
}
