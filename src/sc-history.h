/* sc-history.h
 *
 * Copyright 2026 The Status Codes authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "sc-status-table.h"

G_BEGIN_DECLS

/* Where a code stands in the IANA registry today. */
typedef enum
{
  SC_REGISTRY_STATUS_NONE,
  SC_REGISTRY_STATUS_PERMANENT,
  SC_REGISTRY_STATUS_TEMPORARY,
  SC_REGISTRY_STATUS_UNUSED,
  SC_REGISTRY_STATUS_OBSOLETED,
} ScRegistryStatus;

/* The versions of HTTP whose messages may carry a code. HTTP/0.9 is not
 * among them: it had no status line at all. */
typedef enum
{
  SC_HTTP_VERSIONS_NONE = 0,
  SC_HTTP_VERSIONS_1_0  = 1 << 0,
  SC_HTTP_VERSIONS_1_1  = 1 << 1,
  SC_HTTP_VERSIONS_2    = 1 << 2,
  SC_HTTP_VERSIONS_3    = 1 << 3,
  SC_HTTP_VERSIONS_ALL  = 0xf,
} ScHttpVersions;

typedef enum
{
  SC_HISTORY_EVENT_INTRODUCED,
  SC_HISTORY_EVENT_RESTATED,
  SC_HISTORY_EVENT_RENAMED,
  SC_HISTORY_EVENT_DEPRECATED,
  SC_HISTORY_EVENT_UNUSED,
  SC_HISTORY_EVENT_REMOVED,
  SC_HISTORY_EVENT_OBSOLETED,
  SC_HISTORY_EVENT_REGISTERED,
} ScHistoryEventKind;

/* One step in a code's history: what happened, in which document and year.
 * @rfc is 0 when the document is not an RFC; @phrase is the code's name as
 * of the step, where the step names it. */
typedef struct _ScHistoryEvent
{
  ScHistoryEventKind  kind;
  char               *document;
  guint               rfc;
  guint               year;
  char               *phrase;
} ScHistoryEvent;

/* A code's history, oldest step first. The dates are set only for a
 * temporary registration; @extended may be invalid where there was no
 * extension. @note is translated and may be %NULL. */
typedef struct _ScHistoryEntry
{
  guint             code;
  ScRegistryStatus  registry;
  ScHttpVersions    versions;
  GDate             registered;
  GDate             extended;
  GDate             expires;
  GPtrArray        *events;
  char             *note;
} ScHistoryEntry;

#define SC_TYPE_HISTORY (sc_history_get_type())

G_DECLARE_FINAL_TYPE (ScHistory, sc_history, SC, HISTORY, GObject)

ScHistory            *sc_history_load_resource          (const char            *path,
                                                         GError               **error);
ScHistory            *sc_history_load_bytes             (GBytes                *bytes,
                                                         GError               **error);
ScHistory            *sc_history_load_bytes_full        (GBytes                *bytes,
                                                         ScTranslateFunc        translate,
                                                         gpointer               user_data,
                                                         GError               **error);
const ScHistoryEntry *sc_history_lookup                 (ScHistory             *self,
                                                         guint                  code);
guint                 sc_history_get_n_entries          (ScHistory             *self);
const ScHistoryEntry *sc_history_get_entry              (ScHistory             *self,
                                                         guint                  position);

char                 *sc_history_event_dup_text         (const ScHistoryEvent  *event);
char                 *sc_history_entry_dup_registry_text (const ScHistoryEntry *entry,
                                                         const GDate           *today);
gboolean              sc_history_entry_is_expired       (const ScHistoryEntry  *entry,
                                                         const GDate           *today);

G_END_DECLS
