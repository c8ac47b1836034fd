/* bench-app.c
 *
 * Copyright 2026 The Status Codes authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* Status Codes as main.c starts it, reporting its first frame. */

#include "config.h"

#include <glib/gi18n.h>
#include <locale.h>

#include "bench-first-frame.h"
#include "sc-application.h"

int
main (int   argc,
      char *argv[])
{
  g_autoptr(ScApplication) app = NULL;
  const char *localedir = g_getenv ("STATUS_CODES_LOCALEDIR");

  setlocale (LC_ALL, "");
  bindtextdomain (GETTEXT_PACKAGE, localedir ? localedir : LOCALEDIR);
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
  textdomain (GETTEXT_PACKAGE);

  app = sc_application_new ();
  bench_report_first_frame (GTK_APPLICATION (app));

  return g_application_run (G_APPLICATION (app), argc, argv);
}
