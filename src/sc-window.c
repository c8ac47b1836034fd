/* sc-window.c
 *
 * Copyright 2026 The Status Codes authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "sc-window"

#include "config.h"

#include <glib/gi18n.h>

#include "sc-badges.h"
#include "sc-detail-page.h"
#include "sc-guide-page.h"
#include "sc-log-value.h"
#include "sc-search.h"
#include "sc-shortcuts-dialog.h"
#include "sc-start-page.h"
#include "sc-status-row.h"
#include "sc-status-table.h"
#include "sc-window.h"

/* The main window: the searchable, filterable list of codes in the sidebar,
 * and the selected code's page in the content. The list is the pipeline
 * declared in sc-window.ui: table → filter (class, unofficial, query) → sort
 * (by rank while searching, by code with class sections otherwise) → the
 * rows shown so far → selection. */

struct _ScWindow
{
  AdwApplicationWindow  parent_instance;

  GSettings            *settings;
  ScStatusTable        *table;
  ScSearch             *search;
  ScHistory            *history;
  ScExamples           *examples;
  ScConstants          *constants;
  ScGuide              *guide;
  ScSearchResult       *result;
  char                 *query;
  /* What a query such as 000 or 999 means in a log, where it is no status
   * code; NULL for every other query. */
  const char           *log_explanation;
  /* The code of the page in the content, whatever the list shows. */
  guint                 shown_code;
  /* Set while the list's selection is made to follow the page, which must
   * not in turn replace the page. */
  gboolean              syncing_selection;
  /* The class picked before a query such as "4xx" moved the toggle, to go
   * back to when the query changes; NULL otherwise. */
  char                 *class_before_query;
  gboolean              linking_class;
  /* Set when Enter opened a page on a phone: the keyboard goes into it
   * once the content has slid in. */
  gboolean              focus_page_when_shown;

  AdwNavigationSplitView *split_view;
  GtkSearchEntry       *search_entry;
  AdwToggleGroup       *class_group;
  GtkStack             *list_stack;
  AdwStatusPage        *empty_page;
  GtkButton            *empty_button;
  GtkListView          *list_view;
  AdwNavigationView    *detail_view;
  AdwNavigationPage    *placeholder_page;
  ScStartPage          *start_page;
  GtkSingleSelection   *selection;
  GtkSliceListModel    *rows;
  GtkSortListModel     *sort_model;
  GtkSorter            *class_sorter;
  GtkCustomSorter      *rank_sorter;
  GtkFilterListModel   *filter_model;
  GtkCustomFilter      *class_filter;
  GtkCustomFilter      *unofficial_filter;
  GtkCustomFilter      *query_filter;
  GtkListItemFactory   *header_factory;
};

G_DEFINE_FINAL_TYPE (ScWindow, sc_window, ADW_TYPE_APPLICATION_WINDOW)

static gboolean
class_filter_func (gpointer item,
                   gpointer user_data)
{
  ScWindow *self = user_data;
  const char *active = adw_toggle_group_get_active_name (self->class_group);
  guint64 code_class;

  if (active == NULL || !g_ascii_string_to_unsigned (active, 10, 1, 5, &code_class, NULL))
    return TRUE;

  return sc_status_code_get_code_class (item) == code_class;
}

static gboolean
unofficial_filter_func (gpointer item,
                        gpointer user_data)
{
  ScWindow *self = user_data;

  return g_settings_get_boolean (self->settings, "show-unofficial") ||
         !(sc_status_code_get_flags (item) & SC_STATUS_FLAGS_UNOFFICIAL);
}

static gboolean
query_filter_func (gpointer item,
                   gpointer user_data)
{
  ScWindow *self = user_data;

  if (self->log_explanation != NULL)
    return FALSE;

  return self->result == NULL || sc_search_result_contains (self->result, sc_status_code_get_code (item));
}

/* Best match first while searching; code order otherwise. */
static int
rank_sort_func (gconstpointer a,
                gconstpointer b,
                gpointer      user_data)
{
  ScWindow *self = user_data;
  guint code_a = sc_status_code_get_code ((ScStatusCode *) a);
  guint code_b = sc_status_code_get_code ((ScStatusCode *) b);

  if (self->result != NULL)
    {
      guint rank_a = sc_search_result_get_rank (self->result, code_a);
      guint rank_b = sc_search_result_get_rank (self->result, code_b);

      if (rank_a != rank_b)
        return rank_a < rank_b ? GTK_ORDERING_SMALLER : GTK_ORDERING_LARGER;
    }

  return code_a < code_b ? GTK_ORDERING_SMALLER : code_a > code_b ? GTK_ORDERING_LARGER : GTK_ORDERING_EQUAL;
}

static void
row_setup_cb (GtkSignalListItemFactory *factory,
              GtkListItem              *item,
              gpointer                  user_data)
{
  gtk_list_item_set_child (item, g_object_new (SC_TYPE_STATUS_ROW, NULL));
}

/* While searching, a row says why it matched where its title does not:
 * "Header: Retry-After", "Python: HTTPStatus.NOT_FOUND". */
static void
update_hint (ScWindow    *self,
             ScStatusRow *row)
{
  ScStatusCode *code = sc_status_row_get_status_code (row);
  g_autofree char *hint = NULL;

  if (code != NULL && self->result != NULL)
    hint = sc_search_dup_match_hint (code, self->constants, self->query);
  sc_status_row_set_hint (row, hint);
}

/* A row that keeps its place when the query changes is not bound again. */
static void
update_hints (ScWindow *self)
{
  for (GtkWidget *item = gtk_widget_get_first_child (GTK_WIDGET (self->list_view));
       item != NULL;
       item = gtk_widget_get_next_sibling (item))
    {
      GtkWidget *row = gtk_widget_get_first_child (item);

      if (SC_IS_STATUS_ROW (row))
        update_hint (self, SC_STATUS_ROW (row));
    }
}

