/* sc-guide.h
 *
 * Copyright 2026 The Status Codes authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "sc-status-table.h"

G_BEGIN_DECLS

typedef struct _ScGuideQuestion ScGuideQuestion;
typedef struct _ScGuideResult   ScGuideResult;

/* One answer to a question. Exactly one of @question and @result is set:
 * where the answer leads. @target is the id of that question or result. */
typedef struct _ScGuideAnswer
{
  char                  *text;
  char                  *target;
  const ScGuideQuestion *question;
  const ScGuideResult   *result;
} ScGuideAnswer;

/* A question, translated, with two to five answers (ScGuideAnswer *), in
 * order of precedence where more than one could be true. */
struct _ScGuideQuestion
{
  char      *id;
  char      *text;
  GPtrArray *answers;
};

typedef enum
{
  SC_GUIDE_NEED_MUST,
  SC_GUIDE_NEED_SHOULD,
} ScGuideNeed;

/* A header field that a result's response carries; @name is never
 * translated. */
typedef struct _ScGuideHeader
{
  char        *name;
  ScGuideNeed  need;
} ScGuideHeader;

/* Codes that some send instead, and who and when, translated. */
typedef struct _ScGuideAlternative
{
  GArray *codes;
  char   *text;
} ScGuideAlternative;

/* Where the guide ends: the codes to send (guint, the one to prefer
 * first), a title, why, the header fields (ScGuideHeader *) and the
 * alternatives (ScGuideAlternative *), both possibly empty. */
struct _ScGuideResult
{
  char      *id;
  GArray    *codes;
  char      *title;
  char      *why;
  GPtrArray *headers;
  GPtrArray *alternatives;
};

#define SC_TYPE_GUIDE (sc_guide_get_type())

G_DECLARE_FINAL_TYPE (ScGuide, sc_guide, SC, GUIDE, GObject)

ScGuide               *sc_guide_load_resource       (const char       *path,
                                                     GError          **error);
ScGuide               *sc_guide_load_bytes          (GBytes           *bytes,
                                                     GError          **error);
ScGuide               *sc_guide_load_bytes_full     (GBytes           *bytes,
                                                     ScTranslateFunc   translate,
                                                     gpointer          user_data,
                                                     GError          **error);
gboolean               sc_guide_validate_codes      (ScGuide          *self,
                                                     ScStatusTable    *table,
                                                     GError          **error);
const ScGuideQuestion *sc_guide_get_first_question  (ScGuide          *self);
const ScGuideQuestion *sc_guide_lookup_question     (ScGuide          *self,
                                                     const char       *id);
const ScGuideResult   *sc_guide_lookup_result       (ScGuide          *self,
                                                     const char       *id);
guint                  sc_guide_get_n_questions     (ScGuide          *self);
const ScGuideQuestion *sc_guide_get_question        (ScGuide          *self,
                                                     guint             position);
guint                  sc_guide_get_n_results       (ScGuide          *self);
const ScGuideResult   *sc_guide_get_result          (ScGuide          *self,
                                                     guint             position);

G_END_DECLS
