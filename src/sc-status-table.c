/* sc-status-table.c
 *
 * Copyright 2026 The Status Codes authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "sc-status-table"

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "sc-markup.h"
#include "sc-status-code-private.h"
#include "sc-status-table.h"

/* The status table: data/status-codes.xml, parsed with GMarkup into
 * ScStatusCode items in code order. Human texts are translated while loading.
 * Their msgids must be exactly what xgettext extracted through the ITS rules
 * in gettext/its/, so the loader normalizes white space the way xgettext
 * does. */

struct _ScStatusTable
{
  GObject    parent_instance;

  GPtrArray *codes;
};

static void list_model_iface_init (GListModelInterface *iface);

G_DEFINE_FINAL_TYPE_WITH_CODE (ScStatusTable, sc_status_table, G_TYPE_OBJECT,
                               G_IMPLEMENT_INTERFACE (G_TYPE_LIST_MODEL, list_model_iface_init))

static GType
sc_status_table_get_item_type (GListModel *model)
{
  return SC_TYPE_STATUS_CODE;
}

static guint
sc_status_table_get_n_items (GListModel *model)
{
  return SC_STATUS_TABLE (model)->codes->len;
}

static gpointer
sc_status_table_get_item (GListModel *model,
                          guint       position)
{
  ScStatusTable *self = SC_STATUS_TABLE (model);

  if (position >= self->codes->len)
    return NULL;

  return g_object_ref (g_ptr_array_index (self->codes, position));
}

static void
list_model_iface_init (GListModelInterface *iface)
{
  iface->get_item_type = sc_status_table_get_item_type;
  iface->get_n_items = sc_status_table_get_n_items;
  iface->get_item = sc_status_table_get_item;
}

static void
sc_status_table_finalize (GObject *object)
{
  ScStatusTable *self = SC_STATUS_TABLE (object);

  g_clear_pointer (&self->codes, g_ptr_array_unref);

  G_OBJECT_CLASS (sc_status_table_parent_class)->finalize (object);
}

static void
sc_status_table_class_init (ScStatusTableClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = sc_status_table_finalize;
}

static void
sc_status_table_init (ScStatusTable *self)
{
}

/* Collapses runs of white space to one space and trims the ends, as xgettext
 * does for ITS elements. With @paragraphs, a run of white space that holds a
 * blank line separates paragraphs instead, which are joined by "\n\n" as
 * xgettext does for gt:preserveSpaceRule space="paragraph". */
char *
sc_normalize_text (const char *text,
                   gboolean    paragraphs)
{
  char *out, *o;
  const char *p = text;

  g_return_val_if_fail (text != NULL, NULL);

  /* Never longer than the text: a run of white space becomes one space, or
   * "\n\n" where the run holds two newlines and so is at least as long. */
  out = o = g_malloc (strlen (text) + 1);

  while (*p)
    {
      guint newlines = 0;

      while (*p != '\0' && !g_ascii_isspace (*p))
        *o++ = *p++;

      for (; g_ascii_isspace (*p); p++)
        newlines += (*p == '\n');

      if (o == out || *p == '\0')
        continue;

      if (paragraphs && newlines >= 2)
        {
          *o++ = '\n';
          *o++ = '\n';
        }
      else
        *o++ = ' ';
    }
  *o = '\0';

  return g_realloc (out, o - out + 1);
}

typedef enum {
  ELEMENT_ROOT,
  ELEMENT_STATUS,
  ELEMENT_PHRASE,
  ELEMENT_WIRE,
  ELEMENT_TITLE,
  ELEMENT_FORMER,
  ELEMENT_SUMMARY,
  ELEMENT_DESCRIPTION,
  ELEMENT_CAUSES,
  ELEMENT_CLIENT,
  ELEMENT_SERVER,
  ELEMENT_ITEM,
  ELEMENT_API,
  ELEMENT_SPEC,
  ELEMENT_HEADER,
  ELEMENT_RELATED,
} Element;

