/* test-window.c
 *
 * Copyright 2026 The Status Codes authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "sc-detail-page.h"
#include "sc-search.h"
#include "sc-test-utils.h"
#include "sc-window.h"

static ScWindow *
open_window_keeping_settings (void)
{
  ScWindow *window = sc_window_new (sc_test_get_application ());

  gtk_window_present (GTK_WINDOW (window));
  gtk_test_widget_wait_for_draw (GTK_WIDGET (window));

  return window;
}

/* The settings a window reads at start, back to their defaults. */
static void
reset_window_settings (void)
{
  g_autoptr(GSettings) settings = g_settings_new (APP_ID);
  const char *keys[] = { "class-filter", "show-unofficial", "last-code", "window-width", "window-height" };

  for (guint i = 0; i < G_N_ELEMENTS (keys); i++)
    g_settings_reset (settings, keys[i]);
}

/* A fresh window with default settings, drawn. */
static ScWindow *
open_window (void)
{
  reset_window_settings ();

  return open_window_keeping_settings ();
}

static gpointer
child (ScWindow   *window,
       const char *name)
{
  return gtk_widget_get_template_child (GTK_WIDGET (window), SC_TYPE_WINDOW, name);
}

static gboolean
shows_every_match (gpointer data)
{
  GListModel *shown = G_LIST_MODEL (gtk_list_view_get_model (child (data, "list_view")));
  GListModel *matches = G_LIST_MODEL (child (data, "sort_model"));

  return g_list_model_get_n_items (shown) == g_list_model_get_n_items (matches);
}

/* The codes the list shows, in order, once it shows every match: right
 * after it opens, the window adds rows a screenful per frame. */
static GArray *
shown_codes (ScWindow *window)
{
  GListModel *model = G_LIST_MODEL (gtk_list_view_get_model (child (window, "list_view")));
  GArray *codes = g_array_new (FALSE, FALSE, sizeof (guint));

  sc_test_wait_until (shows_every_match, window, 10000);

  for (guint i = 0; i < g_list_model_get_n_items (model); i++)
    {
      g_autoptr(ScStatusCode) code = g_list_model_get_item (model, i);
      guint value = sc_status_code_get_code (code);

      g_array_append_val (codes, value);
    }

  return codes;
}

static void
type_search (ScWindow   *window,
             const char *text)
{
  gtk_editable_set_text (GTK_EDITABLE (child (window, "search_entry")), text);
  /* The entry waits a moment for more typing before it searches. */
  sc_test_iterate (250);
}

static ScDetailPage *
visible_detail (ScWindow *window)
{
  AdwNavigationPage *page = adw_navigation_view_get_visible_page (child (window, "detail_view"));

  return SC_IS_DETAIL_PAGE (page) ? SC_DETAIL_PAGE (page) : NULL;
}

static const char *
detail_label (ScDetailPage *page,
              const char   *name)
{
  return gtk_label_get_label (GTK_LABEL (gtk_widget_get_template_child (GTK_WIDGET (page), SC_TYPE_DETAIL_PAGE, name)));
}

static guint
count_class (guint code_class)
{
  GListModel *table = G_LIST_MODEL (sc_application_get_table (sc_test_get_application ()));
  guint n = 0;

  for (guint i = 0; i < g_list_model_get_n_items (table); i++)
    {
      g_autoptr(ScStatusCode) code = g_list_model_get_item (table, i);

      n += sc_status_code_get_code_class (code) == code_class;
    }

  return n;
}

static void
test_window_shows_titled (void)
{
  ScApplication *app = sc_test_get_application ();
  ScWindow *window;

  g_application_activate (G_APPLICATION (app));

  window = SC_WINDOW (gtk_application_get_active_window (GTK_APPLICATION (app)));
  g_assert_nonnull (window);
  gtk_test_widget_wait_for_draw (GTK_WIDGET (window));

  g_assert_true (gtk_widget_get_mapped (GTK_WIDGET (window)));
  g_assert_cmpstr (gtk_window_get_title (GTK_WINDOW (window)), ==, "Status Codes");

  gtk_window_destroy (GTK_WINDOW (window));
}

