/* sc-status-row.h
 *
 * Copyright 2026 The Status Codes authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "sc-status-code.h"

G_BEGIN_DECLS

#define SC_TYPE_STATUS_ROW (sc_status_row_get_type())

G_DECLARE_FINAL_TYPE (ScStatusRow, sc_status_row, SC, STATUS_ROW, AdwBin)

ScStatusCode *sc_status_row_get_status_code (ScStatusRow  *self);
void          sc_status_row_set_status_code (ScStatusRow  *self,
                                             ScStatusCode *status_code);
void          sc_status_row_set_hint        (ScStatusRow  *self,
                                             const char   *hint);

G_END_DECLS
