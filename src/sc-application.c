/* sc-application.c
 *
 * Copyright 2026 The Status Codes authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "sc-application"

#include "config.h"

#include <glib/gi18n.h>
#include <stdlib.h>
#include <string.h>
/* stdlib.h says whether this is glibc. */
#ifdef __GLIBC__
#include <malloc.h>
#endif

#include "sc-application.h"
#include "sc-log-value.h"
#include "sc-search-provider.h"
#include "sc-window.h"

struct _ScApplication
{
  AdwApplication  parent_instance;

  ScStatusTable    *table;
  ScConstants      *constants;
  ScSearch         *search;
  ScHistory        *history;
  ScExamples       *examples;
  ScGuide          *guide;
  ScSearchProvider *search_provider;
  /* Builds the search index once the first window has drawn. */
  GThread          *index_thread;
};

G_DEFINE_FINAL_TYPE (ScApplication, sc_application, ADW_TYPE_APPLICATION)

/**
 * sc_application_get_main_window:
 * @self: the application, started up
 *
 * Returns: (transfer none): the active window, created if there is none
 */
static gpointer
prepare_index_thread (gpointer data)
{
  sc_search_prepare (data);

  return NULL;
}

/* The search index is built once the window has drawn its first frame:
 * before, it would only compete with the window for the second core and
 * add to the memory the first frame needs. A search typed meanwhile waits
 * for it (see sc_search_prepare()). */
static void
first_paint_cb (GdkFrameClock *clock,
                ScApplication *self)
{
  g_signal_handlers_disconnect_by_func (clock, first_paint_cb, self);
  if (self->index_thread == NULL)
    self->index_thread = g_thread_new ("sc-index", prepare_index_thread, self->search);
}

static void
window_map_cb (GtkWidget     *window,
               ScApplication *self)
{
  g_signal_handlers_disconnect_by_func (window, window_map_cb, self);
  g_signal_connect (gtk_widget_get_frame_clock (window), "after-paint", G_CALLBACK (first_paint_cb), self);
}

ScWindow *
sc_application_get_main_window (ScApplication *self)
{
  GtkWindow *window = gtk_application_get_active_window (GTK_APPLICATION (self));

  if (window == NULL)
    {
      window = GTK_WINDOW (sc_window_new (self));
      g_signal_connect (window, "map", G_CALLBACK (window_map_cb), self);
    }

  return SC_WINDOW (window);
}

static void
sc_application_activate (GApplication *app)
{
  ScApplication *self = SC_APPLICATION (app);

  gtk_window_present (GTK_WINDOW (sc_application_get_main_window (self)));
}

static const GOptionEntry command_line_options[] = {
  { "version", 0, 0, G_OPTION_ARG_NONE, NULL, N_("Show the version and exit"), NULL },
  { "guide", 0, 0, G_OPTION_ARG_NONE, NULL, N_("Open the guide to which code to send"), NULL },
  { NULL }
};

static int
sc_application_handle_local_options (GApplication *app,
                                     GVariantDict *options)
{
  if (g_variant_dict_contains (options, "version"))
    {
      g_print ("%s %s\n", _("Status Codes"), PACKAGE_VERSION);
      return EXIT_SUCCESS;
    }

  return -1;
}

/* "status-codes 404" opens 404; anything else is a search, as if typed:
 * "status-codes teapot", "status-codes not found", "status-codes 5xx". A
 * code that is not in the table opens the search that says so, and a value
 * that logs show in place of a code, such as 000, is explained. */
