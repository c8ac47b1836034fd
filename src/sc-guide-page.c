/* sc-guide-page.c
 *
 * Copyright 2026 The Status Codes authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "sc-guide-page"

#include "config.h"

#include <glib/gi18n.h>

#include "sc-badges.h"
#include "sc-guide-page.h"

/* One step of "Which Code Should I Send?": a question and its answers, or
 * the result. Above it, the answers given so far, each a way back to its
 * question. The window keeps the pages in its navigation view, so Back goes
 * one question back; the page only asks for it with signals. */

struct _ScGuidePage
{
  AdwNavigationPage      parent_instance;

  ScStatusTable         *table;
  const ScGuideQuestion *question;
  const ScGuideResult   *result;
  /* The answer given on this page, once given, for the pages after it. */
  const ScGuideAnswer   *chosen;
  /* The pages before this one, oldest first; each is kept alive by the
   * navigation view while this page is on it. */
  GPtrArray             *path;
  GtkWidget             *first_focus;

  GtkListBox            *path_list;
  GtkLabel              *heading_label;
  GtkBox                *body_box;
};

G_DEFINE_FINAL_TYPE (ScGuidePage, sc_guide_page, ADW_TYPE_NAVIGATION_PAGE)

enum {
  ANSWER,
  OPEN_CODE,
  START_OVER,
  GO_BACK,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static GtkWidget *
make_text (const char *text)
{
  GtkWidget *label = gtk_label_new (text);

  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_label_set_wrap_mode (GTK_LABEL (label), PANGO_WRAP_WORD_CHAR);
  gtk_label_set_xalign (GTK_LABEL (label), 0);

  return label;
}

static void
path_row_activated_cb (ScGuidePage  *self,
                       AdwActionRow *row)
{
  g_signal_emit (self, signals[GO_BACK], 0, g_object_get_data (G_OBJECT (row), "page"));
}

/* "Did the request succeed? — It failed": each answer so far, which takes
 * the user back to its question. */
static void
fill_path (ScGuidePage *self)
{
  for (guint i = 0; i < self->path->len; i++)
    {
      ScGuidePage *page = g_ptr_array_index (self->path, i);
      GtkWidget *row = adw_action_row_new ();

      adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), page->chosen->text);
      adw_action_row_set_subtitle (ADW_ACTION_ROW (row), page->question->text);
      gtk_widget_set_tooltip_text (row, _("Go back to this question"));
      gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), TRUE);
      adw_action_row_add_prefix (ADW_ACTION_ROW (row), gtk_image_new_from_icon_name ("go-previous-symbolic"));
      g_object_set_data (G_OBJECT (row), "page", page);
      g_signal_connect_swapped (row, "activated", G_CALLBACK (path_row_activated_cb), self);
      gtk_list_box_append (self->path_list, row);
    }

  gtk_widget_set_visible (GTK_WIDGET (self->path_list), self->path->len > 0);
}

static void
answer_clicked_cb (ScGuidePage *self,
                   GtkButton   *button)
{
  self->chosen = g_object_get_data (G_OBJECT (button), "answer");
  g_signal_emit (self, signals[ANSWER], 0, self->chosen);
}

/* Answers are buttons named by their whole text, in a group that a screen
 * reader announces by the question. */
