/* sc-start-page.h
 *
 * Copyright 2026 The Status Codes authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "sc-status-table.h"

G_BEGIN_DECLS

#define SC_TYPE_START_PAGE (sc_start_page_get_type())

G_DECLARE_FINAL_TYPE (ScStartPage, sc_start_page, SC, START_PAGE, AdwBin)

void sc_start_page_set_table (ScStartPage   *self,
                              ScStatusTable *table);

G_END_DECLS
