/* sc-window.h
 *
 * Copyright 2026 The Status Codes authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "sc-application.h"

G_BEGIN_DECLS

#define SC_TYPE_WINDOW (sc_window_get_type())

G_DECLARE_FINAL_TYPE (ScWindow, sc_window, SC, WINDOW, AdwApplicationWindow)

ScWindow *sc_window_new        (ScApplication *application);
gboolean  sc_window_show_code  (ScWindow      *self,
                                guint          code);
void      sc_window_search     (ScWindow      *self,
                                const char    *query);
void      sc_window_show_guide (ScWindow      *self);

G_END_DECLS