static int
sc_application_command_line (GApplication            *app,
                             GApplicationCommandLine *command_line)
{
  ScApplication *self = SC_APPLICATION (app);
  g_autoptr(GPtrArray) words = g_ptr_array_new_with_free_func (g_free);
  g_auto(GStrv) arguments = NULL;
  g_autofree char *query = NULL;
  const char *explanation;
  gboolean is_number, is_in_range;
  guint first = 1;
  ScWindow *window;
  guint64 code;

  arguments = g_application_command_line_get_arguments (command_line, NULL);
  /* GApplication hands on the arguments as given, with the "--" that lets a
   * query begin with a dash, as in "status-codes -- -1". */
  if (g_strcmp0 (arguments[1], "--") == 0)
    first = 2;
  for (guint i = first; arguments[i] != NULL; i++)
    {
      /* Arguments come in the locale's encoding and may not be UTF-8. */
      char *word = g_locale_to_utf8 (arguments[i], -1, NULL, NULL, NULL);

      g_ptr_array_add (words, word ? word : g_utf8_make_valid (arguments[i], -1));
    }
  g_ptr_array_add (words, NULL);
  query = g_strstrip (g_strjoinv (" ", (GStrv) words->pdata));

  window = sc_application_get_main_window (self);
  if (g_variant_dict_contains (g_application_command_line_get_options_dict (command_line), "guide"))
    {
      sc_window_show_guide (window);
      gtk_window_present (GTK_WINDOW (window));
      return EXIT_SUCCESS;
    }

  is_number = query[0] != '\0' && strspn (query, "0123456789") == strlen (query);
  is_in_range = is_number && g_ascii_string_to_unsigned (query, 10, 100, 599, &code, NULL);

  if (is_in_range && sc_window_show_code (window, code))
    {
      gtk_window_present (GTK_WINDOW (window));
      return EXIT_SUCCESS;
    }

  if (query[0] != '\0')
    sc_window_search (window, query);

  /* Say why a number shows nothing: what it means where it is no code,
   * on standard output because it answers the question. */
  explanation = sc_log_value_explain (query);
  if (explanation != NULL)
    g_application_command_line_print (command_line, "%s: %s\n", query, explanation);
  else if (is_in_range)
    g_application_command_line_printerr (command_line,
                                         _("No status code %s is registered or in common use.\n"), query);
  else if (is_number)
    g_application_command_line_printerr (command_line,
                                         _("“%s” is not a status code: status codes run from 100 to 599.\n"), query);

  gtk_window_present (GTK_WINDOW (window));

  return EXIT_SUCCESS;
}

static void
sc_application_quit_action (GSimpleAction *action,
                            GVariant      *parameter,
                            gpointer       user_data)
{
  ScApplication *self = user_data;
  GList *windows;

  /* Destroying the windows lets each one save its state on the way out. */
  while ((windows = gtk_application_get_windows (GTK_APPLICATION (self))))
    gtk_window_destroy (windows->data);

  g_application_quit (G_APPLICATION (self));
}

static void
sc_application_about_action (GSimpleAction *action,
                             GVariant      *parameter,
                             gpointer       user_data)
{
  static const char *developers[] = { "The Status Codes authors", NULL };
  ScApplication *self = user_data;
  GtkWindow *window;
  AdwDialog *about;

  window = gtk_application_get_active_window (GTK_APPLICATION (self));
  about = adw_about_dialog_new_from_appdata (RESOURCE_PREFIX "/" APP_ID ".metainfo.xml",
                                             PACKAGE_VERSION);
  adw_about_dialog_set_developers (ADW_ABOUT_DIALOG (about), developers);
  adw_about_dialog_set_copyright (ADW_ABOUT_DIALOG (about), "© 2026 The Status Codes authors");
  /* Translators: Replace "translator-credits" with your name and email, one per line. */
  adw_about_dialog_set_translator_credits (ADW_ABOUT_DIALOG (about), _("translator-credits"));

  adw_dialog_present (about, GTK_WIDGET (window));
}

static const GActionEntry app_actions[] = {
  { "quit", sc_application_quit_action },
  { "about", sc_application_about_action },
};

/* Loads the table, the constants, each code's history and example and the
 * guide; started as a service for GNOME Shell's search, with no window to
 * wait for, it also builds the search index. None of it needs GTK, so this
 * runs on a thread of its own while GTK starts up, which takes far longer:
 * on a second core the data is ready when the window or the Shell needs it.
 * Returns the error, if any. */
