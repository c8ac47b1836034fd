/* sc-constants-section.c
 *
 * Copyright 2026 The Status Codes authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "sc-constants-section"

#include "config.h"

#include <glib/gi18n.h>

#include "sc-constants-section.h"

/* "In Code": what each library calls a code, one row per name, with the
 * libraries the user chose first and the others one click away. Which
 * libraries are chosen is the "libraries" setting, shared by every page. */

struct _ScConstantsSection
{
  GtkBox              parent_instance;

  GSettings          *settings;
  ScConstants        *constants;
  guint               code;
  /* The rows in the list and in "Other Libraries", kept from one code to
   * the next. */
  GPtrArray          *chosen_rows;
  GPtrArray          *other_rows;
  GSimpleActionGroup *library_actions;

  GtkMenuButton      *choose_button;
  GtkListBox         *chosen_list;
  AdwExpanderRow     *others_row;
  gboolean            others_filled;
};

G_DEFINE_FINAL_TYPE (ScConstantsSection, sc_constants_section, GTK_TYPE_BOX)

static char *
describe_state (const ScConstant *constant)
{
  switch (constant->state)
    {
    case SC_CONSTANT_STATE_CURRENT:
      return NULL;

    case SC_CONSTANT_STATE_ALIAS:
      return g_strdup (_("Older name, still accepted"));

    case SC_CONSTANT_STATE_DEPRECATED:
      if (constant->since != NULL)
        /* Translators: A library's name for a code that it deprecates, such as “Deprecated since 3.1.0”. */
        return g_strdup_printf (_("Deprecated since %s"), constant->since);
      return g_strdup (_("Deprecated"));

    case SC_CONSTANT_STATE_REMOVED:
      if (constant->since != NULL)
        /* Translators: A library's name for a code that a release took out, such as “Removed in 7.0.0”. */
        return g_strdup_printf (_("Removed in %s"), constant->since);
      return g_strdup (_("Removed"));

    case SC_CONSTANT_STATE_UNDEFINED:
      return NULL;

    default:
      g_assert_not_reached ();
    }
}

/* "Python 3.13.5 · http.HTTPStatus · Deprecated since 3.13": the library,
 * the release its source was read at, and what the name is there. */
static char *
describe_library (const ScConstant *constant)
{
  const ScLibrary *library = constant->library;
  g_autofree char *state = describe_state (constant);
  GString *text = g_string_new (NULL);

  g_string_append_printf (text, "%s %s · %s", library->name, library->release, library->api);
  if (library->kind == SC_CONSTANT_KIND_PHRASE && constant->state != SC_CONSTANT_STATE_UNDEFINED)
    g_string_append_printf (text, " · %s", _("A reason phrase, not a name"));
  if (state != NULL)
    g_string_append_printf (text, " · %s", state);

  return g_string_free (text, FALSE);
}

/* A row is made once and shows one library's name after another: a page
 * keeps its rows from one code to the next. */
static GtkWidget *
make_row (void)
{
  GtkWidget *row = adw_action_row_new ();
  GtkWidget *copy = gtk_button_new_from_icon_name ("edit-copy-symbolic");

  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  /* Only the copy button acts: the row itself is no Tab stop. */
  gtk_widget_set_focusable (row, FALSE);

  gtk_widget_set_tooltip_text (copy, _("Copy Name"));
  gtk_widget_set_valign (copy, GTK_ALIGN_CENTER);
  gtk_widget_add_css_class (copy, "flat");
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), copy);
  g_object_set_data (G_OBJECT (row), "copy-button", copy);

  return row;
}

static void
set_row (GtkWidget        *row,
         const ScConstant *constant)
{
  g_autofree char *subtitle = describe_library (constant);
  GtkWidget *copy = g_object_get_data (G_OBJECT (row), "copy-button");
  gboolean defined = constant->state != SC_CONSTANT_STATE_UNDEFINED;

  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
  gtk_widget_set_visible (copy, defined);
  if (defined)
    {
      g_autofree char *name = sc_constant_dup_qualified_name (constant);

      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), name);
      gtk_actionable_set_action_target (GTK_ACTIONABLE (copy), "s", name);
      gtk_actionable_set_action_name (GTK_ACTIONABLE (copy), "constants.copy");
      gtk_widget_remove_css_class (row, "dim-title");
      gtk_widget_add_css_class (row, "constant");
    }
  else
    {
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), _("Not defined"));
      /* A hidden button still has an action; one without a name has none. */
      gtk_actionable_set_action_name (GTK_ACTIONABLE (copy), NULL);
      gtk_widget_remove_css_class (row, "constant");
      gtk_widget_add_css_class (row, "dim-title");
    }
}