static void
test_window_about_action (void)
{
  ScApplication *app = sc_test_get_application ();
  AdwApplicationWindow *window;
  AdwDialog *dialog;

  g_assert_true (g_action_group_has_action (G_ACTION_GROUP (app), "about"));

  g_application_activate (G_APPLICATION (app));
  window = ADW_APPLICATION_WINDOW (gtk_application_get_active_window (GTK_APPLICATION (app)));
  gtk_test_widget_wait_for_draw (GTK_WIDGET (window));
  g_assert_null (adw_application_window_get_visible_dialog (window));

  g_action_group_activate_action (G_ACTION_GROUP (app), "about", NULL);

  /* The dialog is filled from the metainfo in the resources. */
  dialog = adw_application_window_get_visible_dialog (window);
  g_assert_true (ADW_IS_ABOUT_DIALOG (dialog));
  g_assert_cmpstr (adw_about_dialog_get_application_name (ADW_ABOUT_DIALOG (dialog)), ==, "Status Codes");
  g_assert_cmpstr (adw_about_dialog_get_version (ADW_ABOUT_DIALOG (dialog)), ==, PACKAGE_VERSION);
  g_assert_cmpint (adw_about_dialog_get_license_type (ADW_ABOUT_DIALOG (dialog)), ==, GTK_LICENSE_GPL_3_0);

  gtk_window_destroy (GTK_WINDOW (window));
}

static void
test_window_quit_action (void)
{
  ScApplication *app = sc_test_get_application ();
  g_auto(GStrv) accels = NULL;

  g_application_activate (G_APPLICATION (app));
  g_assert_cmpuint (g_list_length (gtk_application_get_windows (GTK_APPLICATION (app))), ==, 1);

  accels = gtk_application_get_accels_for_action (GTK_APPLICATION (app), "app.quit");
  g_assert_cmpstrv (accels, ((const char * const []) { "<Control>q", NULL }));

  g_action_group_activate_action (G_ACTION_GROUP (app), "quit", NULL);
  g_assert_null (gtk_application_get_windows (GTK_APPLICATION (app)));
}

static void
test_window_remembers_size (void)
{
  g_autoptr(GSettings) settings = g_settings_new (APP_ID);
  ScApplication *app = sc_test_get_application ();
  GtkWindow *window;
  int width, height;

  g_settings_set_int (settings, "window-width", 640);
  g_settings_set_int (settings, "window-height", 500);

  g_application_activate (G_APPLICATION (app));
  window = gtk_application_get_active_window (GTK_APPLICATION (app));
  gtk_window_get_default_size (window, &width, &height);
  g_assert_cmpint (width, ==, 640);
  g_assert_cmpint (height, ==, 500);

  gtk_window_set_default_size (window, 700, 520);
  g_assert_cmpint (g_settings_get_int (settings, "window-width"), ==, 700);
  g_assert_cmpint (g_settings_get_int (settings, "window-height"), ==, 520);

  gtk_window_destroy (window);
}

static void
test_window_search_teapot (void)
{
  ScWindow *window = open_window ();
  g_autoptr(GArray) codes = NULL;
  ScDetailPage *page;

  type_search (window, "teapot");
  codes = shown_codes (window);
  g_assert_cmpuint (codes->len, ==, 1);
  g_assert_cmpuint (g_array_index (codes, guint, 0), ==, 418);

  /* The best match is selected and shown. */
  page = visible_detail (window);
  g_assert_nonnull (page);
  g_assert_cmpuint (sc_status_code_get_code (sc_detail_page_get_status_code (page)), ==, 418);
  g_assert_cmpstr (detail_label (page, "code_label"), ==, "418");

  gtk_window_destroy (GTK_WINDOW (window));
}

static void
test_window_search_class (void)
{
  ScWindow *window = open_window ();
  g_autoptr(GArray) codes = NULL;

  type_search (window, "4xx");
  codes = shown_codes (window);
  g_assert_cmpuint (codes->len, ==, count_class (4));
  for (guint i = 0; i < codes->len; i++)
    g_assert_cmpuint (g_array_index (codes, guint, i) / 100, ==, 4);

  /* Nothing matches: the list gives way to a page that says so. */
  type_search (window, "xyzzyplugh");
  g_assert_cmpstr (gtk_stack_get_visible_child_name (child (window, "list_stack")), ==, "empty");
  type_search (window, "");
  g_assert_cmpstr (gtk_stack_get_visible_child_name (child (window, "list_stack")), ==, "list");

  gtk_window_destroy (GTK_WINDOW (window));
}

