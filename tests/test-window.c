/* test-window.c
 *
 * Copyright 2026 The Status Codes authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <math.h>
#include <string.h>

#include "sc-constants-section.h"
#include "sc-detail-page.h"
#include "sc-guide-page.h"
#include "sc-log-value.h"
#include "sc-search.h"
#include "sc-shortcuts-dialog.h"
#include "sc-start-page.h"
#include "sc-status-row.h"
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

  /* Once the list shows every row (it adds them a screenful per frame),
   * without a query, it is in code order with a heading per class. */
  g_array_unref (shown_codes (window));
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

  /* A status line is ASCII, as on the wire: no typographic apostrophe. */
  sc_window_show_code (window, 418);
  g_clear_pointer (&status_line, g_free);
  status_line = copy_and_read (visible_detail (window), "status-line");
  g_assert_cmpstr (status_line, ==, "HTTP/1.1 418 I'm a teapot");

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
first_related_row_in (GtkWidget *list)
{
  return ADW_ACTION_ROW (find_descendant (list, ADW_TYPE_ACTION_ROW));
}

static AdwActionRow *
first_related_row (ScDetailPage *page)
{
  GtkWidget *list = GTK_WIDGET (gtk_widget_get_template_child (GTK_WIDGET (page), SC_TYPE_DETAIL_PAGE, "related_list"));

  return ADW_ACTION_ROW (find_descendant (list, ADW_TYPE_ACTION_ROW));
}

static guint
shown_code (ScWindow *window)
{
  ScDetailPage *page = visible_detail (window);

  return page != NULL ? sc_status_code_get_code (sc_detail_page_get_status_code (page)) : 0;
}

static guint
selected_code (ScWindow *window)
{
  ScStatusCode *code = gtk_single_selection_get_selected_item (child (window, "selection"));

  return code != NULL ? sc_status_code_get_code (code) : 0;
}

/* A related code opens on top of the page, with Back to return, and the list
 * highlights whichever page is in view; going to a code that is already
 * behind goes back to it rather than stacking it twice. */
/* The example exchange is shown as it goes on the wire and copied whole;
 * where nothing goes on the wire, the page says so and offers nothing to
 * copy. The history lists every step the data has for the code. */
static void
test_window_example_and_history (void)
{
  ScApplication *app = sc_test_get_application ();
  ScWindow *window = open_window ();
  const ScExample *example = sc_examples_lookup (sc_application_get_examples (app), 422);
  const ScHistoryEntry *entry = sc_history_lookup (sc_application_get_history (app), 422);
  g_autofree char *expected = sc_example_dup_text (example);
  g_autofree char *copied = NULL;
  ScDetailPage *page;
  GtkWidget *history_box;
  guint n_steps = 0;

  sc_window_show_code (window, 422);
  page = visible_detail (window);
  g_assert_cmpstr (detail_label (page, "example_label"), ==, expected);
  g_assert_nonnull (strstr (expected, "HTTP/1.1 422 "));
  copied = copy_and_read (page, "example");
  g_assert_cmpstr (copied, ==, expected);

  history_box = GTK_WIDGET (gtk_widget_get_template_child (GTK_WIDGET (page), SC_TYPE_DETAIL_PAGE, "history_box"));
  for (GtkWidget *row = gtk_widget_get_first_child (history_box); row != NULL; row = gtk_widget_get_next_sibling (row))
    n_steps++;
  g_assert_cmpuint (n_steps, ==, entry->events->len + (entry->note != NULL));
  g_assert_cmpstr (detail_label (page, "versions_label"), ==, "HTTP/1.0 · HTTP/1.1 · HTTP/2 · HTTP/3");

  /* nginx's 444 sends nothing at all. */
  sc_window_show_code (window, 444);
  page = visible_detail (window);
  example = sc_examples_lookup (sc_application_get_examples (app), 444);
  g_assert_null (example->responses[0]);
  g_assert_cmpstr (detail_label (page, "example_note_label"), ==, example->note);
  g_assert_false (gtk_widget_get_visible (GTK_WIDGET (gtk_widget_get_template_child (GTK_WIDGET (page), SC_TYPE_DETAIL_PAGE,
                                                                                     "example_label"))));
  g_assert_false (gtk_widget_get_visible (GTK_WIDGET (gtk_widget_get_template_child (GTK_WIDGET (page), SC_TYPE_DETAIL_PAGE,
                                                                                     "copy_example_button"))));

  /* 101 belongs to HTTP/1.1 alone. */
  sc_window_show_code (window, 101);
  g_assert_cmpstr (detail_label (visible_detail (window), "versions_label"), ==, "HTTP/1.1");

  gtk_window_destroy (GTK_WINDOW (window));
}

/* The titles of the rows that an expander row holds, in order: those in
 * its revealer, not its own header. */
static void
collect_row_titles (GtkWidget *widget,
                    GPtrArray *titles)
{
  for (GtkWidget *c = gtk_widget_get_first_child (widget); c != NULL; c = gtk_widget_get_next_sibling (c))
    {
      if (ADW_IS_ACTION_ROW (c) && gtk_widget_get_ancestor (c, GTK_TYPE_REVEALER) != NULL)
        g_ptr_array_add (titles, g_strdup (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (c))));
      else
        collect_row_titles (c, titles);
    }
}

/* The names that @libraries give @code in the data, in the data's order,
 * "Not defined" where a library has none. */
static GPtrArray *
expected_names (guint               code,
                const char * const *libraries,
                gboolean            chosen)
{
  ScConstants *constants = sc_application_get_constants (sc_test_get_application ());
  GPtrArray *names = g_ptr_array_new_with_free_func (g_free);
  const ScConstant *entries;
  guint n_entries;

  entries = sc_constants_lookup (constants, code, &n_entries);
  for (guint i = 0; i < sc_constants_get_n_libraries (constants); i++)
    {
      const ScLibrary *library = sc_constants_get_library (constants, i);
      guint before = names->len;

      if (g_strv_contains (libraries, library->id) != chosen)
        continue;
      for (guint j = 0; j < n_entries; j++)
        if (entries[j].library == library)
          g_ptr_array_add (names, entries[j].state == SC_CONSTANT_STATE_UNDEFINED
                                    ? g_strdup ("Not defined")
                                    : sc_constant_dup_qualified_name (&entries[j]));
      if (names->len == before)
        g_ptr_array_add (names, g_strdup ("Not defined"));
    }

  return names;
}

static void
assert_same_titles (GPtrArray *shown,
                    GPtrArray *expected)
{
  g_assert_cmpuint (shown->len, ==, expected->len);
  for (guint i = 0; i < shown->len; i++)
    g_assert_cmpstr (g_ptr_array_index (shown, i), ==, g_ptr_array_index (expected, i));
}

/* "In Code": the chosen libraries' names first, the others behind "Other
 * Libraries", "Not defined" where a library has no name; the choice is a
 * setting that every page follows; each name copies. */
