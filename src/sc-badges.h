/* sc-badges.h
 *
 * Copyright 2026 The Status Codes authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "sc-status-code.h"

G_BEGIN_DECLS

void sc_badges_fill           (GtkBox       *box,
                               ScStatusCode *code,
                               gboolean      with_vendor);
void sc_badges_set_code_class (GtkWidget    *code_label,
                               guint         code_class);

G_END_DECLS
