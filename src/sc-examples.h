/* sc-examples.h
 *
 * Copyright 2026 The Status Codes authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "sc-status-table.h"

G_BEGIN_DECLS

/* A short HTTP/1.1 exchange that shows a code on the wire. Messages are raw
 * text with "\n" line ends and are never translated. @responses is empty
 * when nothing goes on the wire; @note then says why. @sent_as is 0, or the
 * code that the status line carries in place of @code (nginx's 494 goes out
 * as 400). @note is translated and may be %NULL otherwise. */
typedef struct _ScExample
{
  guint   code;
  guint   sent_as;
  char   *request;
  GStrv   responses;
  char   *note;
} ScExample;

#define SC_TYPE_EXAMPLES (sc_examples_get_type())

G_DECLARE_FINAL_TYPE (ScExamples, sc_examples, SC, EXAMPLES, GObject)

ScExamples      *sc_examples_load_resource   (const char       *path,
                                              GError          **error);
ScExamples      *sc_examples_load_bytes      (GBytes           *bytes,
                                              GError          **error);
ScExamples      *sc_examples_load_bytes_full (GBytes           *bytes,
                                              ScTranslateFunc   translate,
                                              gpointer          user_data,
                                              GError          **error);
const ScExample *sc_examples_lookup          (ScExamples       *self,
                                              guint             code);
guint            sc_examples_get_n_examples  (ScExamples       *self);
const ScExample *sc_examples_get_example     (ScExamples       *self,
                                              guint             position);

char            *sc_example_dup_text         (const ScExample  *example);

G_END_DECLS
