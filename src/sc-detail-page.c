/* sc-detail-page.c
 *
 * Copyright 2026 The Status Codes authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "sc-detail-page"

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "sc-badges.h"
#include "sc-constants-section.h"
#include "sc-detail-page.h"
#include "sc-status-table.h"

/* Everything about one code. A related code's row asks the window, through
 * the "open-code" signal, to push that code's page. */

struct _ScDetailPage
{
  AdwNavigationPage  parent_instance;

  ScStatusTable     *table;
  ScHistory         *history;
  ScExamples        *examples;
  ScConstants       *constants;
  ScStatusCode      *status_code;

  /* Set when the heading is to take the focus once the page has finished
   * sliding in: a page that is still moving takes no focus. */
  gboolean           focus_when_shown;
  gboolean           is_shown;

  AdwHeaderBar      *header_bar;
  AdwSplitButton    *copy_button;
  GtkScrolledWindow *scroller;
  GtkWidget         *heading;
  GtkLabel          *code_label;
  GtkLabel          *title_label;
  GtkLabel          *phrase_label;
  GtkLabel          *former_label;
  GtkLabel          *class_label;
  GtkBox            *badges;
  GtkLabel          *summary_label;
  GtkBox            *description_box;
  GtkWidget         *causes_section;
  GtkBox            *causes_box;
  GtkWidget         *actions_section;
  GtkWidget         *client_heading;
  GtkBox            *client_box;
  GtkWidget         *server_heading;
  GtkBox            *server_box;
  GtkWidget         *api_section;
  GtkLabel          *api_label;
  ScConstantsSection *constants_section;
  GtkWidget         *example_section;
  GtkLabel          *example_note_label;
  GtkLabel          *example_label;
  GtkWidget         *copy_example_button;
  GtkWidget         *history_section;
  GtkLabel          *registry_label;
  GtkLabel          *versions_label;
  GtkBox            *history_box;
  GtkWidget         *headers_section;
  GtkBox            *headers_box;
  GtkWidget         *related_section;
  GtkListBox        *related_list;
  AdwActionRow      *spec_row;
};

G_DEFINE_FINAL_TYPE (ScDetailPage, sc_detail_page, ADW_TYPE_NAVIGATION_PAGE)

enum {
  PROP_0,
  PROP_TABLE,
  PROP_HISTORY,
  PROP_EXAMPLES,
  PROP_CONSTANTS,
  PROP_STATUS_CODE,
  N_PROPS
};

enum {
  OPEN_CODE,
  N_SIGNALS
};

static GParamSpec *properties[N_PROPS];
static guint signals[N_SIGNALS];

/* Text is read, not edited: it can be selected with the pointer and copied,
 * but it takes no keyboard focus, so no caret blinks in it and Tab goes
 * straight to what can be acted on. It must be can-focus, not focusable,
 * that is off: a selectable label that is only not focusable still tells
 * Tab that it took the focus, and Tab never gets past it. */
static GtkWidget *
make_text_label (gpointer user_data)
{
  GtkWidget *label = gtk_label_new (NULL);

  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_label_set_wrap_mode (GTK_LABEL (label), PANGO_WRAP_WORD_CHAR);
  gtk_label_set_selectable (GTK_LABEL (label), TRUE);
  gtk_widget_set_can_focus (label, FALSE);
  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_widget_set_hexpand (label, TRUE);

  return label;
}

/* A page shows one code after another (see sc_detail_page_show_code()), so
 * each list below keeps its widgets from the last code: a child whose place
 * is still used gets the new text, and only the count's difference is made
 * or taken away. Making widgets is most of what filling a page costs. */

typedef GtkWidget *(*MakeChildFunc) (gpointer user_data);

/* The child of @box at @cursor, kept from the last code, or one made with
 * @make and appended where @box has no more; @cursor moves past it. */
static GtkWidget *
reuse_child (GtkWidget     *box,
             GtkWidget    **cursor,
             MakeChildFunc  make,
             gpointer       user_data)
{
  GtkWidget *child = *cursor;

  if (child == NULL)
    {
      child = make (user_data);
      if (GTK_IS_LIST_BOX (box))
        gtk_list_box_append (GTK_LIST_BOX (box), child);
      else
        gtk_box_append (GTK_BOX (box), child);
    }
  *cursor = gtk_widget_get_next_sibling (child);

  return child;
}

/* Removes the children of @box from @cursor on: the last code had more. */
static void
remove_from (GtkWidget *box,
             GtkWidget *cursor)
{
  while (cursor != NULL)
    {
      GtkWidget *next = gtk_widget_get_next_sibling (cursor);

      if (GTK_IS_LIST_BOX (box))
        gtk_list_box_remove (GTK_LIST_BOX (box), cursor);
      else
        gtk_box_remove (GTK_BOX (box), cursor);
      cursor = next;
    }
}

