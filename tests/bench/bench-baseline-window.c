/* bench-baseline-window.c
 *
 * Copyright 2026 The Status Codes authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* The baseline of the start-up benchmark: the least a libadwaita app does,
 * an empty AdwApplicationWindow of the same size, built like Status Codes.
 * Built a second time WITH_HEADER_BAR, it also has the least a real app
 * shows: a header bar with a title and a close button, to tell what GTK
 * costs for those from what Status Codes costs. */

#include "config.h"

#include <adwaita.h>
#include <locale.h>

#include "bench-first-frame.h"

static void
activate_cb (GApplication *app)
{
  GtkWidget *window = adw_application_window_new (GTK_APPLICATION (app));

  gtk_window_set_default_size (GTK_WINDOW (window), 960, 720);
#ifdef WITH_HEADER_BAR
  {
    GtkWidget *toolbar_view = adw_toolbar_view_new ();

    adw_toolbar_view_add_top_bar (ADW_TOOLBAR_VIEW (toolbar_view), adw_header_bar_new ());
    gtk_window_set_title (GTK_WINDOW (window), "Status Codes");
    adw_application_window_set_content (ADW_APPLICATION_WINDOW (window), toolbar_view);
  }
#endif
  gtk_window_present (GTK_WINDOW (window));
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(AdwApplication) app = NULL;

  setlocale (LC_ALL, "");
  app = adw_application_new (APP_ID ".BenchEmpty", G_APPLICATION_DEFAULT_FLAGS);
  g_signal_connect (app, "activate", G_CALLBACK (activate_cb), NULL);
  bench_report_first_frame (GTK_APPLICATION (app), NULL);

  return g_application_run (G_APPLICATION (app), argc, argv);
}
