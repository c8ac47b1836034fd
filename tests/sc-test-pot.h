/* sc-test-pot.h
 *
 * Copyright 2026 The Status Codes authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

GHashTable *sc_test_read_pot_entries (const char *path);
const char *sc_test_record_lookup    (const char *context,
                                      const char *msgid,
                                      gpointer    user_data);
void        sc_test_assert_lookups_match_pot (const char *pot_name,
                                              GHashTable *looked_up);

G_END_DECLS