static GtkWidget *
make_bullet_row (gpointer user_data)
{
  GtkWidget *row = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 8);
  GtkWidget *bullet = gtk_label_new ("•");

  gtk_widget_set_valign (bullet, GTK_ALIGN_START);
  gtk_accessible_update_state (GTK_ACCESSIBLE (bullet), GTK_ACCESSIBLE_STATE_HIDDEN, TRUE, -1);
  gtk_box_append (GTK_BOX (row), bullet);
  gtk_box_append (GTK_BOX (row), make_text_label (NULL));

  return row;
}

/* Fills @box with one paragraph per item, bulleted or not, and says whether
 * there was any. */
static gboolean
fill_paragraphs (GtkBox             *box,
                 const char * const *items,
                 gboolean            bulleted)
{
  GtkWidget *cursor = gtk_widget_get_first_child (GTK_WIDGET (box));

  for (guint i = 0; items != NULL && items[i] != NULL; i++)
    {
      GtkWidget *child = reuse_child (GTK_WIDGET (box), &cursor, bulleted ? make_bullet_row : make_text_label, NULL);

      gtk_label_set_label (GTK_LABEL (bulleted ? gtk_widget_get_last_child (child) : child), items[i]);
    }
  remove_from (GTK_WIDGET (box), cursor);

  return items != NULL && items[0] != NULL;
}

static void
related_row_activated_cb (ScDetailPage *self,
                          AdwActionRow *row)
{
  guint code = GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (row), "code"));

  g_signal_emit (self, signals[OPEN_CODE], 0, code);
}

static GtkWidget *
make_header_entry (gpointer user_data)
{
  GtkWidget *entry = gtk_box_new (GTK_ORIENTATION_VERTICAL, 4);
  GtkWidget *name = make_text_label (NULL);

  gtk_widget_add_css_class (name, "header-name");
  gtk_box_append (GTK_BOX (entry), name);
  gtk_box_append (GTK_BOX (entry), make_text_label (NULL));

  return entry;
}

/* A header's name is what goes on the wire, so it is set as code and comes
 * first; its note follows as ordinary text. */
static void
fill_headers (ScDetailPage *self)
{
  GPtrArray *headers = sc_status_code_get_headers (self->status_code);
  GtkWidget *cursor = gtk_widget_get_first_child (GTK_WIDGET (self->headers_box));

  for (guint i = 0; i < headers->len; i++)
    {
      ScHeaderNote *note = g_ptr_array_index (headers, i);
      GtkWidget *entry = reuse_child (GTK_WIDGET (self->headers_box), &cursor, make_header_entry, NULL);

      gtk_label_set_label (GTK_LABEL (gtk_widget_get_first_child (entry)), note->name);
      gtk_label_set_label (GTK_LABEL (gtk_widget_get_last_child (entry)), note->note);
    }
  remove_from (GTK_WIDGET (self->headers_box), cursor);

  gtk_widget_set_visible (self->headers_section, headers->len > 0);
}

static GtkWidget *
make_related_row (gpointer user_data)
{
  GtkWidget *row = adw_action_row_new ();

  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), gtk_image_new_from_icon_name ("go-next-symbolic"));
  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), TRUE);
  g_signal_connect_swapped (row, "activated", G_CALLBACK (related_row_activated_cb), user_data);

  return row;
}

static void
fill_related (ScDetailPage *self)
{
  GPtrArray *related = sc_status_code_get_related (self->status_code);
  GtkWidget *cursor = gtk_widget_get_first_child (GTK_WIDGET (self->related_list));

  for (guint i = 0; i < related->len; i++)
    {
      ScRelatedNote *note = g_ptr_array_index (related, i);
      ScStatusCode *other = sc_status_table_lookup (self->table, note->code);
      GtkWidget *row = reuse_child (GTK_WIDGET (self->related_list), &cursor, make_related_row, self);
      g_autofree char *title = NULL;

      /* The loader guarantees that related codes exist. */
      g_assert (other != NULL);
      title = sc_status_code_dup_label (other);
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
      adw_action_row_set_subtitle (ADW_ACTION_ROW (row), note->note);
      g_object_set_data (G_OBJECT (row), "code", GUINT_TO_POINTER (note->code));
    }
  remove_from (GTK_WIDGET (self->related_list), cursor);

  gtk_widget_set_visible (self->related_section, related->len > 0);
}

/* "RFC 9110, Section 15.5.5": the document's name is a name, but the word
 * for a section is the reader's. */
