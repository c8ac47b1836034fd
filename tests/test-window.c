/* test-window.c
 *
 * Copyright 2026 The Status Codes authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "sc-test-utils.h"
#include "sc-window.h"

static void
test_window_shows_titled (void)
{
  ScApplication *app = sc_test_get_application ();
  ScWindow *window;

  g_application_activate (G_APPLICATION (app));

  window = SC_WINDOW (gtk_application_get_active_window (GTK_APPLICATION (app)));
  g_assert_nonnull (window);
  gtk_test_widget_wait_for_draw (GTK_WIDGET (window));

  g_assert_true (gtk_widget_get_mapped (GTK_WIDGET (window)));
  g_assert_cmpstr (gtk_window_get_title (GTK_WINDOW (window)), ==, "Status Codes");

  gtk_window_destroy (GTK_WINDOW (window));
}

static void
test_window_about_action (void)
{
  ScApplication *app = sc_test_get_application ();
  AdwApplicationWindow *window;
  AdwDialog *dialog;

  g_assert_true (g_action_group_has_action (G_ACTION_GROUP (app), "about"));

  g_application_activate (G_APPLICATION (app));
  window = ADW_APPLICATION_WINDOW (gtk_application_get_active_window (GTK_APPLICATION (app)));
  gtk_test_widget_wait_for_draw (GTK_WIDGET (window));
  g_assert_null (adw_application_window_get_visible_dialog (window));

  g_action_group_activate_action (G_ACTION_GROUP (app), "about", NULL);

  /* The dialog is filled from the metainfo in the resources. */
  dialog = adw_application_window_get_visible_dialog (window);
  g_assert_true (ADW_IS_ABOUT_DIALOG (dialog));
  g_assert_cmpstr (adw_about_dialog_get_application_name (ADW_ABOUT_DIALOG (dialog)), ==, "Status Codes");
  g_assert_cmpstr (adw_about_dialog_get_version (ADW_ABOUT_DIALOG (dialog)), ==, PACKAGE_VERSION);
  g_assert_cmpint (adw_about_dialog_get_license_type (ADW_ABOUT_DIALOG (dialog)), ==, GTK_LICENSE_GPL_3_0);

  gtk_window_destroy (GTK_WINDOW (window));
}

static void
test_window_quit_action (void)
{
  ScApplication *app = sc_test_get_application ();
  g_auto(GStrv) accels = NULL;

  g_application_activate (G_APPLICATION (app));
  g_assert_cmpuint (g_list_length (gtk_application_get_windows (GTK_APPLICATION (app))), ==, 1);

  accels = gtk_application_get_accels_for_action (GTK_APPLICATION (app), "app.quit");
  g_assert_cmpstrv (accels, ((const char * const []) { "<Control>q", NULL }));

  g_action_group_activate_action (G_ACTION_GROUP (app), "quit", NULL);
  g_assert_null (gtk_application_get_windows (GTK_APPLICATION (app)));
}

static void
test_window_remembers_size (void)
{
  g_autoptr(GSettings) settings = g_settings_new (APP_ID);
  ScApplication *app = sc_test_get_application ();
  GtkWindow *window;
  int width, height;

  g_settings_set_int (settings, "window-width", 640);
  g_settings_set_int (settings, "window-height", 500);

  g_application_activate (G_APPLICATION (app));
  window = gtk_application_get_active_window (GTK_APPLICATION (app));
  gtk_window_get_default_size (window, &width, &height);
  g_assert_cmpint (width, ==, 640);
  g_assert_cmpint (height, ==, 500);

  gtk_window_set_default_size (window, 700, 520);
  g_assert_cmpint (g_settings_get_int (settings, "window-width"), ==, 700);
  g_assert_cmpint (g_settings_get_int (settings, "window-height"), ==, 520);

  gtk_window_destroy (window);
}

int
main (int   argc,
      char *argv[])
{
  sc_test_init_widgets (&argc, &argv);

  g_test_add_func ("/window/shows-titled", test_window_shows_titled);
  g_test_add_func ("/window/about-action", test_window_about_action);
  g_test_add_func ("/window/quit-action", test_window_quit_action);
  g_test_add_func ("/window/remembers-size", test_window_remembers_size);

  return g_test_run ();
}