static void
test_window_search_keeps_pick (void)
{
  ScWindow *window = open_window ();
  GtkSingleSelection *selection = child (window, "selection");

  /* A search from the command line or the Shell runs at once... */
  sc_window_search (window, "timeout");
  g_assert_cmpuint (gtk_single_selection_get_selected (selection), ==, 0);

  /* ...and a row picked before the entry's own delay has passed stays. */
  gtk_single_selection_set_selected (selection, 2);
  sc_test_iterate (250);
  g_assert_cmpuint (gtk_single_selection_get_selected (selection), ==, 2);

  gtk_window_destroy (GTK_WINDOW (window));
}

/* What users paste by mistake: a megabyte, control characters, text
 * from right to left, emoji. The entry keeps what the search reads, the
 * list answers, and the window goes on working. */
static void
test_window_bad_paste (void)
{
  static const char *pastes[] = {
    "\x01\x02 404 \x7f\x1b[0m",
    "\u200f\u062e\u0637\u0623 404 \u05e9\u05d2\u05d9\u05d0\u05d4",
    "\u202e503 \u202c",
    "🫖🫖🫖 👩‍💻",
    "\ufeff\ufeff",
  };
  ScWindow *window = open_window ();
  GtkEditable *entry = child (window, "search_entry");
  gsize size = 1024 * 1024;
  g_autofree char *paste = g_malloc (size + 1);
  g_autoptr(GArray) codes = NULL;

  for (gsize i = 0; i < size; i++)
    paste[i] = "teapot "[i % 7];
  paste[size] = '\0';
  type_search (window, paste);
  g_assert_cmpint (g_utf8_strlen (gtk_editable_get_text (entry), -1), <=, SC_SEARCH_MAX_QUERY);
  codes = shown_codes (window);
  g_assert_cmpuint (codes->len, >, 0);
  g_assert_cmpuint (g_array_index (codes, guint, 0), ==, 418);

  for (guint i = 0; i < G_N_ELEMENTS (pastes); i++)
    {
      g_autoptr(GArray) found = NULL;

      g_test_message ("paste %u: %s", i, pastes[i]);
      type_search (window, pastes[i]);
      found = shown_codes (window);
      g_assert_cmpuint (found->len, <=, g_list_model_get_n_items (G_LIST_MODEL (sc_application_get_table (sc_test_get_application ()))));
    }

  /* And the next search works as ever. */
  g_clear_pointer (&codes, g_array_unref);
  type_search (window, "404");
  codes = shown_codes (window);
  g_assert_cmpuint (g_array_index (codes, guint, 0), ==, 404);

  gtk_window_destroy (GTK_WINDOW (window));
}

static gboolean
shows_whole_table (gpointer data)
{
  g_autoptr(GArray) codes = shown_codes (data);
  GListModel *table = G_LIST_MODEL (sc_application_get_table (sc_test_get_application ()));

  return codes->len == g_list_model_get_n_items (table);
}

/* The window starts with the rows that fill the screen and adds the rest
 * after its first frame: soon every code is there, in order. */
static void
test_window_fills_list (void)
{
  ScWindow *window = open_window ();
  g_autoptr(GArray) codes = NULL;

  g_assert_true (sc_test_wait_until (shows_whole_table, window, 5000));
  codes = shown_codes (window);
  for (guint i = 1; i < codes->len; i++)
    g_assert_cmpuint (g_array_index (codes, guint, i - 1), <, g_array_index (codes, guint, i));

  gtk_window_destroy (GTK_WINDOW (window));
}

typedef struct
{
  ScWindow *window;
  gboolean  painted;
  guint     rows;
  double    rows_bottom;
  int       list_height;
} FirstFrame;

static void
first_frame_painted_cb (GdkFrameClock *clock,
                        FirstFrame    *frame)
{
  GtkWidget *list_view = child (frame->window, "list_view");
  GtkWidget *scroller = gtk_widget_get_parent (list_view);

  g_signal_handlers_disconnect_by_func (clock, first_frame_painted_cb, frame);
  frame->painted = TRUE;
  frame->rows = g_list_model_get_n_items (G_LIST_MODEL (gtk_list_view_get_model (GTK_LIST_VIEW (list_view))));
  frame->list_height = gtk_widget_get_height (scroller);
  for (GtkWidget *row = gtk_widget_get_first_child (list_view); row != NULL; row = gtk_widget_get_next_sibling (row))
    {
      graphene_rect_t bounds;

      if (gtk_widget_get_visible (row) && gtk_widget_compute_bounds (row, scroller, &bounds))
        frame->rows_bottom = MAX (frame->rows_bottom, bounds.origin.y + bounds.size.height);
    }
}