static void
row_bind_cb (GtkSignalListItemFactory *factory,
             GtkListItem              *item,
             gpointer                  user_data)
{
  ScStatusCode *code = gtk_list_item_get_item (item);
  g_autofree char *label = sc_status_code_dup_label (code);

  sc_status_row_set_status_code (SC_STATUS_ROW (gtk_list_item_get_child (item)), code);
  gtk_list_item_set_accessible_label (item, label);
  update_hint (user_data, SC_STATUS_ROW (gtk_list_item_get_child (item)));
}

static void
header_setup_cb (GtkSignalListItemFactory *factory,
                 GtkListHeader            *header,
                 gpointer                  user_data)
{
  GtkWidget *label = g_object_new (GTK_TYPE_LABEL,
                                   "accessible-role", GTK_ACCESSIBLE_ROLE_HEADING,
                                   NULL);

  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_widget_add_css_class (label, "heading");
  gtk_widget_add_css_class (label, "dim-label");
  /* In line with the codes of the rows below it. */
  gtk_widget_set_margin_start (label, 18);
  gtk_widget_add_css_class (label, "section-heading");
  gtk_list_header_set_child (header, label);
}

static void
header_bind_cb (GtkSignalListItemFactory *factory,
                GtkListHeader            *header,
                gpointer                  user_data)
{
  ScStatusCode *code = gtk_list_header_get_item (header);
  g_autofree char *heading = sc_code_class_get_heading (sc_status_code_get_code_class (code));

  gtk_label_set_label (GTK_LABEL (gtk_list_header_get_child (header)), heading);
}

/* A recycled row is bound to its next code straight away: no unbind, which
 * would empty it only to fill it again. */
static GtkListItemFactory *
signal_factory_new (GCallback setup,
                    GCallback bind,
                    gpointer  user_data)
{
  GtkListItemFactory *factory = gtk_signal_list_item_factory_new ();

  g_signal_connect (factory, "setup", setup, user_data);
  g_signal_connect (factory, "bind", bind, user_data);

  return factory;
}

/* GtkListView keeps a row widget for every item up to 200, visible or not,
 * and building, styling and measuring all 91 was a third of the time before
 * the first frame. So the list starts with the rows that fill the window,
 * and the rest follow frame by frame once it is up. Filters and search work
 * on the whole table before it is cut: they need not wait. */
#define ROWS_PER_FRAME 16
/* A row is about 65 px high in normal text, and no lower than this even in
 * text three quarters that size. */
#define ROW_MIN_HEIGHT 48
/* Above the list, the header bar, the search and the class toggles take
 * about 140 px in normal text, and no less than this in smaller text. */
#define SIDEBAR_CHROME_HEIGHT 110
/* A maximized window is as tall as its screen, which is not known yet. */
#define TALL_SCREEN_HEIGHT 1200

/* As many rows as the window's height holds at most. */
static guint
first_rows (ScWindow *self)
{
  int height = TALL_SCREEN_HEIGHT;

  if (!g_settings_get_boolean (self->settings, "window-maximized"))
    gtk_window_get_default_size (GTK_WINDOW (self), NULL, &height);

  return MAX (height - SIDEBAR_CHROME_HEIGHT, 0) / ROW_MIN_HEIGHT + 1;
}

static gboolean
fill_list_tick_cb (GtkWidget     *widget,
                   GdkFrameClock *frame_clock,
                   gpointer       user_data)
{
  ScWindow *self = user_data;
  guint n_codes = g_list_model_get_n_items (G_LIST_MODEL (self->table));
  guint size = gtk_slice_list_model_get_size (self->rows);

  if (size >= n_codes)
    return G_SOURCE_REMOVE;

  gtk_slice_list_model_set_size (self->rows, MIN (n_codes, size + ROWS_PER_FRAME));

  return G_SOURCE_CONTINUE;
}

/* Where @code is in the list, once the list shows that far. */
static guint
find_position (ScWindow *self,
               guint     code)
{
  GListModel *model = G_LIST_MODEL (self->sort_model);

  for (guint i = 0; i < g_list_model_get_n_items (model); i++)
    {
      g_autoptr(ScStatusCode) item = g_list_model_get_item (model, i);

      if (sc_status_code_get_code (item) != code)
        continue;
      if (i >= gtk_slice_list_model_get_size (self->rows))
        gtk_slice_list_model_set_size (self->rows, i + first_rows (self));
      return i;
    }

  return GTK_INVALID_LIST_POSITION;
}

/* The list's keyboard focus moves with the selection, so that Tab into the
 * list lands on the selected row and Down goes on from there. */
static void
select_position (ScWindow *self,
                 guint     position)
{
  gtk_single_selection_set_selected (self->selection, position);
  if (position != GTK_INVALID_LIST_POSITION && gtk_widget_get_mapped (GTK_WIDGET (self->list_view)))
    gtk_list_view_scroll_to (self->list_view, position, GTK_LIST_SCROLL_FOCUS, NULL);
}

/* Selects the shown code in the list, or nothing when the filters hide it,
 * without touching the page. */
static void
sync_selection (ScWindow *self)
{
  guint position = self->shown_code != 0 ? find_position (self, self->shown_code) : GTK_INVALID_LIST_POSITION;

  if (position == gtk_single_selection_get_selected (self->selection))
    return;

  self->syncing_selection = TRUE;
  select_position (self, position);
  self->syncing_selection = FALSE;
}

static ScDetailPage *
visible_detail_page (ScWindow *self)
{
  AdwNavigationPage *page = adw_navigation_view_get_visible_page (self->detail_view);

  return SC_IS_DETAIL_PAGE (page) ? SC_DETAIL_PAGE (page) : NULL;
}

static void
open_code_cb (ScWindow     *self,
              guint         code,
              ScDetailPage *page);

static ScDetailPage *
create_detail_page (ScWindow     *self,
                    ScStatusCode *code)
{
  ScDetailPage *page = sc_detail_page_new (self->table, self->history, self->examples, self->constants, code);

  g_signal_connect_object (page, "open-code", G_CALLBACK (open_code_cb), self, G_CONNECT_SWAPPED);

  return page;
}

static void visible_page_changed_cb (ScWindow *self);