static void
test_window_constants (void)
{
  g_autoptr(GSettings) settings = g_settings_new (APP_ID);
  ScWindow *window;
  GtkWidget *section, *chosen_list, *others_row;
  g_auto(GStrv) libraries = NULL;
  g_autoptr(GPtrArray) shown = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GPtrArray) others = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GPtrArray) expected = NULL;
  g_autoptr(GPtrArray) expected_others = NULL;
  GdkClipboard *clipboard;
  char *text = NULL;

  g_settings_reset (settings, "libraries");
  window = open_window ();
  libraries = g_settings_get_strv (settings, "libraries");
  g_assert_true (g_strv_contains ((const char * const *) libraries, "python"));

  sc_window_show_code (window, 422);
  section = GTK_WIDGET (gtk_widget_get_template_child (GTK_WIDGET (visible_detail (window)), SC_TYPE_DETAIL_PAGE,
                                                       "constants_section"));
  chosen_list = GTK_WIDGET (gtk_widget_get_template_child (section, SC_TYPE_CONSTANTS_SECTION, "chosen_list"));
  others_row = GTK_WIDGET (gtk_widget_get_template_child (section, SC_TYPE_CONSTANTS_SECTION, "others_row"));

  for (GtkWidget *row = gtk_widget_get_first_child (chosen_list); row != NULL; row = gtk_widget_get_next_sibling (row))
    if (row != others_row && ADW_IS_ACTION_ROW (row))
      g_ptr_array_add (shown, g_strdup (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (row))));
  expected = expected_names (422, (const char * const *) libraries, TRUE);
  assert_same_titles (shown, expected);
  g_assert_true (g_ptr_array_find_with_equal_func (shown, "HTTPStatus.UNPROCESSABLE_ENTITY", g_str_equal, NULL));

  /* The other libraries' rows are made when their expander opens. */
  adw_expander_row_set_expanded (ADW_EXPANDER_ROW (others_row), TRUE);
  collect_row_titles (others_row, others);
  expected_others = expected_names (422, (const char * const *) libraries, FALSE);
  assert_same_titles (others, expected_others);

  /* Python no longer chosen: its names move behind "Other Libraries". */
  g_assert_true (gtk_widget_activate_action (section, "libraries.python", NULL));
  g_strfreev (libraries);
  libraries = g_settings_get_strv (settings, "libraries");
  g_assert_false (g_strv_contains ((const char * const *) libraries, "python"));
  g_ptr_array_set_size (others, 0);
  collect_row_titles (others_row, others);
  g_assert_true (g_ptr_array_find_with_equal_func (others, "HTTPStatus.UNPROCESSABLE_ENTITY", g_str_equal, NULL));

  /* A name copies as it is written in code. */
  clipboard = gtk_widget_get_clipboard (section);
  g_assert_true (gtk_widget_activate_action (section, "constants.copy", "s", "HTTPStatus.UNPROCESSABLE_CONTENT"));
  gdk_clipboard_read_text_async (clipboard, NULL, read_text_cb, &text);
  while (text == NULL)
    g_main_context_iteration (NULL, TRUE);
  g_assert_cmpstr (text, ==, "HTTPStatus.UNPROCESSABLE_CONTENT");
  g_free (text);

  g_settings_reset (settings, "libraries");
  gtk_window_destroy (GTK_WINDOW (window));
}

/* The hint of the row for @code, or NULL when the row shows none or is not
 * on screen. */
static const char *
row_hint (ScWindow *window,
          guint     code)
{
  for (GtkWidget *item = gtk_widget_get_first_child (child (window, "list_view"));
       item != NULL;
       item = gtk_widget_get_next_sibling (item))
    {
      GtkWidget *row = gtk_widget_get_first_child (item);
      GtkWidget *hint;

      if (!SC_IS_STATUS_ROW (row) || !gtk_widget_get_child_visible (item) ||
          sc_status_code_get_code (sc_status_row_get_status_code (SC_STATUS_ROW (row))) != code)
        continue;
      hint = GTK_WIDGET (gtk_widget_get_template_child (row, SC_TYPE_STATUS_ROW, "hint_label"));
      return gtk_widget_get_visible (hint) ? gtk_label_get_label (GTK_LABEL (hint)) : NULL;
    }

  return NULL;
}

/* While searching, a row says why it matched where its title does not, and
 * the hint follows the query, also for a row that keeps its place. */
static void
test_window_match_hints (void)
{
  ScWindow *window = open_window ();

  type_search (window, "retry-after");
  g_assert_cmpstr (row_hint (window, 503), ==, "Header: Retry-After");
  g_assert_cmpstr (row_hint (window, 429), ==, "Header: Retry-After");

  type_search (window, "503");
  g_assert_null (row_hint (window, 503));

  type_search (window, "");
  g_assert_null (row_hint (window, 100));

  gtk_window_destroy (GTK_WINDOW (window));
}

/* The first button below @widget whose action is @action_name. */
static GtkWidget *
find_actionable (GtkWidget  *widget,
                 const char *action_name)
{
  for (GtkWidget *c = gtk_widget_get_first_child (widget); c != NULL; c = gtk_widget_get_next_sibling (c))
    {
      GtkWidget *found = NULL;

      if (GTK_IS_BUTTON (c) && g_strcmp0 (gtk_actionable_get_action_name (GTK_ACTIONABLE (c)), action_name) == 0)
        return c;
      if ((found = find_actionable (c, action_name)) != NULL)
        return found;
    }

  return NULL;
}

static guint
count_children (GtkWidget *widget)
{
  guint n = 0;

  for (GtkWidget *c = gtk_widget_get_first_child (widget); c != NULL; c = gtk_widget_get_next_sibling (c))
    n++;

  return n;
}

/* The start page's buttons open the codes that people look up most, named
 * for screen readers as the list names them. */
static void
test_window_start_page (void)
{
  g_autoptr(GSettings) settings = g_settings_new (APP_ID);
  ScWindow *window = open_window ();
  GtkWidget *button;
  g_autofree char *label = NULL;

  g_assert_null (visible_detail (window));
  g_assert_true (gtk_widget_get_visible (child (window, "start_page")));
  /* The buttons come right after the first frame, all thirteen. */
  g_assert_cmpuint (count_children (GTK_WIDGET (gtk_widget_get_template_child (child (window, "start_page"), SC_TYPE_START_PAGE,
                                                                                "codes_box"))), ==, 13);
  button = find_actionable (child (window, "start_page"), "win.show-code");
  g_assert_nonnull (button);

  g_signal_emit_by_name (button, "clicked");
  g_assert_nonnull (visible_detail (window));
  label = sc_status_code_dup_label (sc_detail_page_get_status_code (visible_detail (window)));
  g_assert_cmpstr (gtk_widget_get_tooltip_text (button), ==, label);
  g_assert_true (g_str_has_prefix (label, gtk_button_get_label (GTK_BUTTON (button))));
  gtk_window_destroy (GTK_WINDOW (window));

  /* And the guide is one click away. */
  window = open_window ();
  g_signal_emit_by_name (find_actionable (child (window, "start_page"), "win.guide"), "clicked");
  g_assert_true (SC_IS_GUIDE_PAGE (adw_navigation_view_get_visible_page (child (window, "detail_view"))));
  gtk_window_destroy (GTK_WINDOW (window));
}

