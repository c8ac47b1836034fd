/* sc-status-row.c
 *
 * Copyright 2026 The Status Codes authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "sc-status-row"

#include "config.h"

#include "sc-badges.h"
#include "sc-status-row.h"

/* A row of the list: the code, its title and summary, its badges, and while
 * searching, why it matched where the title does not show it. */

struct _ScStatusRow
{
  AdwBin        parent_instance;

  ScStatusCode *status_code;

  GtkLabel     *code_label;
  GtkLabel     *title_label;
  GtkLabel     *summary_label;
  GtkLabel     *hint_label;
  GtkBox       *badges;
};

G_DEFINE_FINAL_TYPE (ScStatusRow, sc_status_row, ADW_TYPE_BIN)

enum {
  PROP_0,
  PROP_STATUS_CODE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
sc_status_row_dispose (GObject *object)
{
  ScStatusRow *self = SC_STATUS_ROW (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), SC_TYPE_STATUS_ROW);
  g_clear_object (&self->status_code);

  G_OBJECT_CLASS (sc_status_row_parent_class)->dispose (object);
}

static void
sc_status_row_get_property (GObject    *object,
                            guint       prop_id,
                            GValue     *value,
                            GParamSpec *pspec)
{
  ScStatusRow *self = SC_STATUS_ROW (object);

  switch (prop_id)
    {
    case PROP_STATUS_CODE:
      g_value_set_object (value, self->status_code);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
sc_status_row_set_property (GObject      *object,
                            guint         prop_id,
                            const GValue *value,
                            GParamSpec   *pspec)
{
  ScStatusRow *self = SC_STATUS_ROW (object);

  switch (prop_id)
    {
    case PROP_STATUS_CODE:
      sc_status_row_set_status_code (self, g_value_get_object (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
sc_status_row_class_init (ScStatusRowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = sc_status_row_dispose;
  object_class->get_property = sc_status_row_get_property;
  object_class->set_property = sc_status_row_set_property;

  properties[PROP_STATUS_CODE] =
    g_param_spec_object ("status-code", NULL, NULL,
                         SC_TYPE_STATUS_CODE,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_PREFIX "/sc-status-row.ui");
  gtk_widget_class_bind_template_child (widget_class, ScStatusRow, code_label);
  gtk_widget_class_bind_template_child (widget_class, ScStatusRow, title_label);
  gtk_widget_class_bind_template_child (widget_class, ScStatusRow, summary_label);
  gtk_widget_class_bind_template_child (widget_class, ScStatusRow, hint_label);
  gtk_widget_class_bind_template_child (widget_class, ScStatusRow, badges);
  gtk_widget_class_set_css_name (widget_class, "statusrow");
}

static void
sc_status_row_init (ScStatusRow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

ScStatusCode *
sc_status_row_get_status_code (ScStatusRow *self)
{
  g_return_val_if_fail (SC_IS_STATUS_ROW (self), NULL);

  return self->status_code;
}

void
sc_status_row_set_status_code (ScStatusRow  *self,
                               ScStatusCode *status_code)
{
  g_autofree char *number = NULL;

  g_return_if_fail (SC_IS_STATUS_ROW (self));
  g_return_if_fail (!status_code || SC_IS_STATUS_CODE (status_code));

  if (!g_set_object (&self->status_code, status_code))
    return;

  sc_badges_set_code_class (GTK_WIDGET (self->code_label),
                            status_code != NULL ? sc_status_code_get_code_class (status_code) : 0);

  if (status_code != NULL)
    number = g_strdup_printf ("%u", sc_status_code_get_code (status_code));

  gtk_label_set_label (self->code_label, number);
  gtk_label_set_label (self->title_label, status_code ? sc_status_code_get_title (status_code) : NULL);
  gtk_label_set_label (self->summary_label, status_code ? sc_status_code_get_summary (status_code) : NULL);
  sc_badges_fill (self->badges, status_code, FALSE);

  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_STATUS_CODE]);
}

/**
 * sc_status_row_set_hint:
 * @self: a row
 * @hint: (nullable): why the row's code matched a search
 *
 * Shows @hint below the title, or nothing where it is %NULL.
 */
void
sc_status_row_set_hint (ScStatusRow *self,
                        const char  *hint)
{
  g_return_if_fail (SC_IS_STATUS_ROW (self));

  gtk_label_set_label (self->hint_label, hint);
  gtk_widget_set_visible (GTK_WIDGET (self->hint_label), hint != NULL);
}
