/* sc-test-utils.h
 *
 * Copyright 2026 The Status Codes authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "sc-application.h"

G_BEGIN_DECLS

typedef gboolean (*ScTestCondition) (gpointer data);

void           sc_test_init_widgets    (int    *argc,
                                        char ***argv);
ScApplication *sc_test_get_application (void);
void           sc_test_iterate         (guint   milliseconds);
gboolean       sc_test_wait_until      (ScTestCondition condition,
                                        gpointer        data,
                                        guint           timeout_ms);

G_END_DECLS