/* The answers that lead from @question to a result naming @code, first
 * answer first, or NULL where none does. The guide has no cycles. */
static GPtrArray *
path_to_code (const ScGuideQuestion *question,
              guint                  code)
{
  for (guint i = 0; i < question->answers->len; i++)
    {
      const ScGuideAnswer *answer = g_ptr_array_index (question->answers, i);
      GPtrArray *rest = NULL;

      if (answer->result != NULL)
        {
          for (guint j = 0; j < answer->result->codes->len; j++)
            if (g_array_index (answer->result->codes, guint, j) == code)
              rest = g_ptr_array_new ();
        }
      else
        rest = path_to_code (answer->question, code);

      if (rest != NULL)
        {
          g_ptr_array_insert (rest, 0, (gpointer) answer);
          return rest;
        }
    }

  return NULL;
}

static AdwNavigationPage *
visible_page (ScWindow *window)
{
  return adw_navigation_view_get_visible_page (child (window, "detail_view"));
}

/* The button of the visible guide page whose label is @label, or which
 * stands for @answer. */
static GtkWidget *
guide_button (ScWindow            *window,
              const ScGuideAnswer *answer,
              const char          *label)
{
  g_autoptr(GPtrArray) buttons = g_ptr_array_new ();
  GtkWidget *page = GTK_WIDGET (visible_page (window));
  GPtrArray *stack = g_ptr_array_new ();

  g_ptr_array_add (stack, page);
  while (stack->len > 0)
    {
      GtkWidget *widget = g_ptr_array_steal_index (stack, stack->len - 1);

      if (GTK_IS_BUTTON (widget) &&
          ((answer != NULL && g_object_get_data (G_OBJECT (widget), "answer") == answer) ||
           (label != NULL && g_strcmp0 (gtk_button_get_label (GTK_BUTTON (widget)), label) == 0)))
        g_ptr_array_add (buttons, widget);
      for (GtkWidget *c = gtk_widget_get_first_child (widget); c != NULL; c = gtk_widget_get_next_sibling (c))
        g_ptr_array_add (stack, c);
    }
  g_ptr_array_unref (stack);

  g_assert_cmpuint (buttons->len, ==, 1);
  return g_ptr_array_index (buttons, 0);
}

/* Walks the guide in the window, clicking the answers that lead to @code,
 * and returns the result page reached. */
static ScGuidePage *
walk_guide_to (ScWindow *window,
               guint     code)
{
  ScGuide *guide = sc_application_get_guide (sc_test_get_application ());
  g_autoptr(GPtrArray) path = path_to_code (sc_guide_get_first_question (guide), code);
  ScGuidePage *page;

  g_assert_nonnull (path);
  sc_window_show_guide (window);
  for (guint i = 0; i < path->len; i++)
    {
      const ScGuideAnswer *answer = g_ptr_array_index (path, i);

      page = SC_GUIDE_PAGE (visible_page (window));
      g_assert_nonnull (sc_guide_page_get_question (page));
      g_signal_emit_by_name (guide_button (window, answer, NULL), "clicked");
    }

  page = SC_GUIDE_PAGE (visible_page (window));
  g_assert_nonnull (sc_guide_page_get_result (page));

  return page;
}

/* The guide walked in the window, to 201, to the contested 400 or 422, and
 * to 503; each result opens its code; Back goes one question back, the path
 * goes back to any question, and Start Over to the first. */
static void
test_window_guide (void)
{
  ScGuide *guide = sc_application_get_guide (sc_test_get_application ());
  ScWindow *window = open_window ();
  AdwNavigationView *detail_view = child (window, "detail_view");
  g_autoptr(GListModel) stack = NULL;
  const ScGuideResult *result;
  ScGuidePage *page;

  page = walk_guide_to (window, 201);
  result = sc_guide_page_get_result (page);
  g_assert_cmpuint (g_array_index (result->codes, guint, 0), ==, 201);
  g_signal_emit_by_name (guide_button (window, NULL, "Open 201"), "clicked");
  g_assert_cmpuint (shown_code (window), ==, 201);

  /* Practice is split between 400 and 422: the result names both and who
   * sends which. */
  page = walk_guide_to (window, 422);
  result = sc_guide_page_get_result (page);
  g_assert_cmpuint (result->codes->len, >=, 2);
  g_assert_cmpuint (result->alternatives->len, >, 0);
  guide_button (window, NULL, "Open 400");
  guide_button (window, NULL, "Open 422");

  page = walk_guide_to (window, 503);
  g_assert_cmpuint (g_array_index (sc_guide_page_get_result (page)->codes, guint, 0), ==, 503);

  /* Back: one question back. */
  g_assert_true (adw_navigation_view_pop (detail_view));
  page = SC_GUIDE_PAGE (visible_page (window));
  g_assert_nonnull (sc_guide_page_get_question (page));

  /* Start Over from a result: the first question, alone. */
  page = walk_guide_to (window, 201);
  g_signal_emit_by_name (guide_button (window, NULL, "_Start Over"), "clicked");
  page = SC_GUIDE_PAGE (visible_page (window));
  g_assert_true (sc_guide_page_get_question (page) == sc_guide_get_first_question (guide));
  stack = adw_navigation_view_get_navigation_stack (detail_view);
  g_assert_cmpuint (g_list_model_get_n_items (stack), ==, 1);

  /* The path's first row goes back to the first question. */
  page = walk_guide_to (window, 503);
  g_signal_emit_by_name (first_related_row_in (GTK_WIDGET (gtk_widget_get_template_child (GTK_WIDGET (page), SC_TYPE_GUIDE_PAGE,
                                                                                              "path_list"))),
                         "activated");
  page = SC_GUIDE_PAGE (visible_page (window));
  g_assert_true (sc_guide_page_get_question (page) == sc_guide_get_first_question (guide));

  gtk_window_destroy (GTK_WINDOW (window));
}

