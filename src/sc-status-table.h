/* sc-status-table.h
 *
 * Copyright 2026 The Status Codes authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "sc-status-code.h"

G_BEGIN_DECLS

/* Looks up the translation of @msgid in @context (the code, such as "404").
 * The default is g_dpgettext2() in our gettext domain. */
typedef const char *(*ScTranslateFunc) (const char *context,
                                        const char *msgid,
                                        gpointer    user_data);

#define SC_TYPE_STATUS_TABLE (sc_status_table_get_type())

G_DECLARE_FINAL_TYPE (ScStatusTable, sc_status_table, SC, STATUS_TABLE, GObject)

ScStatusTable *sc_status_table_load_resource   (const char       *path,
                                                GError          **error);
ScStatusTable *sc_status_table_load_bytes      (GBytes           *bytes,
                                                GError          **error);
ScStatusTable *sc_status_table_load_bytes_full (GBytes           *bytes,
                                                ScTranslateFunc   translate,
                                                gpointer          user_data,
                                                GError          **error);
ScStatusCode  *sc_status_table_lookup          (ScStatusTable    *self,
                                                guint             code);
char          *sc_normalize_text               (const char       *text,
                                                gboolean          paragraphs);

G_END_DECLS