static char *
format_spec_ref (const char *ref)
{
  const char *section = strstr (ref, ", Section ");
  g_autofree char *document = NULL;

  if (section == NULL)
    return g_strdup (ref);

  document = g_strndup (ref, section - ref);
  /* Translators: A reference into a specification, such as “RFC 9110, Section 15.5.5”. */
  return g_strdup_printf (_("%s, Section %s"), document, section + strlen (", Section "));
}

/* The line under the title says what a server sends where it is not the
 * name above: another phrase, another code, or nothing at all. */
static void
fill_wire_phrase (ScDetailPage *self)
{
  ScStatusCode *code = self->status_code;
  const char *phrase = sc_status_code_get_phrase (code);
  guint wire_code = sc_status_code_get_wire_code (code);
  g_autofree char *wire_status = sc_status_code_dup_wire_status (code);
  g_autofree char *label = NULL;
  g_autofree char *tooltip = NULL;

  if (wire_status == NULL)
    {
      label = g_strdup (_("Nothing is sent"));
      tooltip = g_strdup (_("The server drops the request without a status line, headers or body"));
    }
  else if (wire_code != sc_status_code_get_code (code))
    {
      /* Translators: The status line a client receives instead, such as “Sent as “400 Bad Request””. */
      label = g_strdup_printf (_("Sent as “%s”"), wire_status);
      /* Translators: %u is the code of the page, such as 496. */
      tooltip = g_strdup_printf (_("The client receives this status line, not %u"), sc_status_code_get_code (code));
    }
  else if (g_strcmp0 (sc_status_code_get_wire_phrase (code), phrase) != 0)
    {
      label = g_strdup_printf (_("Sent as “%s”"), wire_status);
      tooltip = g_strdup (_("The status line servers send, which differs from the name the code is known by"));
    }
  else if (g_strcmp0 (phrase, sc_status_code_get_title (code)) != 0)
    {
      label = g_strdup (phrase);
      tooltip = g_strdup (_("The reason phrase as servers send it"));
    }

  gtk_label_set_label (self->phrase_label, label != NULL ? label : "");
  gtk_widget_set_tooltip_text (GTK_WIDGET (self->phrase_label), tooltip);
  gtk_widget_set_visible (GTK_WIDGET (self->phrase_label), label != NULL);
}

/* The exchange as it goes on the wire, or what a client sees when nothing
 * does; a note says why where another status line goes out instead. */
static void
fill_example (ScDetailPage *self)
{
  const ScExample *example = sc_examples_lookup (self->examples, sc_status_code_get_code (self->status_code));
  gboolean sends = example != NULL && example->responses != NULL && example->responses[0] != NULL;

  gtk_widget_set_visible (self->example_section, example != NULL);
  if (example == NULL)
    return;

  gtk_label_set_label (self->example_note_label, example->note != NULL ? example->note : "");
  gtk_widget_set_visible (GTK_WIDGET (self->example_note_label), example->note != NULL);

  if (sends)
    {
      g_autofree char *text = sc_example_dup_text (example);
      g_autoptr(PangoAttrList) attributes = pango_attr_list_new ();

      /* A line broken to fit is still one line on the wire: a hyphen
       * there would read as part of the message. */
      pango_attr_list_insert (attributes, pango_attr_insert_hyphens_new (FALSE));
      gtk_label_set_attributes (self->example_label, attributes);
      gtk_label_set_label (self->example_label, text);
    }
  gtk_widget_set_visible (GTK_WIDGET (self->example_label), sends);
  gtk_widget_set_visible (self->copy_example_button, sends);
}

/* "HTTP/1.1 · HTTP/2 · HTTP/3": version names are names, in any language. */
static char *
format_versions (ScHttpVersions versions)
{
  const struct { ScHttpVersions version; const char *name; } names[] = {
    { SC_HTTP_VERSIONS_1_0, "HTTP/1.0" },
    { SC_HTTP_VERSIONS_1_1, "HTTP/1.1" },
    { SC_HTTP_VERSIONS_2, "HTTP/2" },
    { SC_HTTP_VERSIONS_3, "HTTP/3" },
  };
  GString *text = g_string_new (NULL);

  for (guint i = 0; i < G_N_ELEMENTS (names); i++)
    if (versions & names[i].version)
      g_string_append_printf (text, "%s%s", text->len > 0 ? " · " : "", names[i].name);

  return g_string_free (text, FALSE);
}