static void
test_window_related_navigation (void)
{
  ScWindow *window = open_window ();
  AdwNavigationView *detail_view = child (window, "detail_view");
  g_autoptr(GListModel) stack = NULL;
  ScDetailPage *page;
  AdwActionRow *row;

  sc_window_show_code (window, 401);
  page = visible_detail (window);
  row = first_related_row (page);
  g_assert_nonnull (row);
  g_assert_true (g_str_has_prefix (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (row)), "403 "));

  g_signal_emit_by_name (row, "activated");
  sc_test_iterate (50);
  page = visible_detail (window);
  g_assert_cmpuint (shown_code (window), ==, 403);
  g_assert_cmpstr (detail_label (page, "title_label"), ==, "Forbidden");
  g_assert_cmpuint (selected_code (window), ==, 403);

  /* 403 names 401 among its related codes: back to the 401 page. */
  for (GtkWidget *r = GTK_WIDGET (first_related_row (page)); r != NULL; r = gtk_widget_get_next_sibling (r))
    if (g_str_has_prefix (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (r)), "401 "))
      {
        g_signal_emit_by_name (r, "activated");
        break;
      }
  sc_test_iterate (50);
  g_assert_cmpuint (shown_code (window), ==, 401);
  stack = adw_navigation_view_get_navigation_stack (detail_view);
  g_assert_cmpuint (g_list_model_get_n_items (stack), ==, 1);
  g_assert_cmpuint (selected_code (window), ==, 401);

  /* Back returns to where the user came from, in the list too. */
  g_signal_emit_by_name (first_related_row (visible_detail (window)), "activated");
  sc_test_iterate (50);
  g_assert_cmpuint (shown_code (window), ==, 403);
  g_assert_true (adw_navigation_view_pop (detail_view));
  sc_test_iterate (50);
  g_assert_cmpuint (shown_code (window), ==, 401);
  g_assert_cmpuint (selected_code (window), ==, 401);

  gtk_window_destroy (GTK_WINDOW (window));
}

/* Clearing a search, changing the class or hiding unofficial codes keeps the
 * page that is being read, and selects its code again when it is listed. */
static void
test_window_filters_keep_page (void)
{
  g_autoptr(GSettings) settings = g_settings_new (APP_ID);
  ScWindow *window = open_window ();

  type_search (window, "teapot");
  g_assert_cmpuint (shown_code (window), ==, 418);

  type_search (window, "");
  g_assert_cmpuint (shown_code (window), ==, 418);
  g_assert_cmpuint (selected_code (window), ==, 418);

  gtk_widget_activate_action (GTK_WIDGET (window), "win.filter-class", "s", "5");
  g_assert_cmpuint (shown_code (window), ==, 418);
  g_assert_cmpuint (selected_code (window), ==, 0);
  gtk_widget_activate_action (GTK_WIDGET (window), "win.filter-class", "s", "all");
  g_assert_cmpuint (selected_code (window), ==, 418);

  sc_window_show_code (window, 520);
  g_settings_set_boolean (settings, "show-unofficial", FALSE);
  g_assert_cmpuint (shown_code (window), ==, 520);
  g_assert_cmpuint (selected_code (window), ==, 0);
  g_settings_set_boolean (settings, "show-unofficial", TRUE);
  g_assert_cmpuint (selected_code (window), ==, 520);

  gtk_window_destroy (GTK_WINDOW (window));
}

/* Enter opens the top match and takes the keyboard into its page; on a
 * phone, once the page has slid in. */
static void
test_window_enter_reads_page (void)
{
  ScWindow *window = open_window ();
  GtkWidget *entry = child (window, "search_entry");
  GtkWidget *heading;
  GtkWidget *focus;

  type_search (window, "gateway");
  g_signal_emit_by_name (gtk_editable_get_delegate (GTK_EDITABLE (entry)), "activate");
  heading = GTK_WIDGET (gtk_widget_get_template_child (GTK_WIDGET (visible_detail (window)), SC_TYPE_DETAIL_PAGE, "heading"));
  g_assert_true (sc_test_wait_until ((ScTestCondition) gtk_widget_has_focus, heading, 10000));
  focus = gtk_root_get_focus (GTK_ROOT (window));
  g_assert_true (focus == heading);

  /* On a phone, the page slides in first, and then takes the keyboard. */
  gtk_window_set_default_size (GTK_WINDOW (window), 360, 640);
  sc_test_iterate (300);
  gtk_widget_grab_focus (entry);
  type_search (window, "teapot");
  g_assert_false (adw_navigation_split_view_get_show_content (child (window, "split_view")));
  g_signal_emit_by_name (gtk_editable_get_delegate (GTK_EDITABLE (entry)), "activate");
  heading = GTK_WIDGET (gtk_widget_get_template_child (GTK_WIDGET (visible_detail (window)), SC_TYPE_DETAIL_PAGE, "heading"));
  g_assert_true (sc_test_wait_until ((ScTestCondition) gtk_widget_has_focus, heading, 10000));

  gtk_window_destroy (GTK_WINDOW (window));
}

/* From the page's heading, Tab reaches, in the order they stand, what can
 * be acted on: the libraries' chooser and names, the example's copy
 * button, each related code and the specification's link. It stops on
 * nothing that only holds text, and then leaves the page: it is never
 * stuck. */
static void
test_window_page_tab_order (void)
{
  ScWindow *window = open_window ();
  g_autoptr(GPtrArray) visited = g_ptr_array_new ();
  GtkWidget *page, *spec_row, *focus;
  const char *expected[] = { "choose_button", "copy_example_button" };
  GPtrArray *related;
  guint n_related = 0;

  sc_window_show_code (window, 404);
  page = GTK_WIDGET (visible_detail (window));
  spec_row = GTK_WIDGET (gtk_widget_get_template_child (page, SC_TYPE_DETAIL_PAGE, "spec_row"));
  related = sc_status_code_get_related (sc_detail_page_get_status_code (SC_DETAIL_PAGE (page)));
  g_assert_cmpuint (related->len, >, 0);
  /* Tab goes by where things are, so the page must be laid out first. */
  gtk_test_widget_wait_for_draw (GTK_WIDGET (window));

  sc_detail_page_focus_content (SC_DETAIL_PAGE (page));
  g_assert_true (sc_test_wait_until ((ScTestCondition) gtk_widget_has_focus,
                                     gtk_widget_get_template_child (page, SC_TYPE_DETAIL_PAGE, "heading"), 10000));
  do
    {
      g_signal_emit_by_name (window, "move-focus", GTK_DIR_TAB_FORWARD);
      focus = gtk_root_get_focus (GTK_ROOT (window));
      g_assert_nonnull (focus);
      g_test_message ("Tab %u: %s in %s", visited->len + 1, G_OBJECT_TYPE_NAME (focus),
                      G_OBJECT_TYPE_NAME (gtk_widget_get_parent (focus)));
      g_assert_false (GTK_IS_LABEL (focus));
      g_assert_true (gtk_widget_is_ancestor (focus, page));
      g_ptr_array_add (visited, focus);
    }
  while (focus != spec_row && visited->len < 100);
  g_assert_true (focus == spec_row);

  for (guint i = 0; i < G_N_ELEMENTS (expected); i++)
    {
      GtkWidget *widget = GTK_WIDGET (gtk_widget_get_template_child (page, SC_TYPE_DETAIL_PAGE, "constants_section"));
      GtkWidget *target = g_str_equal (expected[i], "choose_button")
        ? GTK_WIDGET (gtk_widget_get_template_child (widget, SC_TYPE_CONSTANTS_SECTION, "choose_button"))
        : GTK_WIDGET (gtk_widget_get_template_child (page, SC_TYPE_DETAIL_PAGE, expected[i]));
      gboolean reached = FALSE;

      for (guint j = 0; j < visited->len; j++)
        reached |= g_ptr_array_index (visited, j) == target ||
                   gtk_widget_is_ancestor (g_ptr_array_index (visited, j), target);
      if (!reached)
        g_error ("Tab never reached %s", expected[i]);
    }
  for (guint j = 0; j < visited->len; j++)
    n_related += gtk_widget_get_ancestor (g_ptr_array_index (visited, j), GTK_TYPE_LIST_BOX) ==
                 GTK_WIDGET (gtk_widget_get_template_child (page, SC_TYPE_DETAIL_PAGE, "related_list"));
  g_assert_cmpuint (n_related, ==, related->len);

  g_signal_emit_by_name (window, "move-focus", GTK_DIR_TAB_FORWARD);
  g_assert_false (gtk_widget_is_ancestor (gtk_root_get_focus (GTK_ROOT (window)), page));

  gtk_window_destroy (GTK_WINDOW (window));
}

