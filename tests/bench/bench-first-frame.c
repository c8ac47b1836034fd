/* bench-first-frame.c
 *
 * Copyright 2026 The Status Codes authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* What the start-up benchmark measures, the same way in every program it
 * compares: when the first window has painted its first frame, print the
 * monotonic clock (the harness noted it before exec) and the peak resident
 * memory so far. Then let the app settle for two seconds (its threads and
 * the rest of its rows done), print the peak again, run what the program
 * measures once it is up, and quit. */

#include "config.h"

#include <stdio.h>

#include "bench-first-frame.h"
#include "bench-measure.h"

#define SETTLE_SECONDS 2

static BenchSettledFunc settled_func;

static gboolean
settled_cb (gpointer data)
{
  GtkApplication *app = data;

  printf ("settled-peak-rss-kb %ld\n", bench_peak_rss_kb ());
  if (settled_func != NULL)
    settled_func (app);
  fflush (stdout);
  g_application_quit (G_APPLICATION (app));

  return G_SOURCE_REMOVE;
}

static void
after_paint_cb (GdkFrameClock  *clock,
                GtkApplication *app)
{
  gint64 now = g_get_monotonic_time ();

  g_signal_handlers_disconnect_by_func (clock, after_paint_cb, app);
  printf ("first-frame-us %" G_GINT64_FORMAT "\npeak-rss-kb %ld\n", now, bench_peak_rss_kb ());
  fflush (stdout);
  if (g_getenv ("BENCH_NO_SETTLE") != NULL)
    g_application_quit (G_APPLICATION (app));
  else
    g_timeout_add_seconds (SETTLE_SECONDS, settled_cb, app);
}

static void
window_map_cb (GtkWidget      *window,
               GtkApplication *app)
{
  g_signal_connect (gtk_widget_get_frame_clock (window), "after-paint", G_CALLBACK (after_paint_cb), app);
}

static void
window_added_cb (GtkApplication *app,
                 GtkWindow      *window)
{
  if (gtk_widget_get_mapped (GTK_WIDGET (window)))
    window_map_cb (GTK_WIDGET (window), app);
  else
    g_signal_connect (window, "map", G_CALLBACK (window_map_cb), app);
}

void
bench_report_first_frame (GtkApplication   *app,
                          BenchSettledFunc  settled)
{
  settled_func = settled;
  g_signal_connect (app, "window-added", G_CALLBACK (window_added_cb), NULL);
}