static gpointer
load_table_thread (gpointer data)
{
  ScApplication *self = data;
  GError *error = NULL;

  self->table = sc_status_table_load_resource (RESOURCE_PREFIX "/status-codes.xml", &error);
  if (self->table == NULL)
    return error;

  self->constants = sc_constants_load_resource (RESOURCE_PREFIX "/constants.xml", &error);
  if (self->constants == NULL)
    return error;

  self->search = sc_search_new (G_LIST_MODEL (self->table), self->constants);
  if (g_application_get_flags (G_APPLICATION (self)) & G_APPLICATION_IS_SERVICE)
    sc_search_prepare (self->search);

  self->history = sc_history_load_resource (RESOURCE_PREFIX "/history.xml", &error);
  if (self->history == NULL)
    return error;

  self->examples = sc_examples_load_resource (RESOURCE_PREFIX "/examples.xml", &error);
  if (self->examples == NULL)
    return error;

  self->guide = sc_guide_load_resource (RESOURCE_PREFIX "/guide.xml", &error);
  if (self->guide == NULL || !sc_guide_validate_codes (self->guide, self->table, &error))
    return error;

  return NULL;
}

static void
sc_application_startup (GApplication *app)
{
  ScApplication *self = SC_APPLICATION (app);
  g_autoptr(GError) error = NULL;
  GThread *loader;

  /* main() has set the locale. GTK would set it again as it starts, while
   * the thread translates, and setlocale() is not safe against that. */
  if (!gtk_is_initialized ())
    gtk_disable_setlocale ();
  loader = g_thread_new ("sc-load-table", load_table_thread, self);

  G_APPLICATION_CLASS (sc_application_parent_class)->startup (app);

  /* The data is compiled into the binary and checked by the tests, so a
   * failure here is a broken build: say what is wrong and stop. */
  error = g_thread_join (loader);
  if (error != NULL)
    g_error ("The app's data cannot be read: %s", error->message);

  /* The detail page is made of selectable labels, and a page that slides in
   * gives focus to the first one. By default a label that takes focus
   * selects all its text: the page would open highlighted, and screen
   * readers would announce a selection before the focus. GNOME offers no
   * user setting for this; selecting with the mouse or Shift+arrows works
   * as before. */
  g_object_set (gtk_settings_get_default (), "gtk-label-select-on-focus", FALSE, NULL);

  g_action_map_add_action_entries (G_ACTION_MAP (self),
                                   app_actions,
                                   G_N_ELEMENTS (app_actions),
                                   self);
  gtk_application_set_accels_for_action (GTK_APPLICATION (self),
                                         "app.quit",
                                         (const char *[]) { "<Control>q", NULL });
  gtk_application_set_accels_for_action (GTK_APPLICATION (self),
                                         "window.close",
                                         (const char *[]) { "<Control>w", NULL });
}

static void
sc_application_shutdown (GApplication *app)
{
  ScApplication *self = SC_APPLICATION (app);

  if (self->index_thread != NULL)
    g_thread_join (g_steal_pointer (&self->index_thread));

  G_APPLICATION_CLASS (sc_application_parent_class)->shutdown (app);
}

static gboolean
sc_application_dbus_register (GApplication     *app,
                              GDBusConnection  *connection,
                              const char       *object_path,
                              GError          **error)
{
  ScApplication *self = SC_APPLICATION (app);
  g_autofree char *provider_path = g_strconcat (object_path, "/SearchProvider", NULL);

  if (!G_APPLICATION_CLASS (sc_application_parent_class)->dbus_register (app, connection, object_path, error))
    return FALSE;

  return sc_search_provider_export (self->search_provider, connection, provider_path, error);
}

static void
sc_application_dbus_unregister (GApplication    *app,
                                GDBusConnection *connection,
                                const char      *object_path)
{
  ScApplication *self = SC_APPLICATION (app);

  sc_search_provider_unexport (self->search_provider);

  G_APPLICATION_CLASS (sc_application_parent_class)->dbus_unregister (app, connection, object_path);
}

static void
sc_application_dispose (GObject *object)
{
  ScApplication *self = SC_APPLICATION (object);

  g_clear_object (&self->search_provider);
  g_clear_object (&self->search);
  g_clear_object (&self->history);
  g_clear_object (&self->examples);
  g_clear_object (&self->guide);
  g_clear_object (&self->constants);
  g_clear_object (&self->table);

  G_OBJECT_CLASS (sc_application_parent_class)->dispose (object);
}