static const struct {
  const char *name;
  Element     parent;
  gboolean    has_text;
} elements[] = {
  [ELEMENT_ROOT]        = { "status-codes", ELEMENT_ROOT,   FALSE },
  [ELEMENT_STATUS]      = { "status",       ELEMENT_ROOT,   FALSE },
  [ELEMENT_PHRASE]      = { "phrase",       ELEMENT_STATUS, TRUE },
  [ELEMENT_WIRE]        = { "wire",         ELEMENT_STATUS, TRUE },
  [ELEMENT_TITLE]       = { "title",        ELEMENT_STATUS, TRUE },
  [ELEMENT_FORMER]      = { "former",       ELEMENT_STATUS, TRUE },
  [ELEMENT_SUMMARY]     = { "summary",      ELEMENT_STATUS, TRUE },
  [ELEMENT_DESCRIPTION] = { "description",  ELEMENT_STATUS, TRUE },
  [ELEMENT_CAUSES]      = { "causes",       ELEMENT_STATUS, FALSE },
  [ELEMENT_CLIENT]      = { "client",       ELEMENT_STATUS, FALSE },
  [ELEMENT_SERVER]      = { "server",       ELEMENT_STATUS, FALSE },
  [ELEMENT_ITEM]        = { "item",         ELEMENT_CAUSES, TRUE },
  [ELEMENT_API]         = { "api",          ELEMENT_STATUS, TRUE },
  [ELEMENT_SPEC]        = { "spec",         ELEMENT_STATUS, FALSE },
  [ELEMENT_HEADER]      = { "header",       ELEMENT_STATUS, TRUE },
  [ELEMENT_RELATED]     = { "related",      ELEMENT_STATUS, TRUE },
};

static const struct {
  const char    *name;
  ScStatusFlags  flag;
} flag_names[] = {
  { "webdav", SC_STATUS_FLAGS_WEBDAV },
  { "deprecated", SC_STATUS_FLAGS_DEPRECATED },
  { "unused", SC_STATUS_FLAGS_UNUSED },
  { "obsoleted", SC_STATUS_FLAGS_OBSOLETED },
  { "experimental", SC_STATUS_FLAGS_EXPERIMENTAL },
  { "temporary", SC_STATUS_FLAGS_TEMPORARY },
};

typedef struct {
  guint from;
  guint to;
  int   line;
  int   column;
} RelatedRef;

typedef struct {
  ScTranslateFunc  translate;
  gpointer         translate_data;

  GPtrArray       *codes;
  GHashTable      *lines_by_code;
  GArray          *related_refs;

  /* The entry being read, its lists and the text of the current element. */
  ScStatusCode    *current;
  char             context[4];
  GStrvBuilder    *former;
  GStrvBuilder    *list;
  Element          list_element;
  GStrvBuilder    *causes;
  GStrvBuilder    *client;
  GStrvBuilder    *server;
  GString         *text;
  char            *attribute;
  guint            related_code;
  gboolean         seen_root;
  /* Whether the last thing read was a comment that names sources, which
   * must come right before every vendor's entry. */
  gboolean         after_source_comment;
  int              line;
  int              column;
  /* The open elements, outermost first: what GMarkup's element stack holds,
   * without looking their names up again for every callback. */
  Element          open[4];
  guint            n_open;
} LoadState;

static void
load_state_clear (LoadState *state)
{
  g_clear_pointer (&state->codes, g_ptr_array_unref);
  g_clear_pointer (&state->lines_by_code, g_hash_table_unref);
  g_clear_pointer (&state->related_refs, g_array_unref);
  g_clear_object (&state->current);
  g_clear_pointer (&state->former, g_strv_builder_unref);
  g_clear_pointer (&state->causes, g_strv_builder_unref);
  g_clear_pointer (&state->client, g_strv_builder_unref);
  g_clear_pointer (&state->server, g_strv_builder_unref);
  g_clear_pointer (&state->attribute, g_free);
  if (state->text != NULL)
    g_string_free (g_steal_pointer (&state->text), TRUE);
}

