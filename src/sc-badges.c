/* sc-badges.c
 *
 * Copyright 2026 The Status Codes authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "sc-badges"

#include "config.h"

#include <glib/gi18n.h>

#include "sc-badges.h"

/* How a code is marked, in list rows and on the detail page alike: the
 * colour of its number by class, and the small labels that say unofficial,
 * WebDAV, temporary, deprecated and so on. */

static const char *class_styles[] = { NULL, "class-1", "class-2", "class-3", "class-4", "class-5" };

static const struct {
  ScStatusFlags  flag;
  const char    *label;
  const char    *style;
} badges[] = {
  { SC_STATUS_FLAGS_UNOFFICIAL, N_("Unofficial"), "unofficial" },
  { SC_STATUS_FLAGS_WEBDAV, N_("WebDAV"), "webdav" },
  { SC_STATUS_FLAGS_EXPERIMENTAL, N_("Experimental"), "experimental" },
  /* Translators: A badge: the registry lists the code only for a limited time, for a draft. */
  { SC_STATUS_FLAGS_TEMPORARY, N_("Temporary"), "temporary" },
  { SC_STATUS_FLAGS_DEPRECATED, N_("Deprecated"), "deprecated" },
  { SC_STATUS_FLAGS_UNUSED, N_("Unused"), "deprecated" },
  { SC_STATUS_FLAGS_OBSOLETED, N_("Obsoleted"), "deprecated" },
};

/* Colours @code_label, which shows a code, by @code_class (1 to 5), or
 * not at all for 0. */
void
sc_badges_set_code_class (GtkWidget *code_label,
                          guint      code_class)
{
  g_return_if_fail (GTK_IS_WIDGET (code_label));
  g_return_if_fail (code_class < G_N_ELEMENTS (class_styles));

  for (guint i = 1; i < G_N_ELEMENTS (class_styles); i++)
    {
      if (i == code_class)
        gtk_widget_add_css_class (code_label, class_styles[i]);
      else
        gtk_widget_remove_css_class (code_label, class_styles[i]);
    }
}

/* Replaces the children of @box with a badge for each flag of @code. With
 * @with_vendor, the unofficial badge names the vendor. */
void
sc_badges_fill (GtkBox       *box,
                ScStatusCode *code,
                gboolean      with_vendor)
{
  GtkWidget *child;
  ScStatusFlags flags;

  g_return_if_fail (GTK_IS_BOX (box));

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (box))))
    gtk_box_remove (box, child);

  if (code == NULL)
    {
      gtk_widget_set_visible (GTK_WIDGET (box), FALSE);
      return;
    }

  flags = sc_status_code_get_flags (code);

  for (guint i = 0; i < G_N_ELEMENTS (badges); i++)
    {
      g_autofree char *text = NULL;
      GtkWidget *label;

      if (!(flags & badges[i].flag))
        continue;

      if (with_vendor && badges[i].flag == SC_STATUS_FLAGS_UNOFFICIAL)
        /* Translators: A badge: an unofficial status code and who uses it, such as “Unofficial · nginx”. */
        text = g_strdup_printf (_("Unofficial · %s"), sc_status_code_get_vendor (code));
      else
        text = g_strdup (_(badges[i].label));

      label = gtk_label_new (text);
      /* Only a badge that names a vendor can be long enough to need cutting
       * on a phone; a row's short badges stay whole, and its title wraps
       * instead. */
      if (with_vendor)
        gtk_label_set_ellipsize (GTK_LABEL (label), PANGO_ELLIPSIZE_END);
      gtk_widget_add_css_class (label, "badge");
      gtk_widget_add_css_class (label, badges[i].style);
      gtk_box_append (box, label);
    }

  gtk_widget_set_visible (GTK_WIDGET (box), gtk_widget_get_first_child (GTK_WIDGET (box)) != NULL);
}