static void
fill_history (ScDetailPage *self)
{
  const ScHistoryEntry *entry = sc_history_lookup (self->history, sc_status_code_get_code (self->status_code));
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autoptr(GPtrArray) steps = NULL;
  g_autofree char *registry = NULL;
  g_autofree char *versions = NULL;
  GDate today;

  gtk_widget_set_visible (self->history_section, entry != NULL);
  if (entry == NULL)
    return;

  g_date_clear (&today, 1);
  g_date_set_dmy (&today, g_date_time_get_day_of_month (now), g_date_time_get_month (now), g_date_time_get_year (now));
  registry = sc_history_entry_dup_registry_text (entry, &today);
  gtk_label_set_label (self->registry_label, registry);
  versions = format_versions (entry->versions);
  gtk_label_set_label (self->versions_label, versions);

  steps = g_ptr_array_new_with_free_func (g_free);
  for (guint i = 0; i < entry->events->len; i++)
    g_ptr_array_add (steps, sc_history_event_dup_text (g_ptr_array_index (entry->events, i)));
  if (entry->note != NULL)
    g_ptr_array_add (steps, g_strdup (entry->note));
  g_ptr_array_add (steps, NULL);
  fill_paragraphs (self->history_box, (const char * const *) steps->pdata, TRUE);
}

/* Fills the page with its code, over what it showed before, if anything. */
static void
sc_detail_page_fill (ScDetailPage *self)
{
  ScStatusCode *code = self->status_code;
  const char * const *former = sc_status_code_get_former (code);
  g_autofree char *number = g_strdup_printf ("%u", sc_status_code_get_code (code));
  g_autofree char *page_title = sc_status_code_dup_label (code);
  g_auto(GStrv) paragraphs = g_strsplit (sc_status_code_get_description (code), "\n\n", -1);
  gboolean has_client, has_server;

  adw_navigation_page_set_title (ADW_NAVIGATION_PAGE (self), page_title);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->heading),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, page_title,
                                  GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, sc_status_code_get_summary (code),
                                  -1);

  gtk_label_set_label (self->code_label, number);
  sc_badges_set_code_class (GTK_WIDGET (self->code_label), sc_status_code_get_code_class (code));
  gtk_label_set_label (self->title_label, sc_status_code_get_title (code));

  fill_wire_phrase (self);

  if (former != NULL && former[0] != NULL)
    {
      g_autofree char *names = g_strjoinv (_(", "), (GStrv) former);
      /* Translators: Earlier official names of a code, such as “formerly Payload Too Large”. */
      g_autofree char *text = g_strdup_printf (_("formerly %s"), names);

      gtk_label_set_label (self->former_label, text);
    }
  gtk_widget_set_visible (GTK_WIDGET (self->former_label), former != NULL && former[0] != NULL);

  {
    g_autofree char *heading = sc_code_class_get_heading (sc_status_code_get_code_class (code));

    gtk_label_set_label (self->class_label, heading);
  }
  sc_badges_fill (self->badges, code, TRUE);

  gtk_label_set_label (self->summary_label, sc_status_code_get_summary (code));

  fill_paragraphs (self->description_box, (const char * const *) paragraphs, FALSE);

  gtk_widget_set_visible (self->causes_section,
                          fill_paragraphs (self->causes_box, sc_status_code_get_causes (code), TRUE));
  has_client = fill_paragraphs (self->client_box, sc_status_code_get_client_actions (code), TRUE);
  has_server = fill_paragraphs (self->server_box, sc_status_code_get_server_actions (code), TRUE);
  gtk_widget_set_visible (self->client_heading, has_client);
  gtk_widget_set_visible (GTK_WIDGET (self->client_box), has_client);
  gtk_widget_set_visible (self->server_heading, has_server);
  gtk_widget_set_visible (GTK_WIDGET (self->server_box), has_server);
  gtk_widget_set_visible (self->actions_section, has_client || has_server);

  gtk_label_set_label (self->api_label, sc_status_code_get_api (code));
  gtk_widget_set_visible (self->api_section, sc_status_code_get_api (code) != NULL);

  sc_constants_section_show_code (self->constants_section, self->constants, sc_status_code_get_code (code));
  fill_example (self);
  fill_headers (self);
  fill_related (self);
  fill_history (self);

  {
    g_autofree char *spec_ref = format_spec_ref (sc_status_code_get_spec_ref (code));

    adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self->spec_row), spec_ref);
  }
  adw_action_row_set_subtitle (self->spec_row, sc_status_code_get_spec_url (code));
}

static void
show_toast_title (ScDetailPage *self,
                  const char   *title)
{
  GtkWidget *overlay = gtk_widget_get_ancestor (GTK_WIDGET (self), ADW_TYPE_TOAST_OVERLAY);

  if (overlay != NULL)
    adw_toast_overlay_add_toast (ADW_TOAST_OVERLAY (overlay), adw_toast_new (title));
}

static void
show_toast (ScDetailPage *self,
            const char   *copied)
{
  /* Translators: A notification after copying, such as “Copied “404 Not Found””. */
  g_autofree char *title = g_strdup_printf (_("Copied “%s”"), copied);

  show_toast_title (self, title);
}

