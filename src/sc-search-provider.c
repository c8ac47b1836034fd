/* sc-search-provider.c
 *
 * Copyright 2026 The Status Codes authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "sc-search-provider"

#include "config.h"

#include <string.h>

#include "sc-log-value.h"
#include "sc-search-provider.h"
#include "sc-shell-search-provider2.h"
#include "sc-window.h"

/* GNOME Shell's search: the same ranking as the window, top five. A value
 * that logs show in place of a code, such as 000, comes first, with its
 * explanation, under an identifier of its own. */

#define MAX_RESULTS 5
#define LOG_VALUE_PREFIX "log-value:"

struct _ScSearchProvider
{
  GObject                      parent_instance;

  ScApplication               *application;
  ScShellSearchProvider2      *skeleton;
};

G_DEFINE_FINAL_TYPE (ScSearchProvider, sc_search_provider, G_TYPE_OBJECT)

/* The Shell splits what the user typed into terms; the search wants it whole
 * again, so that "not found" and "HTTP/1.1 503" read as typed. */
static char *
join_terms (const char * const *terms)
{
  return g_strjoinv (" ", (GStrv) terms);
}

static GStrv
search (ScSearchProvider   *self,
        const char * const *terms)
{
  g_autofree char *query = join_terms (terms);
  g_autoptr(GStrvBuilder) ids = g_strv_builder_new ();
  g_autoptr(ScSearchResult) result = NULL;
  guint n_ids = 0;

  if (sc_log_value_explain (query) != NULL)
    {
      g_autofree char *value = g_strstrip (g_strdup (query));

      g_strv_builder_take (ids, g_strconcat (LOG_VALUE_PREFIX, value, NULL));
      n_ids++;
    }

  result = sc_search_run (sc_application_get_search (self->application), query);

  for (guint i = 0; result != NULL && i < sc_search_result_get_n_matches (result) && n_ids < MAX_RESULTS; i++, n_ids++)
    g_strv_builder_take (ids, g_strdup_printf ("%u", sc_search_result_get_code (result, i)));

  return g_strv_builder_end (ids);
}

/* The Shell calls while the app may have no window, so every call holds the
 * app for its inactivity timeout. */
static void
hold_briefly (ScSearchProvider *self)
{
  g_application_hold (G_APPLICATION (self->application));
  g_application_release (G_APPLICATION (self->application));
}

static gboolean
handle_get_initial_result_set (ScShellSearchProvider2  *skeleton,
                               GDBusMethodInvocation   *invocation,
                               const char * const      *terms,
                               ScSearchProvider        *self)
{
  g_auto(GStrv) results = search (self, terms);

  hold_briefly (self);
  sc_shell_search_provider2_complete_get_initial_result_set (skeleton, invocation,
                                                             (const char * const *) results);
  return G_DBUS_METHOD_INVOCATION_HANDLED;
}

static gboolean
handle_get_subsearch_result_set (ScShellSearchProvider2  *skeleton,
                                 GDBusMethodInvocation   *invocation,
                                 const char * const      *previous_results,
                                 const char * const      *terms,
                                 ScSearchProvider        *self)
{
  g_auto(GStrv) results = search (self, terms);

  hold_briefly (self);
  sc_shell_search_provider2_complete_get_subsearch_result_set (skeleton, invocation,
                                                               (const char * const *) results);
  return G_DBUS_METHOD_INVOCATION_HANDLED;
}

static ScStatusCode *
lookup_id (ScSearchProvider *self,
           const char       *id)
{
  guint64 code;

  if (!g_ascii_string_to_unsigned (id, 10, 100, 599, &code, NULL))
    return NULL;

  return sc_status_table_lookup (sc_application_get_table (self->application), code);
}

/* "log-value:000" → "000", for a value that has an explanation. */
static const char *
lookup_log_value (const char *id)
{
  const char *value;

  if (!g_str_has_prefix (id, LOG_VALUE_PREFIX))
    return NULL;

  value = id + strlen (LOG_VALUE_PREFIX);

  return sc_log_value_explain (value) != NULL ? value : NULL;
}

static gboolean
handle_get_result_metas (ScShellSearchProvider2  *skeleton,
                         GDBusMethodInvocation   *invocation,
                         const char * const      *ids,
                         ScSearchProvider        *self)
{
  g_autoptr(GIcon) icon = g_themed_icon_new (APP_ID);
  g_autofree char *icon_string = g_icon_to_string (icon);
  GVariantBuilder metas;

  hold_briefly (self);
  g_variant_builder_init (&metas, G_VARIANT_TYPE ("aa{sv}"));

  /* Identifiers that are not ours are left out, not an error. */
  for (guint i = 0; ids[i] != NULL; i++)
    {
      const char *log_value = lookup_log_value (ids[i]);
      ScStatusCode *code = lookup_id (self, ids[i]);
      g_autofree char *name = NULL;
      const char *description;

      if (log_value != NULL)
        {
          name = g_strdup (log_value);
          description = sc_log_value_explain (log_value);
        }
      else if (code != NULL)
        {
          name = sc_status_code_dup_label (code);
          description = sc_status_code_get_summary (code);
        }
      else
        continue;

      g_variant_builder_open (&metas, G_VARIANT_TYPE ("a{sv}"));
      g_variant_builder_add (&metas, "{sv}", "id", g_variant_new_string (ids[i]));
      g_variant_builder_add (&metas, "{sv}", "name", g_variant_new_string (name));
      g_variant_builder_add (&metas, "{sv}", "description", g_variant_new_string (description));
      g_variant_builder_add (&metas, "{sv}", "gicon", g_variant_new_string (icon_string));
      g_variant_builder_close (&metas);
    }

  sc_shell_search_provider2_complete_get_result_metas (skeleton, invocation, g_variant_builder_end (&metas));
  return G_DBUS_METHOD_INVOCATION_HANDLED;
}

