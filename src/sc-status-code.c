/* sc-status-code.c
 *
 * Copyright 2026 The Status Codes authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "sc-status-code"

#include "config.h"

#include <glib/gi18n.h>

#include "sc-status-code-private.h"

static const char *class_names[] = {
  NULL,
  N_("Informational"),
  N_("Success"),
  N_("Redirection"),
  N_("Client errors"),
  N_("Server errors"),
};

/* The name of a class, 1 to 5: "Client errors" for 4. */
const char *
sc_code_class_get_name (guint code_class)
{
  g_return_val_if_fail (code_class >= 1 && code_class <= 5, NULL);

  return _(class_names[code_class]);
}

/* "4xx · Client errors" */
char *
sc_code_class_get_heading (guint code_class)
{
  g_return_val_if_fail (code_class >= 1 && code_class <= 5, NULL);

  /* Translators: A section heading in the list: the class, such as “4xx”, and its name. */
  return g_strdup_printf (_("%uxx · %s"), code_class, sc_code_class_get_name (code_class));
}

G_DEFINE_FLAGS_TYPE (ScStatusFlags, sc_status_flags,
                     G_DEFINE_ENUM_VALUE (SC_STATUS_FLAGS_NONE, "none"),
                     G_DEFINE_ENUM_VALUE (SC_STATUS_FLAGS_UNOFFICIAL, "unofficial"),
                     G_DEFINE_ENUM_VALUE (SC_STATUS_FLAGS_WEBDAV, "webdav"),
                     G_DEFINE_ENUM_VALUE (SC_STATUS_FLAGS_DEPRECATED, "deprecated"),
                     G_DEFINE_ENUM_VALUE (SC_STATUS_FLAGS_UNUSED, "unused"),
                     G_DEFINE_ENUM_VALUE (SC_STATUS_FLAGS_OBSOLETED, "obsoleted"),
                     G_DEFINE_ENUM_VALUE (SC_STATUS_FLAGS_EXPERIMENTAL, "experimental"),
                     G_DEFINE_ENUM_VALUE (SC_STATUS_FLAGS_TEMPORARY, "temporary"))

ScHeaderNote *
sc_header_note_copy (const ScHeaderNote *self)
{
  ScHeaderNote *copy;

  g_return_val_if_fail (self != NULL, NULL);

  copy = g_new0 (ScHeaderNote, 1);
  copy->name = g_strdup (self->name);
  copy->note = g_strdup (self->note);

  return copy;
}

void
sc_header_note_free (ScHeaderNote *self)
{
  if (self == NULL)
    return;

  g_free (self->name);
  g_free (self->note);
  g_free (self);
}

G_DEFINE_BOXED_TYPE (ScHeaderNote, sc_header_note, sc_header_note_copy, sc_header_note_free)

ScRelatedNote *
sc_related_note_copy (const ScRelatedNote *self)
{
  ScRelatedNote *copy;

  g_return_val_if_fail (self != NULL, NULL);

  copy = g_new0 (ScRelatedNote, 1);
  copy->code = self->code;
  copy->note = g_strdup (self->note);

  return copy;
}

void
sc_related_note_free (ScRelatedNote *self)
{
  if (self == NULL)
    return;

  g_free (self->note);
  g_free (self);
}

G_DEFINE_BOXED_TYPE (ScRelatedNote, sc_related_note, sc_related_note_copy, sc_related_note_free)

