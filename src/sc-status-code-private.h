/* sc-status-code-private.h
 *
 * Copyright 2026 The Status Codes authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "sc-status-code.h"

G_BEGIN_DECLS

/* The table loader fills the fields directly; everything else reads them
 * through the accessors and properties. */
struct _ScStatusCode
{
  GObject        parent_instance;

  guint          code;
  ScStatusFlags  flags;
  char          *phrase;
  /* What goes on the wire where it is not "code phrase": another code and
   * phrase (wire_code and wire_phrase), the same code with another phrase
   * (wire_phrase alone), or nothing (sends_nothing). */
  guint          wire_code;
  char          *wire_phrase;
  gboolean       sends_nothing;
  char          *title;
  char         **former;
  char          *vendor;
  char          *summary;
  char          *description;
  char         **causes;
  char         **client_actions;
  char         **server_actions;
  char          *api;
  char          *spec_ref;
  char          *spec_url;
  GPtrArray     *headers;
  GPtrArray     *related;

  /* The untranslated texts, kept only where a translation replaced them, so
   * that a search in English finds the code in any language. */
  char          *english_title;
  char          *english_summary;
  char          *english_description;
};

ScStatusCode *sc_status_code_new (guint code);

G_END_DECLS
