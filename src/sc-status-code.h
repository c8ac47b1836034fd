/* sc-status-code.h
 *
 * Copyright 2026 The Status Codes authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

typedef enum
{
  SC_STATUS_FLAGS_NONE         = 0,
  SC_STATUS_FLAGS_UNOFFICIAL   = 1 << 0,
  SC_STATUS_FLAGS_WEBDAV       = 1 << 1,
  SC_STATUS_FLAGS_DEPRECATED   = 1 << 2,
  SC_STATUS_FLAGS_UNUSED       = 1 << 3,
  SC_STATUS_FLAGS_OBSOLETED    = 1 << 4,
  SC_STATUS_FLAGS_EXPERIMENTAL = 1 << 5,
  SC_STATUS_FLAGS_TEMPORARY    = 1 << 6,
} ScStatusFlags;

const char *sc_code_class_get_name    (guint code_class);
char       *sc_code_class_get_heading (guint code_class);

#define SC_TYPE_STATUS_FLAGS (sc_status_flags_get_type())
GType sc_status_flags_get_type (void);

/* A header field that matters for a code, and what it does there. */
typedef struct _ScHeaderNote
{
  char *name;
  char *note;
} ScHeaderNote;

#define SC_TYPE_HEADER_NOTE (sc_header_note_get_type())
GType         sc_header_note_get_type (void);
ScHeaderNote *sc_header_note_copy     (const ScHeaderNote *self);
void          sc_header_note_free     (ScHeaderNote       *self);
G_DEFINE_AUTOPTR_CLEANUP_FUNC (ScHeaderNote, sc_header_note_free)

/* A code that is related to, or often confused with, another, and how to tell
 * them apart. */
typedef struct _ScRelatedNote
{
  guint  code;
  char  *note;
} ScRelatedNote;

#define SC_TYPE_RELATED_NOTE (sc_related_note_get_type())
GType          sc_related_note_get_type (void);
ScRelatedNote *sc_related_note_copy     (const ScRelatedNote *self);
void           sc_related_note_free     (ScRelatedNote       *self);
G_DEFINE_AUTOPTR_CLEANUP_FUNC (ScRelatedNote, sc_related_note_free)

#define SC_TYPE_STATUS_CODE (sc_status_code_get_type())

G_DECLARE_FINAL_TYPE (ScStatusCode, sc_status_code, SC, STATUS_CODE, GObject)

guint               sc_status_code_get_code                (ScStatusCode *self);
guint               sc_status_code_get_code_class          (ScStatusCode *self);
ScStatusFlags       sc_status_code_get_flags               (ScStatusCode *self);
const char         *sc_status_code_get_phrase              (ScStatusCode *self);
guint               sc_status_code_get_wire_code           (ScStatusCode *self);
const char         *sc_status_code_get_wire_phrase         (ScStatusCode *self);
char               *sc_status_code_dup_wire_status         (ScStatusCode *self);
const char         *sc_status_code_get_title               (ScStatusCode *self);
char               *sc_status_code_dup_label               (ScStatusCode *self);
const char * const *sc_status_code_get_former              (ScStatusCode *self);
const char         *sc_status_code_get_vendor              (ScStatusCode *self);
const char         *sc_status_code_get_summary             (ScStatusCode *self);
const char         *sc_status_code_get_description         (ScStatusCode *self);
const char * const *sc_status_code_get_causes              (ScStatusCode *self);
const char * const *sc_status_code_get_client_actions      (ScStatusCode *self);
const char * const *sc_status_code_get_server_actions      (ScStatusCode *self);
const char         *sc_status_code_get_api                 (ScStatusCode *self);
const char         *sc_status_code_get_spec_ref            (ScStatusCode *self);
const char         *sc_status_code_get_spec_url            (ScStatusCode *self);
GPtrArray          *sc_status_code_get_headers             (ScStatusCode *self);
GPtrArray          *sc_status_code_get_related             (ScStatusCode *self);
const char         *sc_status_code_get_english_title       (ScStatusCode *self);
const char         *sc_status_code_get_english_summary     (ScStatusCode *self);
const char         *sc_status_code_get_english_description (ScStatusCode *self);

G_END_DECLS