static void
copy_text (ScDetailPage *self,
           const char   *text)
{
  gdk_clipboard_set_text (gtk_widget_get_clipboard (GTK_WIDGET (self)), text);
  show_toast (self, text);
}

/* Text selected with the pointer in one of the page's labels. Labels take no
 * focus (see make_text_label()), so Ctrl+C would not reach them. */
static char *
dup_selected_text (GtkWidget *widget)
{
  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      int start, end;
      char *text;

      if (GTK_IS_LABEL (child) &&
          gtk_label_get_selection_bounds (GTK_LABEL (child), &start, &end))
        {
          const char *label = gtk_label_get_text (GTK_LABEL (child));

          return g_utf8_substring (label, start, end);
        }

      if ((text = dup_selected_text (child)) != NULL)
        return text;
    }

  return NULL;
}

static void
show_nothing_sent_toast (ScDetailPage *self)
{
  /* Translators: After “Copy Status Line” for a code that servers answer with nothing, such as 444. */
  g_autofree char *title = g_strdup_printf (_("No status line is sent for %u"),
                                            sc_status_code_get_code (self->status_code));

  show_toast_title (self, title);
}

/* The status line a server would send for the page's code: "HTTP/1.1 400
 * Bad Request" for nginx's 496, which never goes out as 496. NULL where
 * nothing is sent at all. */
static char *
dup_status_line (ScDetailPage *self)
{
  g_autofree char *wire_status = sc_status_code_dup_wire_status (self->status_code);

  if (wire_status == NULL)
    return NULL;

  return g_strconcat ("HTTP/1.1 ", wire_status, NULL);
}

/* "code" copies 404, "name" 404 Not Found, "status-line" HTTP/1.1 404 Not
 * Found, and "default" (Ctrl+C) the text selected in the page or, when there
 * is none, the name. The name is the English one, whatever the language of
 * the interface, and the status line is what a server sends. Where it sends
 * nothing, as nginx for 444, there is no line to copy, and a made-up one
 * would be wrong: the notification says so instead. */
static void
copy_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  ScDetailPage *self = SC_DETAIL_PAGE (widget);
  const char *what = g_variant_get_string (parameter, NULL);
  guint code = sc_status_code_get_code (self->status_code);
  const char *name = sc_status_code_get_english_title (self->status_code);
  g_autofree char *text = NULL;

  if (g_str_equal (what, "default"))
    {
      if ((text = dup_selected_text (widget)) != NULL)
        {
          gdk_clipboard_set_text (gtk_widget_get_clipboard (widget), text);
          return;
        }
      what = "name";
    }

  if (g_str_equal (what, "code"))
    text = g_strdup_printf ("%u", code);
  else if (g_str_equal (what, "name"))
    text = g_strdup_printf ("%u %s", code, name);
  else if (g_str_equal (what, "status-line"))
    text = dup_status_line (self);
  else if (g_str_equal (what, "example"))
    {
      const ScExample *example = sc_examples_lookup (self->examples, code);

      g_return_if_fail (example != NULL);
      text = sc_example_dup_text (example);
      /* The whole exchange is too long to repeat in a notification. */
      gdk_clipboard_set_text (gtk_widget_get_clipboard (widget), text);
      show_toast_title (self, _("Copied the example exchange"));
      return;
    }
  else
    g_return_if_reached ();

  if (text == NULL)
    show_nothing_sent_toast (self);
  else
    copy_text (self, text);
}

/* The page reads like a document: with the focus on its heading, the arrow
 * keys, Page Up and Down, Space, Home and End scroll it. */
static gboolean
reader_key_pressed_cb (ScDetailPage          *self,
                       guint                  keyval,
                       guint                  keycode,
                       GdkModifierType        state,
                       GtkEventControllerKey *controller)
{
  GtkAdjustment *adjustment = gtk_scrolled_window_get_vadjustment (self->scroller);
  double value = gtk_adjustment_get_value (adjustment);
  double step = gtk_adjustment_get_step_increment (adjustment);
  double page = gtk_adjustment_get_page_increment (adjustment);

  if (!gtk_widget_has_focus (self->heading) || (state & (GDK_CONTROL_MASK | GDK_ALT_MASK)) != 0)
    return GDK_EVENT_PROPAGATE;

  switch (keyval)
    {
    case GDK_KEY_Down:
    case GDK_KEY_KP_Down:
      value += step;
      break;

    case GDK_KEY_Up:
    case GDK_KEY_KP_Up:
      value -= step;
      break;

    case GDK_KEY_Page_Down:
    case GDK_KEY_KP_Page_Down:
      value += page;
      break;

    case GDK_KEY_Page_Up:
    case GDK_KEY_KP_Page_Up:
      value -= page;
      break;

    case GDK_KEY_space:
      value += (state & GDK_SHIFT_MASK) != 0 ? -page : page;
      break;

    case GDK_KEY_Home:
    case GDK_KEY_KP_Home:
      value = gtk_adjustment_get_lower (adjustment);
      break;

    case GDK_KEY_End:
    case GDK_KEY_KP_End:
      value = gtk_adjustment_get_upper (adjustment);
      break;

    default:
      return GDK_EVENT_PROPAGATE;
    }

  gtk_adjustment_set_value (adjustment, value);

  return GDK_EVENT_STOP;
}