static void
sc_application_class_init (ScApplicationClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GApplicationClass *app_class = G_APPLICATION_CLASS (klass);

  object_class->dispose = sc_application_dispose;

  app_class->activate = sc_application_activate;
  app_class->command_line = sc_application_command_line;
  app_class->handle_local_options = sc_application_handle_local_options;
  app_class->dbus_register = sc_application_dbus_register;
  app_class->dbus_unregister = sc_application_dbus_unregister;
  app_class->startup = sc_application_startup;
  app_class->shutdown = sc_application_shutdown;
}

static void
sc_application_init (ScApplication *self)
{
  self->search_provider = sc_search_provider_new (self);

  /* Started by the Shell for a search, stay a little for the next keystroke. */
  g_application_set_inactivity_timeout (G_APPLICATION (self), 10000);
  g_application_set_option_context_parameter_string (G_APPLICATION (self), _("[CODE | SEARCH…]"));
  g_application_set_option_context_summary (G_APPLICATION (self),
                                            _("Look up HTTP status codes.\n"
                                              "\n"
                                              "With a code from 100 to 599, such as 404, open it. With anything else,\n"
                                              "such as “teapot”, “not found” or “5xx”, open a search for it. A number\n"
                                              "that is not a known code, such as 999, opens an empty search and says why."));
  /* Options of our own also make GApplication parse the command line here,
   * in the invoking process: --help and unknown options are answered on
   * the terminal instead of being sent to the window. */
  g_application_add_main_option_entries (G_APPLICATION (self), command_line_options);
}

ScApplication *
sc_application_new (void)
{
#ifdef __GLIBC__
  /* The threads that load the data and build the index allocate once and
   * are done. With one malloc arena they reuse what GTK's start-up freed,
   * instead of each growing an arena of its own: measured, 1 MB less at
   * the app's peak. Call this before any thread starts. */
  mallopt (M_ARENA_MAX, 1);
#endif

  return g_object_new (SC_TYPE_APPLICATION,
                       "application-id", APP_ID,
                       "resource-base-path", RESOURCE_PREFIX,
                       "flags", G_APPLICATION_HANDLES_COMMAND_LINE,
                       NULL);
}

/**
 * sc_application_get_table:
 * @self: the application, started up
 *
 * Returns: (transfer none): the status table
 */
ScStatusTable *
sc_application_get_table (ScApplication *self)
{
  g_return_val_if_fail (SC_IS_APPLICATION (self), NULL);

  return self->table;
}

/**
 * sc_application_get_history:
 * @self: the application, started up
 *
 * Returns: (transfer none): each code's history
 */
ScHistory *
sc_application_get_history (ScApplication *self)
{
  g_return_val_if_fail (SC_IS_APPLICATION (self), NULL);

  return self->history;
}

/**
 * sc_application_get_examples:
 * @self: the application, started up
 *
 * Returns: (transfer none): each code's example exchange
 */
ScExamples *
sc_application_get_examples (ScApplication *self)
{
  g_return_val_if_fail (SC_IS_APPLICATION (self), NULL);

  return self->examples;
}

/**
 * sc_application_get_guide:
 * @self: the application, started up
 *
 * Returns: (transfer none): the guide to choosing a code
 */
ScGuide *
sc_application_get_guide (ScApplication *self)
{
  g_return_val_if_fail (SC_IS_APPLICATION (self), NULL);

  return self->guide;
}

/**
 * sc_application_get_constants:
 * @self: the application, started up
 *
 * Returns: (transfer none): the names that libraries give the codes
 */
ScConstants *
sc_application_get_constants (ScApplication *self)
{
  g_return_val_if_fail (SC_IS_APPLICATION (self), NULL);

  return self->constants;
}

/**
 * sc_application_get_search:
 * @self: the application, started up
 *
 * Returns: (transfer none): the search over the status table
 */
ScSearch *
sc_application_get_search (ScApplication *self)
{
  g_return_val_if_fail (SC_IS_APPLICATION (self), NULL);

  return self->search;
}
