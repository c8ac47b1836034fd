/* replay.c
 *
 * Copyright 2026 The Status Codes authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* Runs a fuzz target over every file of the directories it is given, the
 * seeds and the inputs that once crashed it, in an ordinary build: the
 * corpus is a test like any other. Prints TAP. */

#include "config.h"

#include <stdlib.h>

#include <glib.h>

int LLVMFuzzerTestOneInput (const guint8 *data,
                            size_t        size);

static guint n_inputs;

static void
replay_file (const char *path)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *contents = NULL;
  gsize length;

  if (!g_file_get_contents (path, &contents, &length, &error))
    g_error ("%s", error->message);

  LLVMFuzzerTestOneInput ((const guint8 *) contents, length);
  g_print ("ok %u %s\n", ++n_inputs, path);
}

static void
replay_directory (const char *path)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GDir) dir = g_dir_open (path, 0, &error);
  g_autoptr(GPtrArray) names = g_ptr_array_new_with_free_func (g_free);
  const char *name;

  if (dir == NULL)
    g_error ("%s", error->message);

  while ((name = g_dir_read_name (dir)) != NULL)
    g_ptr_array_add (names, g_build_filename (path, name, NULL));
  g_ptr_array_sort_values (names, (GCompareFunc) g_strcmp0);

  for (guint i = 0; i < names->len; i++)
    replay_file (g_ptr_array_index (names, i));
}

int
main (int   argc,
      char *argv[])
{
  for (int i = 1; i < argc; i++)
    {
      if (g_file_test (argv[i], G_FILE_TEST_IS_DIR))
        replay_directory (argv[i]);
      else
        replay_file (argv[i]);
    }

  if (n_inputs == 0)
    g_error ("no inputs to replay");

  g_print ("1..%u\n", n_inputs);

  return EXIT_SUCCESS;
}
