/* main.c
 *
 * Copyright 2026 The Status Codes authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>
#include <locale.h>

#include "sc-application.h"

int
main (int   argc,
      char *argv[])
{
  g_autoptr(ScApplication) app = NULL;
  const char *localedir = g_getenv ("STATUS_CODES_LOCALEDIR");

  /* Before anything is translated: the command line's help is set up
   * before GTK would call setlocale(). */
  setlocale (LC_ALL, "");

  /* The build tree's catalogues, for `meson devenv` and the tests. */
  bindtextdomain (GETTEXT_PACKAGE, localedir ? localedir : LOCALEDIR);
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
  textdomain (GETTEXT_PACKAGE);

  app = sc_application_new ();

  return g_application_run (G_APPLICATION (app), argc, argv);
}
