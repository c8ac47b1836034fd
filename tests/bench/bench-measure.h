/* bench-measure.h
 *
 * Copyright 2026 The Status Codes authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

long   bench_peak_rss_kb (void);
double bench_median      (double *values,
                          guint   n);

G_END_DECLS
