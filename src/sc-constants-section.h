/* sc-constants-section.h
 *
 * Copyright 2026 The Status Codes authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "sc-constants.h"

G_BEGIN_DECLS

#define SC_TYPE_CONSTANTS_SECTION (sc_constants_section_get_type())

G_DECLARE_FINAL_TYPE (ScConstantsSection, sc_constants_section, SC, CONSTANTS_SECTION, GtkBox)

void sc_constants_section_show_code (ScConstantsSection *self,
                                     ScConstants        *constants,
                                     guint               code);

G_END_DECLS