/* Shows @code as the first page of the detail, in place of what was there.
 * A code's page that is the only one shows the new code itself, as a new
 * page would (replacing a page is not animated either): a page is much
 * quicker filled than made. */
static void
show_detail (ScWindow     *self,
             ScStatusCode *code)
{
  g_autoptr(GListModel) stack = NULL;
  g_autoptr(AdwNavigationPage) only = NULL;
  AdwNavigationPage *page;

  /* The stack is a new list model each time (transfer full). */
  stack = adw_navigation_view_get_navigation_stack (self->detail_view);
  if (self->shown_code == sc_status_code_get_code (code) && g_list_model_get_n_items (stack) == 1)
    return;
  if (g_list_model_get_n_items (stack) == 1)
    only = g_list_model_get_item (stack, 0);

  if (SC_IS_DETAIL_PAGE (only))
    {
      sc_detail_page_show_code (SC_DETAIL_PAGE (only), code);
      visible_page_changed_cb (self);
      return;
    }

  page = ADW_NAVIGATION_PAGE (create_detail_page (self, code));
  adw_navigation_view_replace (self->detail_view, &page, 1);
}

/* A related code is pushed on top of the current page, so that Back
 * returns; one that is already in the history is gone back to instead, so
 * that 404 → 403 → 404 leaves one 404. */
static void
open_code_cb (ScWindow     *self,
              guint         code,
              ScDetailPage *from)
{
  ScStatusCode *status_code = sc_status_table_lookup (self->table, code);
  g_autoptr(GListModel) stack = adw_navigation_view_get_navigation_stack (self->detail_view);

  g_return_if_fail (status_code != NULL);

  for (guint i = 0; i < g_list_model_get_n_items (stack); i++)
    {
      g_autoptr(AdwNavigationPage) page = g_list_model_get_item (stack, i);

      if (SC_IS_DETAIL_PAGE (page) &&
          sc_status_code_get_code (sc_detail_page_get_status_code (SC_DETAIL_PAGE (page))) == code)
        {
          adw_navigation_view_pop_to_page (self->detail_view, page);
          return;
        }
    }

  adw_navigation_view_push (self->detail_view, ADW_NAVIGATION_PAGE (create_detail_page (self, status_code)));
  adw_navigation_split_view_set_show_content (self->split_view, TRUE);
}

/* Whatever brought a page into view (the list, a related code, Back), the
 * list highlights its code and it is the one opened next time. */
static void
visible_page_changed_cb (ScWindow *self)
{
  ScDetailPage *page = visible_detail_page (self);

  if (page == NULL)
    return;

  self->shown_code = sc_status_code_get_code (sc_detail_page_get_status_code (page));
  g_settings_set_uint (self->settings, "last-code", self->shown_code);
  sync_selection (self);
}

static void
selection_changed_cb (ScWindow *self)
{
  ScStatusCode *code = gtk_single_selection_get_selected_item (self->selection);

  /* A filter that hides the selected row leaves the page where it is. */
  if (code != NULL && !self->syncing_selection)
    show_detail (self, code);
}

/* Counts the search's matches that the filter hides, one filter at a time. */
static void
count_hidden_matches (ScWindow *self,
                      guint    *by_class,
                      guint    *by_unofficial)
{
  GtkFilter *class_filter = GTK_FILTER (self->class_filter);
  GtkFilter *unofficial_filter = GTK_FILTER (self->unofficial_filter);

  *by_class = *by_unofficial = 0;
  for (guint i = 0;
       self->log_explanation == NULL && self->result != NULL && i < sc_search_result_get_n_matches (self->result);
       i++)
    {
      ScStatusCode *code = sc_status_table_lookup (self->table, sc_search_result_get_code (self->result, i));
      gboolean in_class = gtk_filter_match (class_filter, code);
      gboolean official_or_shown = gtk_filter_match (unofficial_filter, code);

      *by_class += !in_class && official_or_shown;
      *by_unofficial += !official_or_shown;
    }
}

/* The action and its target change together: a name with the other's
 * target would not fit its parameter type. */
static void
set_empty_action (ScWindow   *self,
                  const char *action_name,
                  GVariant   *target)
{
  GtkActionable *button = GTK_ACTIONABLE (self->empty_button);

  gtk_actionable_set_action_name (button, NULL);
  gtk_actionable_set_action_target_value (button, target);
  gtk_actionable_set_action_name (button, action_name);
}

/* One empty state, in the sidebar, that says why nothing is listed and
 * offers what would show the matches. */
static void
update_empty_state (ScWindow *self)
{
  gboolean empty = g_list_model_get_n_items (G_LIST_MODEL (self->filter_model)) == 0;
  guint by_class, by_unofficial;

  gtk_stack_set_visible_child_name (self->list_stack, empty ? "empty" : "list");
  if (!empty)
    return;

  count_hidden_matches (self, &by_class, &by_unofficial);
  if (by_class > 0)
    {
      const char *active = adw_toggle_group_get_active_name (self->class_group);
      guint64 code_class = 0;
      char class_label[4] = "?xx";
      g_autofree char *title = NULL;
      g_autofree char *description = NULL;

      g_ascii_string_to_unsigned (active, 10, 1, 5, &code_class, NULL);
      class_label[0] = '0' + code_class;
      /* Translators: The list is empty because a class is picked, such as “No Matches in 5xx”. */
      title = g_strdup_printf (_("No Matches in %s"), class_label);
      description = g_strdup_printf (ngettext ("%u code in another class matches",
                                               "%u codes in other classes match", by_class),
                                     by_class);
      adw_status_page_set_title (self->empty_page, title);
      adw_status_page_set_description (self->empty_page, description);
      gtk_button_set_label (self->empty_button, _("Show All Classes"));
      set_empty_action (self, "win.filter-class", g_variant_new_string ("all"));
    }
  else if (by_unofficial > 0)
    {
      g_autofree char *description = g_strdup_printf (ngettext ("%u unofficial code matches",
                                                                "%u unofficial codes match", by_unofficial),
                                                      by_unofficial);

      adw_status_page_set_title (self->empty_page, _("No Official Codes Match"));
      adw_status_page_set_description (self->empty_page, description);
      gtk_button_set_label (self->empty_button, _("Show Unofficial Codes"));
      set_empty_action (self, "win.show-unofficial", NULL);
    }
  else if (self->log_explanation != NULL)
    {
      g_autofree char *value = g_strstrip (g_strdup (self->query));

      adw_status_page_set_title (self->empty_page, value);
      adw_status_page_set_description (self->empty_page, self->log_explanation);
    }
  else
    {
      adw_status_page_set_title (self->empty_page, _("No Matching Codes"));
      adw_status_page_set_description (self->empty_page,
                                       _("Try a code such as 404, a word such as timeout, or a class such as 5xx"));
    }
  gtk_widget_set_visible (GTK_WIDGET (self->empty_button), by_class > 0 || by_unofficial > 0);
}

