/* bench-first-frame.h
 *
 * Copyright 2026 The Status Codes authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

/* Runs once the app has settled, before it quits. */
typedef void (*BenchSettledFunc) (GtkApplication *app);

void bench_report_first_frame (GtkApplication   *app,
                               BenchSettledFunc  settled);

G_END_DECLS