/* The header bar names the code only once the page's own heading has
 * scrolled out of sight. */
static void
test_window_page_title_on_scroll (void)
{
  ScWindow *window = open_window ();
  GtkWidget *page;
  AdwHeaderBar *header_bar;
  GtkAdjustment *adjustment;

  sc_window_show_code (window, 404);
  gtk_test_widget_wait_for_draw (GTK_WIDGET (window));
  page = GTK_WIDGET (visible_detail (window));
  header_bar = ADW_HEADER_BAR (gtk_widget_get_template_child (page, SC_TYPE_DETAIL_PAGE, "header_bar"));
  adjustment = gtk_scrolled_window_get_vadjustment (GTK_SCROLLED_WINDOW (gtk_widget_get_template_child (page, SC_TYPE_DETAIL_PAGE, "scroller")));
  g_assert_false (adw_header_bar_get_show_title (header_bar));

  gtk_adjustment_set_value (adjustment, 40);
  g_assert_false (adw_header_bar_get_show_title (header_bar));
  gtk_adjustment_set_value (adjustment, gtk_adjustment_get_upper (adjustment));
  g_assert_true (adw_header_bar_get_show_title (header_bar));
  gtk_adjustment_set_value (adjustment, 0);
  g_assert_false (adw_header_bar_get_show_title (header_bar));

  gtk_window_destroy (GTK_WINDOW (window));
}

/* The copy shortcuts, through the window's own shortcut: Ctrl+C copies the
 * code and its phrase, or the text selected in the page; it leaves the
 * search entry its own copy when text is selected there; Shift+Ctrl+C
 * copies the status line. */
static char *
press_copy_shortcut (ScWindow        *window,
                     guint            keyval,
                     GdkModifierType  mods,
                     gboolean        *handled)
{
  g_autoptr(GListModel) controllers = gtk_widget_observe_controllers (GTK_WIDGET (window));
  GdkClipboard *clipboard = gtk_widget_get_clipboard (GTK_WIDGET (window));
  char *text = NULL;

  gdk_clipboard_set_text (clipboard, "(nothing)");
  *handled = FALSE;
  for (guint i = 0; i < g_list_model_get_n_items (controllers) && !*handled; i++)
    {
      g_autoptr(GtkEventController) controller = g_list_model_get_item (controllers, i);

      if (!GTK_IS_SHORTCUT_CONTROLLER (controller))
        continue;
      for (guint j = 0; j < g_list_model_get_n_items (G_LIST_MODEL (controller)); j++)
        {
          g_autoptr(GtkShortcut) shortcut = g_list_model_get_item (G_LIST_MODEL (controller), j);
          GtkShortcutTrigger *trigger = gtk_shortcut_get_trigger (shortcut);

          if (GTK_IS_KEYVAL_TRIGGER (trigger) &&
              gtk_keyval_trigger_get_keyval (GTK_KEYVAL_TRIGGER (trigger)) == keyval &&
              gtk_keyval_trigger_get_modifiers (GTK_KEYVAL_TRIGGER (trigger)) == mods)
            {
              *handled = gtk_shortcut_action_activate (gtk_shortcut_get_action (shortcut), 0, GTK_WIDGET (window),
                                                       gtk_shortcut_get_arguments (shortcut));
              break;
            }
        }
    }

  gdk_clipboard_read_text_async (clipboard, NULL, read_text_cb, &text);
  while (text == NULL)
    g_main_context_iteration (NULL, TRUE);

  return text;
}

static void
test_window_copy_shortcuts (void)
{
  ScWindow *window = open_window ();
  GtkEditable *entry = child (window, "search_entry");
  GtkLabel *summary;
  gboolean handled;
  g_autofree char *name = NULL;
  g_autofree char *status_line = NULL;
  g_autofree char *selection = NULL;
  g_autofree char *in_entry = NULL;

  sc_window_show_code (window, 404);
  sc_test_iterate (100);

  name = press_copy_shortcut (window, GDK_KEY_c, GDK_CONTROL_MASK, &handled);
  g_assert_true (handled);
  g_assert_cmpstr (name, ==, "404 Not Found");
  status_line = press_copy_shortcut (window, GDK_KEY_c, GDK_CONTROL_MASK | GDK_SHIFT_MASK, &handled);
  g_assert_true (handled);
  g_assert_cmpstr (status_line, ==, "HTTP/1.1 404 Not Found");

  /* A word selected with the pointer in the summary. */
  summary = GTK_LABEL (gtk_widget_get_template_child (GTK_WIDGET (visible_detail (window)), SC_TYPE_DETAIL_PAGE, "summary_label"));
  gtk_label_select_region (summary, 4, 10);
  selection = press_copy_shortcut (window, GDK_KEY_c, GDK_CONTROL_MASK, &handled);
  g_assert_true (handled);
  g_assert_cmpstr (selection, ==, "server");
  gtk_label_select_region (summary, 0, 0);

  /* Text selected in the search entry is the entry's to copy. */
  type_search (window, "gateway");
  gtk_widget_grab_focus (GTK_WIDGET (entry));
  gtk_editable_select_region (entry, 0, 4);
  in_entry = press_copy_shortcut (window, GDK_KEY_c, GDK_CONTROL_MASK, &handled);
  g_assert_false (handled);
  g_assert_cmpstr (in_entry, ==, "(nothing)");

  gtk_window_destroy (GTK_WINDOW (window));
}