/* Shows the names in @constants (of ScConstant) in @rows, the chosen
 * libraries' rows in the list before "Other Libraries", the others' in it:
 * reuses the rows there are, and makes or takes away the difference. */
static void
set_rows (ScConstantsSection *self,
          GPtrArray          *rows,
          GArray             *constants)
{
  guint n_constants = constants->len;

  for (guint i = 0; i < n_constants; i++)
    {
      if (i == rows->len)
        {
          GtkWidget *row = make_row ();

          if (rows == self->chosen_rows)
            gtk_list_box_insert (self->chosen_list, row, i);
          else
            adw_expander_row_add_row (self->others_row, row);
          g_ptr_array_add (rows, row);
        }
      set_row (g_ptr_array_index (rows, i), &g_array_index (constants, ScConstant, i));
    }

  for (guint i = n_constants; i < rows->len; i++)
    {
      GtkWidget *row = g_ptr_array_index (rows, i);

      if (rows == self->chosen_rows)
        gtk_list_box_remove (self->chosen_list, row);
      else
        adw_expander_row_remove (self->others_row, row);
    }
  if (rows->len > n_constants)
    g_ptr_array_set_size (rows, n_constants);
}

/* The names of the chosen libraries (@chosen_part) or of the others, each
 * library in the data's order; a library with no entry for the code has no
 * name for it, and says so rather than leave a blank. */
static GArray *
collect_part (ScConstantsSection *self,
              gboolean            chosen_part)
{
  g_auto(GStrv) chosen = g_settings_get_strv (self->settings, "libraries");
  GArray *part = g_array_new (FALSE, FALSE, sizeof (ScConstant));
  const ScConstant *entries;
  guint n_entries;

  entries = sc_constants_lookup (self->constants, self->code, &n_entries);
  for (guint i = 0; i < sc_constants_get_n_libraries (self->constants); i++)
    {
      const ScLibrary *library = sc_constants_get_library (self->constants, i);
      ScConstant undefined = { library, self->code, NULL, SC_CONSTANT_STATE_UNDEFINED, NULL };
      guint before = part->len;

      if (g_strv_contains ((const char * const *) chosen, library->id) != chosen_part)
        continue;

      for (guint j = 0; j < n_entries; j++)
        if (entries[j].library == library)
          g_array_append_val (part, entries[j]);
      if (part->len == before)
        g_array_append_val (part, undefined);
    }

  return part;
}

/* Rows for the chosen libraries go before "Other Libraries". The others'
 * rows are filled when the expander opens: most pages are read without. */
static void
fill (ScConstantsSection *self)
{
  g_autoptr(GArray) chosen = NULL;
  g_autoptr(GArray) others = NULL;

  if (self->constants == NULL)
    return;

  chosen = collect_part (self, TRUE);
  others = collect_part (self, FALSE);
  set_rows (self, self->chosen_rows, chosen);
  gtk_widget_set_visible (GTK_WIDGET (self->others_row), others->len > 0);
  self->others_filled = adw_expander_row_get_expanded (self->others_row);
  if (self->others_filled)
    set_rows (self, self->other_rows, others);
}

static void
others_expanded_cb (ScConstantsSection *self)
{
  g_autoptr(GArray) others = NULL;

  if (self->others_filled || self->constants == NULL || !adw_expander_row_get_expanded (self->others_row))
    return;

  others = collect_part (self, FALSE);
  set_rows (self, self->other_rows, others);
  self->others_filled = TRUE;
}

static void
library_state_cb (GSimpleAction *action,
                  GVariant      *state,
                  gpointer       user_data)
{
  ScConstantsSection *self = user_data;
  g_auto(GStrv) chosen = g_settings_get_strv (self->settings, "libraries");
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();
  g_auto(GStrv) updated = NULL;
  const char *id = g_action_get_name (G_ACTION (action));

  for (guint i = 0; chosen[i] != NULL; i++)
    if (!g_str_equal (chosen[i], id))
      g_strv_builder_add (builder, chosen[i]);
  if (g_variant_get_boolean (state))
    g_strv_builder_add (builder, id);
  updated = g_strv_builder_end (builder);

  g_simple_action_set_state (action, state);
  g_settings_set_strv (self->settings, "libraries", (const char * const *) updated);
}

