/* sc-test-pot.c
 *
 * Copyright 2026 The Status Codes authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* What the GTK-free loaders of translated data have in common in their
 * tests: the strings they ask gettext for must be exactly those that
 * xgettext extracts through the ITS rules, or translators never see some
 * and the app asks for others that no catalogue has. */

#include "config.h"

#include <string.h>

#include "sc-test-pot.h"

/* The msgctxt and msgid of each entry of a POT, as "context\004msgid", for
 * the entries that have a context; xgettext --no-wrap writes each on one
 * line. */
GHashTable *
sc_test_read_pot_entries (const char *path)
{
  g_autofree char *contents = NULL;
  g_autofree char *context = NULL;
  g_autoptr(GError) error = NULL;
  g_auto(GStrv) lines = NULL;
  GHashTable *entries = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);

  g_file_get_contents (path, &contents, NULL, &error);
  g_assert_no_error (error);
  lines = g_strsplit (contents, "\n", -1);

  for (guint i = 0; lines[i] != NULL; i++)
    {
      g_autofree char *quoted = NULL;
      const char *quote = strchr (lines[i], '"');

      if (quote == NULL)
        continue;
      quoted = g_strndup (quote + 1, strlen (quote + 1) - 1);

      if (g_str_has_prefix (lines[i], "msgctxt "))
        {
          g_free (context);
          context = g_strcompress (quoted);
        }
      else if (g_str_has_prefix (lines[i], "msgid ") && context != NULL)
        {
          g_autofree char *msgid = g_strcompress (quoted);

          g_hash_table_add (entries, g_strconcat (context, "\004", msgid, NULL));
          g_clear_pointer (&context, g_free);
        }
    }

  return entries;
}

/* A translation function for the loaders that records what it is asked
 * for in @user_data, a set of "context\004msgid", and translates nothing. */
const char *
sc_test_record_lookup (const char *context,
                       const char *msgid,
                       gpointer    user_data)
{
  g_hash_table_add (user_data, g_strconcat (context, "\004", msgid, NULL));
  return msgid;
}

/* Compares @looked_up with the POT that tests/meson.build extracts into
 * the build directory as @pot_name. */
void
sc_test_assert_lookups_match_pot (const char *pot_name,
                                  GHashTable *looked_up)
{
  g_autofree char *path = g_build_filename (g_getenv ("SC_BUILD_DIR"), "tests", pot_name, NULL);
  g_autoptr(GHashTable) pot = sc_test_read_pot_entries (path);
  GHashTableIter iter;
  const char *key;

  g_assert_cmpuint (g_hash_table_size (pot), >, 0);

  g_hash_table_iter_init (&iter, looked_up);
  while (g_hash_table_iter_next (&iter, (gpointer *) &key, NULL))
    if (!g_hash_table_contains (pot, key))
      g_error ("the loader looks up a string that is not in %s: %s", pot_name, key);

  g_hash_table_iter_init (&iter, pot);
  while (g_hash_table_iter_next (&iter, (gpointer *) &key, NULL))
    if (!g_hash_table_contains (looked_up, key))
      g_error ("%s has a string that the loader never looks up: %s", pot_name, key);
}