static void
filtered_changed_cb (ScWindow *self)
{
  update_empty_state (self);
}

/* The code selected before the list was on screen (at start, from the
 * command line) is scrolled to the middle of the list once the list has a
 * size and the row a place. With none, the list shows its very top: GTK
 * keeps item 0 at the top, which hides the heading of its section. */
static gboolean
scroll_to_selected_tick_cb (GtkWidget     *widget,
                            GdkFrameClock *frame_clock,
                            gpointer       user_data)
{
  ScWindow *self = user_data;
  GtkAdjustment *adjustment = gtk_scrollable_get_vadjustment (GTK_SCROLLABLE (widget));
  ScStatusCode *selected = gtk_single_selection_get_selected_item (self->selection);

  if (gtk_widget_get_height (widget) == 0)
    return G_SOURCE_CONTINUE;

  if (selected == NULL)
    {
      gtk_adjustment_set_value (adjustment, 0);
      return G_SOURCE_REMOVE;
    }

  for (GtkWidget *item = gtk_widget_get_first_child (widget); item != NULL; item = gtk_widget_get_next_sibling (item))
    {
      GtkWidget *row = gtk_widget_get_first_child (item);
      graphene_rect_t bounds;

      if (!SC_IS_STATUS_ROW (row) || sc_status_row_get_status_code (SC_STATUS_ROW (row)) != selected ||
          !gtk_widget_get_child_visible (item) || !gtk_widget_compute_bounds (item, widget, &bounds))
        continue;

      gtk_adjustment_set_value (adjustment,
                                gtk_adjustment_get_value (adjustment) + bounds.origin.y +
                                (bounds.size.height - gtk_adjustment_get_page_size (adjustment)) / 2);
      return G_SOURCE_REMOVE;
    }

  /* Not laid out yet: bring it into view first, and centre it next frame. */
  gtk_list_view_scroll_to (self->list_view, gtk_single_selection_get_selected (self->selection),
                           GTK_LIST_SCROLL_FOCUS, NULL);

  return G_SOURCE_CONTINUE;
}

static void
list_map_cb (ScWindow *self)
{
  gtk_widget_add_tick_callback (GTK_WIDGET (self->list_view), scroll_to_selected_tick_cb, self, NULL);
}

/* Sections (class headings) make sense in code order, not in a ranking. */
static void
update_sections (ScWindow *self)
{
  gboolean searching = self->result != NULL;

  gtk_sort_list_model_set_section_sorter (self->sort_model, searching ? NULL : self->class_sorter);
  gtk_list_view_set_header_factory (self->list_view, searching ? NULL : self->header_factory);
}

/* A query such as "4xx" does what the class toggle does, so the toggle
 * shows it; the class picked before comes back when the query changes. The
 * toggle's setting keeps the user's pick, not the query's. */
static void
link_class_to_query (ScWindow   *self,
                     const char *query)
{
  guint code_class = sc_search_get_code_class (query);

  if (code_class != 0)
    {
      char name[2] = { '0' + code_class, '\0' };

      if (self->class_before_query == NULL)
        self->class_before_query = g_strdup (adw_toggle_group_get_active_name (self->class_group));
      self->linking_class = TRUE;
      adw_toggle_group_set_active_name (self->class_group, name);
      self->linking_class = FALSE;
    }
  else if (self->class_before_query != NULL)
    {
      g_autofree char *before = g_steal_pointer (&self->class_before_query);

      self->linking_class = TRUE;
      adw_toggle_group_set_active_name (self->class_group, before);
      self->linking_class = FALSE;
    }
}

static void
search_changed_cb (ScWindow *self)
{
  const char *text = gtk_editable_get_text (GTK_EDITABLE (self->search_entry));

  /* A search run at once from code is announced again by the entry after
   * its delay; running it twice would undo a selection made in between. */
  if (g_strcmp0 (text, self->query) == 0)
    return;
  g_free (self->query);
  self->query = g_strdup (text);

  g_clear_pointer (&self->result, sc_search_result_unref);
  self->result = sc_search_run (self->search, text);
  /* A value such as 000 is explained, not matched against the codes. */
  self->log_explanation = sc_log_value_explain (text);

  update_sections (self);
  update_hints (self);
  link_class_to_query (self, text);
  gtk_filter_changed (GTK_FILTER (self->query_filter), GTK_FILTER_CHANGE_DIFFERENT);
  gtk_sorter_changed (GTK_SORTER (self->rank_sorter), GTK_SORTER_CHANGE_DIFFERENT);
  update_empty_state (self);

  /* The best match is selected and shown as you type; once the search is
   * cleared, the list goes back to the code that is shown. */
  if (self->result != NULL && g_list_model_get_n_items (G_LIST_MODEL (self->selection)) > 0)
    select_position (self, 0);
  else
    sync_selection (self);
}

/* The search entry takes the keyboard, with its text unselected and the
 * cursor where it was; on a phone, the list comes back with it. */
static void
focus_search (ScWindow *self)
{
  GtkWidget *text = GTK_WIDGET (gtk_editable_get_delegate (GTK_EDITABLE (self->search_entry)));

  adw_navigation_split_view_set_show_content (self->split_view, FALSE);
  gtk_text_grab_focus_without_selecting (GTK_TEXT (text));
}