/* One check item per library in the "Choose Libraries" menu. */
static void
build_chooser (ScConstantsSection *self)
{
  g_auto(GStrv) chosen = g_settings_get_strv (self->settings, "libraries");
  g_autoptr(GMenu) menu = g_menu_new ();

  for (guint i = 0; i < sc_constants_get_n_libraries (self->constants); i++)
    {
      const ScLibrary *library = sc_constants_get_library (self->constants, i);
      g_autoptr(GSimpleAction) action = NULL;
      g_autofree char *detailed = g_strconcat ("libraries.", library->id, NULL);

      action = g_simple_action_new_stateful (library->id, NULL,
                                             g_variant_new_boolean (g_strv_contains ((const char * const *) chosen,
                                                                                     library->id)));
      g_signal_connect_object (action, "change-state", G_CALLBACK (library_state_cb), self, G_CONNECT_DEFAULT);
      g_action_map_add_action (G_ACTION_MAP (self->library_actions), G_ACTION (action));
      g_menu_append (menu, library->name, detailed);
    }

  gtk_menu_button_set_menu_model (self->choose_button, G_MENU_MODEL (menu));
}

static void
libraries_changed_cb (ScConstantsSection *self)
{
  g_auto(GStrv) chosen = g_settings_get_strv (self->settings, "libraries");
  g_auto(GStrv) ids = g_action_group_list_actions (G_ACTION_GROUP (self->library_actions));

  /* The state is set, not changed: a change would write the setting again. */
  for (guint i = 0; ids[i] != NULL; i++)
    g_simple_action_set_state (G_SIMPLE_ACTION (g_action_map_lookup_action (G_ACTION_MAP (self->library_actions), ids[i])),
                               g_variant_new_boolean (g_strv_contains ((const char * const *) chosen, ids[i])));
  fill (self);
}

static void
copy_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  const char *text = g_variant_get_string (parameter, NULL);
  GtkWidget *overlay = gtk_widget_get_ancestor (widget, ADW_TYPE_TOAST_OVERLAY);

  gdk_clipboard_set_text (gtk_widget_get_clipboard (widget), text);
  if (overlay != NULL)
    {
      /* Translators: A notification after copying, such as “Copied “404 Not Found””. */
      g_autofree char *title = g_strdup_printf (_("Copied “%s”"), text);

      adw_toast_overlay_add_toast (ADW_TOAST_OVERLAY (overlay), adw_toast_new (title));
    }
}

static void
sc_constants_section_dispose (GObject *object)
{
  ScConstantsSection *self = SC_CONSTANTS_SECTION (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), SC_TYPE_CONSTANTS_SECTION);
  g_clear_pointer (&self->chosen_rows, g_ptr_array_unref);
  g_clear_pointer (&self->other_rows, g_ptr_array_unref);
  g_clear_object (&self->library_actions);
  g_clear_object (&self->constants);
  g_clear_object (&self->settings);

  G_OBJECT_CLASS (sc_constants_section_parent_class)->dispose (object);
}

static void
sc_constants_section_class_init (ScConstantsSectionClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = sc_constants_section_dispose;

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_PREFIX "/sc-constants-section.ui");
  gtk_widget_class_bind_template_child (widget_class, ScConstantsSection, choose_button);
  gtk_widget_class_bind_template_child (widget_class, ScConstantsSection, chosen_list);
  gtk_widget_class_bind_template_child (widget_class, ScConstantsSection, others_row);

  gtk_widget_class_install_action (widget_class, "constants.copy", "s", copy_action);
}

static void
sc_constants_section_init (ScConstantsSection *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  self->chosen_rows = g_ptr_array_new ();
  self->other_rows = g_ptr_array_new ();
  self->library_actions = g_simple_action_group_new ();
  gtk_widget_insert_action_group (GTK_WIDGET (self), "libraries", G_ACTION_GROUP (self->library_actions));
  self->settings = g_settings_new (APP_ID);
  g_signal_connect_object (self->settings, "changed::libraries",
                           G_CALLBACK (libraries_changed_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->others_row, "notify::expanded",
                           G_CALLBACK (others_expanded_cb), self, G_CONNECT_SWAPPED);
}

/**
 * sc_constants_section_show_code:
 * @self: a constants section
 * @constants: what the libraries call the codes
 * @code: the code to show
 *
 * Fills the section with every library's name for @code.
 */
void
sc_constants_section_show_code (ScConstantsSection *self,
                                ScConstants        *constants,
                                guint               code)
{
  g_return_if_fail (SC_IS_CONSTANTS_SECTION (self));
  g_return_if_fail (SC_IS_CONSTANTS (constants));

  /* Another code starts with its other libraries folded away, as on a
   * page of its own. */
  if (self->code != code)
    adw_expander_row_set_expanded (self->others_row, FALSE);
  g_set_object (&self->constants, constants);
  self->code = code;
  if (gtk_menu_button_get_menu_model (self->choose_button) == NULL)
    build_chooser (self);
  fill (self);
}
