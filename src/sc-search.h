/* sc-search.h
 *
 * Copyright 2026 The Status Codes authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "sc-constants.h"
#include "sc-status-code.h"

G_BEGIN_DECLS

/* The longest query that is read, in bytes; the rest of a paste is ignored. */
#define SC_SEARCH_MAX_QUERY 1024

typedef struct _ScSearchResult ScSearchResult;

#define SC_TYPE_SEARCH_RESULT (sc_search_result_get_type())
GType           sc_search_result_get_type      (void);
ScSearchResult *sc_search_result_ref           (ScSearchResult *self);
void            sc_search_result_unref         (ScSearchResult *self);
guint           sc_search_result_get_n_matches (ScSearchResult *self);
guint           sc_search_result_get_code      (ScSearchResult *self,
                                                guint           position);
gboolean        sc_search_result_contains      (ScSearchResult *self,
                                                guint           code);
guint           sc_search_result_get_rank      (ScSearchResult *self,
                                                guint           code);
G_DEFINE_AUTOPTR_CLEANUP_FUNC (ScSearchResult, sc_search_result_unref)

#define SC_TYPE_SEARCH (sc_search_get_type())

G_DECLARE_FINAL_TYPE (ScSearch, sc_search, SC, SEARCH, GObject)

guint           sc_search_get_code_class (const char *query);
char           *sc_search_dup_match_hint (ScStatusCode *code,
                                          ScConstants  *constants,
                                          const char   *query);

ScSearch       *sc_search_new     (GListModel  *codes,
                                   ScConstants *constants);
void            sc_search_prepare (ScSearch    *self);
ScSearchResult *sc_search_run     (ScSearch    *self,
                                   const char  *query);

G_END_DECLS
