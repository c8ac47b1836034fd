/* bench-app.c
 *
 * Copyright 2026 The Status Codes authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* Status Codes as main.c starts it, reporting its first frame; once it has
 * settled, it opens a series of codes' pages as a click on a row does, and
 * times each from the call to the page's contents set. */

#include "config.h"

#include <malloc.h>
#include <stdio.h>

#include "bench-first-frame.h"
#include "bench-measure.h"
#include "sc-application.h"
#include "sc-locale.h"
#include "sc-window.h"

static const guint page_codes[] = {
  200, 201, 204, 301, 302, 304, 400, 401, 403, 404, 405, 409, 410, 418, 422, 429, 500, 502, 503, 504,
};

static void
open_pages (GtkApplication *app)
{
  ScWindow *window = sc_application_get_main_window (SC_APPLICATION (app));
  double ms[G_N_ELEMENTS (page_codes)];

  for (guint i = 0; i < G_N_ELEMENTS (page_codes); i++)
    {
      size_t heap = mallinfo2 ().uordblks;
      gint64 start = g_get_monotonic_time ();

      if (!sc_window_show_code (window, page_codes[i]))
        g_error ("%u has no page", page_codes[i]);
      ms[i] = (g_get_monotonic_time () - start) / 1000.0;
      if (i == 0)
        printf ("page-first-kb %.0f\n", ((double) mallinfo2 ().uordblks - heap) / 1024);
      /* Let the page slide in and be read a moment, as between two
       * clicks. */
      {
        gint64 until = g_get_monotonic_time () + 400 * G_TIME_SPAN_MILLISECOND;

        while (g_get_monotonic_time () < until)
          if (!g_main_context_iteration (NULL, FALSE))
            g_usleep (1000);
      }
    }

  printf ("page-first-ms %.3f\n", ms[0]);
  /* Sorted by the median, the slowest of the rest is the last. */
  printf ("page-median-ms %.3f\n", bench_median (ms + 1, G_N_ELEMENTS (ms) - 1));
  printf ("page-max-ms %.3f\n", ms[G_N_ELEMENTS (ms) - 1]);
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(ScApplication) app = NULL;

  sc_locale_init ();
  app = sc_application_new ();
  bench_report_first_frame (GTK_APPLICATION (app), open_pages);

  return g_application_run (G_APPLICATION (app), argc, argv);
}