static void
fill_question (ScGuidePage *self)
{
  const ScGuideQuestion *question = self->question;
  GtkWidget *answers = gtk_box_new (GTK_ORIENTATION_VERTICAL, 6);

  gtk_label_set_label (self->heading_label, question->text);
  gtk_accessible_update_relation (GTK_ACCESSIBLE (answers),
                                  GTK_ACCESSIBLE_RELATION_LABELLED_BY, self->heading_label, NULL,
                                  -1);

  for (guint i = 0; i < question->answers->len; i++)
    {
      ScGuideAnswer *answer = g_ptr_array_index (question->answers, i);
      GtkWidget *button = gtk_button_new ();
      GtkWidget *label = make_text (answer->text);

      gtk_widget_set_margin_top (label, 6);
      gtk_widget_set_margin_bottom (label, 6);
      gtk_button_set_child (GTK_BUTTON (button), label);
      gtk_widget_add_css_class (button, "guide-answer");
      g_object_set_data (G_OBJECT (button), "answer", answer);
      g_signal_connect_swapped (button, "clicked", G_CALLBACK (answer_clicked_cb), self);
      gtk_box_append (GTK_BOX (answers), button);
      if (self->first_focus == NULL)
        self->first_focus = button;
    }

  gtk_box_append (self->body_box, answers);
}

static void
open_code_clicked_cb (ScGuidePage *self,
                      GtkButton   *button)
{
  g_signal_emit (self, signals[OPEN_CODE], 0, GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (button), "code")));
}

static void
start_over_clicked_cb (ScGuidePage *self)
{
  g_signal_emit (self, signals[START_OVER], 0);
}

static GtkWidget *
make_section_heading (const char *text)
{
  GtkWidget *label = g_object_new (GTK_TYPE_LABEL,
                                   "label", text,
                                   "xalign", 0.0f,
                                   "wrap", TRUE,
                                   "accessible-role", GTK_ACCESSIBLE_ROLE_HEADING,
                                   NULL);

  gtk_accessible_update_property (GTK_ACCESSIBLE (label), GTK_ACCESSIBLE_PROPERTY_LEVEL, 2, -1);
  gtk_widget_add_css_class (label, "title-4");
  gtk_widget_set_margin_top (label, 6);

  return label;
}

/* "422 Unprocessable Content · 400 Bad Request": the codes a result names. */
static char *
join_code_labels (ScStatusTable *table,
                  GArray        *codes)
{
  GString *text = g_string_new (NULL);

  for (guint i = 0; i < codes->len; i++)
    {
      ScStatusCode *code = sc_status_table_lookup (table, g_array_index (codes, guint, i));
      g_autofree char *label = sc_status_code_dup_label (code);

      g_string_append_printf (text, "%s%s", i > 0 ? " · " : "", label);
    }

  return g_string_free (text, FALSE);
}