/* A key typed anywhere in the window goes to the search (see
 * gtk_search_entry_set_key_capture_widget()), and so does the focus, so that
 * Enter opens the best match and Escape clears. On a phone, the list comes
 * back into view with it. */
static void
search_text_changed_cb (ScWindow *self)
{
  if (*gtk_editable_get_text (GTK_EDITABLE (self->search_entry)) != '\0')
    focus_search (self);
}

/* On a phone, a key typed on a page must find the search entry on screen
 * before the entry's capture (which runs last) takes it: an entry that is
 * not mapped loses the key. The entry itself may have kept the focus while
 * a narrowing window slid the page over it. */
static gboolean
reveal_search_key_cb (ScWindow              *self,
                      guint                  keyval,
                      guint                  keycode,
                      GdkModifierType        state,
                      GtkEventControllerKey *controller)
{
  GtkWidget *focus = gtk_root_get_focus (GTK_ROOT (self));
  gunichar c = gdk_keyval_to_unicode (keyval);

  if (adw_navigation_split_view_get_collapsed (self->split_view) &&
      adw_navigation_split_view_get_show_content (self->split_view) &&
      c != 0 && g_unichar_isgraph (c) &&
      (state & (GDK_CONTROL_MASK | GDK_ALT_MASK | GDK_SUPER_MASK)) == 0 &&
      (!GTK_IS_EDITABLE (focus) || gtk_widget_is_ancestor (focus, GTK_WIDGET (self->search_entry))))
    adw_navigation_split_view_set_show_content (self->split_view, FALSE);

  return GDK_EVENT_PROPAGATE;
}

/* A split view that collapses or expands moves the sidebar, and the
 * search entry, which then takes the focus back the way Tab gives it: with
 * all its text selected, so that the next key would replace the query.
 * Put the cursor back after the query once the move is done. */
static void
collapsed_idle_cb (gpointer user_data)
{
  g_autoptr(ScWindow) self = user_data;
  GtkEditable *entry = GTK_EDITABLE (self->search_entry);

  if (gtk_widget_has_focus (GTK_WIDGET (gtk_editable_get_delegate (entry))))
    gtk_editable_select_region (entry, -1, -1);
}

static void
collapsed_changed_cb (ScWindow *self)
{
  g_idle_add_once (collapsed_idle_cb, g_object_ref (self));
}

/* Opens the selected code, and takes the keyboard into its page, from where
 * Escape comes back. */
static void
open_selected (ScWindow *self)
{
  ScStatusCode *code = gtk_single_selection_get_selected_item (self->selection);
  ScDetailPage *page;

  if (code == NULL)
    return;

  show_detail (self, code);
  if ((page = visible_detail_page (self)) == NULL)
    return;

  if (adw_navigation_split_view_get_collapsed (self->split_view) &&
      !adw_navigation_split_view_get_show_content (self->split_view))
    self->focus_page_when_shown = TRUE;
  else
    sc_detail_page_focus_content (page);
  adw_navigation_split_view_set_show_content (self->split_view, TRUE);
}

static void
content_shown_cb (ScWindow *self)
{
  ScDetailPage *page = visible_detail_page (self);

  if (self->focus_page_when_shown && page != NULL)
    sc_detail_page_focus_content (page);
  self->focus_page_when_shown = FALSE;
}

static void
search_activate_cb (ScWindow *self)
{
  open_selected (self);
}

static void
stop_search_cb (ScWindow *self)
{
  gtk_editable_set_text (GTK_EDITABLE (self->search_entry), "");
}

static void
list_activate_cb (ScWindow *self,
                  guint     position)
{
  select_position (self, position);
  open_selected (self);
}

/* After a filter changes, the code being read stays on screen: selected
 * in the list where the list still has it. */
static void
refilter (ScWindow        *self,
          GtkCustomFilter *filter)
{
  gtk_filter_changed (GTK_FILTER (filter), GTK_FILTER_CHANGE_DIFFERENT);
  update_empty_state (self);
  sync_selection (self);
}

static void
class_changed_cb (ScWindow *self)
{
  const char *active = adw_toggle_group_get_active_name (self->class_group);

  if (!self->linking_class)
    {
      /* The user's own pick ends what a "4xx" query set. */
      g_clear_pointer (&self->class_before_query, g_free);
      g_settings_set_string (self->settings, "class-filter", active != NULL ? active : "all");
    }

  refilter (self, self->class_filter);
}

static void
show_unofficial_changed_cb (ScWindow *self)
{
  refilter (self, self->unofficial_filter);
}

/* Up and Down in the search entry move through the results, so that typing
 * and picking need no trip to the mouse. */
static gboolean
search_key_pressed_cb (ScWindow              *self,
                       guint                  keyval,
                       guint                  keycode,
                       GdkModifierType        state,
                       GtkEventControllerKey *controller)
{
  guint n_items = g_list_model_get_n_items (G_LIST_MODEL (self->selection));
  guint selected = gtk_single_selection_get_selected (self->selection);

  if (n_items == 0 || (state & (GDK_CONTROL_MASK | GDK_ALT_MASK | GDK_SHIFT_MASK)) != 0)
    return GDK_EVENT_PROPAGATE;

  if (keyval == GDK_KEY_Down || keyval == GDK_KEY_KP_Down)
    {
      select_position (self, selected == GTK_INVALID_LIST_POSITION ? 0 : MIN (selected + 1, n_items - 1));
      return GDK_EVENT_STOP;
    }

  if (keyval == GDK_KEY_Up || keyval == GDK_KEY_KP_Up)
    {
      select_position (self, selected == GTK_INVALID_LIST_POSITION || selected == 0 ? 0 : selected - 1);
      return GDK_EVENT_STOP;
    }

  return GDK_EVENT_PROPAGATE;
}

/* Escape outside the search entry goes back to it, keeping the query and the
 * page; in the entry, it clears the query (GtkSearchEntry's own). Popovers
 * and dialogs see it first. */
