/* bench-app.c
 *
 * Copyright 2026 The Status Codes authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* Status Codes as main.c starts it, reporting its first frame. */

#include "config.h"

#include "bench-first-frame.h"
#include "sc-application.h"
#include "sc-locale.h"

int
main (int   argc,
      char *argv[])
{
  g_autoptr(ScApplication) app = NULL;

  sc_locale_init ();
  app = sc_application_new ();
  bench_report_first_frame (GTK_APPLICATION (app));

  return g_application_run (G_APPLICATION (app), argc, argv);
}