/* The Shell's timestamp is not needed: GTK 4 takes focus through the
 * activation token that D-Bus activation passes on. */
static ScWindow *
present_window (ScSearchProvider *self)
{
  ScWindow *window = sc_application_get_main_window (self->application);

  gtk_window_present (GTK_WINDOW (window));

  return window;
}

static gboolean
handle_activate_result (ScShellSearchProvider2  *skeleton,
                        GDBusMethodInvocation   *invocation,
                        const char              *id,
                        const char * const      *terms,
                        guint                    timestamp,
                        ScSearchProvider        *self)
{
  ScStatusCode *code = lookup_id (self, id);
  const char *log_value = lookup_log_value (id);
  ScWindow *window = present_window (self);

  if (code != NULL)
    sc_window_show_code (window, sc_status_code_get_code (code));
  else if (log_value != NULL)
    sc_window_search (window, log_value);
  else
    {
      g_autofree char *query = join_terms (terms);

      sc_window_search (window, query);
    }

  sc_shell_search_provider2_complete_activate_result (skeleton, invocation);
  return G_DBUS_METHOD_INVOCATION_HANDLED;
}

static gboolean
handle_launch_search (ScShellSearchProvider2  *skeleton,
                      GDBusMethodInvocation   *invocation,
                      const char * const      *terms,
                      guint                    timestamp,
                      ScSearchProvider        *self)
{
  g_autofree char *query = join_terms (terms);

  sc_window_search (present_window (self), query);

  sc_shell_search_provider2_complete_launch_search (skeleton, invocation);
  return G_DBUS_METHOD_INVOCATION_HANDLED;
}

static void
sc_search_provider_dispose (GObject *object)
{
  ScSearchProvider *self = SC_SEARCH_PROVIDER (object);

  if (self->skeleton != NULL)
    sc_search_provider_unexport (self);
  g_clear_object (&self->skeleton);
  g_clear_weak_pointer (&self->application);

  G_OBJECT_CLASS (sc_search_provider_parent_class)->dispose (object);
}

static void
sc_search_provider_class_init (ScSearchProviderClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = sc_search_provider_dispose;
}

static void
sc_search_provider_init (ScSearchProvider *self)
{
  self->skeleton = sc_shell_search_provider2_skeleton_new ();

  g_signal_connect (self->skeleton, "handle-get-initial-result-set",
                    G_CALLBACK (handle_get_initial_result_set), self);
  g_signal_connect (self->skeleton, "handle-get-subsearch-result-set",
                    G_CALLBACK (handle_get_subsearch_result_set), self);
  g_signal_connect (self->skeleton, "handle-get-result-metas",
                    G_CALLBACK (handle_get_result_metas), self);
  g_signal_connect (self->skeleton, "handle-activate-result",
                    G_CALLBACK (handle_activate_result), self);
  g_signal_connect (self->skeleton, "handle-launch-search",
                    G_CALLBACK (handle_launch_search), self);
}

ScSearchProvider *
sc_search_provider_new (ScApplication *application)
{
  ScSearchProvider *self;

  g_return_val_if_fail (SC_IS_APPLICATION (application), NULL);

  self = g_object_new (SC_TYPE_SEARCH_PROVIDER, NULL);
  g_set_weak_pointer (&self->application, application);

  return self;
}

gboolean
sc_search_provider_export (ScSearchProvider  *self,
                           GDBusConnection   *connection,
                           const char        *object_path,
                           GError           **error)
{
  g_return_val_if_fail (SC_IS_SEARCH_PROVIDER (self), FALSE);

  return g_dbus_interface_skeleton_export (G_DBUS_INTERFACE_SKELETON (self->skeleton),
                                           connection, object_path, error);
}

void
sc_search_provider_unexport (ScSearchProvider *self)
{
  g_return_if_fail (SC_IS_SEARCH_PROVIDER (self));

  if (g_dbus_interface_skeleton_get_connection (G_DBUS_INTERFACE_SKELETON (self->skeleton)) != NULL)
    g_dbus_interface_skeleton_unexport (G_DBUS_INTERFACE_SKELETON (self->skeleton));
}
