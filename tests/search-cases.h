/* search-cases.h
 *
 * Copyright 2026 The Status Codes authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* The queries of test-search, with what each must find. The search
 * benchmark times the same table. */

#pragma once

#include <glib.h>

typedef enum {
  FIRST,      /* the first result is codes[0] */
  TOP,        /* all of codes are among the first `top` results */
  EXACTLY,    /* the results are codes, in this order */
  CLASS,      /* every code of class codes[0], and nothing else */
  NONE,       /* no result */
  BLANK,      /* no query at all: everything */
} Expect;

typedef struct {
  const char *query;
  Expect      expect;
  guint       codes[12];
  guint       top;
} Case;

static const Case cases[] = {
  /* Numbers and classes. */
  { "404", FIRST, { 404 } },
  { "  404  ", FIRST, { 404 } },
  { "40", EXACTLY, { 400, 401, 402, 403, 404, 405, 406, 407, 408, 409 } },
  { "40x", EXACTLY, { 400, 401, 402, 403, 404, 405, 406, 407, 408, 409 } },
  { "4", CLASS, { 4 } },
  { "4xx", CLASS, { 4 } },
  { "4XX", CLASS, { 4 } },
  { "5xx", CLASS, { 5 } },
  { "1xx", CLASS, { 1 } },
  { "52", EXACTLY, { 520, 521, 522, 523, 524, 525, 526, 527, 529 } },
  { "10", EXACTLY, { 100, 101, 102, 103, 104 } },
  { "104", FIRST, { 104 } },
  { "999", NONE },
  { "600", NONE },
  { "0", NONE },
  { "4044", NONE },
  { "4x", CLASS, { 4 } },
  { "4xxx", NONE },

  /* Titles, official phrases and former names. */
  { "not found", FIRST, { 404 } },
  { "Not Found", FIRST, { 404 } },
  { "NOT FOUND", FIRST, { 404 } },
  { "teapot", FIRST, { 418 } },
  { "TEAPOT", FIRST, { 418 } },
  { "I’m a teapot", FIRST, { 418 } },
  { "i'm a teapot", FIRST, { 418 } },
  { "teap", FIRST, { 418 } },
  { "forbidden", FIRST, { 403 } },
  { "gone", FIRST, { 410 } },
  { "bad gateway", FIRST, { 502 } },
  { "gateway timeout", FIRST, { 504 } },
  { "gateway time-out", FIRST, { 504 } },
  { "service unavailable", FIRST, { 503 } },
  { "too many requests", FIRST, { 429 } },
  { "internal server error", FIRST, { 500 } },
  { "not implemented", FIRST, { 501 } },
  { "method not allowed", FIRST, { 405 } },
  { "no content", FIRST, { 204 } },
  { "created", FIRST, { 201 } },
  { "partial content", FIRST, { 206 } },
  { "see other", FIRST, { 303 } },
  { "temporary redirect", FIRST, { 307 } },
  { "permanent redirect", FIRST, { 308 } },
  { "moved permanently", FIRST, { 301 } },
  { "not modified", FIRST, { 304 } },
  { "conflict", FIRST, { 409 } },
  { "precondition failed", FIRST, { 412 } },
  { "precondition required", FIRST, { 428 } },
  { "legal reasons", FIRST, { 451 } },
  { "early hints", FIRST, { 103 } },
  { "upload resumption supported", FIRST, { 104 } },
  { "upload", FIRST, { 104 } },
  { "resumable", FIRST, { 104 } },
  { "resumable upload", FIRST, { 104 } },
  { "switch proxy", FIRST, { 306 } },
  { "content too large", FIRST, { 413 } },
  { "payload too large", FIRST, { 413 } },
  { "request entity too large", FIRST, { 413 } },
  { "Request-URI Too Long", FIRST, { 414 } },
  { "requested range not satisfiable", FIRST, { 416 } },
  { "unprocessable entity", FIRST, { 422 } },
  { "moved temporarily", FIRST, { 302 } },
  { "client closed request", FIRST, { 499 } },
  { "enhance your calm", FIRST, { 420 } },
  { "bandwidth limit exceeded", FIRST, { 509 } },
  { "not extended", FIRST, { 510 } },

  /* Words that people add to any query exclude nothing; identifiers are
   * read as their words; of two codes that match equally, the registered
   * one comes first. */
  { "404 error", FIRST, { 404 } },
  { "http not found", FIRST, { 404 } },
  { "not found error", FIRST, { 404 } },
  { "HTTP Not Found", FIRST, { 404 } },
  { "status code not found", FIRST, { 404 } },
  { "https forbidden", FIRST, { 403 } },
  { "response code too many requests", FIRST, { 429 } },
  { "gateway timeout error", FIRST, { 504 } },
  { "TooManyRequests", FIRST, { 429 } },
  { "NotFound", FIRST, { 404 } },
  { "HTTP_NOT_FOUND", FIRST, { 404 } },
  { "Status429TooManyRequests", FIRST, { 429 } },

  /* AWS's 561 has 401's title; the libraries that name 401 put it first. */
  { "unauthorized", FIRST, { 401 } },
  { "unauthorised", FIRST, { 401 } },

  /* One typo in longer words. */
  { "forbiden", FIRST, { 403 } },
  { "frobidden", FIRST, { 403 } },
  { "forbbiden", NONE },
  { "unavailible", FIRST, { 503 } },
  { "servise unavailable", FIRST, { 503 } },
  { "teapto", FIRST, { 418 } },
  { "precondtion failed", FIRST, { 412 } },

  /* Header names. */
  { "retry-after", TOP, { 429, 503 }, 4 },
  { "Retry-After", TOP, { 429, 503 }, 4 },
  { "www-authenticate", TOP, { 401 }, 2 },
  { "proxy-authenticate", FIRST, { 407 } },
  { "allow", TOP, { 405 }, 3 },
  { "content-range", TOP, { 206, 416 }, 3 },
  { "location", TOP, { 201, 301, 302, 303, 307, 308 }, 12 },
  { "upgrade", TOP, { 101, 426 }, 4 },

  /* Words in summaries and descriptions, and vendors. */
  { "nginx", TOP, { 444, 499 }, 12 },
  { "cloudflare origin", TOP, { 520, 521 }, 12 },
  { "csrf", TOP, { 419 }, 3 },
  { "websocket", TOP, { 101 }, 3 },
  { "rate limit", TOP, { 429 }, 3 },
  { "xyzzyplugh", NONE },
  { "teapot xyzzyplugh", NONE },

  /* Pasted status lines and log lines. */
  { "HTTP/1.1 503 Service Unavailable", FIRST, { 503 } },
  { "HTTP/2 404", FIRST, { 404 } },
  { "upstream sent 502 while reading response header", FIRST, { 502 } },
  { "GET /index.html HTTP/1.1\" 499 0 \"-\"", FIRST, { 499 } },
  { "error 404 not found", FIRST, { 404 } },

  /* Blank and broken input. */
  { "", BLANK },
  { "   \t\n", BLANK },
  { "?!%", NONE },
  { "\xff\xfe" "404", FIRST, { 404 } },
  { "not \xc3 found", FIRST, { 404 } },
  { "\u202e404", EXACTLY, { 404 } },
  { "4\u200b04", EXACTLY, { 404 } },
  { "\x01" "404" "\x7f", EXACTLY, { 404 } },
  { "🫖 teapot", FIRST, { 418 } },
};