static gboolean
escape_pressed_cb (ScWindow              *self,
                   guint                  keyval,
                   guint                  keycode,
                   GdkModifierType        state,
                   GtkEventControllerKey *controller)
{
  GtkWidget *focus = gtk_root_get_focus (GTK_ROOT (self));

  if (keyval != GDK_KEY_Escape || (state & gtk_accelerator_get_default_mod_mask ()) != 0 ||
      (focus != NULL && gtk_widget_is_ancestor (focus, GTK_WIDGET (self->search_entry))))
    return GDK_EVENT_PROPAGATE;

  focus_search (self);

  return GDK_EVENT_STOP;
}

static gboolean
has_selected_text (GtkWidget *widget)
{
  if (GTK_IS_EDITABLE (widget))
    return gtk_editable_get_selection_bounds (GTK_EDITABLE (widget), NULL, NULL);
  if (GTK_IS_LABEL (widget))
    return gtk_label_get_selection_bounds (GTK_LABEL (widget), NULL, NULL);

  return FALSE;
}

/* Ctrl+C copies the shown code and its phrase (or the text selected in its
 * page), unless the focus has text selected of its own; Shift+Ctrl+C copies
 * its status line. The page does the copying. */
static gboolean
copy_shortcut_cb (GtkWidget *widget,
                  GVariant  *args,
                  gpointer   user_data)
{
  ScWindow *self = SC_WINDOW (widget);
  ScDetailPage *page = visible_detail_page (self);
  const char *what = g_variant_get_string (args, NULL);

  if (page == NULL ||
      (adw_navigation_split_view_get_collapsed (self->split_view) &&
       !adw_navigation_split_view_get_show_content (self->split_view)))
    return FALSE;

  if (g_str_equal (what, "default") && has_selected_text (gtk_root_get_focus (GTK_ROOT (self))))
    return FALSE;

  return gtk_widget_activate_action (GTK_WIDGET (page), "detail.copy", "s", what);
}

static void
focus_search_action (GtkWidget  *widget,
                     const char *action_name,
                     GVariant   *parameter)
{
  focus_search (SC_WINDOW (widget));
}

static void
filter_class_action (GtkWidget  *widget,
                     const char *action_name,
                     GVariant   *parameter)
{
  ScWindow *self = SC_WINDOW (widget);

  adw_toggle_group_set_active_name (self->class_group, g_variant_get_string (parameter, NULL));
}

static void connect_guide_page (ScWindow    *self,
                                ScGuidePage *page);

/* An answer leads to the next question or to the result, pushed so that
 * Back goes one question back. */
static void
guide_answer_cb (ScWindow            *self,
                 const ScGuideAnswer *answer,
                 ScGuidePage         *from)
{
  ScGuidePage *page = answer->question != NULL
    ? sc_guide_page_new_question (self->table, answer->question, from)
    : sc_guide_page_new_result (self->table, answer->result, from);

  connect_guide_page (self, page);
  adw_navigation_view_push (self->detail_view, ADW_NAVIGATION_PAGE (page));
}

static void
guide_open_code_cb (ScWindow    *self,
                    guint        code,
                    ScGuidePage *from)
{
  sc_window_show_code (self, code);
}

static void
guide_go_back_cb (ScWindow    *self,
                  ScGuidePage *page,
                  ScGuidePage *from)
{
  adw_navigation_view_pop_to_page (self->detail_view, ADW_NAVIGATION_PAGE (page));
}