/* In the sidebar, Tab goes from the main menu to the search, the class
 * toggles and the list's selected row; no stop is invisible. */
static void
test_window_sidebar_tab_order (void)
{
  ScWindow *window = open_window ();
  GtkWidget *entry_text = GTK_WIDGET (gtk_editable_get_delegate (child (window, "search_entry")));
  GtkWidget *focus;

  sc_window_show_code (window, 404);
  gtk_widget_grab_focus (entry_text);

  g_signal_emit_by_name (window, "move-focus", GTK_DIR_TAB_BACKWARD);
  focus = gtk_root_get_focus (GTK_ROOT (window));
  g_assert_true (gtk_widget_get_ancestor (focus, GTK_TYPE_MENU_BUTTON) != NULL);
  g_assert_cmpstr (gtk_widget_get_tooltip_text (gtk_widget_get_ancestor (focus, GTK_TYPE_MENU_BUTTON)), ==, "Main Menu");

  g_signal_emit_by_name (window, "move-focus", GTK_DIR_TAB_FORWARD);
  g_assert_true (gtk_root_get_focus (GTK_ROOT (window)) == entry_text);
  g_signal_emit_by_name (window, "move-focus", GTK_DIR_TAB_FORWARD);
  g_assert_true (gtk_widget_is_ancestor (gtk_root_get_focus (GTK_ROOT (window)), child (window, "class_group")));
  g_signal_emit_by_name (window, "move-focus", GTK_DIR_TAB_FORWARD);
  focus = gtk_root_get_focus (GTK_ROOT (window));
  g_assert_true (gtk_widget_is_ancestor (focus, child (window, "list_view")));
  g_assert_true (SC_IS_STATUS_ROW (gtk_widget_get_first_child (focus)));
  g_assert_cmpuint (sc_status_code_get_code (sc_status_row_get_status_code (SC_STATUS_ROW (gtk_widget_get_first_child (focus)))), ==, 404);
  g_signal_emit_by_name (window, "move-focus", GTK_DIR_TAB_FORWARD);
  g_assert_true (gtk_widget_is_ancestor (gtk_root_get_focus (GTK_ROOT (window)), GTK_WIDGET (visible_detail (window))));

  gtk_window_destroy (GTK_WINDOW (window));
}

/* How far the middle of 404's row is from the middle of the list, or a
 * negative number while the row is not laid out. */
static double
off_centre (ScWindow *window)
{
  GtkWidget *list_view = child (window, "list_view");
  GtkWidget *scroller = gtk_widget_get_parent (list_view);

  for (GtkWidget *item = gtk_widget_get_first_child (list_view); item != NULL; item = gtk_widget_get_next_sibling (item))
    {
      GtkWidget *row = gtk_widget_get_first_child (item);
      graphene_rect_t bounds;

      if (SC_IS_STATUS_ROW (row) &&
          sc_status_code_get_code (sc_status_row_get_status_code (SC_STATUS_ROW (row))) == 404 &&
          gtk_widget_get_child_visible (item) &&
          gtk_widget_compute_bounds (item, scroller, &bounds))
        return fabs (bounds.origin.y + bounds.size.height / 2 - gtk_widget_get_height (scroller) / 2.0);
    }

  return -1;
}

static gboolean
row_is_centred (gpointer data)
{
  double offset = off_centre (data);

  /* Within a quarter of a row. */
  return offset >= 0 && offset < 16;
}

/* "status-codes 404": the code's row is in the middle of the list, not
 * flush against an edge. */
static void
test_window_opens_centred (void)
{
  ScWindow *window;

  reset_window_settings ();
  window = sc_window_new (sc_test_get_application ());
  g_assert_true (sc_window_show_code (window, 404));
  gtk_window_present (GTK_WINDOW (window));

  if (!sc_test_wait_until (row_is_centred, window, 10000))
    g_error ("404's row is %.0f px off the middle of the list", off_centre (window));

  gtk_window_destroy (GTK_WINDOW (window));
}

static gboolean
collapsed_with_query_unselected (gpointer data)
{
  GtkEditable *entry = child (data, "search_entry");

  return adw_navigation_split_view_get_collapsed (child (data, "split_view")) &&
         gtk_widget_has_focus (GTK_WIDGET (gtk_editable_get_delegate (entry))) &&
         !gtk_editable_get_selection_bounds (entry, NULL, NULL);
}

/* "status-codes not found": the window opens on the search with the
 * cursor after the query and nothing selected, so that the next key
 * typed adds to it. */
static void
test_window_command_line_search (void)
{
  ScWindow *window;
  GtkEditable *entry;
  int start, end;

  reset_window_settings ();
  window = sc_window_new (sc_test_get_application ());
  sc_window_search (window, "not found");
  gtk_window_present (GTK_WINDOW (window));
  gtk_test_widget_wait_for_draw (GTK_WIDGET (window));
  sc_test_iterate (300);

  entry = child (window, "search_entry");
  g_assert_cmpstr (gtk_editable_get_text (entry), ==, "not found");
  g_assert_true (gtk_widget_has_focus (GTK_WIDGET (gtk_editable_get_delegate (entry))));
  g_assert_false (gtk_editable_get_selection_bounds (entry, &start, &end));
  g_assert_cmpint (gtk_editable_get_position (entry), ==, strlen ("not found"));

  /* Nor when the window narrows and the sidebar moves. */
  gtk_window_set_default_size (GTK_WINDOW (window), 360, 640);
  g_assert_true (sc_test_wait_until (collapsed_with_query_unselected, window, 10000));
  g_assert_cmpint (gtk_editable_get_position (entry), ==, strlen ("not found"));

  gtk_window_destroy (GTK_WINDOW (window));
}

/* A query such as "4xx" moves the class toggle, and the toggle goes back to
 * the user's pick when the query changes; the pick is what is remembered. */
static void
test_window_class_query_links_toggle (void)
{
  g_autoptr(GSettings) settings = g_settings_new (APP_ID);
  ScWindow *window = open_window ();
  AdwToggleGroup *class_group = child (window, "class_group");
  g_autofree char *remembered = NULL;

  type_search (window, "4xx");
  g_assert_cmpstr (adw_toggle_group_get_active_name (class_group), ==, "4");
  remembered = g_settings_get_string (settings, "class-filter");
  g_assert_cmpstr (remembered, ==, "all");

  type_search (window, "4xx timeout");
  g_assert_cmpstr (adw_toggle_group_get_active_name (class_group), ==, "all");

  gtk_widget_activate_action (GTK_WIDGET (window), "win.filter-class", "s", "2");
  type_search (window, "5XX");
  g_assert_cmpstr (adw_toggle_group_get_active_name (class_group), ==, "5");
  type_search (window, "");
  g_assert_cmpstr (adw_toggle_group_get_active_name (class_group), ==, "2");

  gtk_window_destroy (GTK_WINDOW (window));
}