static void
first_frame_map_cb (GtkWidget  *window,
                    FirstFrame *frame)
{
  g_signal_connect (gtk_widget_get_frame_clock (window), "after-paint", G_CALLBACK (first_frame_painted_cb), frame);
}

static gboolean
first_frame_done (gpointer data)
{
  return ((FirstFrame *) data)->painted;
}

/* The list starts with fewer rows than the table has, but its first frame
 * shows no gap: the rows reach the bottom of the list, in a tall window
 * and in small text too. */
static void
test_window_first_frame_fills (void)
{
  const struct { int height; double text_scale; } cases[] = { { 720, 1 }, { 1000, 1 }, { 720, 0.75 }, { 1000, 0.75 } };
  GtkSettings *settings = gtk_settings_get_default ();
  g_autoptr(GSettings) app_settings = g_settings_new (APP_ID);
  guint n_codes = g_list_model_get_n_items (G_LIST_MODEL (sc_application_get_table (sc_test_get_application ())));
  int dpi;

  g_object_get (settings, "gtk-xft-dpi", &dpi, NULL);
  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      FirstFrame frame = { NULL, };

      reset_window_settings ();
      g_settings_set_int (app_settings, "window-height", cases[i].height);
      g_object_set (settings, "gtk-xft-dpi", (int) (96 * 1024 * cases[i].text_scale), NULL);

      frame.window = sc_window_new (sc_test_get_application ());
      g_signal_connect (frame.window, "map", G_CALLBACK (first_frame_map_cb), &frame);
      gtk_window_present (GTK_WINDOW (frame.window));
      g_assert_true (sc_test_wait_until (first_frame_done, &frame, 5000));

      g_test_message ("%d px at text scale %.2f: %u rows reach %.0f px of %d",
                      cases[i].height, cases[i].text_scale, frame.rows, frame.rows_bottom, frame.list_height);
      g_assert_cmpuint (frame.rows, <, n_codes);
      g_assert_cmpfloat (frame.rows_bottom, >=, frame.list_height);

      gtk_window_destroy (GTK_WINDOW (frame.window));
    }

  g_object_set (settings, "gtk-xft-dpi", dpi, NULL);
  reset_window_settings ();
}

static void
test_window_class_toggle (void)
{
  g_autoptr(GSettings) settings = g_settings_new (APP_ID);
  g_autofree char *class_filter = NULL;
  ScWindow *window = open_window ();
  g_autoptr(GArray) codes = NULL;
  g_autoptr(GArray) official = NULL;

  gtk_widget_activate_action (GTK_WIDGET (window), "win.filter-class", "s", "5");
  g_assert_cmpstr (adw_toggle_group_get_active_name (child (window, "class_group")), ==, "5");
  g_assert_cmpstr (adw_toggle_get_tooltip (adw_toggle_group_get_toggle_by_name (child (window, "class_group"), "4")),
                   ==, "4xx · Client errors");
  codes = shown_codes (window);
  g_assert_cmpuint (codes->len, ==, count_class (5));
  for (guint i = 0; i < codes->len; i++)
    g_assert_cmpuint (g_array_index (codes, guint, i) / 100, ==, 5);

  /* The filter is remembered. */
  class_filter = g_settings_get_string (settings, "class-filter");
  g_assert_cmpstr (class_filter, ==, "5");

  /* Hiding unofficial codes hides Cloudflare's 52x. */
  g_action_group_activate_action (G_ACTION_GROUP (window), "show-unofficial", NULL);
  g_assert_false (g_settings_get_boolean (settings, "show-unofficial"));
  official = shown_codes (window);
  g_assert_cmpuint (official->len, <, codes->len);
  for (guint i = 0; i < official->len; i++)
    g_assert_cmpuint (g_array_index (official, guint, i), !=, 520);

  gtk_widget_activate_action (GTK_WIDGET (window), "win.filter-class", "s", "all");
  g_clear_pointer (&codes, g_array_unref);
  codes = shown_codes (window);
  g_assert_cmpuint (codes->len, >, official->len);

  gtk_window_destroy (GTK_WINDOW (window));
}

