/* sc-markup.h
 *
 * Copyright 2026 The Status Codes authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

/* A loader of one data file. Each loader passes a function of exactly this
 * type, not a cast of its own load_bytes(): calling a function through a
 * pointer of another type is undefined behaviour, and clang's UBSan in the
 * fuzz build stops on it. */
typedef gpointer (*ScMarkupLoadFunc) (GBytes  *bytes,
                                      GError **error);

gboolean    sc_markup_parse             (const GMarkupParser  *parser,
                                         GMarkupParseFlags     flags,
                                         gpointer              user_data,
                                         GBytes               *bytes,
                                         GError              **error);
void        sc_markup_set_error         (GMarkupParseContext  *context,
                                         GError              **error,
                                         const char           *format,
                                         ...) G_GNUC_PRINTF (3, 4);
gpointer    sc_markup_load_resource     (const char           *path,
                                         ScMarkupLoadFunc      load,
                                         GError              **error);
const char *sc_markup_translate_gettext (const char           *context,
                                         const char           *msgid,
                                         gpointer              user_data);

G_END_DECLS