G_DEFINE_FINAL_TYPE (ScStatusCode, sc_status_code, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_CODE,
  PROP_CODE_CLASS,
  PROP_FLAGS,
  PROP_PHRASE,
  PROP_WIRE_CODE,
  PROP_WIRE_PHRASE,
  PROP_TITLE,
  PROP_FORMER,
  PROP_VENDOR,
  PROP_SUMMARY,
  PROP_DESCRIPTION,
  PROP_CAUSES,
  PROP_CLIENT_ACTIONS,
  PROP_SERVER_ACTIONS,
  PROP_API,
  PROP_SPEC_REF,
  PROP_SPEC_URL,
  PROP_HEADERS,
  PROP_RELATED,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
sc_status_code_finalize (GObject *object)
{
  ScStatusCode *self = SC_STATUS_CODE (object);

  g_free (self->phrase);
  g_free (self->wire_phrase);
  g_free (self->title);
  g_strfreev (self->former);
  g_free (self->vendor);
  g_free (self->summary);
  g_free (self->description);
  g_strfreev (self->causes);
  g_strfreev (self->client_actions);
  g_strfreev (self->server_actions);
  g_free (self->api);
  g_free (self->spec_ref);
  g_free (self->spec_url);
  g_clear_pointer (&self->headers, g_ptr_array_unref);
  g_clear_pointer (&self->related, g_ptr_array_unref);
  g_free (self->english_title);
  g_free (self->english_summary);
  g_free (self->english_description);

  G_OBJECT_CLASS (sc_status_code_parent_class)->finalize (object);
}

static void
sc_status_code_get_property (GObject    *object,
                             guint       prop_id,
                             GValue     *value,
                             GParamSpec *pspec)
{
  ScStatusCode *self = SC_STATUS_CODE (object);

  switch (prop_id)
    {
    case PROP_CODE:
      g_value_set_uint (value, self->code);
      break;

    case PROP_CODE_CLASS:
      g_value_set_uint (value, sc_status_code_get_code_class (self));
      break;

    case PROP_FLAGS:
      g_value_set_flags (value, self->flags);
      break;

    case PROP_PHRASE:
      g_value_set_string (value, self->phrase);
      break;

    case PROP_WIRE_CODE:
      g_value_set_uint (value, sc_status_code_get_wire_code (self));
      break;

    case PROP_WIRE_PHRASE:
      g_value_set_string (value, sc_status_code_get_wire_phrase (self));
      break;

    case PROP_TITLE:
      g_value_set_string (value, self->title);
      break;

    case PROP_FORMER:
      g_value_set_boxed (value, self->former);
      break;

    case PROP_VENDOR:
      g_value_set_string (value, self->vendor);
      break;

    case PROP_SUMMARY:
      g_value_set_string (value, self->summary);
      break;

    case PROP_DESCRIPTION:
      g_value_set_string (value, self->description);
      break;

    case PROP_CAUSES:
      g_value_set_boxed (value, self->causes);
      break;

    case PROP_CLIENT_ACTIONS:
      g_value_set_boxed (value, self->client_actions);
      break;

    case PROP_SERVER_ACTIONS:
      g_value_set_boxed (value, self->server_actions);
      break;

    case PROP_API:
      g_value_set_string (value, self->api);
      break;

    case PROP_SPEC_REF:
      g_value_set_string (value, self->spec_ref);
      break;

    case PROP_SPEC_URL:
      g_value_set_string (value, self->spec_url);
      break;

    case PROP_HEADERS:
      g_value_set_boxed (value, self->headers);
      break;

    case PROP_RELATED:
      g_value_set_boxed (value, self->related);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
sc_status_code_class_init (ScStatusCodeClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = sc_status_code_finalize;
  object_class->get_property = sc_status_code_get_property;

#define READABLE (G_PARAM_READABLE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY)
  properties[PROP_CODE] = g_param_spec_uint ("code", NULL, NULL, 100, 599, 100, READABLE);
  properties[PROP_CODE_CLASS] = g_param_spec_uint ("code-class", NULL, NULL, 1, 5, 1, READABLE);
  properties[PROP_FLAGS] = g_param_spec_flags ("flags", NULL, NULL,
                                               SC_TYPE_STATUS_FLAGS, SC_STATUS_FLAGS_NONE, READABLE);
  properties[PROP_PHRASE] = g_param_spec_string ("phrase", NULL, NULL, NULL, READABLE);
  properties[PROP_WIRE_CODE] = g_param_spec_uint ("wire-code", NULL, NULL, 0, 599, 0, READABLE);
  properties[PROP_WIRE_PHRASE] = g_param_spec_string ("wire-phrase", NULL, NULL, NULL, READABLE);
  properties[PROP_TITLE] = g_param_spec_string ("title", NULL, NULL, NULL, READABLE);
  properties[PROP_FORMER] = g_param_spec_boxed ("former", NULL, NULL, G_TYPE_STRV, READABLE);
  properties[PROP_VENDOR] = g_param_spec_string ("vendor", NULL, NULL, NULL, READABLE);
  properties[PROP_SUMMARY] = g_param_spec_string ("summary", NULL, NULL, NULL, READABLE);
  properties[PROP_DESCRIPTION] = g_param_spec_string ("description", NULL, NULL, NULL, READABLE);
  properties[PROP_CAUSES] = g_param_spec_boxed ("causes", NULL, NULL, G_TYPE_STRV, READABLE);
  properties[PROP_CLIENT_ACTIONS] = g_param_spec_boxed ("client-actions", NULL, NULL, G_TYPE_STRV, READABLE);
  properties[PROP_SERVER_ACTIONS] = g_param_spec_boxed ("server-actions", NULL, NULL, G_TYPE_STRV, READABLE);
  properties[PROP_API] = g_param_spec_string ("api", NULL, NULL, NULL, READABLE);
  properties[PROP_SPEC_REF] = g_param_spec_string ("spec-ref", NULL, NULL, NULL, READABLE);
  properties[PROP_SPEC_URL] = g_param_spec_string ("spec-url", NULL, NULL, NULL, READABLE);
  properties[PROP_HEADERS] = g_param_spec_boxed ("headers", NULL, NULL, G_TYPE_PTR_ARRAY, READABLE);
  properties[PROP_RELATED] = g_param_spec_boxed ("related", NULL, NULL, G_TYPE_PTR_ARRAY, READABLE);
#undef READABLE

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
sc_status_code_init (ScStatusCode *self)
{
  self->headers = g_ptr_array_new_with_free_func ((GDestroyNotify) sc_header_note_free);
  self->related = g_ptr_array_new_with_free_func ((GDestroyNotify) sc_related_note_free);
}

ScStatusCode *
sc_status_code_new (guint code)
{
  ScStatusCode *self;

  g_return_val_if_fail (code >= 100 && code <= 599, NULL);

  self = g_object_new (SC_TYPE_STATUS_CODE, NULL);
  self->code = code;

  return self;
}

guint
sc_status_code_get_code (ScStatusCode *self)
{
  g_return_val_if_fail (SC_IS_STATUS_CODE (self), 0);

  return self->code;
}

/* The class is the first digit: 4 for every 4xx code. */
guint
sc_status_code_get_code_class (ScStatusCode *self)
{
  g_return_val_if_fail (SC_IS_STATUS_CODE (self), 0);

  return self->code / 100;
}

ScStatusFlags
sc_status_code_get_flags (ScStatusCode *self)
{
  g_return_val_if_fail (SC_IS_STATUS_CODE (self), SC_STATUS_FLAGS_NONE);

  return self->flags;
}

const char *
sc_status_code_get_phrase (ScStatusCode *self)
{
  g_return_val_if_fail (SC_IS_STATUS_CODE (self), NULL);

  return self->phrase;
}

const char *
sc_status_code_get_title (ScStatusCode *self)
{
  g_return_val_if_fail (SC_IS_STATUS_CODE (self), NULL);

  return self->title;
}

/**
 * sc_status_code_get_wire_code:
 *
 * Returns: the code a client receives: the code itself, another one where a
 *   server sends another (nginx answers 400 for its 496), or 0 where nothing
 *   is sent at all (nginx's 444)
 */
guint
sc_status_code_get_wire_code (ScStatusCode *self)
{
  g_return_val_if_fail (SC_IS_STATUS_CODE (self), 0);

  if (self->sends_nothing)
    return 0;

  return self->wire_code != 0 ? self->wire_code : self->code;
}

/**
 * sc_status_code_get_wire_phrase:
 *
 * The phrase a client receives, which is not always the one the code is
 * known by: the registry lists 510 as "Not Extended (OBSOLETED)", but
 * servers send "Not Extended".
 *
 * Returns: (nullable): the reason phrase on the wire, or %NULL where nothing
 *   is sent
 */
const char *
sc_status_code_get_wire_phrase (ScStatusCode *self)
{
  g_return_val_if_fail (SC_IS_STATUS_CODE (self), NULL);

  if (self->sends_nothing)
    return NULL;

  return self->wire_phrase != NULL ? self->wire_phrase : self->phrase;
}

/**
 * sc_status_code_dup_wire_status:
 *
 * Returns: (transfer full) (nullable): the code and phrase a server sends on
 *   its status line, "400 Bad Request" for nginx's 496, or %NULL where
 *   nothing is sent
 */
char *
sc_status_code_dup_wire_status (ScStatusCode *self)
{
  g_return_val_if_fail (SC_IS_STATUS_CODE (self), NULL);

  if (self->sends_nothing)
    return NULL;

  return g_strdup_printf ("%u %s", sc_status_code_get_wire_code (self), sc_status_code_get_wire_phrase (self));
}

/**
 * sc_status_code_dup_label:
 *
 * Returns: (transfer full): the code and its title, "404 Not Found": how a
 *   code is named wherever one line must name it (a list item read aloud, a
 *   related code, a Shell result)
 */
char *
sc_status_code_dup_label (ScStatusCode *self)
{
  g_return_val_if_fail (SC_IS_STATUS_CODE (self), NULL);

  return g_strdup_printf ("%u %s", self->code, self->title);
}

const char * const *
sc_status_code_get_former (ScStatusCode *self)
{
  g_return_val_if_fail (SC_IS_STATUS_CODE (self), NULL);

  return (const char * const *) self->former;
}

const char *
sc_status_code_get_vendor (ScStatusCode *self)
{
  g_return_val_if_fail (SC_IS_STATUS_CODE (self), NULL);

  return self->vendor;
}

const char *
sc_status_code_get_summary (ScStatusCode *self)
{
  g_return_val_if_fail (SC_IS_STATUS_CODE (self), NULL);

  return self->summary;
}

const char *
sc_status_code_get_description (ScStatusCode *self)
{
  g_return_val_if_fail (SC_IS_STATUS_CODE (self), NULL);

  return self->description;
}

const char * const *
sc_status_code_get_causes (ScStatusCode *self)
{
  g_return_val_if_fail (SC_IS_STATUS_CODE (self), NULL);

  return (const char * const *) self->causes;
}

const char * const *
sc_status_code_get_client_actions (ScStatusCode *self)
{
  g_return_val_if_fail (SC_IS_STATUS_CODE (self), NULL);

  return (const char * const *) self->client_actions;
}

const char * const *
sc_status_code_get_server_actions (ScStatusCode *self)
{
  g_return_val_if_fail (SC_IS_STATUS_CODE (self), NULL);

  return (const char * const *) self->server_actions;
}

const char *
sc_status_code_get_api (ScStatusCode *self)
{
  g_return_val_if_fail (SC_IS_STATUS_CODE (self), NULL);

  return self->api;
}

const char *
sc_status_code_get_spec_ref (ScStatusCode *self)
{
  g_return_val_if_fail (SC_IS_STATUS_CODE (self), NULL);

  return self->spec_ref;
}

const char *
sc_status_code_get_spec_url (ScStatusCode *self)
{
  g_return_val_if_fail (SC_IS_STATUS_CODE (self), NULL);

  return self->spec_url;
}

/* Returns: (transfer none) (element-type ScHeaderNote) */
GPtrArray *
sc_status_code_get_headers (ScStatusCode *self)
{
  g_return_val_if_fail (SC_IS_STATUS_CODE (self), NULL);

  return self->headers;
}

/* Returns: (transfer none) (element-type ScRelatedNote) */
GPtrArray *
sc_status_code_get_related (ScStatusCode *self)
{
  g_return_val_if_fail (SC_IS_STATUS_CODE (self), NULL);

  return self->related;
}

const char *
sc_status_code_get_english_title (ScStatusCode *self)
{
  g_return_val_if_fail (SC_IS_STATUS_CODE (self), NULL);

  return self->english_title ? self->english_title : self->title;
}

const char *
sc_status_code_get_english_summary (ScStatusCode *self)
{
  g_return_val_if_fail (SC_IS_STATUS_CODE (self), NULL);

  return self->english_summary ? self->english_summary : self->summary;
}

const char *
sc_status_code_get_english_description (ScStatusCode *self)
{
  g_return_val_if_fail (SC_IS_STATUS_CODE (self), NULL);

  return self->english_description ? self->english_description : self->description;
}