static void
fill_result (ScGuidePage *self)
{
  const ScGuideResult *result = self->result;
  GtkWidget *codes = gtk_box_new (GTK_ORIENTATION_VERTICAL, 6);
  GtkWidget *buttons = adw_wrap_box_new ();
  GtkWidget *start_over;

  gtk_label_set_label (self->heading_label, result->title);

  /* The code to send first, and any other the result names, with its name
   * as it is known. The loader checked that the table has each. */
  for (guint i = 0; i < result->codes->len; i++)
    {
      guint number = g_array_index (result->codes, guint, i);
      ScStatusCode *code = sc_status_table_lookup (self->table, number);
      g_autofree char *label = sc_status_code_dup_label (code);
      g_autofree char *open = NULL;
      GtkWidget *line = make_text (label);
      GtkWidget *button;

      gtk_widget_add_css_class (line, "title-3");
      sc_badges_set_code_class (line, sc_status_code_get_code_class (code));
      gtk_box_append (GTK_BOX (codes), line);

      /* Translators: A button on a result of the guide that opens a code's page, such as “Open 422”. */
      open = g_strdup_printf (_("Open %u"), number);
      button = gtk_button_new_with_label (open);
      gtk_widget_set_tooltip_text (button, label);
      gtk_widget_add_css_class (button, "pill");
      if (i == 0)
        gtk_widget_add_css_class (button, "suggested-action");
      g_object_set_data (G_OBJECT (button), "code", GUINT_TO_POINTER (number));
      g_signal_connect_swapped (button, "clicked", G_CALLBACK (open_code_clicked_cb), self);
      adw_wrap_box_append (ADW_WRAP_BOX (buttons), button);
      if (self->first_focus == NULL)
        self->first_focus = button;
    }
  gtk_box_append (self->body_box, codes);
  gtk_box_append (self->body_box, make_text (result->why));

  if (result->headers->len > 0)
    {
      gtk_box_append (self->body_box, make_section_heading (_("Header Fields")));
      for (guint i = 0; i < result->headers->len; i++)
        {
          ScGuideHeader *header = g_ptr_array_index (result->headers, i);
          /* Translators: A header field that a response must carry, such as “Retry-After (required)”. */
          g_autofree char *text = g_strdup_printf (header->need == SC_GUIDE_NEED_MUST ? _("%s (required)")
                                                   /* Translators: A header field that a response should carry, such as “Retry-After (recommended)”. */
                                                                                    : _("%s (recommended)"),
                                                   header->name);
          GtkWidget *line = make_text (text);

          gtk_widget_add_css_class (line, "header-name");
          gtk_box_append (self->body_box, line);
        }
    }

  if (result->alternatives->len > 0)
    {
      gtk_box_append (self->body_box, make_section_heading (_("Where Practice Differs")));
      for (guint i = 0; i < result->alternatives->len; i++)
        {
          ScGuideAlternative *alternative = g_ptr_array_index (result->alternatives, i);
          g_autofree char *codes_text = join_code_labels (self->table, alternative->codes);
          GtkWidget *line = make_text (codes_text);

          gtk_widget_add_css_class (line, "heading");
          gtk_box_append (self->body_box, line);
          gtk_box_append (self->body_box, make_text (alternative->text));
        }
    }

  start_over = gtk_button_new_with_mnemonic (_("_Start Over"));
  gtk_widget_add_css_class (start_over, "pill");
  g_signal_connect_swapped (start_over, "clicked", G_CALLBACK (start_over_clicked_cb), self);
  adw_wrap_box_append (ADW_WRAP_BOX (buttons), start_over);
  adw_wrap_box_set_child_spacing (ADW_WRAP_BOX (buttons), 12);
  adw_wrap_box_set_line_spacing (ADW_WRAP_BOX (buttons), 12);
  gtk_widget_set_margin_top (buttons, 12);
  gtk_box_append (self->body_box, buttons);
}

static void
focus_first_idle_cb (gpointer user_data)
{
  g_autoptr(ScGuidePage) self = user_data;

  if (gtk_widget_get_mapped (GTK_WIDGET (self)))
    sc_guide_page_focus_first (self);
}

/* The navigation view gives a page that has slid in the focus of its first
 * widget, the back button, once the page is shown; the keyboard belongs on
 * the first answer, so the page takes it just after. */
static void
sc_guide_page_shown (AdwNavigationPage *page)
{
  g_idle_add_once (focus_first_idle_cb, g_object_ref (page));
}

static void
sc_guide_page_dispose (GObject *object)
{
  ScGuidePage *self = SC_GUIDE_PAGE (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), SC_TYPE_GUIDE_PAGE);
  g_clear_pointer (&self->path, g_ptr_array_unref);
  g_clear_object (&self->table);

  G_OBJECT_CLASS (sc_guide_page_parent_class)->dispose (object);
}

