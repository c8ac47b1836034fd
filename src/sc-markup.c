/* sc-markup.c
 *
 * Copyright 2026 The Status Codes authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "sc-markup"

#include "config.h"

#include <glib/gi18n.h>

#include "sc-markup.h"

/* What every loader of our data files does the same way: run GMarkup over
 * the whole document, say where a broken one breaks, and translate. */

/**
 * sc_markup_parse:
 * @parser: the loader's callbacks
 * @flags: flags for the parse context
 * @user_data: the loader's state, for @parser
 * @bytes: the document
 * @error: the location for an error
 *
 * Parses all of @bytes, empty or not, as one document.
 *
 * Returns: %TRUE on success; %FALSE with @error set, its message text
 *   even where GMarkup quoted the bytes that broke the document
 */
gboolean
sc_markup_parse (const GMarkupParser  *parser,
                 GMarkupParseFlags     flags,
                 gpointer              user_data,
                 GBytes               *bytes,
                 GError              **error)
{
  g_autoptr(GMarkupParseContext) context = NULL;
  g_autoptr(GError) local_error = NULL;
  gconstpointer data;
  gsize size;

  g_return_val_if_fail (parser != NULL, FALSE);
  g_return_val_if_fail (bytes != NULL, FALSE);

  /* Empty bytes may have no data at all, which GMarkup refuses. */
  data = g_bytes_get_data (bytes, &size);
  if (data == NULL)
    data = "";
  context = g_markup_parse_context_new (parser, flags, user_data, NULL);

  /* With a passthrough callback, GMarkup can set an error for a processing
   * instruction that is not UTF-8 and still report success (found by the
   * fuzzer), so an error counts whatever GMarkup returns. */
  if (g_markup_parse_context_parse (context, data, size, &local_error) &&
      local_error == NULL &&
      g_markup_parse_context_end_parse (context, &local_error) &&
      local_error == NULL)
    return TRUE;

  /* GMarkup may quote a broken name with the bytes that broke it (found by
   * the fuzzer); a message is shown to people, so it must be text. */
  if (!g_utf8_validate (local_error->message, -1, NULL))
    {
      char *valid = g_utf8_make_valid (local_error->message, -1);

      g_free (local_error->message);
      local_error->message = valid;
    }
  g_propagate_error (error, g_steal_pointer (&local_error));

  return FALSE;
}

/**
 * sc_markup_set_error:
 * @context: the parse context, at the place of the error
 * @error: the location for the error
 * @format: what is wrong there
 * @...: the arguments of @format
 *
 * Sets @error to say what is wrong, and at which line and column.
 */
void
sc_markup_set_error (GMarkupParseContext  *context,
                     GError              **error,
                     const char           *format,
                     ...)
{
  g_autofree char *message = NULL;
  va_list args;
  int line, column;

  va_start (args, format);
  message = g_strdup_vprintf (format, args);
  va_end (args);

  g_markup_parse_context_get_position (context, &line, &column);
  g_set_error (error, G_MARKUP_ERROR, G_MARKUP_ERROR_INVALID_CONTENT,
               "Line %d, column %d: %s", line, column, message);
}

/**
 * sc_markup_load_resource:
 * @path: a path in the GResource
 * @load: the loader of what the document at @path holds
 * @error: the location for an error
 *
 * Loads the document at @path with @load; an error names @path.
 *
 * Returns: (transfer full) (nullable): what @load returns
 */
gpointer
sc_markup_load_resource (const char        *path,
                         ScMarkupLoadFunc   load,
                         GError           **error)
{
  g_autoptr(GBytes) bytes = NULL;
  gpointer loaded;

  g_return_val_if_fail (path != NULL, NULL);
  g_return_val_if_fail (load != NULL, NULL);

  bytes = g_resources_lookup_data (path, G_RESOURCE_LOOKUP_FLAGS_NONE, error);
  if (bytes == NULL)
    return NULL;

  loaded = load (bytes, error);
  if (loaded == NULL)
    g_prefix_error (error, "%s: ", path);

  return loaded;
}

/**
 * sc_markup_translate_gettext:
 * @context: the message context, such as a code
 * @msgid: the English text
 * @user_data: unused
 *
 * The translation a loader uses unless it is given another.
 *
 * Returns: the translation of @msgid in @context
 */
const char *
sc_markup_translate_gettext (const char *context,
                             const char *msgid,
                             gpointer    user_data)
{
  return g_dpgettext2 (GETTEXT_PACKAGE, context, msgid);
}