static void
test_window_sections (void)
{
  ScWindow *window = open_window ();
  GtkListView *list_view = child (window, "list_view");
  GtkSectionModel *model = GTK_SECTION_MODEL (gtk_list_view_get_model (list_view));
  guint start, end;

  /* Without a query, the list is in code order with a heading per class. */
  g_assert_nonnull (gtk_list_view_get_header_factory (list_view));
  gtk_section_model_get_section (model, 0, &start, &end);
  g_assert_cmpuint (start, ==, 0);
  g_assert_cmpuint (end, ==, count_class (1));
  gtk_section_model_get_section (model, end, &start, &end);
  g_assert_cmpuint (end - start, ==, count_class (2));

  /* A ranking has no sections. */
  type_search (window, "timeout");
  g_assert_null (gtk_list_view_get_header_factory (list_view));

  gtk_window_destroy (GTK_WINDOW (window));
}

static void
test_window_select_shows_detail (void)
{
  ScWindow *window = open_window ();
  ScStatusCode *not_found = sc_status_table_lookup (sc_application_get_table (sc_test_get_application ()), 404);
  g_autoptr(GSettings) settings = g_settings_new (APP_ID);
  ScDetailPage *page;

  g_assert_null (visible_detail (window));

  g_assert_true (sc_window_show_code (window, 404));
  page = visible_detail (window);
  g_assert_nonnull (page);
  g_assert_cmpstr (detail_label (page, "title_label"), ==, "Not Found");
  g_assert_cmpstr (detail_label (page, "summary_label"), ==, sc_status_code_get_summary (not_found));
  g_assert_cmpuint (g_settings_get_uint (settings, "last-code"), ==, 404);

  g_assert_false (sc_window_show_code (window, 999));

  gtk_window_destroy (GTK_WINDOW (window));

  /* The last code viewed is open again in the next window. */
  window = open_window_keeping_settings ();
  page = visible_detail (window);
  g_assert_nonnull (page);
  g_assert_cmpuint (sc_status_code_get_code (sc_detail_page_get_status_code (page)), ==, 404);
  gtk_window_destroy (GTK_WINDOW (window));
}

static GtkWidget *
find_descendant (GtkWidget *widget,
                 GType      type)
{
  for (GtkWidget *w = gtk_widget_get_first_child (widget); w != NULL; w = gtk_widget_get_next_sibling (w))
    {
      GtkWidget *found = G_TYPE_CHECK_INSTANCE_TYPE (w, type) ? w : find_descendant (w, type);

      if (found != NULL)
        return found;
    }

  return NULL;
}

static void
read_text_cb (GObject      *clipboard,
              GAsyncResult *result,
              gpointer      user_data)
{
  char **text = user_data;

  *text = gdk_clipboard_read_text_finish (GDK_CLIPBOARD (clipboard), result, NULL);
}

static char *
copy_and_read (ScDetailPage *page,
               const char   *what)
{
  GdkClipboard *clipboard = gtk_widget_get_clipboard (GTK_WIDGET (page));
  char *text = NULL;

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (page), "detail.copy", "s", what));
  gdk_clipboard_read_text_async (clipboard, NULL, read_text_cb, &text);
  while (text == NULL)
    g_main_context_iteration (NULL, TRUE);

  return text;
}

static void
test_window_copy (void)
{
  ScWindow *window = open_window ();
  ScDetailPage *page;
  g_autofree char *code = NULL;
  g_autofree char *name = NULL;
  g_autofree char *status_line = NULL;

  sc_window_show_code (window, 404);
  page = visible_detail (window);

  code = copy_and_read (page, "code");
  name = copy_and_read (page, "name");
  status_line = copy_and_read (page, "status-line");
  g_assert_cmpstr (code, ==, "404");
  g_assert_cmpstr (name, ==, "404 Not Found");
  g_assert_cmpstr (status_line, ==, "HTTP/1.1 404 Not Found");

  gtk_window_destroy (GTK_WINDOW (window));
}

/* The line under the title and "Copy Status Line" say what a server really
 * sends: another code, another phrase, or nothing. */