static void
launch_cb (GObject      *object,
           GAsyncResult *result,
           gpointer      user_data)
{
  g_autoptr(GError) error = NULL;

  if (!gtk_uri_launcher_launch_finish (GTK_URI_LAUNCHER (object), result, &error) &&
      !g_error_matches (error, GTK_DIALOG_ERROR, GTK_DIALOG_ERROR_DISMISSED))
    g_message ("Could not open the specification: %s", error->message);
}

static void
open_spec_action (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *parameter)
{
  ScDetailPage *self = SC_DETAIL_PAGE (widget);
  g_autoptr(GtkUriLauncher) launcher = gtk_uri_launcher_new (sc_status_code_get_spec_url (self->status_code));
  GtkRoot *root = gtk_widget_get_root (widget);

  gtk_uri_launcher_launch (launcher, GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL,
                           NULL, launch_cb, NULL);
}

static void
sc_detail_page_dispose (GObject *object)
{
  ScDetailPage *self = SC_DETAIL_PAGE (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), SC_TYPE_DETAIL_PAGE);
  g_clear_object (&self->status_code);
  g_clear_object (&self->table);
  g_clear_object (&self->history);
  g_clear_object (&self->examples);
  g_clear_object (&self->constants);

  G_OBJECT_CLASS (sc_detail_page_parent_class)->dispose (object);
}

static void
sc_detail_page_constructed (GObject *object)
{
  ScDetailPage *self = SC_DETAIL_PAGE (object);

  G_OBJECT_CLASS (sc_detail_page_parent_class)->constructed (object);

  g_assert (self->table != NULL);
  g_assert (self->history != NULL);
  g_assert (self->examples != NULL);
  g_assert (self->constants != NULL);
  g_assert (self->status_code != NULL);
  sc_detail_page_fill (self);
}

