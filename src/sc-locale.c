/* sc-locale.c
 *
 * Copyright 2026 The Status Codes authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "sc-locale"

#include "config.h"

#include <glib/gi18n.h>
#include <locale.h>

#include "sc-locale.h"

/**
 * sc_locale_init:
 *
 * Takes the locale from the environment and binds our gettext domain: to
 * the installed catalogues, or to $STATUS_CODES_LOCALEDIR (the build tree's,
 * for `meson devenv` and the tests). Call it first in main(), before
 * anything is translated: GApplication sets up the command line's help
 * before GTK would call setlocale().
 */
void
sc_locale_init (void)
{
  const char *localedir = g_getenv ("STATUS_CODES_LOCALEDIR");

  setlocale (LC_ALL, "");
  bindtextdomain (GETTEXT_PACKAGE, localedir != NULL ? localedir : LOCALEDIR);
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
  textdomain (GETTEXT_PACKAGE);
}