static void
test_window_wire (void)
{
  static const struct {
    guint       code;
    const char *shown;
    const char *tooltip_part;
    const char *status_line;
  } cases[] = {
    { 404, NULL, NULL, "HTTP/1.1 404 Not Found" },
    { 496, "Sent as “400 Bad Request”", "not 496", "HTTP/1.1 400 Bad Request" },
    { 510, "Sent as “510 Not Extended”", "name the code is known by", "HTTP/1.1 510 Not Extended" },
    { 419, "Sent as “419 unknown status”", "name the code is known by", "HTTP/1.1 419 unknown status" },
    { 444, "Nothing is sent", "without a status line", NULL },
  };
  ScWindow *window = open_window ();

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      ScDetailPage *page;
      GtkWidget *phrase_label;
      g_autofree char *code = NULL;
      g_autofree char *status_line = NULL;

      g_assert_true (sc_window_show_code (window, cases[i].code));
      page = visible_detail (window);
      phrase_label = GTK_WIDGET (gtk_widget_get_template_child (GTK_WIDGET (page), SC_TYPE_DETAIL_PAGE, "phrase_label"));

      g_assert_true (gtk_widget_get_visible (phrase_label) == (cases[i].shown != NULL));
      if (cases[i].shown != NULL)
        {
          g_assert_cmpstr (detail_label (page, "phrase_label"), ==, cases[i].shown);
          g_assert_nonnull (strstr (gtk_widget_get_tooltip_text (phrase_label), cases[i].tooltip_part));
        }

      /* Where nothing is sent, nothing is copied: the code stays. */
      code = copy_and_read (page, "code");
      status_line = copy_and_read (page, "status-line");
      g_assert_cmpstr (status_line, ==, cases[i].status_line != NULL ? cases[i].status_line : code);
    }

  gtk_window_destroy (GTK_WINDOW (window));
}

static AdwActionRow *
first_row (AdwPreferencesGroup *group)
{
  return ADW_ACTION_ROW (find_descendant (GTK_WIDGET (group), ADW_TYPE_ACTION_ROW));
}

static void
test_window_related_navigation (void)
{
  ScWindow *window = open_window ();
  AdwNavigationView *detail_view = child (window, "detail_view");
  ScDetailPage *page;
  AdwActionRow *row;

  sc_window_show_code (window, 401);
  page = visible_detail (window);
  row = first_row (ADW_PREFERENCES_GROUP (gtk_widget_get_template_child (GTK_WIDGET (page), SC_TYPE_DETAIL_PAGE,
                                                                         "related_group")));
  g_assert_nonnull (row);
  g_assert_true (g_str_has_prefix (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (row)), "403 "));

  g_signal_emit_by_name (row, "activated");
  sc_test_iterate (50);
  page = visible_detail (window);
  g_assert_cmpuint (sc_status_code_get_code (sc_detail_page_get_status_code (page)), ==, 403);
  g_assert_cmpstr (detail_label (page, "title_label"), ==, "Forbidden");

  /* Back returns to where the user came from. */
  g_assert_true (adw_navigation_view_pop (detail_view));
  sc_test_iterate (50);
  page = visible_detail (window);
  g_assert_cmpuint (sc_status_code_get_code (sc_detail_page_get_status_code (page)), ==, 401);

  gtk_window_destroy (GTK_WINDOW (window));
}

/* A page that slides in takes the focus, but does not open with its first
 * label highlighted as if the user had selected it. */
static gboolean
detail_has_focus (gpointer data)
{
  ScWindow *window = data;
  GtkWidget *focus = gtk_root_get_focus (GTK_ROOT (window));
  ScDetailPage *page = visible_detail (window);

  return focus != NULL && page != NULL && gtk_widget_is_ancestor (focus, GTK_WIDGET (page));
}

static void
assert_detail_focused_unselected (ScWindow *window)
{
  GtkWidget *focus;

  g_assert_true (sc_test_wait_until (detail_has_focus, window, 10000));
  focus = gtk_root_get_focus (GTK_ROOT (window));
  if (GTK_IS_LABEL (focus))
    g_assert_false (gtk_label_get_selection_bounds (GTK_LABEL (focus), NULL, NULL));
}

/* "status-codes 401" on a phone: the window opens narrow, on the code. */
static void
test_window_opens_narrow_on_code (void)
{
  g_autoptr(GSettings) settings = g_settings_new (APP_ID);
  ScWindow *window;

  g_settings_set_int (settings, "window-width", 360);
  g_settings_set_int (settings, "window-height", 640);
  window = sc_window_new (sc_test_get_application ());
  g_assert_true (sc_window_show_code (window, 401));
  gtk_window_present (GTK_WINDOW (window));
  gtk_test_widget_wait_for_draw (GTK_WIDGET (window));
  sc_test_iterate (600);

  g_assert_true (adw_navigation_split_view_get_collapsed (child (window, "split_view")));
  g_assert_true (adw_navigation_split_view_get_show_content (child (window, "split_view")));
  assert_detail_focused_unselected (window);

  gtk_window_destroy (GTK_WINDOW (window));
}