static void
sc_detail_page_get_property (GObject    *object,
                             guint       prop_id,
                             GValue     *value,
                             GParamSpec *pspec)
{
  ScDetailPage *self = SC_DETAIL_PAGE (object);

  switch (prop_id)
    {
    case PROP_TABLE:
      g_value_set_object (value, self->table);
      break;

    case PROP_HISTORY:
      g_value_set_object (value, self->history);
      break;

    case PROP_EXAMPLES:
      g_value_set_object (value, self->examples);
      break;

    case PROP_CONSTANTS:
      g_value_set_object (value, self->constants);
      break;

    case PROP_STATUS_CODE:
      g_value_set_object (value, self->status_code);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
sc_detail_page_set_property (GObject      *object,
                             guint         prop_id,
                             const GValue *value,
                             GParamSpec   *pspec)
{
  ScDetailPage *self = SC_DETAIL_PAGE (object);

  switch (prop_id)
    {
    case PROP_TABLE:
      self->table = g_value_dup_object (value);
      break;

    case PROP_HISTORY:
      self->history = g_value_dup_object (value);
      break;

    case PROP_EXAMPLES:
      self->examples = g_value_dup_object (value);
      break;

    case PROP_CONSTANTS:
      self->constants = g_value_dup_object (value);
      break;

    case PROP_STATUS_CODE:
      self->status_code = g_value_dup_object (value);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
sc_detail_page_shown (AdwNavigationPage *page)
{
  ScDetailPage *self = SC_DETAIL_PAGE (page);

  self->is_shown = TRUE;
  if (self->focus_when_shown)
    gtk_widget_grab_focus (self->heading);
  self->focus_when_shown = FALSE;
}

static void
sc_detail_page_hidden (AdwNavigationPage *page)
{
  SC_DETAIL_PAGE (page)->is_shown = FALSE;
}

static void
sc_detail_page_class_init (ScDetailPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  AdwNavigationPageClass *page_class = ADW_NAVIGATION_PAGE_CLASS (klass);

  object_class->dispose = sc_detail_page_dispose;
  page_class->shown = sc_detail_page_shown;
  page_class->hidden = sc_detail_page_hidden;
  object_class->constructed = sc_detail_page_constructed;
  object_class->get_property = sc_detail_page_get_property;
  object_class->set_property = sc_detail_page_set_property;

  properties[PROP_TABLE] =
    g_param_spec_object ("table", NULL, NULL,
                         SC_TYPE_STATUS_TABLE,
                         (G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS));

  properties[PROP_HISTORY] =
    g_param_spec_object ("history", NULL, NULL,
                         SC_TYPE_HISTORY,
                         (G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS));

  properties[PROP_EXAMPLES] =
    g_param_spec_object ("examples", NULL, NULL,
                         SC_TYPE_EXAMPLES,
                         (G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS));

  properties[PROP_CONSTANTS] =
    g_param_spec_object ("constants", NULL, NULL,
                         SC_TYPE_CONSTANTS,
                         (G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS));

  properties[PROP_STATUS_CODE] =
    g_param_spec_object ("status-code", NULL, NULL,
                         SC_TYPE_STATUS_CODE,
                         (G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);

  /**
   * ScDetailPage::open-code:
   * @code: the code to show
   *
   * Emitted when the user picks a related code.
   */
  signals[OPEN_CODE] = g_signal_new ("open-code",
                                     G_TYPE_FROM_CLASS (klass),
                                     G_SIGNAL_RUN_LAST,
                                     0, NULL, NULL, NULL,
                                     G_TYPE_NONE, 1, G_TYPE_UINT);

  g_type_ensure (SC_TYPE_CONSTANTS_SECTION);
  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_PREFIX "/sc-detail-page.ui");
  gtk_widget_class_bind_template_child (widget_class, ScDetailPage, header_bar);
  gtk_widget_class_bind_template_child (widget_class, ScDetailPage, copy_button);
  gtk_widget_class_bind_template_child (widget_class, ScDetailPage, scroller);
  gtk_widget_class_bind_template_child (widget_class, ScDetailPage, heading);
  gtk_widget_class_bind_template_child (widget_class, ScDetailPage, code_label);
  gtk_widget_class_bind_template_child (widget_class, ScDetailPage, title_label);
  gtk_widget_class_bind_template_child (widget_class, ScDetailPage, phrase_label);
  gtk_widget_class_bind_template_child (widget_class, ScDetailPage, former_label);
  gtk_widget_class_bind_template_child (widget_class, ScDetailPage, class_label);
  gtk_widget_class_bind_template_child (widget_class, ScDetailPage, badges);
  gtk_widget_class_bind_template_child (widget_class, ScDetailPage, summary_label);
  gtk_widget_class_bind_template_child (widget_class, ScDetailPage, description_box);
  gtk_widget_class_bind_template_child (widget_class, ScDetailPage, causes_section);
  gtk_widget_class_bind_template_child (widget_class, ScDetailPage, causes_box);
  gtk_widget_class_bind_template_child (widget_class, ScDetailPage, actions_section);
  gtk_widget_class_bind_template_child (widget_class, ScDetailPage, client_heading);
  gtk_widget_class_bind_template_child (widget_class, ScDetailPage, client_box);
  gtk_widget_class_bind_template_child (widget_class, ScDetailPage, server_heading);
  gtk_widget_class_bind_template_child (widget_class, ScDetailPage, server_box);
  gtk_widget_class_bind_template_child (widget_class, ScDetailPage, api_section);
  gtk_widget_class_bind_template_child (widget_class, ScDetailPage, api_label);
  gtk_widget_class_bind_template_child (widget_class, ScDetailPage, constants_section);
  gtk_widget_class_bind_template_child (widget_class, ScDetailPage, example_section);
  gtk_widget_class_bind_template_child (widget_class, ScDetailPage, example_note_label);
  gtk_widget_class_bind_template_child (widget_class, ScDetailPage, example_label);
  gtk_widget_class_bind_template_child (widget_class, ScDetailPage, copy_example_button);
  gtk_widget_class_bind_template_child (widget_class, ScDetailPage, history_section);
  gtk_widget_class_bind_template_child (widget_class, ScDetailPage, registry_label);
  gtk_widget_class_bind_template_child (widget_class, ScDetailPage, versions_label);
  gtk_widget_class_bind_template_child (widget_class, ScDetailPage, history_box);
  gtk_widget_class_bind_template_child (widget_class, ScDetailPage, headers_section);
  gtk_widget_class_bind_template_child (widget_class, ScDetailPage, headers_box);
  gtk_widget_class_bind_template_child (widget_class, ScDetailPage, related_section);
  gtk_widget_class_bind_template_child (widget_class, ScDetailPage, related_list);
  gtk_widget_class_bind_template_child (widget_class, ScDetailPage, spec_row);

  gtk_widget_class_install_action (widget_class, "detail.copy", "s", copy_action);
  gtk_widget_class_install_action (widget_class, "detail.open-spec", NULL, open_spec_action);
}

/* The page's own heading names the code in large type; the header bar
 * names it too only once that heading has scrolled away, so that a narrow
 * window does not show a name cut short above the whole name. */
static void
scrolled_cb (ScDetailPage  *self,
             GtkAdjustment *adjustment)
{
  GtkWidget *viewport = gtk_scrolled_window_get_child (self->scroller);
  GtkWidget *content = gtk_viewport_get_child (GTK_VIEWPORT (viewport));
  graphene_rect_t bounds;
  gboolean heading_gone = FALSE;

  /* Measured in the scrolled content, which is laid out already; the
   * viewport moves it only at the next frame. */
  if (gtk_widget_compute_bounds (self->heading, content, &bounds))
    heading_gone = gtk_adjustment_get_value (adjustment) >= bounds.origin.y + bounds.size.height;

  adw_header_bar_set_show_title (self->header_bar, heading_gone);
}

static void
sc_detail_page_init (ScDetailPage *self)
{
  GtkEventController *keys;

  gtk_widget_init_template (GTK_WIDGET (self));

  keys = gtk_event_controller_key_new ();
  g_signal_connect_object (keys, "key-pressed", G_CALLBACK (reader_key_pressed_cb), self, G_CONNECT_SWAPPED);
  gtk_widget_add_controller (GTK_WIDGET (self->scroller), keys);

  /* AdwSplitButton 1.7 leaves its main button to be named after the
   * dropdown's tooltip, so a screen reader would announce "More Ways to
   * Copy" on the button that copies the code and name. */
  for (GtkWidget *child = gtk_widget_get_first_child (GTK_WIDGET (self->copy_button));
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    if (GTK_IS_BUTTON (child) && !GTK_IS_MENU_BUTTON (child))
      {
        gtk_accessible_reset_relation (GTK_ACCESSIBLE (child), GTK_ACCESSIBLE_RELATION_LABELLED_BY);
        gtk_accessible_update_property (GTK_ACCESSIBLE (child),
                                        GTK_ACCESSIBLE_PROPERTY_LABEL,
                                        gtk_widget_get_tooltip_text (GTK_WIDGET (self->copy_button)),
                                        -1);
      }

  g_signal_connect_object (gtk_scrolled_window_get_vadjustment (self->scroller), "value-changed",
                           G_CALLBACK (scrolled_cb), self, G_CONNECT_SWAPPED);
}

/* @table has the codes that @status_code names as related; @history,
 * @examples and @constants have what the page tells of its past, shows of
 * the wire and lists of the libraries' names. */
/**
 * sc_detail_page_show_code:
 * @self: a detail page
 * @status_code: the code to show
 *
 * Shows @status_code on @self, from its top, as a new page would: the page
 * keeps its widgets, and opening a code costs what setting their texts costs,
 * not what making them would.
 */
void
sc_detail_page_show_code (ScDetailPage *self,
                          ScStatusCode *status_code)
{
  g_return_if_fail (SC_IS_DETAIL_PAGE (self));
  g_return_if_fail (SC_IS_STATUS_CODE (status_code));

  g_set_object (&self->status_code, status_code);
  self->focus_when_shown = FALSE;
  gtk_adjustment_set_value (gtk_scrolled_window_get_vadjustment (self->scroller), 0);
  sc_detail_page_fill (self);
}

ScDetailPage *
sc_detail_page_new (ScStatusTable *table,
                    ScHistory     *history,
                    ScExamples    *examples,
                    ScConstants   *constants,
                    ScStatusCode  *status_code)
{
  g_return_val_if_fail (SC_IS_STATUS_TABLE (table), NULL);
  g_return_val_if_fail (SC_IS_HISTORY (history), NULL);
  g_return_val_if_fail (SC_IS_EXAMPLES (examples), NULL);
  g_return_val_if_fail (SC_IS_CONSTANTS (constants), NULL);
  g_return_val_if_fail (SC_IS_STATUS_CODE (status_code), NULL);

  return g_object_new (SC_TYPE_DETAIL_PAGE,
                       "table", table,
                       "history", history,
                       "examples", examples,
                       "constants", constants,
                       "status-code", status_code,
                       NULL);
}

ScStatusCode *
sc_detail_page_get_status_code (ScDetailPage *self)
{
  g_return_val_if_fail (SC_IS_DETAIL_PAGE (self), NULL);

  return self->status_code;
}

/**
 * sc_detail_page_focus_content:
 * @self: a detail page
 *
 * Moves the keyboard focus to the page's heading, from where the arrow and
 * page keys scroll the page and Tab reaches its links. A page that is
 * still sliding in takes it when it is in place.
 */
void
sc_detail_page_focus_content (ScDetailPage *self)
{
  g_return_if_fail (SC_IS_DETAIL_PAGE (self));

  self->focus_when_shown = !gtk_widget_grab_focus (self->heading) || !self->is_shown;
}
