/* sc-shortcuts-dialog.c
 *
 * Copyright 2026 The Status Codes authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "sc-shortcuts-dialog"

#include "config.h"

#include <glib/gi18n.h>

#include "sc-shortcuts-dialog.h"

/* The keyboard shortcuts, built from rows and labels: GtkShortcutsWindow is
 * deprecated in GTK 4.18 and AdwShortcutsDialog needs libadwaita 1.8. */

struct _ScShortcutsDialog
{
  AdwDialog            parent_instance;

  AdwPreferencesGroup *search_group;
  AdwPreferencesGroup *navigation_group;
  AdwPreferencesGroup *general_group;
};

G_DEFINE_FINAL_TYPE (ScShortcutsDialog, sc_shortcuts_dialog, ADW_TYPE_DIALOG)

typedef enum {
  GROUP_SEARCH,
  GROUP_NAVIGATION,
  GROUP_GENERAL,
} Group;

static const struct {
  Group       group;
  const char *title;
  const char *accelerators;
} shortcuts[] = {
  { GROUP_SEARCH, N_("Search"), "<Control>f" },
  { GROUP_SEARCH, N_("Clear the search"), "Escape" },
  { GROUP_SEARCH, N_("Move through the results"), "Down Up" },
  { GROUP_SEARCH, N_("Open the selected code and read it"), "Return" },
  { GROUP_SEARCH, N_("Show all classes"), "<Alt>0" },
  { GROUP_SEARCH, N_("Show only 1xx … 5xx"), "<Alt>1 <Alt>5" },
  { GROUP_NAVIGATION, N_("Scroll the page"), "Down Up Page_Down Page_Up" },
  { GROUP_NAVIGATION, N_("Return to the search"), "Escape" },
  { GROUP_NAVIGATION, N_("Go back"), "<Alt>Left" },
  { GROUP_NAVIGATION, N_("Copy the code and name"), "<Control>c" },
  { GROUP_NAVIGATION, N_("Copy the status line"), "<Shift><Control>c" },
  { GROUP_GENERAL, N_("Which code should I send?"), "<Control>g" },
  { GROUP_GENERAL, N_("Main menu"), "F10" },
  { GROUP_GENERAL, N_("Keyboard shortcuts"), "<Control>question" },
  { GROUP_GENERAL, N_("Close the window"), "<Control>w" },
  { GROUP_GENERAL, N_("Quit"), "<Control>q" },
};

static GtkWidget *
make_keys (const char *accelerators)
{
  g_auto(GStrv) accels = g_strsplit (accelerators, " ", -1);
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);

  gtk_widget_set_valign (box, GTK_ALIGN_CENTER);

  for (guint i = 0; accels[i] != NULL; i++)
    {
      guint key;
      GdkModifierType mods;
      g_autofree char *label = NULL;
      GtkWidget *keycap;

      if (!gtk_accelerator_parse (accels[i], &key, &mods))
        g_assert_not_reached ();

      label = gtk_accelerator_get_label (key, mods);
      keycap = gtk_label_new (label);
      gtk_widget_add_css_class (keycap, "keycap");
      gtk_box_append (GTK_BOX (box), keycap);
    }

  return box;
}

static void
sc_shortcuts_dialog_class_init (ScShortcutsDialogClass *klass)
{
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_PREFIX "/sc-shortcuts-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, ScShortcutsDialog, search_group);
  gtk_widget_class_bind_template_child (widget_class, ScShortcutsDialog, navigation_group);
  gtk_widget_class_bind_template_child (widget_class, ScShortcutsDialog, general_group);
}

static void
sc_shortcuts_dialog_init (ScShortcutsDialog *self)
{
  AdwPreferencesGroup *groups[3];

  gtk_widget_init_template (GTK_WIDGET (self));

  /* The template has set the groups only now. */
  groups[GROUP_SEARCH] = self->search_group;
  groups[GROUP_NAVIGATION] = self->navigation_group;
  groups[GROUP_GENERAL] = self->general_group;

  for (guint i = 0; i < G_N_ELEMENTS (shortcuts); i++)
    {
      GtkWidget *row = adw_action_row_new ();

      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), _(shortcuts[i].title));
      adw_action_row_add_suffix (ADW_ACTION_ROW (row), make_keys (shortcuts[i].accelerators));
      adw_preferences_group_add (groups[shortcuts[i].group], row);
    }
}

ScShortcutsDialog *
sc_shortcuts_dialog_new (void)
{
  return g_object_new (SC_TYPE_SHORTCUTS_DIALOG, NULL);
}
