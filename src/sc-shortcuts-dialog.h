/* sc-shortcuts-dialog.h
 *
 * Copyright 2026 The Status Codes authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

#define SC_TYPE_SHORTCUTS_DIALOG (sc_shortcuts_dialog_get_type())

G_DECLARE_FINAL_TYPE (ScShortcutsDialog, sc_shortcuts_dialog, SC, SHORTCUTS_DIALOG, AdwDialog)

ScShortcutsDialog *sc_shortcuts_dialog_new (void);

G_END_DECLS