static const char *
empty_state (ScWindow *window)
{
  if (!g_str_equal (gtk_stack_get_visible_child_name (child (window, "list_stack")), "empty"))
    return NULL;

  return adw_status_page_get_title (child (window, "empty_page"));
}

/* An empty list says why, and offers the button that shows the matches. */
static void
test_window_empty_state (void)
{
  g_autoptr(GSettings) settings = g_settings_new (APP_ID);
  ScWindow *window = open_window ();
  GtkWidget *button = child (window, "empty_button");

  type_search (window, "gateway");
  g_assert_null (empty_state (window));

  gtk_widget_activate_action (GTK_WIDGET (window), "win.filter-class", "s", "1");
  g_assert_cmpstr (empty_state (window), ==, "No Matches in 1xx");
  g_assert_true (gtk_widget_get_visible (button));
  g_signal_emit_by_name (button, "clicked");
  g_assert_cmpstr (adw_toggle_group_get_active_name (child (window, "class_group")), ==, "all");
  g_assert_null (empty_state (window));

  /* Cloudflare's codes only. */
  type_search (window, "cloudflare origin");
  g_settings_set_boolean (settings, "show-unofficial", FALSE);
  g_assert_cmpstr (empty_state (window), ==, "No Official Codes Match");
  g_signal_emit_by_name (button, "clicked");
  g_assert_true (g_settings_get_boolean (settings, "show-unofficial"));
  g_assert_null (empty_state (window));

  type_search (window, "qqqzzzxx");
  g_assert_cmpstr (empty_state (window), ==, "No Matching Codes");
  g_assert_false (gtk_widget_get_visible (button));

  /* Values that logs show in place of a code are explained, and match no
   * code, whatever their digits would match. */
  {
    const char *values[] = { "000", "0", "-1", "999", " 783 ", "642" };

    for (guint i = 0; i < G_N_ELEMENTS (values); i++)
      {
        g_autofree char *value = g_strstrip (g_strdup (values[i]));

        type_search (window, values[i]);
        g_assert_cmpstr (empty_state (window), ==, value);
        g_assert_cmpstr (adw_status_page_get_description (child (window, "empty_page")), ==,
                         sc_log_value_explain (values[i]));
        g_assert_false (gtk_widget_get_visible (button));
      }
  }

  gtk_window_destroy (GTK_WINDOW (window));
}

static void
collect_keycaps (GtkWidget *widget,
                 GPtrArray *keys)
{
  if (GTK_IS_LABEL (widget) && gtk_widget_has_css_class (widget, "keycap"))
    g_ptr_array_add (keys, g_strdup (gtk_label_get_label (GTK_LABEL (widget))));

  for (GtkWidget *c = gtk_widget_get_first_child (widget); c != NULL; c = gtk_widget_get_next_sibling (c))
    collect_keycaps (c, keys);
}

/* The keys shown in a shortcuts dialog, row by row; every row has a title
 * and at least one key. */
static void
dialog_rows (GtkWidget *widget,
             GPtrArray *rows)
{
  for (GtkWidget *c = gtk_widget_get_first_child (widget); c != NULL; c = gtk_widget_get_next_sibling (c))
    {
      GPtrArray *keys;

      if (!ADW_IS_ACTION_ROW (c))
        {
          dialog_rows (c, rows);
          continue;
        }

      keys = g_ptr_array_new_with_free_func (g_free);
      collect_keycaps (c, keys);
      g_assert_cmpstr (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (c)), !=, "");
      g_assert_cmpuint (keys->len, >, 0);
      g_ptr_array_add (rows, keys);
    }
}

static gboolean
row_shows (GPtrArray       *keys,
           guint            keyval,
           GdkModifierType  mods)
{
  g_autofree char *label = gtk_accelerator_get_label (keyval, mods);

  return g_ptr_array_find_with_equal_func (keys, label, g_str_equal, NULL);
}

/* Whether a row shows @keyval with @mods, alone or inside a range of digits
 * that the row shows by its ends, such as Alt+1 … Alt+5. */
static gboolean
dialog_lists (GPtrArray       *rows,
              guint            keyval,
              GdkModifierType  mods)
{
  for (guint i = 0; i < rows->len; i++)
    {
      GPtrArray *keys = g_ptr_array_index (rows, i);
      gboolean below = FALSE, above = FALSE;

      if (row_shows (keys, keyval, mods))
        return TRUE;

      if (keyval < GDK_KEY_0 || keyval > GDK_KEY_9 || keys->len != 2)
        continue;
      for (guint d = GDK_KEY_0; d < keyval; d++)
        below |= row_shows (keys, d, mods);
      for (guint d = keyval + 1; d <= GDK_KEY_9; d++)
        above |= row_shows (keys, d, mods);
      if (below && above)
        return TRUE;
    }

  return FALSE;
}

/* Every shortcut the window and the application answer to: the window's
 * own actions and shortcuts, and the application's accelerators. */
static void
assert_shortcuts_listed (GtkWidget *widget,
                         GPtrArray *rows,
                         guint     *n_checked)
{
  g_autoptr(GListModel) controllers = gtk_widget_observe_controllers (widget);

  for (guint i = 0; i < g_list_model_get_n_items (controllers); i++)
    {
      g_autoptr(GtkEventController) controller = g_list_model_get_item (controllers, i);

      if (!GTK_IS_SHORTCUT_CONTROLLER (controller))
        continue;

      for (guint j = 0; j < g_list_model_get_n_items (G_LIST_MODEL (controller)); j++)
        {
          g_autoptr(GtkShortcut) shortcut = g_list_model_get_item (G_LIST_MODEL (controller), j);
          GtkShortcutTrigger *trigger = gtk_shortcut_get_trigger (shortcut);
          GtkShortcutAction *action = gtk_shortcut_get_action (shortcut);
          gboolean ours = GTK_IS_CALLBACK_ACTION (action) && gtk_event_controller_get_propagation_phase (controller) == GTK_PHASE_CAPTURE;

          if (GTK_IS_NAMED_ACTION (action))
            ours = g_str_has_prefix (gtk_named_action_get_action_name (GTK_NAMED_ACTION (action)), "win.");
          if (!ours || !GTK_IS_KEYVAL_TRIGGER (trigger))
            continue;

          if (!dialog_lists (rows, gtk_keyval_trigger_get_keyval (GTK_KEYVAL_TRIGGER (trigger)),
                             gtk_keyval_trigger_get_modifiers (GTK_KEYVAL_TRIGGER (trigger))))
            g_error ("the shortcuts dialog does not list %s", gtk_shortcut_trigger_to_string (trigger));
          (*n_checked)++;
        }
    }
}