/* Names that libraries give codes, typed or pasted as they are written in
 * code: current names, older aliases and deprecated or removed names. */
static const Case constant_cases[] = {
  { "StatusUnprocessableEntity", FIRST, { 422 } },
  { "HTTP_NOT_FOUND", FIRST, { 404 } },
  { ":unprocessable_entity", FIRST, { 422 } },
  { "SOUP_STATUS_NOT_FOUND", FIRST, { 404 } },
  { "HttpStatusCode.TooManyRequests", FIRST, { 429 } },
  { "Status429TooManyRequests", FIRST, { 429 } },
  { "IM_A_TEAPOT", FIRST, { 418 } },
  { "NotFound", FIRST, { 404 } },
  { "notfound", FIRST, { 404 } },
  { "TooManyRequests", FIRST, { 429 } },
  { "statusnotfound", FIRST, { 404 } },
  { "StatusUnprocess", FIRST, { 422 } },
  { "Status451UnavailableForLegalReasons", FIRST, { 451 } },
  { "StatusTeapot", FIRST, { 418 } },
  { "StatusNonAuthoritativeInfo", FIRST, { 203 } },
  { "http.StatusProxyAuthRequired", FIRST, { 407 } },
  { "HTTPStatus.UNPROCESSABLE_ENTITY", FIRST, { 422 } },
  { "REQUEST_ENTITY_TOO_LARGE", FIRST, { 413 } },
  { "HttpURLConnection.HTTP_MOVED_TEMP", FIRST, { 302 } },
  { "HTTP_PRECON_FAILED", FIRST, { 412 } },
  { "HTTP_ENTITY_TOO_LARGE", FIRST, { 413 } },
  { "HTTP_REQ_TOO_LONG", FIRST, { 414 } },
  { "HTTP_UNAVAILABLE", FIRST, { 503 } },
  { "HTTP_VERSION", FIRST, { 505 } },
  { "HTTP_SERVER_ERROR", FIRST, { 500 } },
  { "Response::HTTP_TOO_MANY_REQUESTS", FIRST, { 429 } },
  { "HTTP_PERMANENTLY_REDIRECT", FIRST, { 308 } },
  { "HTTP_I_AM_A_TEAPOT", FIRST, { 418 } },
  { "HTTP_VARIANT_ALSO_NEGOTIATES_EXPERIMENTAL", FIRST, { 506 } },
  { "StatusCode::NOT_FOUND", FIRST, { 404 } },
  { "HttpStatus.I_AM_A_TEAPOT", FIRST, { 418 } },
  { "MOVED_TEMPORARILY", FIRST, { 302 } },
  { "INSUFFICIENT_SPACE_ON_RESOURCE", FIRST, { 419 } },
  { "METHOD_FAILURE", FIRST, { 420 } },
  { "BANDWIDTH_LIMIT_EXCEEDED", FIRST, { 509 } },
  { "Response.Status.NOT_FOUND", FIRST, { 404 } },
  { "StatusCodes.MISDIRECTED_REQUEST", FIRST, { 421 } },
  { ":payload_too_large", FIRST, { 413 } },
  { ":request_uri_too_long", FIRST, { 414 } },
  { ":im_a_teapot", FIRST, { 418 } },
  { "RequestHeaderFieldTooLarge", FIRST, { 431 } },
  { "VersionNotSupported", FIRST, { 505 } },
  { "SwitchProxy", FIRST, { 306 } },
  { ".tooManyRequests", FIRST, { 429 } },
  { "HTTPResponseStatus.imATeapot", FIRST, { 418 } },
  { "requestHeaderFieldsTooLarge", FIRST, { 431 } },
  { "SOUP_STATUS_MOVED_TEMPORARILY", FIRST, { 302 } },
  { "SOUP_STATUS_PROXY_UNAUTHORIZED", FIRST, { 407 } },
  { "SOUP_STATUS_INVALID_RANGE", FIRST, { 416 } },
  { "Soup.Status.NOT_APPEARING_IN_THIS_PROTOCOL", FIRST, { 306 } },
};
