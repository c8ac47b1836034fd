/* sc-search-provider.h
 *
 * Copyright 2026 The Status Codes authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "sc-application.h"

G_BEGIN_DECLS

#define SC_TYPE_SEARCH_PROVIDER (sc_search_provider_get_type())

G_DECLARE_FINAL_TYPE (ScSearchProvider, sc_search_provider, SC, SEARCH_PROVIDER, GObject)

ScSearchProvider *sc_search_provider_new      (ScApplication     *application);
gboolean          sc_search_provider_export   (ScSearchProvider  *self,
                                               GDBusConnection   *connection,
                                               const char        *object_path,
                                               GError           **error);
void              sc_search_provider_unexport (ScSearchProvider  *self);

G_END_DECLS