static void
test_window_narrow_collapses (void)
{
  ScWindow *window = open_window ();
  AdwNavigationSplitView *split_view = child (window, "split_view");

  g_assert_false (adw_navigation_split_view_get_collapsed (split_view));

  gtk_window_set_default_size (GTK_WINDOW (window), 360, 640);
  sc_test_iterate (300);
  g_assert_true (adw_navigation_split_view_get_collapsed (split_view));

  /* Opening a code on a phone shows the code, with a way back to the list. */
  sc_window_show_code (window, 404);
  sc_test_iterate (600);
  g_assert_true (adw_navigation_split_view_get_show_content (split_view));

  assert_detail_focused_unselected (window);

  gtk_window_set_default_size (GTK_WINDOW (window), 1000, 700);
  sc_test_iterate (300);
  g_assert_false (adw_navigation_split_view_get_collapsed (split_view));

  gtk_window_destroy (GTK_WINDOW (window));
}

/* With GNOME's Large Text, and with text twice as large, every code's page
 * and the list still fit a phone's 360 px: nothing runs off the window. */
static void
test_window_large_text (void)
{
  const double scales[] = { 1.25, 2.0 };
  GListModel *table = G_LIST_MODEL (sc_application_get_table (sc_test_get_application ()));
  ScWindow *window = open_window ();
  GtkSettings *settings = gtk_widget_get_settings (GTK_WIDGET (window));
  int dpi;

  g_object_get (settings, "gtk-xft-dpi", &dpi, NULL);
  gtk_window_set_default_size (GTK_WINDOW (window), 360, 640);
  sc_test_iterate (300);

  for (guint s = 0; s < G_N_ELEMENTS (scales); s++)
    {
      g_object_set (settings, "gtk-xft-dpi", (int) (96 * 1024 * scales[s]), NULL);
      sc_test_iterate (100);

      for (guint i = 0; i < g_list_model_get_n_items (table); i++)
        {
          g_autoptr(ScStatusCode) code = g_list_model_get_item (table, i);
          int min_width;

          sc_window_show_code (window, sc_status_code_get_code (code));
          gtk_widget_measure (GTK_WIDGET (window), GTK_ORIENTATION_HORIZONTAL, -1, &min_width, NULL, NULL, NULL);
          if (min_width > 360)
            g_error ("at text scale %.2f, the page of %u needs %d px", scales[s], sc_status_code_get_code (code), min_width);
        }
    }

  g_object_set (settings, "gtk-xft-dpi", dpi, NULL);
  gtk_window_destroy (GTK_WINDOW (window));
}

int
main (int   argc,
      char *argv[])
{
  sc_test_init_widgets (&argc, &argv);

  g_test_add_func ("/window/shows-titled", test_window_shows_titled);
  g_test_add_func ("/window/about-action", test_window_about_action);
  g_test_add_func ("/window/quit-action", test_window_quit_action);
  g_test_add_func ("/window/remembers-size", test_window_remembers_size);
  g_test_add_func ("/window/search-teapot", test_window_search_teapot);
  g_test_add_func ("/window/search-class", test_window_search_class);
  g_test_add_func ("/window/search-keeps-pick", test_window_search_keeps_pick);
  g_test_add_func ("/window/fills-list", test_window_fills_list);
  g_test_add_func ("/window/first-frame-fills", test_window_first_frame_fills);
  g_test_add_func ("/window/bad-paste", test_window_bad_paste);
  g_test_add_func ("/window/class-toggle", test_window_class_toggle);
  g_test_add_func ("/window/sections", test_window_sections);
  g_test_add_func ("/window/select-shows-detail", test_window_select_shows_detail);
  g_test_add_func ("/window/related-navigation", test_window_related_navigation);
  g_test_add_func ("/window/copy", test_window_copy);
  g_test_add_func ("/window/wire", test_window_wire);
  g_test_add_func ("/window/narrow-collapses", test_window_narrow_collapses);
  g_test_add_func ("/window/opens-narrow-on-code", test_window_opens_narrow_on_code);
  g_test_add_func ("/window/large-text", test_window_large_text);

  return g_test_run ();
}
