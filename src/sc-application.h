/* sc-application.h
 *
 * Copyright 2026 The Status Codes authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "sc-constants.h"
#include "sc-examples.h"
#include "sc-guide.h"
#include "sc-history.h"
#include "sc-search.h"
#include "sc-status-table.h"

G_BEGIN_DECLS

#define SC_TYPE_APPLICATION (sc_application_get_type())

G_DECLARE_FINAL_TYPE (ScApplication, sc_application, SC, APPLICATION, AdwApplication)

typedef struct _ScWindow ScWindow;

ScApplication *sc_application_new             (void);
ScStatusTable *sc_application_get_table       (ScApplication *self);
ScConstants   *sc_application_get_constants   (ScApplication *self);
ScSearch      *sc_application_get_search      (ScApplication *self);
ScHistory     *sc_application_get_history     (ScApplication *self);
ScGuide       *sc_application_get_guide       (ScApplication *self);
ScExamples    *sc_application_get_examples    (ScApplication *self);
ScWindow      *sc_application_get_main_window (ScApplication *self);

G_END_DECLS
