/* sc-guide-page.h
 *
 * Copyright 2026 The Status Codes authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "sc-guide.h"
#include "sc-status-table.h"

G_BEGIN_DECLS

#define SC_TYPE_GUIDE_PAGE (sc_guide_page_get_type())

G_DECLARE_FINAL_TYPE (ScGuidePage, sc_guide_page, SC, GUIDE_PAGE, AdwNavigationPage)

ScGuidePage           *sc_guide_page_new_question (ScStatusTable         *table,
                                                   const ScGuideQuestion *question,
                                                   ScGuidePage           *previous);
ScGuidePage           *sc_guide_page_new_result   (ScStatusTable         *table,
                                                   const ScGuideResult   *result,
                                                   ScGuidePage           *previous);
const ScGuideQuestion *sc_guide_page_get_question (ScGuidePage           *self);
const ScGuideResult   *sc_guide_page_get_result   (ScGuidePage           *self);
void                   sc_guide_page_focus_first  (ScGuidePage           *self);

G_END_DECLS