static void
test_window_shortcuts_dialog (void)
{
  ScApplication *app = sc_test_get_application ();
  ScWindow *window = open_window ();
  g_auto(GStrv) actions = gtk_application_list_action_descriptions (GTK_APPLICATION (app));
  g_autoptr(GPtrArray) rows = g_ptr_array_new_with_free_func ((GDestroyNotify) g_ptr_array_unref);
  AdwDialog *dialog;
  guint n_checked = 0;

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.show-shortcuts", NULL));
  dialog = adw_application_window_get_visible_dialog (ADW_APPLICATION_WINDOW (window));
  g_assert_true (SC_IS_SHORTCUTS_DIALOG (dialog));
  sc_test_iterate (50);

  dialog_rows (GTK_WIDGET (dialog), rows);
  g_assert_cmpuint (rows->len, >=, 10);

  assert_shortcuts_listed (GTK_WIDGET (window), rows, &n_checked);
  for (guint i = 0; actions[i] != NULL; i++)
    {
      g_auto(GStrv) accels = gtk_application_get_accels_for_action (GTK_APPLICATION (app), actions[i]);

      for (guint j = 0; accels[j] != NULL; j++)
        {
          guint key;
          GdkModifierType mods;

          g_assert_true (gtk_accelerator_parse (accels[j], &key, &mods));
          if (!dialog_lists (rows, key, mods))
            g_error ("the shortcuts dialog does not list %s for %s", accels[j], actions[i]);
          n_checked++;
        }
    }
  /* Search, the five classes and all, the shortcuts dialog, copy twice,
   * close and quit at least. */
  g_assert_cmpuint (n_checked, >=, 11);

  adw_dialog_force_close (dialog);
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

static GtkWidget *
detail_child (ScDetailPage *page,
              const char   *name)
{
  return GTK_WIDGET (gtk_widget_get_template_child (GTK_WIDGET (page), SC_TYPE_DETAIL_PAGE, name));
}

static guint
count_strv (const char * const *items)
{
  return items != NULL ? g_strv_length ((GStrv) items) : 0;
}

/* Picking one code after another from the list shows each in the same page,
 * filled anew: what it shows is exactly the new code's, with nothing left
 * over from the last one, from the top. */
static void
test_window_page_in_place (void)
{
  g_autoptr(GSettings) settings = g_settings_new (APP_ID);
  ScWindow *window = open_window ();
  ScStatusTable *table = sc_application_get_table (sc_test_get_application ());
  /* Many causes, headers and related codes; then few; then many again. */
  const guint codes[] = { 503, 100, 429, 306, 404 };
  ScDetailPage *first = NULL;

  for (guint i = 0; i < G_N_ELEMENTS (codes); i++)
    {
      ScStatusCode *code = sc_status_table_lookup (table, codes[i]);
      g_autofree char *number = g_strdup_printf ("%u", codes[i]);
      g_autofree char *label = sc_status_code_dup_label (code);
      GtkAdjustment *adjustment;
      ScDetailPage *page;

      g_assert_true (sc_window_show_code (window, codes[i]));
      sc_test_iterate (50);
      page = visible_detail (window);
      g_assert_nonnull (page);
      if (first == NULL)
        first = page;
      g_assert_true (page == first);
      g_assert_true (sc_detail_page_get_status_code (page) == code);

      g_assert_cmpstr (detail_label (page, "code_label"), ==, number);
      g_assert_cmpstr (detail_label (page, "title_label"), ==, sc_status_code_get_title (code));
      g_assert_cmpstr (detail_label (page, "summary_label"), ==, sc_status_code_get_summary (code));
      g_assert_cmpuint (count_children (detail_child (page, "causes_box")), ==, count_strv (sc_status_code_get_causes (code)));
      g_assert_cmpuint (count_children (detail_child (page, "client_box")), ==,
                        count_strv (sc_status_code_get_client_actions (code)));
      g_assert_cmpuint (count_children (detail_child (page, "server_box")), ==,
                        count_strv (sc_status_code_get_server_actions (code)));
      g_assert_cmpuint (count_children (detail_child (page, "headers_box")), ==, sc_status_code_get_headers (code)->len);
      g_assert_cmpuint (count_children (detail_child (page, "related_list")), ==, sc_status_code_get_related (code)->len);
      g_assert_cmpstr (adw_navigation_page_get_title (ADW_NAVIGATION_PAGE (page)), ==, label);
      /* The window knows which code it shows: the list selects it, and it is
       * the one to open next time. */
      g_assert_true (gtk_single_selection_get_selected_item (child (window, "selection")) == (gpointer) code);
      g_assert_cmpuint (g_settings_get_uint (settings, "last-code"), ==, codes[i]);

      /* Scrolled down on this code, the next one opens at its top. */
      adjustment = gtk_scrolled_window_get_vadjustment (GTK_SCROLLED_WINDOW (detail_child (page, "scroller")));
      gtk_adjustment_set_value (adjustment, gtk_adjustment_get_upper (adjustment));
      if (i + 1 < G_N_ELEMENTS (codes))
        {
          g_assert_true (sc_window_show_code (window, codes[i + 1]));
          g_assert_cmpfloat (gtk_adjustment_get_value (adjustment), ==, 0);
          g_assert_true (sc_window_show_code (window, codes[i]));
        }
    }

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
  g_test_add_func ("/window/example-and-history", test_window_example_and_history);
  g_test_add_func ("/window/constants", test_window_constants);
  g_test_add_func ("/window/match-hints", test_window_match_hints);
  g_test_add_func ("/window/start-page", test_window_start_page);
  g_test_add_func ("/window/guide", test_window_guide);
  g_test_add_func ("/window/filters-keep-page", test_window_filters_keep_page);
  g_test_add_func ("/window/class-query-links-toggle", test_window_class_query_links_toggle);
  g_test_add_func ("/window/empty-state", test_window_empty_state);
  g_test_add_func ("/window/enter-reads-page", test_window_enter_reads_page);
  g_test_add_func ("/window/page-tab-order", test_window_page_tab_order);
  g_test_add_func ("/window/sidebar-tab-order", test_window_sidebar_tab_order);
  g_test_add_func ("/window/copy-shortcuts", test_window_copy_shortcuts);
  g_test_add_func ("/window/opens-centred", test_window_opens_centred);
  g_test_add_func ("/window/page-title-on-scroll", test_window_page_title_on_scroll);
  g_test_add_func ("/window/command-line-search", test_window_command_line_search);
  g_test_add_func ("/window/shortcuts-dialog", test_window_shortcuts_dialog);
  g_test_add_func ("/window/wire", test_window_wire);
  g_test_add_func ("/window/narrow-collapses", test_window_narrow_collapses);
  g_test_add_func ("/window/opens-narrow-on-code", test_window_opens_narrow_on_code);
  g_test_add_func ("/window/large-text", test_window_large_text);
  g_test_add_func ("/window/page-in-place", test_window_page_in_place);

  return g_test_run ();
}