static void
connect_guide_page (ScWindow    *self,
                    ScGuidePage *page)
{
  g_signal_connect_object (page, "answer", G_CALLBACK (guide_answer_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (page, "open-code", G_CALLBACK (guide_open_code_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (page, "start-over", G_CALLBACK (sc_window_show_guide), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (page, "go-back", G_CALLBACK (guide_go_back_cb), self, G_CONNECT_SWAPPED);
}

static void
guide_action (GtkWidget  *widget,
              const char *action_name,
              GVariant   *parameter)
{
  sc_window_show_guide (SC_WINDOW (widget));
}

static void
show_code_action (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *parameter)
{
  sc_window_show_code (SC_WINDOW (widget), g_variant_get_uint32 (parameter));
}

static void
show_shortcuts_action (GtkWidget  *widget,
                       const char *action_name,
                       GVariant   *parameter)
{
  adw_dialog_present (ADW_DIALOG (sc_shortcuts_dialog_new ()), widget);
}

/* The list is filled after the first frame: the window is not late for
 * it. */
static void
first_frame_cb (GdkFrameClock *clock,
                ScWindow      *self)
{
  g_signal_handlers_disconnect_by_func (clock, first_frame_cb, self);
  gtk_widget_add_tick_callback (GTK_WIDGET (self), fill_list_tick_cb, self, NULL);
}

static void
sc_window_map (GtkWidget *widget)
{
  GTK_WIDGET_CLASS (sc_window_parent_class)->map (widget);

  g_signal_connect_object (gtk_widget_get_frame_clock (widget), "after-paint",
                           G_CALLBACK (first_frame_cb), widget, G_CONNECT_DEFAULT);
}

static void
sc_window_dispose (GObject *object)
{
  ScWindow *self = SC_WINDOW (object);

  /* The action follows the setting, which outlives the window. */
  g_action_map_remove_action (G_ACTION_MAP (self), "show-unofficial");
  gtk_widget_dispose_template (GTK_WIDGET (self), SC_TYPE_WINDOW);
  g_clear_object (&self->header_factory);
  g_clear_pointer (&self->result, sc_search_result_unref);
  g_clear_pointer (&self->query, g_free);
  g_clear_pointer (&self->class_before_query, g_free);
  g_clear_object (&self->search);
  g_clear_object (&self->history);
  g_clear_object (&self->examples);
  g_clear_object (&self->constants);
  g_clear_object (&self->guide);
  g_clear_object (&self->table);
  g_clear_object (&self->settings);

  G_OBJECT_CLASS (sc_window_parent_class)->dispose (object);
}

/* Fills the list from the application's table. */
static void
sc_window_load (ScWindow      *self,
                ScApplication *app)
{
  guint last_code;

  self->table = g_object_ref (sc_application_get_table (app));
  self->search = g_object_ref (sc_application_get_search (app));
  self->history = g_object_ref (sc_application_get_history (app));
  self->examples = g_object_ref (sc_application_get_examples (app));
  self->constants = g_object_ref (sc_application_get_constants (app));
  self->guide = g_object_ref (sc_application_get_guide (app));
  sc_start_page_set_table (self->start_page, self->table);
  gtk_slice_list_model_set_size (self->rows, first_rows (self));
  gtk_filter_list_model_set_model (self->filter_model, G_LIST_MODEL (self->table));
  update_empty_state (self);

  /* The last code viewed is open again at start, if the filters show it. */
  last_code = g_settings_get_uint (self->settings, "last-code");
  if (last_code != 0)
    select_position (self, find_position (self, last_code));
}

static void
sc_window_class_init (ScWindowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = sc_window_dispose;
  widget_class->map = sc_window_map;

  g_type_ensure (SC_TYPE_STATUS_CODE);
  g_type_ensure (SC_TYPE_START_PAGE);

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_PREFIX "/sc-window.ui");
  gtk_widget_class_bind_template_child (widget_class, ScWindow, split_view);
  gtk_widget_class_bind_template_child (widget_class, ScWindow, search_entry);
  gtk_widget_class_bind_template_child (widget_class, ScWindow, class_group);
  gtk_widget_class_bind_template_child (widget_class, ScWindow, list_stack);
  gtk_widget_class_bind_template_child (widget_class, ScWindow, empty_page);
  gtk_widget_class_bind_template_child (widget_class, ScWindow, empty_button);
  gtk_widget_class_bind_template_child (widget_class, ScWindow, list_view);
  gtk_widget_class_bind_template_child (widget_class, ScWindow, detail_view);
  gtk_widget_class_bind_template_child (widget_class, ScWindow, placeholder_page);
  gtk_widget_class_bind_template_child (widget_class, ScWindow, start_page);
  gtk_widget_class_bind_template_child (widget_class, ScWindow, selection);
  gtk_widget_class_bind_template_child (widget_class, ScWindow, rows);
  gtk_widget_class_bind_template_child (widget_class, ScWindow, sort_model);
  gtk_widget_class_bind_template_child (widget_class, ScWindow, class_sorter);
  gtk_widget_class_bind_template_child (widget_class, ScWindow, rank_sorter);
  gtk_widget_class_bind_template_child (widget_class, ScWindow, filter_model);
  gtk_widget_class_bind_template_child (widget_class, ScWindow, class_filter);
  gtk_widget_class_bind_template_child (widget_class, ScWindow, unofficial_filter);
  gtk_widget_class_bind_template_child (widget_class, ScWindow, query_filter);
  gtk_widget_class_bind_template_callback (widget_class, search_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, search_text_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, search_activate_cb);
  gtk_widget_class_bind_template_callback (widget_class, stop_search_cb);
  gtk_widget_class_bind_template_callback (widget_class, class_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, list_activate_cb);
  gtk_widget_class_bind_template_callback (widget_class, selection_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, filtered_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, visible_page_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, content_shown_cb);

  gtk_widget_class_install_action (widget_class, "win.focus-search", NULL, focus_search_action);
  gtk_widget_class_install_action (widget_class, "win.filter-class", "s", filter_class_action);
  gtk_widget_class_install_action (widget_class, "win.show-code", "u", show_code_action);
  gtk_widget_class_install_action (widget_class, "win.guide", NULL, guide_action);
  gtk_widget_class_install_action (widget_class, "win.show-shortcuts", NULL, show_shortcuts_action);

  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_f, GDK_CONTROL_MASK, "win.focus-search", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_question, GDK_CONTROL_MASK, "win.show-shortcuts", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_g, GDK_CONTROL_MASK, "win.guide", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_0, GDK_ALT_MASK, "win.filter-class", "s", "all");
  for (guint i = 1; i <= 5; i++)
    {
      char name[2] = { '0' + i, '\0' };

      gtk_widget_class_add_binding_action (widget_class, GDK_KEY_0 + i, GDK_ALT_MASK, "win.filter-class", "s", name);
    }
}

/* Ctrl+C is looked at before the focused widget sees it: a search entry
 * would take it even with nothing selected. */
static void
add_copy_shortcuts (ScWindow *self)
{
  GtkEventController *controller = gtk_shortcut_controller_new ();
  const struct { guint key; GdkModifierType mods; const char *what; } copies[] = {
    { GDK_KEY_c, GDK_CONTROL_MASK, "default" },
    { GDK_KEY_C, GDK_CONTROL_MASK | GDK_SHIFT_MASK, "status-line" },
  };

  gtk_event_controller_set_propagation_phase (controller, GTK_PHASE_CAPTURE);
  for (guint i = 0; i < G_N_ELEMENTS (copies); i++)
    gtk_shortcut_controller_add_shortcut (GTK_SHORTCUT_CONTROLLER (controller),
                                          gtk_shortcut_new_with_arguments (gtk_keyval_trigger_new (copies[i].key, copies[i].mods),
                                                                           gtk_callback_action_new (copy_shortcut_cb, NULL, NULL),
                                                                           "s", copies[i].what));
  gtk_widget_add_controller (GTK_WIDGET (self), controller);
}

static void
sc_window_init (ScWindow *self)
{
  g_autoptr(GAction) show_unofficial = NULL;
  GtkEventController *keys;

  gtk_widget_init_template (GTK_WIDGET (self));

  self->settings = g_settings_new (APP_ID);
  g_settings_bind (self->settings, "window-width", self, "default-width", G_SETTINGS_BIND_DEFAULT);
  g_settings_bind (self->settings, "window-height", self, "default-height", G_SETTINGS_BIND_DEFAULT);
  g_settings_bind (self->settings, "window-maximized", self, "maximized", G_SETTINGS_BIND_DEFAULT);
  /* Written back by class_changed_cb(), which leaves out what a query set. */
  g_settings_bind (self->settings, "class-filter", self->class_group, "active-name", G_SETTINGS_BIND_GET);

  show_unofficial = g_settings_create_action (self->settings, "show-unofficial");
  g_action_map_add_action (G_ACTION_MAP (self), show_unofficial);
  g_signal_connect_object (self->settings, "changed::show-unofficial",
                           G_CALLBACK (show_unofficial_changed_cb), self, G_CONNECT_SWAPPED);

  gtk_custom_filter_set_filter_func (self->class_filter, class_filter_func, self, NULL);
  gtk_custom_filter_set_filter_func (self->unofficial_filter, unofficial_filter_func, self, NULL);
  gtk_custom_filter_set_filter_func (self->query_filter, query_filter_func, self, NULL);
  gtk_custom_sorter_set_sort_func (self->rank_sorter, rank_sort_func, self, NULL);

  gtk_list_view_set_factory (self->list_view,
                             signal_factory_new (G_CALLBACK (row_setup_cb), G_CALLBACK (row_bind_cb), self));
  g_object_unref (gtk_list_view_get_factory (self->list_view));
  self->header_factory = signal_factory_new (G_CALLBACK (header_setup_cb), G_CALLBACK (header_bind_cb), self);
  update_sections (self);

  /* "4xx · Client errors": what the toggle stands for, also when large
   * text leaves no room for its label. */
  for (guint code_class = 1; code_class <= 5; code_class++)
    {
      char name[2] = { '0' + code_class, '\0' };
      g_autofree char *heading = sc_code_class_get_heading (code_class);

      adw_toggle_set_tooltip (adw_toggle_group_get_toggle_by_name (self->class_group, name), heading);
    }

  /* Typing anywhere in the window goes to the search; a 1 MB paste is cut
   * to what the search reads. */
  gtk_search_entry_set_key_capture_widget (self->search_entry, GTK_WIDGET (self));
  gtk_text_set_max_length (GTK_TEXT (gtk_editable_get_delegate (GTK_EDITABLE (self->search_entry))),
                           SC_SEARCH_MAX_QUERY);
  keys = gtk_event_controller_key_new ();
  g_signal_connect_object (keys, "key-pressed", G_CALLBACK (search_key_pressed_cb), self, G_CONNECT_SWAPPED);
  gtk_widget_add_controller (GTK_WIDGET (self->search_entry), keys);

  keys = gtk_event_controller_key_new ();
  gtk_event_controller_set_propagation_phase (keys, GTK_PHASE_CAPTURE);
  g_signal_connect_object (keys, "key-pressed", G_CALLBACK (reveal_search_key_cb), self, G_CONNECT_SWAPPED);
  gtk_widget_add_controller (GTK_WIDGET (self), keys);

  keys = gtk_event_controller_key_new ();
  g_signal_connect_object (keys, "key-pressed", G_CALLBACK (escape_pressed_cb), self, G_CONNECT_SWAPPED);
  gtk_widget_add_controller (GTK_WIDGET (self), keys);
  add_copy_shortcuts (self);

  g_signal_connect_object (self->list_view, "map", G_CALLBACK (list_map_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->split_view, "notify::collapsed", G_CALLBACK (collapsed_changed_cb), self, G_CONNECT_SWAPPED);

  gtk_widget_grab_focus (GTK_WIDGET (self->search_entry));
}

ScWindow *
sc_window_new (ScApplication *application)
{
  ScWindow *self;

  g_return_val_if_fail (SC_IS_APPLICATION (application), NULL);

  self = g_object_new (SC_TYPE_WINDOW,
                       "application", application,
                       NULL);
  sc_window_load (self, application);

  return self;
}

/**
 * sc_window_show_code:
 * @self: a window
 * @code: a status code
 *
 * Shows @code: selected in the list, and its page in the content. Clears a
 * search or filter that hides it.
 *
 * Returns: %FALSE when the table has no such code
 */
gboolean
sc_window_show_code (ScWindow *self,
                     guint     code)
{
  ScStatusCode *status_code;
  guint position;

  g_return_val_if_fail (SC_IS_WINDOW (self), FALSE);

  status_code = sc_status_table_lookup (self->table, code);
  if (status_code == NULL)
    return FALSE;

  position = find_position (self, code);
  if (position == GTK_INVALID_LIST_POSITION)
    {
      gtk_editable_set_text (GTK_EDITABLE (self->search_entry), "");
      search_changed_cb (self);
      adw_toggle_group_set_active_name (self->class_group, "all");
      if (sc_status_code_get_flags (status_code) & SC_STATUS_FLAGS_UNOFFICIAL)
        g_settings_set_boolean (self->settings, "show-unofficial", TRUE);
      position = find_position (self, code);
    }

  select_position (self, position);
  show_detail (self, status_code);
  adw_navigation_split_view_set_show_content (self->split_view, TRUE);

  return TRUE;
}

/* Runs @query as if typed, at once, with the cursor after it. */
void
sc_window_search (ScWindow   *self,
                  const char *query)
{
  g_return_if_fail (SC_IS_WINDOW (self));
  g_return_if_fail (query != NULL);

  gtk_editable_set_text (GTK_EDITABLE (self->search_entry), query);
  gtk_editable_set_position (GTK_EDITABLE (self->search_entry), -1);
  search_changed_cb (self);
  focus_search (self);
}

/**
 * sc_window_show_guide:
 * @self: a window
 *
 * Shows the first question of "Which Code Should I Send?" in the content,
 * in place of what was there.
 */
void
sc_window_show_guide (ScWindow *self)
{
  AdwNavigationPage *page;

  g_return_if_fail (SC_IS_WINDOW (self));

  page = ADW_NAVIGATION_PAGE (sc_guide_page_new_question (self->table, sc_guide_get_first_question (self->guide), NULL));
  connect_guide_page (self, SC_GUIDE_PAGE (page));
  adw_navigation_view_replace (self->detail_view, &page, 1);
  adw_navigation_split_view_set_show_content (self->split_view, TRUE);
}