static void
sc_guide_page_class_init (ScGuidePageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  AdwNavigationPageClass *page_class = ADW_NAVIGATION_PAGE_CLASS (klass);

  object_class->dispose = sc_guide_page_dispose;
  page_class->shown = sc_guide_page_shown;

  /**
   * ScGuidePage::answer:
   * @answer: the ScGuideAnswer picked
   *
   * Emitted when the user answers the page's question.
   */
  signals[ANSWER] = g_signal_new ("answer", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                  0, NULL, NULL, NULL, G_TYPE_NONE, 1, G_TYPE_POINTER);
  /**
   * ScGuidePage::open-code:
   * @code: the code to show
   */
  signals[OPEN_CODE] = g_signal_new ("open-code", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                     0, NULL, NULL, NULL, G_TYPE_NONE, 1, G_TYPE_UINT);
  /**
   * ScGuidePage::start-over:
   *
   * Emitted when the user asks for the first question again.
   */
  signals[START_OVER] = g_signal_new ("start-over", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                      0, NULL, NULL, NULL, G_TYPE_NONE, 0);
  /**
   * ScGuidePage::go-back:
   * @page: an earlier page of the path, to go back to
   */
  signals[GO_BACK] = g_signal_new ("go-back", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                   0, NULL, NULL, NULL, G_TYPE_NONE, 1, SC_TYPE_GUIDE_PAGE);

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_PREFIX "/sc-guide-page.ui");
  gtk_widget_class_bind_template_child (widget_class, ScGuidePage, path_list);
  gtk_widget_class_bind_template_child (widget_class, ScGuidePage, heading_label);
  gtk_widget_class_bind_template_child (widget_class, ScGuidePage, body_box);
}

static void
sc_guide_page_init (ScGuidePage *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  self->path = g_ptr_array_new ();
}

static ScGuidePage *
guide_page_new (ScStatusTable *table,
                ScGuidePage   *previous)
{
  ScGuidePage *self = g_object_new (SC_TYPE_GUIDE_PAGE, NULL);

  self->table = g_object_ref (table);
  if (previous != NULL)
    {
      g_ptr_array_extend (self->path, previous->path, NULL, NULL);
      g_ptr_array_add (self->path, previous);
    }

  return self;
}

/**
 * sc_guide_page_new_question:
 * @table: the status table
 * @question: the question to ask
 * @previous: (nullable): the page whose answer led here
 *
 * Returns: (transfer floating): a page that asks @question
 */
ScGuidePage *
sc_guide_page_new_question (ScStatusTable         *table,
                            const ScGuideQuestion *question,
                            ScGuidePage           *previous)
{
  ScGuidePage *self;

  g_return_val_if_fail (SC_IS_STATUS_TABLE (table), NULL);
  g_return_val_if_fail (question != NULL, NULL);
  g_return_val_if_fail (previous == NULL || previous->chosen != NULL, NULL);

  self = guide_page_new (table, previous);
  self->question = question;
  fill_path (self);
  fill_question (self);

  return self;
}

/**
 * sc_guide_page_new_result:
 * @table: the status table, which has the result's codes
 * @result: the result to show
 * @previous: the page whose answer led here
 *
 * Returns: (transfer floating): a page that shows @result
 */
ScGuidePage *
sc_guide_page_new_result (ScStatusTable       *table,
                          const ScGuideResult *result,
                          ScGuidePage         *previous)
{
  ScGuidePage *self;

  g_return_val_if_fail (SC_IS_STATUS_TABLE (table), NULL);
  g_return_val_if_fail (result != NULL, NULL);
  g_return_val_if_fail (SC_IS_GUIDE_PAGE (previous) && previous->chosen != NULL, NULL);

  self = guide_page_new (table, previous);
  self->result = result;
  fill_path (self);
  fill_result (self);

  return self;
}

const ScGuideQuestion *
sc_guide_page_get_question (ScGuidePage *self)
{
  g_return_val_if_fail (SC_IS_GUIDE_PAGE (self), NULL);

  return self->question;
}

const ScGuideResult *
sc_guide_page_get_result (ScGuidePage *self)
{
  g_return_val_if_fail (SC_IS_GUIDE_PAGE (self), NULL);

  return self->result;
}

/**
 * sc_guide_page_focus_first:
 * @self: a guide page
 *
 * Moves the keyboard to the first answer, or to the result's first button.
 */
void
sc_guide_page_focus_first (ScGuidePage *self)
{
  g_return_if_fail (SC_IS_GUIDE_PAGE (self));

  if (self->first_focus != NULL)
    gtk_widget_grab_focus (self->first_focus);
}
