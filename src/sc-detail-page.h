/* sc-detail-page.h
 *
 * Copyright 2026 The Status Codes authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "sc-constants.h"
#include "sc-examples.h"
#include "sc-history.h"
#include "sc-status-table.h"

G_BEGIN_DECLS

#define SC_TYPE_DETAIL_PAGE (sc_detail_page_get_type())

G_DECLARE_FINAL_TYPE (ScDetailPage, sc_detail_page, SC, DETAIL_PAGE, AdwNavigationPage)

ScDetailPage *sc_detail_page_new             (ScStatusTable *table,
                                              ScHistory     *history,
                                              ScExamples    *examples,
                                              ScConstants   *constants,
                                              ScStatusCode  *status_code);
void          sc_detail_page_show_code       (ScDetailPage  *self,
                                              ScStatusCode  *status_code);
ScStatusCode *sc_detail_page_get_status_code (ScDetailPage *self);
void          sc_detail_page_focus_content   (ScDetailPage *self);

G_END_DECLS
