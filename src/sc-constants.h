/* sc-constants.h
 *
 * Copyright 2026 The Status Codes authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

/* What a library's names for codes are: identifiers in its language, symbols
 * (Ruby, Elixir), or plain reason phrases that it looks codes up by. */
typedef enum
{
  SC_CONSTANT_KIND_IDENTIFIER,
  SC_CONSTANT_KIND_SYMBOL,
  SC_CONSTANT_KIND_PHRASE,
} ScConstantKind;

typedef enum
{
  /* The name the library uses for the code today. */
  SC_CONSTANT_STATE_CURRENT,
  /* An older name that the library still accepts without complaint. */
  SC_CONSTANT_STATE_ALIAS,
  /* A name that still works but that the library deprecates. */
  SC_CONSTANT_STATE_DEPRECATED,
  /* A name that an earlier release had and the checked one no longer has. */
  SC_CONSTANT_STATE_REMOVED,
  /* The library has no name for the code. */
  SC_CONSTANT_STATE_UNDEFINED,
} ScConstantState;

/* One library, as checked against one release of its source. */
typedef struct _ScLibrary
{
  char           *id;
  char           *name;
  /* The API that holds the names, such as "http.HTTPStatus". */
  char           *api;
  /* What goes before a name where it is used, such as "HTTPStatus.", or "". */
  char           *qualifier;
  char           *release;
  ScConstantKind  kind;
} ScLibrary;

/* One library's name for one code, or the fact that it has none. */
typedef struct _ScConstant
{
  const ScLibrary *library;
  guint            code;
  /* NULL where state is SC_CONSTANT_STATE_UNDEFINED. */
  char            *name;
  ScConstantState  state;
  /* The release that deprecated or removed the name, where known. */
  char            *since;
} ScConstant;

char *sc_constant_dup_qualified_name (const ScConstant *self);

#define SC_TYPE_CONSTANTS (sc_constants_get_type())

G_DECLARE_FINAL_TYPE (ScConstants, sc_constants, SC, CONSTANTS, GObject)

ScConstants      *sc_constants_load_resource    (const char   *path,
                                                 GError      **error);
ScConstants      *sc_constants_load_bytes       (GBytes       *bytes,
                                                 GError      **error);
guint             sc_constants_get_n_libraries  (ScConstants  *self);
const ScLibrary  *sc_constants_get_library      (ScConstants  *self,
                                                 guint         position);
const ScLibrary  *sc_constants_lookup_library   (ScConstants  *self,
                                                 const char   *id);
guint             sc_constants_get_n_entries    (ScConstants  *self);
const ScConstant *sc_constants_get_entry        (ScConstants  *self,
                                                 guint         position);
const ScConstant *sc_constants_lookup           (ScConstants  *self,
                                                 guint         code,
                                                 guint        *n_entries);

G_END_DECLS
