/* sc-log-value.c
 *
 * Copyright 2026 The Status Codes authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "sc-log-value"

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "sc-log-value.h"

/* Values that stand where a status code should in logs and tool output,
 * but are no status code: HTTP's codes run from 100 to 599 (RFC 9110,
 * Section 15). People search for them because they meet them, so each one
 * is explained, and none becomes an entry of the table.
 *
 * Sources:
 * - 000: curl's --write-out, where %{http_code} is the last response code,
 *   printed with three digits, and 0 when no response arrived,
 *   https://curl.se/docs/manpage.html#-w; CloudFront's standard logs,
 *   sc-status, https://docs.aws.amazon.com/AmazonCloudFront/latest/DeveloperGuide/standard-logs-reference.html
 * - 0: Envoy's access log, %RESPONSE_CODE%,
 *   https://www.envoyproxy.io/docs/envoy/latest/configuration/observability/access_log/usage
 * - -1: HAProxy v3.4.0, src/http_ana.c, where a transaction's status starts
 *   at -1 and is set to -1 when the client aborts while queued or
 *   connecting, https://github.com/haproxy/haproxy/blob/v3.4.0/src/http_ana.c;
 *   the termination state, https://docs.haproxy.org/3.0/configuration.html#8.5
 * - 999: LinkedIn does not document it; RFC 9110, Section 15, for the range.
 * - 783: https://shopify.dev/docs/api/usage/response-codes
 * - 600 to 699: "600-699: Available for customer use",
 *   https://www.fastly.com/documentation/reference/http/http-statuses, and
 *   the error statement, https://www.fastly.com/documentation/reference/vcl/statements/error/
 */
static const struct {
  const char *value;
  const char *explanation;
} log_values[] = {
  { "000", N_("Not a status code: no response arrived. curl prints 000 as the response code when a transfer ends "
              "before any response, for example because the connection failed or timed out, and Amazon "
              "CloudFront logs 000 when the viewer closed the connection before CloudFront could answer.") },
  { "0", N_("Not a status code: no response was sent. Envoy logs the response code 0 when it never started a "
            "response, which usually means the downstream client disconnected first.") },
  { "-1", N_("Not a status code: HAProxy logs -1 where no status exists yet, for example when the client "
             "closed the connection while its request still waited in a queue or for a connection to a "
             "server; the log line’s termination state says why.") },
  { "999", N_("Not a status code: HTTP’s codes run from 100 to 599. LinkedIn is widely seen to answer 999 to "
              "requests it takes for automated access, such as scrapers and link checkers, but it does not "
              "document the code.") },
  { "783", N_("Not an HTTP status code: Shopify lists 783 “Unexpected token” among its API response codes, for "
              "JSON that could not be parsed because of a syntax error.") },
};

/* For any value from 600 to 699, which Fastly leaves to its customers. */
static const char *fastly_explanation =
  N_("Not an HTTP status code: HTTP’s codes run from 100 to 599. In Fastly’s VCL, a service may use codes "
     "from 600 to 699 as its own internal signals, raised with the error statement and turned into a real "
     "response in vcl_error; such a value in a log comes from that service’s configuration.");

/**
 * sc_log_value_explain:
 * @query: what someone searched for, such as "000" or " 999 "
 *
 * Says what a value that appears in logs in place of a status code means,
 * such as curl's 000 or Fastly's 600 to 699.
 *
 * Returns: (nullable): the translated explanation, or %NULL when @query is
 *   no such value
 */
const char *
sc_log_value_explain (const char *query)
{
  g_autofree char *value = NULL;

  g_return_val_if_fail (query != NULL, NULL);

  value = g_strstrip (g_strdup (query));

  for (guint i = 0; i < G_N_ELEMENTS (log_values); i++)
    if (g_str_equal (value, log_values[i].value))
      return _(log_values[i].explanation);

  /* "6xx" reads as the class, as "5xx" does in a search. */
  if (strlen (value) == 3 && value[0] == '6' &&
      ((g_ascii_isdigit (value[1]) && g_ascii_isdigit (value[2])) ||
       (g_ascii_tolower (value[1]) == 'x' && g_ascii_tolower (value[2]) == 'x')))
    return _(fastly_explanation);

  return NULL;
}
