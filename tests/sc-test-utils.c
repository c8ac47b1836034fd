/* sc-test-utils.c
 *
 * Copyright 2026 The Status Codes authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "sc-test-utils.h"

void
sc_test_init_widgets (int    *argc,
                      char ***argv)
{
  gtk_test_init (argc, argv, NULL);
  adw_init ();
}

/* The registered application, as GApplication has it after start-up, but
 * without running its main loop: the tests drive the loop themselves. One per
 * test program, as in the real app; it is non-unique so that test programs
 * running in parallel do not find each other on the bus. */
ScApplication *
sc_test_get_application (void)
{
  static ScApplication *app;

  if (app == NULL)
    {
      g_autoptr(GError) error = NULL;

      app = sc_application_new ();
      g_application_set_flags (G_APPLICATION (app), G_APPLICATION_NON_UNIQUE);
      g_application_register (G_APPLICATION (app), NULL, &error);
      g_assert_no_error (error);
    }

  return app;
}

static gboolean
sc_test_iterate_timeout_cb (gpointer user_data)
{
  gboolean *done = user_data;

  *done = TRUE;

  return G_SOURCE_REMOVE;
}

/* Runs the main context for a while, so that idle handlers, layout and
 * deferred work happen as they would in the running app. */
void
sc_test_iterate (guint milliseconds)
{
  gboolean done = FALSE;

  g_timeout_add (milliseconds, sc_test_iterate_timeout_cb, &done);
  while (!done)
    g_main_context_iteration (NULL, TRUE);
}

/* Runs the main context until @condition holds, for at most @timeout_ms:
 * for what takes as long as an animation, and longer under a sanitizer.
 * Returns whether it holds. */
gboolean
sc_test_wait_until (ScTestCondition condition,
                    gpointer        data,
                    guint           timeout_ms)
{
  gint64 deadline = g_get_monotonic_time () + (gint64) timeout_ms * 1000;

  while (!condition (data) && g_get_monotonic_time () < deadline)
    sc_test_iterate (20);

  return condition (data);
}
