/* sc-start-page.c
 *
 * Copyright 2026 The Status Codes authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "sc-start-page"

#include "config.h"

#include "sc-badges.h"
#include "sc-start-page.h"

/* What the window shows before a code is picked: how to search, and the
 * codes that people look up most, one click away. */

struct _ScStartPage
{
  AdwBin         parent_instance;

  ScStatusTable *table;
  AdwWrapBox    *codes_box;
};

G_DEFINE_FINAL_TYPE (ScStartPage, sc_start_page, ADW_TYPE_BIN)

/* The codes behind most questions: the everyday successes and redirects,
 * the client errors of forms, logins and APIs, and the server errors of
 * proxies and overloads. */
static const guint often_looked_up[] = {
  200, 301, 304, 400, 401, 403, 404, 422, 429, 500, 502, 503, 504,
};

static void
add_buttons (ScStartPage *self)
{
  for (guint i = 0; i < G_N_ELEMENTS (often_looked_up); i++)
    {
      ScStatusCode *code = sc_status_table_lookup (self->table, often_looked_up[i]);
      g_autofree char *number = g_strdup_printf ("%u", often_looked_up[i]);
      g_autofree char *name = NULL;
      GtkWidget *button;

      /* The list is ours and the table has every code on it. */
      g_assert (code != NULL);
      name = sc_status_code_dup_label (code);
      button = gtk_button_new_with_label (number);
      gtk_widget_set_tooltip_text (button, name);
      gtk_accessible_update_property (GTK_ACCESSIBLE (button), GTK_ACCESSIBLE_PROPERTY_LABEL, name, -1);
      gtk_actionable_set_action_name (GTK_ACTIONABLE (button), "win.show-code");
      gtk_actionable_set_action_target (GTK_ACTIONABLE (button), "u", often_looked_up[i]);
      gtk_widget_add_css_class (button, "pill");
      gtk_widget_add_css_class (button, "numeric");
      sc_badges_set_code_class (gtk_button_get_child (GTK_BUTTON (button)), sc_status_code_get_code_class (code));
      adw_wrap_box_append (self->codes_box, button);
    }
}

/* The buttons come in the frame after the page's first: making them takes
 * as long as the rest of the page, and the window's first frame is what the
 * user waits for. */
static void
first_paint_cb (GdkFrameClock *clock,
                ScStartPage   *self)
{
  g_signal_handlers_disconnect_by_func (clock, first_paint_cb, self);
  if (self->table != NULL && gtk_widget_get_first_child (GTK_WIDGET (self->codes_box)) == NULL)
    add_buttons (self);
}

static void
sc_start_page_map (GtkWidget *widget)
{
  ScStartPage *self = SC_START_PAGE (widget);

  GTK_WIDGET_CLASS (sc_start_page_parent_class)->map (widget);

  if (gtk_widget_get_first_child (GTK_WIDGET (self->codes_box)) == NULL)
    g_signal_connect_object (gtk_widget_get_frame_clock (widget), "after-paint",
                             G_CALLBACK (first_paint_cb), self, G_CONNECT_DEFAULT);
}

static void
sc_start_page_dispose (GObject *object)
{
  ScStartPage *self = SC_START_PAGE (object);

  g_clear_object (&self->table);

  G_OBJECT_CLASS (sc_start_page_parent_class)->dispose (object);
}

static void
sc_start_page_class_init (ScStartPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = sc_start_page_dispose;
  widget_class->map = sc_start_page_map;

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_PREFIX "/sc-start-page.ui");
  gtk_widget_class_bind_template_child (widget_class, ScStartPage, codes_box);
}

static void
sc_start_page_init (ScStartPage *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

/**
 * sc_start_page_set_table:
 * @self: a start page
 * @table: the status table, for the codes' names
 *
 * Gives the page the table for its buttons, each of which opens its code
 * through the window's "win.show-code" action. The page makes them once it
 * has drawn its first frame.
 */
void
sc_start_page_set_table (ScStartPage   *self,
                         ScStatusTable *table)
{
  g_return_if_fail (SC_IS_START_PAGE (self));
  g_return_if_fail (SC_IS_STATUS_TABLE (table));
  g_return_if_fail (self->table == NULL);

  self->table = g_object_ref (table);
  /* A page that is up already has had its first frame. */
  if (gtk_widget_get_mapped (GTK_WIDGET (self)))
    add_buttons (self);
}
