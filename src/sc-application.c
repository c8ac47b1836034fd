/* sc-application.c
 *
 * Copyright 2026 The Status Codes authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "sc-application"

#include "config.h"

#include <glib/gi18n.h>

#include "sc-application.h"
#include "sc-window.h"

struct _ScApplication
{
  AdwApplication parent_instance;
};

G_DEFINE_FINAL_TYPE (ScApplication, sc_application, ADW_TYPE_APPLICATION)

static ScWindow *
sc_application_get_main_window (ScApplication *self)
{
  GtkWindow *window = gtk_application_get_active_window (GTK_APPLICATION (self));

  if (window == NULL)
    window = GTK_WINDOW (sc_window_new (self));

  return SC_WINDOW (window);
}

static void
sc_application_activate (GApplication *app)
{
  ScApplication *self = SC_APPLICATION (app);

  gtk_window_present (GTK_WINDOW (sc_application_get_main_window (self)));
}

static void
sc_application_quit_action (GSimpleAction *action,
                            GVariant      *parameter,
                            gpointer       user_data)
{
  ScApplication *self = user_data;
  GList *windows;

  /* Destroying the windows lets each one save its state on the way out. */
  while ((windows = gtk_application_get_windows (GTK_APPLICATION (self))))
    gtk_window_destroy (windows->data);

  g_application_quit (G_APPLICATION (self));
}

static void
sc_application_about_action (GSimpleAction *action,
                             GVariant      *parameter,
                             gpointer       user_data)
{
  static const char *developers[] = { "The Status Codes authors", NULL };
  ScApplication *self = user_data;
  GtkWindow *window;
  AdwDialog *about;

  window = gtk_application_get_active_window (GTK_APPLICATION (self));
  about = adw_about_dialog_new_from_appdata (RESOURCE_PREFIX "/" APP_ID ".metainfo.xml",
                                             PACKAGE_VERSION);
  adw_about_dialog_set_developers (ADW_ABOUT_DIALOG (about), developers);
  adw_about_dialog_set_copyright (ADW_ABOUT_DIALOG (about), "© 2026 The Status Codes authors");
  /* Translators: Replace "translator-credits" with your name and email, one per line. */
  adw_about_dialog_set_translator_credits (ADW_ABOUT_DIALOG (about), _("translator-credits"));

  adw_dialog_present (about, GTK_WIDGET (window));
}

static const GActionEntry app_actions[] = {
  { "quit", sc_application_quit_action },
  { "about", sc_application_about_action },
};

static void
sc_application_startup (GApplication *app)
{
  ScApplication *self = SC_APPLICATION (app);

  G_APPLICATION_CLASS (sc_application_parent_class)->startup (app);

  g_action_map_add_action_entries (G_ACTION_MAP (self),
                                   app_actions,
                                   G_N_ELEMENTS (app_actions),
                                   self);
  gtk_application_set_accels_for_action (GTK_APPLICATION (self),
                                         "app.quit",
                                         (const char *[]) { "<Control>q", NULL });
  gtk_application_set_accels_for_action (GTK_APPLICATION (self),
                                         "window.close",
                                         (const char *[]) { "<Control>w", NULL });
}

static void
sc_application_class_init (ScApplicationClass *klass)
{
  GApplicationClass *app_class = G_APPLICATION_CLASS (klass);

  app_class->activate = sc_application_activate;
  app_class->startup = sc_application_startup;
}

static void
sc_application_init (ScApplication *self)
{
}

ScApplication *
sc_application_new (void)
{
  return g_object_new (SC_TYPE_APPLICATION,
                       "application-id", APP_ID,
                       "resource-base-path", RESOURCE_PREFIX,
                       NULL);
}