static const char *
translate (LoadState  *state,
           const char *msgid)
{
  if (msgid[0] == '\0')
    return msgid;

  return state->translate (state->context, msgid, state->translate_data);
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

static gboolean
parse_flags (GMarkupParseContext  *context,
             const char           *text,
             ScStatusFlags        *flags,
             GError              **error)
{
  g_auto(GStrv) words = g_strsplit (text, " ", -1);

  for (guint i = 0; words[i] != NULL; i++)
    {
      gboolean found = FALSE;

      if (words[i][0] == '\0')
        continue;

      for (guint j = 0; j < G_N_ELEMENTS (flag_names); j++)
        {
          if (g_str_equal (words[i], flag_names[j].name))
            {
              *flags |= flag_names[j].flag;
              found = TRUE;
            }
        }

      if (!found)
        {
          sc_markup_set_error (context, error, "unknown flag “%s”", words[i]);
          return FALSE;
        }
    }

  return TRUE;
}

static gboolean
lookup_element (const char *name,
                Element    *element)
{
  /* Every element passes here, and most names differ in their first
   * letter: comparing it first saves most of the calls to strcmp(). */
  for (guint i = 0; i < G_N_ELEMENTS (elements); i++)
    {
      if (elements[i].name[0] == name[0] && strcmp (elements[i].name, name) == 0)
        {
          *element = i;
          return TRUE;
        }
    }

  return FALSE;
}

static Element
current_element (LoadState *state)
{
  return state->n_open > 0 ? state->open[state->n_open - 1] : ELEMENT_ROOT;
}

static void
start_status (GMarkupParseContext  *context,
              LoadState            *state,
              const char          **names,
              const char          **values,
              GError              **error)
{
  const char *code_text = NULL, *vendor = NULL, *flags_text = NULL;
  ScStatusFlags flags = SC_STATUS_FLAGS_NONE;
  gpointer first_line;
  guint code;

  if (!g_markup_collect_attributes ("status", names, values, error,
                                    G_MARKUP_COLLECT_STRING, "code", &code_text,
                                    G_MARKUP_COLLECT_STRING | G_MARKUP_COLLECT_OPTIONAL, "vendor", &vendor,
                                    G_MARKUP_COLLECT_STRING | G_MARKUP_COLLECT_OPTIONAL, "flags", &flags_text,
                                    G_MARKUP_COLLECT_INVALID))
    return;

  if (!parse_code (code_text, &code))
    {
      sc_markup_set_error (context, error, "“%s” is not a status code from 100 to 599", code_text);
      return;
    }

  if (g_hash_table_lookup_extended (state->lines_by_code, GUINT_TO_POINTER (code), NULL, &first_line))
    {
      sc_markup_set_error (context, error, "code %u is defined twice (first on line %d)",
                           code, GPOINTER_TO_INT (first_line));
      return;
    }

  if (flags_text != NULL && !parse_flags (context, flags_text, &flags, error))
    return;

  if (vendor != NULL)
    {
      if (vendor[0] == '\0')
        {
          sc_markup_set_error (context, error, "code %u has an empty vendor", code);
          return;
        }
      /* A vendor's code is only as good as the vendor's own word for it,
       * so the entry must say where that is. */
      if (!state->after_source_comment)
        {
          sc_markup_set_error (context, error,
                               "code %u names a vendor but no comment naming its sources "
                               "(<!-- Sources: https://… -->) comes right before it", code);
          return;
        }
      /* Only the registry registers a code temporarily. */
      if (flags & SC_STATUS_FLAGS_TEMPORARY)
        {
          sc_markup_set_error (context, error, "code %u names a vendor but is flagged temporary", code);
          return;
        }
      flags |= SC_STATUS_FLAGS_UNOFFICIAL;
    }

  g_hash_table_insert (state->lines_by_code, GUINT_TO_POINTER (code), GINT_TO_POINTER (state->line));

  state->current = sc_status_code_new (code);
  state->current->flags = flags;
  state->current->vendor = g_strdup (vendor);
  g_snprintf (state->context, sizeof state->context, "%u", code);
  state->former = g_strv_builder_new ();
  state->causes = g_strv_builder_new ();
  state->client = g_strv_builder_new ();
  state->server = g_strv_builder_new ();
}

/* <wire code="400">Bad Request</wire>: another code and phrase reach the
 * client. <wire>Not Extended</wire>: the same code with another phrase.
 * <wire code="none"/>: nothing is sent. */
static void
start_wire (GMarkupParseContext  *context,
            LoadState            *state,
            const char          **names,
            const char          **values,
            GError              **error)
{
  ScStatusCode *current = state->current;
  const char *code = NULL;

  if (current->wire_phrase != NULL || current->wire_code != 0 || current->sends_nothing)
    {
      sc_markup_set_error (context, error, "code %u has more than one <wire>", current->code);
      return;
    }

  if (!g_markup_collect_attributes ("wire", names, values, error,
                                    G_MARKUP_COLLECT_STRING | G_MARKUP_COLLECT_OPTIONAL, "code", &code,
                                    G_MARKUP_COLLECT_INVALID))
    return;

  if (code == NULL)
    return;

  if (g_str_equal (code, "none"))
    current->sends_nothing = TRUE;
  else if (!parse_code (code, &current->wire_code))
    sc_markup_set_error (context, error, "wire code “%s” is neither a status code nor “none”", code);
  else if (current->wire_code == current->code)
    sc_markup_set_error (context, error, "code %u names itself as its wire code", current->code);
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
  Element parent = current_element (state), element;
  gboolean is_root = state->n_open == 0;

  g_markup_parse_context_get_position (context, &state->line, &state->column);

  if (!lookup_element (element_name, &element))
    {
      g_set_error (error, G_MARKUP_ERROR, G_MARKUP_ERROR_UNKNOWN_ELEMENT,
                   "Line %d, column %d: unknown element <%s>",
                   state->line, state->column, element_name);
      return;
    }

  /* Items belong to any of the three lists; everything else has one place. */
  if (is_root != (element == ELEMENT_ROOT) ||
      (is_root && state->seen_root) ||
      (!is_root && element == ELEMENT_ITEM &&
       parent != ELEMENT_CAUSES && parent != ELEMENT_CLIENT && parent != ELEMENT_SERVER) ||
      (!is_root && element != ELEMENT_ITEM && elements[element].parent != parent) ||
      (!is_root && elements[parent].has_text))
    {
      g_set_error (error, G_MARKUP_ERROR, G_MARKUP_ERROR_INVALID_CONTENT,
                   "Line %d, column %d: <%s> is not allowed %s%s%s",
                   state->line, state->column, element_name,
                   is_root ? "as the document element" : "inside <",
                   is_root ? "" : elements[parent].name,
                   is_root ? "" : ">");
      return;
    }

  state->seen_root = TRUE;
  /* The checks above allow no deeper nesting than root, status, list, item. */
  g_assert (state->n_open < G_N_ELEMENTS (state->open));
  state->open[state->n_open++] = element;

  switch (element)
    {
    case ELEMENT_ROOT:
    case ELEMENT_CAUSES:
    case ELEMENT_CLIENT:
    case ELEMENT_SERVER:
    case ELEMENT_PHRASE:
    case ELEMENT_TITLE:
    case ELEMENT_FORMER:
    case ELEMENT_SUMMARY:
    case ELEMENT_DESCRIPTION:
    case ELEMENT_ITEM:
    case ELEMENT_API:
      g_markup_collect_attributes (element_name, names, values, error, G_MARKUP_COLLECT_INVALID, NULL);
      break;

    case ELEMENT_STATUS:
      start_status (context, state, names, values, error);
      break;

    case ELEMENT_WIRE:
      start_wire (context, state, names, values, error);
      break;

    case ELEMENT_SPEC:
      {
        const char *ref, *url;

        if (state->current->spec_ref != NULL)
          {
            sc_markup_set_error (context, error, "code %u has more than one <spec>", state->current->code);
            return;
          }
        if (!g_markup_collect_attributes (element_name, names, values, error,
                                          G_MARKUP_COLLECT_STRING, "ref", &ref,
                                          G_MARKUP_COLLECT_STRING, "url", &url,
                                          G_MARKUP_COLLECT_INVALID))
          return;
        if (ref[0] == '\0' || !g_uri_is_valid (url, G_URI_FLAGS_NONE, NULL))
          {
            sc_markup_set_error (context, error, "code %u needs a reference and a valid URL in <spec>",
                                 state->current->code);
            return;
          }
        state->current->spec_ref = g_strdup (ref);
        state->current->spec_url = g_strdup (url);
      }
      break;

    case ELEMENT_HEADER:
      {
        const char *name;

        if (g_markup_collect_attributes (element_name, names, values, error,
                                         G_MARKUP_COLLECT_STRING, "name", &name,
                                         G_MARKUP_COLLECT_INVALID))
          state->attribute = g_strdup (name);
      }
      break;

    case ELEMENT_RELATED:
      {
        const char *code;

        if (!g_markup_collect_attributes (element_name, names, values, error,
                                          G_MARKUP_COLLECT_STRING, "code", &code,
                                          G_MARKUP_COLLECT_INVALID))
          return;
        if (!parse_code (code, &state->related_code))
          sc_markup_set_error (context, error, "related code “%s” is not a status code", code);
      }
      break;

    default:
      g_assert_not_reached ();
    }

  state->after_source_comment = FALSE;

  if (elements[element].has_text)
    g_string_truncate (state->text, 0);
}

static void
take_single (GMarkupParseContext  *context,
             LoadState            *state,
             char                **field,
             char                 *value,
             GError              **error)
{
  if (*field != NULL)
    {
      sc_markup_set_error (context, error, "code %u has more than one <%s>",
                           state->current->code, g_markup_parse_context_get_element (context));
      g_free (value);
      return;
    }

  *field = value;
}

/* Stores the translation of @msgid in @field, and the untranslated text in
 * @english where the two differ. Takes @msgid. */
static void
take_translated (GMarkupParseContext  *context,
                 LoadState            *state,
                 char                **field,
                 char                **english,
                 char                 *msgid,
                 GError              **error)
{
  g_autofree char *owned_msgid = msgid;
  const char *translated = translate (state, msgid);

  if (english != NULL && !g_str_equal (translated, msgid))
    *english = g_strdup (msgid);

  take_single (context, state, field, g_strdup (translated), error);
}

static gboolean
check_status (GMarkupParseContext  *context,
              ScStatusCode         *code,
              GError              **error)
{
  static const struct {
    const char *name;
    gsize       offset;
  } required[] = {
    { "phrase", G_STRUCT_OFFSET (ScStatusCode, phrase) },
    { "title", G_STRUCT_OFFSET (ScStatusCode, title) },
    { "summary", G_STRUCT_OFFSET (ScStatusCode, summary) },
    { "description", G_STRUCT_OFFSET (ScStatusCode, description) },
    { "spec", G_STRUCT_OFFSET (ScStatusCode, spec_ref) },
  };

  for (guint i = 0; i < G_N_ELEMENTS (required); i++)
    {
      if (G_STRUCT_MEMBER (char *, code, required[i].offset) == NULL)
        {
          sc_markup_set_error (context, error, "code %u has no <%s>", code->code, required[i].name);
          return FALSE;
        }
    }

  /* A <wire> says what differs from the phrase, wherever it stands. */
  if (code->wire_code == 0 && g_strcmp0 (code->wire_phrase, code->phrase) == 0)
    {
      sc_markup_set_error (context, error, "the <wire> of code %u repeats its phrase", code->code);
      return FALSE;
    }

  return TRUE;
}

static void
end_element (GMarkupParseContext  *context,
             const char           *element_name,
             gpointer              user_data,
             GError              **error)
{
  LoadState *state = user_data;
  ScStatusCode *code = state->current;
  Element element = state->open[--state->n_open];
  g_autofree char *text = NULL;

  state->after_source_comment = FALSE;

  if (elements[element].has_text)
    {
      text = sc_normalize_text (state->text->str, element == ELEMENT_DESCRIPTION);
      if (element == ELEMENT_WIRE && code->sends_nothing)
        {
          if (text[0] != '\0')
            sc_markup_set_error (context, error, "<wire code=\"none\"> of code %u has a phrase", code->code);
          return;
        }
      if (text[0] == '\0')
        {
          sc_markup_set_error (context, error, "<%s> of code %u is empty", element_name, code->code);
          return;
        }
    }

  switch (element)
    {
    case ELEMENT_ROOT:
    case ELEMENT_CAUSES:
    case ELEMENT_CLIENT:
    case ELEMENT_SERVER:
    case ELEMENT_SPEC:
      break;

    case ELEMENT_STATUS:
      if (!check_status (context, code, error))
        return;
      code->former = g_strv_builder_end (state->former);
      code->causes = g_strv_builder_end (state->causes);
      code->client_actions = g_strv_builder_end (state->client);
      code->server_actions = g_strv_builder_end (state->server);
      g_clear_pointer (&state->former, g_strv_builder_unref);
      g_clear_pointer (&state->causes, g_strv_builder_unref);
      g_clear_pointer (&state->client, g_strv_builder_unref);
      g_clear_pointer (&state->server, g_strv_builder_unref);
      g_ptr_array_add (state->codes, g_steal_pointer (&state->current));
      break;

    case ELEMENT_PHRASE:
      take_single (context, state, &code->phrase, g_steal_pointer (&text), error);
      break;

    case ELEMENT_WIRE:
      code->wire_phrase = g_steal_pointer (&text);
      break;

    case ELEMENT_FORMER:
      g_strv_builder_take (state->former, g_steal_pointer (&text));
      break;

    case ELEMENT_TITLE:
      take_translated (context, state, &code->title, &code->english_title, g_steal_pointer (&text), error);
      break;

    case ELEMENT_SUMMARY:
      take_translated (context, state, &code->summary, &code->english_summary, g_steal_pointer (&text), error);
      break;

    case ELEMENT_DESCRIPTION:
      take_translated (context, state, &code->description, &code->english_description, g_steal_pointer (&text), error);
      break;

    case ELEMENT_API:
      take_translated (context, state, &code->api, NULL, g_steal_pointer (&text), error);
      break;

    case ELEMENT_ITEM:
      {
        const char *parent = g_markup_parse_context_get_element_stack (context)->next->data;
        GStrvBuilder *list = g_str_equal (parent, "causes") ? state->causes
                           : g_str_equal (parent, "client") ? state->client
                           : state->server;

        g_strv_builder_add (list, translate (state, text));
      }
      break;

    case ELEMENT_HEADER:
      {
        ScHeaderNote *note = g_new0 (ScHeaderNote, 1);

        note->name = g_steal_pointer (&state->attribute);
        note->note = g_strdup (translate (state, text));
        g_ptr_array_add (code->headers, note);
      }
      break;

    case ELEMENT_RELATED:
      {
        ScRelatedNote *note = g_new0 (ScRelatedNote, 1);
        RelatedRef ref = { code->code, state->related_code, state->line, state->column };

        if (state->related_code == code->code)
          {
            sc_markup_set_error (context, error, "code %u names itself as related", code->code);
            g_free (note);
            return;
          }

        note->code = state->related_code;
        note->note = g_strdup (translate (state, text));
        g_ptr_array_add (code->related, note);
        g_array_append_val (state->related_refs, ref);
      }
      break;

    default:
      g_assert_not_reached ();
    }
}

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (LoadState, load_state_clear)

static void
text (GMarkupParseContext  *context,
      const char           *text,
      gsize                 text_len,
      gpointer              user_data,
      GError              **error)
{
  LoadState *state = user_data;

  if (elements[current_element (state)].has_text)
    {
      g_string_append_len (state->text, text, text_len);
      return;
    }

  for (gsize i = 0; i < text_len; i++)
    {
      if (!g_ascii_isspace (text[i]))
        {
          sc_markup_set_error (context, error, "text is not allowed inside <%s>",
                               g_markup_parse_context_get_element (context));
          return;
        }
    }
}

/* Comments, and whatever else GMarkup does not interpret. A comment that
 * begins with "Source" and holds a link names the sources of the entry
 * that follows it. */
static void
passthrough (GMarkupParseContext  *context,
             const char           *passthrough_text,
             gsize                 text_len,
             gpointer              user_data,
             GError              **error)
{
  LoadState *state = user_data;
  g_autofree char *comment = NULL;

  state->after_source_comment = FALSE;

  if (text_len < strlen ("<!---->") || strncmp (passthrough_text, "<!--", 4) != 0)
    return;

  comment = g_strndup (passthrough_text + 4, text_len - 7);
  g_strstrip (comment);
  state->after_source_comment = g_str_has_prefix (comment, "Source") && strstr (comment, "https://") != NULL;
}

static const GMarkupParser parser = {
  .start_element = start_element,
  .end_element = end_element,
  .text = text,
  .passthrough = passthrough,
};

static int
compare_codes (gconstpointer a,
               gconstpointer b)
{
  const ScStatusCode *code_a = *(ScStatusCode **) a;
  const ScStatusCode *code_b = *(ScStatusCode **) b;

  return (int) code_a->code - (int) code_b->code;
}

/**
 * sc_status_table_load_bytes_full:
 * @bytes: the status table document
 * @translate: (nullable): looks up translations, or %NULL for gettext
 * @user_data: data for @translate
 * @error: the location for an error
 *
 * Parses a status table. On any error, nothing is returned and @error names
 * the line and column.
 *
 * Returns: (transfer full) (nullable): the table, in code order
 */
ScStatusTable *
sc_status_table_load_bytes_full (GBytes           *bytes,
                                 ScTranslateFunc   translate_func,
                                 gpointer          user_data,
                                 GError          **error)
{
  g_auto(LoadState) state = { 0 };
  ScStatusTable *self;

  g_return_val_if_fail (bytes != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  state.translate = translate_func ? translate_func : sc_markup_translate_gettext;
  state.translate_data = user_data;
  state.codes = g_ptr_array_new_with_free_func (g_object_unref);
  state.lines_by_code = g_hash_table_new (NULL, NULL);
  state.related_refs = g_array_new (FALSE, FALSE, sizeof (RelatedRef));
  state.text = g_string_new (NULL);

  if (!sc_markup_parse (&parser, 0, &state, bytes, error))
    return NULL;

  if (state.codes->len == 0)
    {
      g_set_error_literal (error, G_MARKUP_ERROR, G_MARKUP_ERROR_EMPTY,
                           "The status table has no codes");
      return NULL;
    }

  for (guint i = 0; i < state.related_refs->len; i++)
    {
      const RelatedRef *ref = &g_array_index (state.related_refs, RelatedRef, i);

      if (!g_hash_table_contains (state.lines_by_code, GUINT_TO_POINTER (ref->to)))
        {
          g_set_error (error, G_MARKUP_ERROR, G_MARKUP_ERROR_INVALID_CONTENT,
                       "Line %d, column %d: code %u names code %u as related, which is not in the table",
                       ref->line, ref->column, ref->from, ref->to);
          return NULL;
        }
    }

  g_ptr_array_sort (state.codes, compare_codes);

  self = g_object_new (SC_TYPE_STATUS_TABLE, NULL);
  self->codes = g_steal_pointer (&state.codes);

  return self;
}

/**
 * sc_status_table_load_bytes:
 * @bytes: the status table document
 * @error: the location for an error
 *
 * Like sc_status_table_load_bytes_full(), translating with gettext.
 *
 * Returns: (transfer full) (nullable): the table, in code order
 */
ScStatusTable *
sc_status_table_load_bytes (GBytes  *bytes,
                            GError **error)
{
  return sc_status_table_load_bytes_full (bytes, NULL, NULL, error);
}

static gpointer
load_bytes_cb (GBytes  *bytes,
               GError **error)
{
  return sc_status_table_load_bytes (bytes, error);
}

/**
 * sc_status_table_load_resource:
 * @path: a path in the GResource
 * @error: the location for an error
 *
 * Returns: (transfer full) (nullable): the table, in code order
 */
ScStatusTable *
sc_status_table_load_resource (const char  *path,
                               GError     **error)
{
  return sc_markup_load_resource (path, load_bytes_cb, error);
}

/**
 * sc_status_table_lookup:
 * @self: a table
 * @code: a status code
 *
 * Returns: (transfer none) (nullable): the entry for @code
 */
ScStatusCode *
sc_status_table_lookup (ScStatusTable *self,
                        guint          code)
{
  guint low = 0, high;

  g_return_val_if_fail (SC_IS_STATUS_TABLE (self), NULL);

  high = self->codes->len;
  while (low < high)
    {
      guint middle = low + (high - low) / 2;
      ScStatusCode *entry = g_ptr_array_index (self->codes, middle);

      if (entry->code == code)
        return entry;
      else if (entry->code < code)
        low = middle + 1;
      else
        high = middle;
    }

  return NULL;
}
