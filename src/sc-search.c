/* sc-search.c
 *
 * Copyright 2026 The Status Codes authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "sc-search"

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "sc-constants.h"
#include "sc-search.h"

/* Search over the status table.
 *
 * At construction every word of every entry is folded (case, accents) into a
 * dictionary of terms, each with the entries it occurs in and where: in a
 * name (title, phrase, former names, in English and translated), in the name
 * a library gives the code (whole, as in "statusnotfound", and in words), in
 * a header name, or in the text (summary, description, causes, actions, API
 * use), and how often. A query then costs a walk over the dictionary, not
 * over the table.
 *
 * A query is, in this order:
 * - a class ("4xx") or the start of a code ("40", "404"): codes by number;
 * - text that holds a known three-digit code among other words, as a pasted
 *   status line or log excerpt does: those codes;
 * - words: every word must match a term exactly, as a prefix, or (words of
 *   five letters or more) with one typo. Matches in names count most, then
 *   library names, header names, then text. Words that people add to any
 *   query ("http", "error"…) count where they match and exclude nothing. A
 *   query that is, letters and digits alone, a library's name for a code
 *   ("HTTP_NOT_FOUND", ":not_found", "HttpStatusCode.NotFound") puts that
 *   code first. An identifier that matches no term as a whole is read as the
 *   words it is made of ("TooManyRequests"). Of two codes that match
 *   equally, the registered one comes first. */

#define MAX_WORDS  16
#define MIN_TYPO   5

typedef enum {
  TIER_NAME,
  TIER_CONSTANT,
  TIER_HEADER,
  TIER_TEXT,
  N_TIERS
} Tier;

/* A posting keeps its tier in two bits. */
G_STATIC_ASSERT (N_TIERS <= 4);

static const guint tier_weight[N_TIERS] = { 100, 70, 60, 20 };

enum {
  MATCH_EXACT  = 10,
  MATCH_PREFIX = 7,
  MATCH_TYPO   = 5,
};

/* The whole query is a name of the entry, or the start of one: of one word,
 * which many names may start with, or of several, which a user typing the
 * name has already written in its order. */
#define BONUS_NAME                  3000
#define BONUS_NAME_PREFIX           300
#define BONUS_NAME_PREFIX_OF_WORDS  2500
/* The whole query is a library's name for the code. */
#define BONUS_CONSTANT    2000

/* Words that people add to any query about a status code. */
static const char * const filler_words[] = {
  "http", "https", "status", "code", "error", "response",
};

/* A term while the index is built. A posting is one per entry that holds
 * the term: its index << 10, how often the term occurs there (at most 255)
 * << 2, and the best tier it occurs in. */
typedef struct {
  char   *key;
  gsize   length;
  GArray *postings;
} BuildTerm;

/* A term of the built index: its key and postings stand in two blocks that
 * all terms share, which takes a quarter of the memory that a string and an
 * array of its own for each term took. */
typedef struct {
  const char    *key;
  guint32        length;
  guint32        n_postings;
  const guint32 *postings;
} Term;

typedef struct {
  guint   code;
  /* The number of words in the title: of two names that match a query
   * equally well, the shorter matches more closely. */
  guint   title_words;
  /* Of two codes that match equally well, the registered one comes first. */
  gboolean unofficial;
  /* The entry's names as folded words joined by spaces, for whole-query
   * matches. */
  GStrv   names;
} Entry;

struct _ScSearch
{
  GObject     parent_instance;

  /* Held while the index is built: a search on one thread waits for the
   * index that another is building. */
  GMutex      prepare_lock;

  /* The codes and constants to index, until the index is built. */
  GListModel  *codes;
  ScConstants *constants;
  GArray      *entries;
  /* The codes that libraries' names stand for, by the names' letters and
   * digits alone, folded ("httpnotfound"): a GArray of codes each. */
  GHashTable  *codes_by_key;
  /* While the index is built: the terms, and each by its key. */
  GPtrArray  *building;
  GHashTable *term_by_key;
  /* The built index: Terms sorted by key, and the blocks they point into. */
  GArray     *terms;
  char       *keys;
  guint32    *postings;
  /* Index into entries by code, or -1. */
  gint16      entry_by_code[600];
};

struct _ScSearchResult
{
  GArray  *codes;
  guint16  rank_by_code[600];
};

G_DEFINE_BOXED_TYPE (ScSearchResult, sc_search_result, sc_search_result_ref, sc_search_result_unref)

G_DEFINE_FINAL_TYPE (ScSearch, sc_search, G_TYPE_OBJECT)

static void
build_term_free (gpointer data)
{
  BuildTerm *term = data;

  g_free (term->key);
  g_array_unref (term->postings);
  g_free (term);
}

static void
entry_clear (gpointer data)
{
  Entry *entry = data;

  g_strfreev (entry->names);
}

static void
sc_search_finalize (GObject *object)
{
  ScSearch *self = SC_SEARCH (object);

  g_clear_object (&self->codes);
  g_clear_object (&self->constants);
  g_clear_pointer (&self->entries, g_array_unref);
  g_clear_pointer (&self->codes_by_key, g_hash_table_unref);
  g_clear_pointer (&self->building, g_ptr_array_unref);
  g_clear_pointer (&self->term_by_key, g_hash_table_unref);
  g_clear_pointer (&self->terms, g_array_unref);
  g_clear_pointer (&self->keys, g_free);
  g_clear_pointer (&self->postings, g_free);
  g_mutex_clear (&self->prepare_lock);

  G_OBJECT_CLASS (sc_search_parent_class)->finalize (object);
}

static void
sc_search_class_init (ScSearchClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = sc_search_finalize;
}

static void
sc_search_init (ScSearch *self)
{
  self->entries = g_array_new (FALSE, FALSE, sizeof (Entry));
  g_array_set_clear_func (self->entries, entry_clear);
  self->building = g_ptr_array_new_with_free_func (build_term_free);
  self->term_by_key = g_hash_table_new (g_str_hash, g_str_equal);
  self->terms = g_array_new (FALSE, FALSE, sizeof (Term));
  self->codes_by_key = g_hash_table_new_full (g_str_hash, g_str_equal, g_free,
                                              (GDestroyNotify) g_array_unref);
  memset (self->entry_by_code, 0xff, sizeof self->entry_by_code);
  g_mutex_init (&self->prepare_lock);
}

/* Chinese and Japanese write words without spaces between them, so a run of
 * their characters is indexed, and looked up, as its overlapping pairs of
 * characters: "未找到" as "未找" and "找到". Any two or more consecutive
 * characters of a text then find it, as a word or its start would. */
static gboolean
is_cjk (gunichar c)
{
  switch ((int) g_unichar_get_script (c))
    {
    case G_UNICODE_SCRIPT_HAN:
    case G_UNICODE_SCRIPT_HIRAGANA:
    case G_UNICODE_SCRIPT_KATAKANA:
    case G_UNICODE_SCRIPT_BOPOMOFO:
      return TRUE;
    default:
      /* The prolonged sound mark and the iteration marks, which Japanese
       * shares between its scripts. */
      return c == 0x30FC || c == 0x3005 || c == 0x309D || c == 0x309E || c == 0x30FD || c == 0x30FE;
    }
}

/* A folded word, without accents where it has a plain ASCII spelling, so
 * that "codigo" finds "código", "fur" finds "für" and "blad" finds "błąd".
 * Cyrillic has no such spelling; there "е" stands for "ё", as Russian
 * writers mostly leave its dots off. Takes @word. */
static char *
fold_word (char *word)
{
  g_autofree char *ascii = NULL;
  GString *folded;

  for (const char *p = word; *p; p++)
    {
      if ((guchar) *p >= 0x80)
        {
          ascii = g_str_to_ascii (word, "C");
          break;
        }
    }

  if (ascii == NULL)
    return word;
  if (strchr (ascii, '?') == NULL)
    {
      g_free (word);
      return g_steal_pointer (&ascii);
    }

  folded = g_string_sized_new (strlen (word));
  for (const char *p = word; *p; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      g_string_append_unichar (folded, c == 0x0451 ? 0x0435 : c);
    }
  g_free (word);

  return g_string_free (folded, FALSE);
}

/* Adds the pairs of consecutive characters of a run of CJK characters, or the
 * run itself when it is one character. */
static void
add_cjk_pairs (GPtrArray  *words,
               const char *run,
               const char *end)
{
  const char *second = g_utf8_next_char (run);

  if (second >= end)
    {
      g_ptr_array_add (words, g_strndup (run, end - run));
      return;
    }

  for (const char *p = run; second < end; p = second, second = g_utf8_next_char (second))
    g_ptr_array_add (words, g_strndup (p, g_utf8_next_char (second) - p));
}

/* Splits a token into its runs of CJK characters and of the rest, and adds
 * each run's words. */
static void
add_token_words (GPtrArray  *words,
                 const char *token)
{
  g_autofree char *composed = NULL;
  const char *run;
  const char *p;
  gboolean run_cjk = FALSE;

  for (p = token; *p != '\0' && (guchar) *p < 0x80; p++)
    ;
  if (*p == '\0')
    {
      g_ptr_array_add (words, g_strdup (token));
      return;
    }

  /* g_str_tokenize_and_fold() leaves a character and its accents apart;
   * together again, a pair is two whole characters. */
  composed = g_utf8_normalize (token, -1, G_NORMALIZE_NFKC);
  if (composed == NULL)
    return;

  run = composed;
  for (p = composed; ; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);
      gboolean cjk = c != 0 && is_cjk (c);

      if (p > run && (c == 0 || cjk != run_cjk))
        {
          if (run_cjk)
            add_cjk_pairs (words, run, p);
          else
            g_ptr_array_add (words, fold_word (g_strndup (run, p - run)));
          run = p;
        }
      if (c == 0)
        break;
      if (p == run)
        run_cjk = cjk;
    }
}

static GPtrArray *
tokenize (const char *text)
{
  g_auto(GStrv) tokens = g_str_tokenize_and_fold (text, NULL, NULL);
  GPtrArray *folded = g_ptr_array_new_with_free_func (g_free);

  for (guint i = 0; tokens[i] != NULL; i++)
    add_token_words (folded, tokens[i]);

  return folded;
}

static char *
join_words (GPtrArray *words)
{
  GString *joined = g_string_new (NULL);

  for (guint i = 0; i < words->len; i++)
    {
      if (i > 0)
        g_string_append_c (joined, ' ');
      g_string_append (joined, g_ptr_array_index (words, i));
    }

  return g_string_free (joined, FALSE);
}

static char *
fold_phrase (const char *text)
{
  g_autoptr(GPtrArray) tokens = tokenize (text);

  return join_words (tokens);
}

/* "HTTPVersionNotSupported" → "HTTP Version Not Supported",
 * "Status429TooManyRequests" → "Status 429 Too Many Requests": a space
 * wherever a word of an identifier ends. */
static char *
split_identifier (const char *text)
{
  GString *split = g_string_sized_new (strlen (text) + 8);

  for (const char *p = text; *p; p++)
    {
      if (p > text)
        {
          char prev = p[-1], cur = p[0], next = p[1];

          if ((g_ascii_islower (prev) && g_ascii_isupper (cur)) ||
              (g_ascii_isalpha (prev) && g_ascii_isdigit (cur)) ||
              (g_ascii_isdigit (prev) && g_ascii_isalpha (cur)) ||
              (g_ascii_isupper (prev) && g_ascii_isupper (cur) && g_ascii_islower (next)))
            g_string_append_c (split, ' ');
        }
      g_string_append_c (split, *p);
    }

  return g_string_free (split, FALSE);
}

/* The letters and digits of @text, folded: what a name is, however it is
 * written or qualified ("HTTP_NOT_FOUND", ":not_found", "Soup.Status.OK"). */
static char *
compact_key (const char *text)
{
  g_autofree char *folded = g_utf8_casefold (text, -1);
  GString *key = g_string_sized_new (strlen (folded));

  for (const char *p = folded; *p; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (g_unichar_isalnum (c))
        g_string_append_unichar (key, c);
    }

  return g_string_free (key, FALSE);
}

static gboolean
is_filler_word (const char *word)
{
  for (guint i = 0; i < G_N_ELEMENTS (filler_words); i++)
    {
      if (g_str_equal (word, filler_words[i]))
        return TRUE;
    }

  return FALSE;
}

static void
add_term (ScSearch   *self,
          const char *key,
          guint       entry,
          Tier        tier)
{
  BuildTerm *term = g_hash_table_lookup (self->term_by_key, key);
  guint32 posting = entry << 10 | 1 << 2 | tier;

  if (term == NULL)
    {
      term = g_new0 (BuildTerm, 1);
      term->key = g_strdup (key);
      term->length = strlen (key);
      term->postings = g_array_new (FALSE, FALSE, sizeof (guint32));
      g_ptr_array_add (self->building, term);
      g_hash_table_insert (self->term_by_key, term->key, term);
    }

  /* Entries are indexed one after the other, so a repeat is the last one. */
  if (term->postings->len > 0)
    {
      guint32 *last = &g_array_index (term->postings, guint32, term->postings->len - 1);

      if (*last >> 10 == entry)
        {
          guint count = MIN (((*last >> 2) & 0xff) + 1, 0xff);

          *last = entry << 10 | count << 2 | MIN (*last & 3, (guint) tier);
          return;
        }
    }

  g_array_append_val (term->postings, posting);
}

static void
add_text (ScSearch   *self,
          const char *text,
          guint       entry,
          Tier        tier)
{
  g_autoptr(GPtrArray) tokens = NULL;

  if (text == NULL)
    return;

  tokens = tokenize (text);
  for (guint i = 0; i < tokens->len; i++)
    add_term (self, g_ptr_array_index (tokens, i), entry, tier);
}

static void
add_texts (ScSearch           *self,
           const char * const *texts,
           guint               entry)
{
  for (guint i = 0; texts != NULL && texts[i] != NULL; i++)
    add_text (self, texts[i], entry, TIER_TEXT);
}

static int
compare_terms (gconstpointer a,
               gconstpointer b)
{
  return strcmp ((*(BuildTerm **) a)->key, (*(BuildTerm **) b)->key);
}

static void
add_key (ScSearch   *self,
         const char *name,
         guint       code)
{
  g_autofree char *key = compact_key (name);
  GArray *codes;

  if (key[0] == '\0')
    return;

  codes = g_hash_table_lookup (self->codes_by_key, key);
  if (codes == NULL)
    {
      codes = g_array_new (FALSE, FALSE, sizeof (guint));
      g_hash_table_insert (self->codes_by_key, g_steal_pointer (&key), codes);
    }

  for (guint i = 0; i < codes->len; i++)
    {
      if (g_array_index (codes, guint, i) == code)
        return;
    }
  g_array_append_val (codes, code);
}

/* The names that libraries give @code: their words, and each whole, so that
 * both "not found" and a pasted "StatusNotFound" or "StatusNotF" find it. */
static void
add_constants (ScSearch *self,
               guint     code,
               guint     index)
{
  const ScConstant *constants;
  guint n_constants;

  if (self->constants == NULL)
    return;

  constants = sc_constants_lookup (self->constants, code, &n_constants);
  for (guint i = 0; i < n_constants; i++)
    {
      g_autofree char *qualified = NULL;
      g_autofree char *split = NULL;

      if (constants[i].name == NULL)
        continue;

      qualified = sc_constant_dup_qualified_name (&constants[i]);
      split = split_identifier (constants[i].name);
      add_text (self, constants[i].name, index, TIER_CONSTANT);
      if (!g_str_equal (split, constants[i].name))
        add_text (self, split, index, TIER_CONSTANT);
      add_key (self, constants[i].name, code);
      add_key (self, qualified, code);
    }
}

static void
add_entry (ScSearch     *self,
           ScStatusCode *code)
{
  g_autoptr(GStrvBuilder) names = g_strv_builder_new ();
  const char * const *former = sc_status_code_get_former (code);
  GPtrArray *headers = sc_status_code_get_headers (code);
  guint index = self->entries->len;
  g_autofree char *number = g_strdup_printf ("%u", sc_status_code_get_code (code));
  const char *name_texts[] = {
    sc_status_code_get_title (code),
    sc_status_code_get_english_title (code),
    sc_status_code_get_phrase (code),
  };
  Entry entry = { sc_status_code_get_code (code), 0, (sc_status_code_get_flags (code) & SC_STATUS_FLAGS_UNOFFICIAL) != 0,
                  NULL };
  g_autoptr(GPtrArray) title_words = tokenize (sc_status_code_get_title (code));

  g_assert (entry.code < G_N_ELEMENTS (self->entry_by_code));
  self->entry_by_code[entry.code] = index;

  entry.title_words = title_words->len;
  add_term (self, number, index, TIER_NAME);

  for (guint i = 0; i < G_N_ELEMENTS (name_texts); i++)
    {
      add_text (self, name_texts[i], index, TIER_NAME);
      g_strv_builder_take (names, fold_phrase (name_texts[i]));
    }
  for (guint i = 0; former != NULL && former[i] != NULL; i++)
    {
      add_text (self, former[i], index, TIER_NAME);
      g_strv_builder_take (names, fold_phrase (former[i]));
    }

  for (guint i = 0; i < headers->len; i++)
    add_text (self, ((ScHeaderNote *) g_ptr_array_index (headers, i))->name, index, TIER_HEADER);

  add_text (self, sc_status_code_get_summary (code), index, TIER_TEXT);
  add_text (self, sc_status_code_get_english_summary (code), index, TIER_TEXT);
  add_text (self, sc_status_code_get_description (code), index, TIER_TEXT);
  add_text (self, sc_status_code_get_english_description (code), index, TIER_TEXT);
  add_texts (self, sc_status_code_get_causes (code), index);
  add_texts (self, sc_status_code_get_client_actions (code), index);
  add_texts (self, sc_status_code_get_server_actions (code), index);
  add_text (self, sc_status_code_get_api (code), index, TIER_TEXT);
  add_constants (self, entry.code, index);

  entry.names = g_strv_builder_end (names);
  g_array_append_val (self->entries, entry);
}

/* Sorts the terms and moves them into the built index's two blocks, and
 * drops what only building needed. */
static void
compact_terms (ScSearch *self)
{
  gsize key_bytes = 0, n_postings = 0;
  char *key;
  guint32 *posting;

  g_ptr_array_sort (self->building, compare_terms);
  for (guint i = 0; i < self->building->len; i++)
    {
      BuildTerm *term = g_ptr_array_index (self->building, i);

      key_bytes += term->length + 1;
      n_postings += term->postings->len;
    }

  self->keys = key = g_malloc (MAX (key_bytes, 1));
  self->postings = posting = g_new (guint32, MAX (n_postings, 1));
  g_array_set_size (self->terms, self->building->len);
  for (guint i = 0; i < self->building->len; i++)
    {
      BuildTerm *built = g_ptr_array_index (self->building, i);
      Term *term = &g_array_index (self->terms, Term, i);

      memcpy (key, built->key, built->length + 1);
      memcpy (posting, built->postings->data, built->postings->len * sizeof (guint32));
      *term = (Term) { key, built->length, built->postings->len, posting };
      key += built->length + 1;
      posting += built->postings->len;
    }

  g_clear_pointer (&self->term_by_key, g_hash_table_unref);
  g_clear_pointer (&self->building, g_ptr_array_unref);
}

/**
 * sc_search_new:
 * @codes: a list of #ScStatusCode
 * @constants: (nullable): the names that libraries give the codes
 *
 * A search over @codes, each code once, and the names that @constants gives
 * them. The index is built by the first search or by sc_search_prepare(),
 * and is a snapshot of @codes then.
 *
 * Returns: (transfer full): a new search
 */
ScSearch *
sc_search_new (GListModel  *codes,
               ScConstants *constants)
{
  ScSearch *self;

  g_return_val_if_fail (G_IS_LIST_MODEL (codes), NULL);
  g_return_val_if_fail (g_list_model_get_item_type (codes) == SC_TYPE_STATUS_CODE, NULL);
  g_return_val_if_fail (constants == NULL || SC_IS_CONSTANTS (constants), NULL);

  self = g_object_new (SC_TYPE_SEARCH, NULL);
  self->codes = g_object_ref (codes);
  if (constants != NULL)
    self->constants = g_object_ref (constants);

  return self;
}

/**
 * sc_search_prepare:
 * @self: a search
 *
 * Builds the index, if the first search has not built it yet. Folding and
 * tokenizing every text of the table takes longer than all the searches a
 * user types, and longer than the app should wait before its window shows:
 * call this on a thread once the window is up. It may run on any one thread
 * while searches run on another: they wait for it.
 */
void
sc_search_prepare (ScSearch *self)
{
  g_autoptr(GMutexLocker) locker = NULL;

  g_return_if_fail (SC_IS_SEARCH (self));

  locker = g_mutex_locker_new (&self->prepare_lock);
  if (self->codes == NULL)
    return;

  for (guint i = 0; i < g_list_model_get_n_items (self->codes); i++)
    {
      g_autoptr(ScStatusCode) code = g_list_model_get_item (self->codes, i);

      add_entry (self, code);
    }

  compact_terms (self);
  g_clear_object (&self->codes);
  g_clear_object (&self->constants);
}

ScSearchResult *
sc_search_result_ref (ScSearchResult *self)
{
  return g_rc_box_acquire (self);
}

static void
sc_search_result_clear (gpointer data)
{
  ScSearchResult *self = data;

  g_array_unref (self->codes);
}

void
sc_search_result_unref (ScSearchResult *self)
{
  g_rc_box_release_full (self, sc_search_result_clear);
}

guint
sc_search_result_get_n_matches (ScSearchResult *self)
{
  g_return_val_if_fail (self != NULL, 0);

  return self->codes->len;
}

/* The code at @position of the ranking, best first. */
guint
sc_search_result_get_code (ScSearchResult *self,
                           guint           position)
{
  g_return_val_if_fail (self != NULL, 0);
  g_return_val_if_fail (position < self->codes->len, 0);

  return g_array_index (self->codes, guint, position);
}

gboolean
sc_search_result_contains (ScSearchResult *self,
                           guint           code)
{
  g_return_val_if_fail (self != NULL, FALSE);

  return code < G_N_ELEMENTS (self->rank_by_code) && self->rank_by_code[code] != 0;
}

/* The position of @code in the ranking, or G_MAXUINT when it did not match. */
guint
sc_search_result_get_rank (ScSearchResult *self,
                           guint           code)
{
  g_return_val_if_fail (self != NULL, G_MAXUINT);

  if (!sc_search_result_contains (self, code))
    return G_MAXUINT;

  return self->rank_by_code[code] - 1;
}

typedef struct {
  guint    code;
  guint    score;
  gboolean unofficial;
  guint    title_words;
} Scored;

static int
compare_scored (gconstpointer a,
                gconstpointer b)
{
  const Scored *sa = a, *sb = b;

  if (sa->score != sb->score)
    return sa->score > sb->score ? -1 : 1;
  if (sa->unofficial != sb->unofficial)
    return sa->unofficial ? 1 : -1;
  if (sa->title_words != sb->title_words)
    return (int) sa->title_words - (int) sb->title_words;

  return (int) sa->code - (int) sb->code;
}

static ScSearchResult *
result_new (GArray *scored)
{
  ScSearchResult *result = g_rc_box_new0 (ScSearchResult);

  g_array_sort (scored, compare_scored);

  result->codes = g_array_sized_new (FALSE, FALSE, sizeof (guint), scored->len);
  for (guint i = 0; i < scored->len; i++)
    {
      guint code = g_array_index (scored, Scored, i).code;

      g_array_append_val (result->codes, code);
      result->rank_by_code[code] = i + 1;
    }

  return result;
}

/* "4", "40", "404", "4xx", "40x": the codes whose number starts with the
 * given digits, the exact code first. */
static gboolean
parse_code_prefix (const char *query,
                   char        prefix[4])
{
  gsize digits = 0, wildcards = 0;

  for (const char *p = query; *p; p++)
    {
      if (g_ascii_isdigit (*p) && wildcards == 0 && digits < 3)
        prefix[digits++] = *p;
      else if ((*p == 'x' || *p == 'X') && digits > 0)
        wildcards++;
      else
        return FALSE;
    }

  prefix[digits] = '\0';

  return digits > 0 && digits + wildcards <= 3;
}

/**
 * sc_search_get_code_class:
 * @query: what the user typed
 *
 * Says whether @query names a whole class, such as "4xx", which a search
 * answers with that class's codes.
 *
 * Returns: the class, 1 to 5, or 0 when @query is anything else
 */
guint
sc_search_get_code_class (const char *query)
{
  g_autofree char *stripped = NULL;
  char prefix[4];

  g_return_val_if_fail (query != NULL, 0);

  stripped = g_strstrip (g_strdup (query));
  if (strlen (stripped) != 3 || !parse_code_prefix (stripped, prefix) || strlen (prefix) != 1 ||
      prefix[0] < '1' || prefix[0] > '5')
    return 0;

  return prefix[0] - '0';
}

static ScSearchResult *
search_code_prefix (ScSearch   *self,
                    const char *prefix)
{
  g_autoptr(GArray) scored = g_array_new (FALSE, FALSE, sizeof (Scored));

  for (guint i = 0; i < self->entries->len; i++)
    {
      const Entry *entry = &g_array_index (self->entries, Entry, i);
      char number[8];

      g_snprintf (number, sizeof number, "%u", entry->code);
      if (g_str_has_prefix (number, prefix))
        {
          Scored match = { entry->code, g_str_equal (number, prefix) ? 1 : 0, FALSE, 0 };

          g_array_append_val (scored, match);
        }
    }

  return result_new (scored);
}

/* A query such as "HTTP/1.1 503 Service Unavailable" or "upstream sent 502
 * while reading response header" names its code among other words. */
static ScSearchResult *
search_embedded_codes (ScSearch  *self,
                       GPtrArray *words)
{
  g_autoptr(GArray) scored = g_array_new (FALSE, FALSE, sizeof (Scored));

  if (words->len < 2)
    return NULL;

  for (guint i = 0; i < words->len; i++)
    {
      const char *word = g_ptr_array_index (words, i);
      guint64 code;

      if (strlen (word) == 3 &&
          g_ascii_string_to_unsigned (word, 10, 100, 599, &code, NULL) &&
          self->entry_by_code[code] >= 0)
        {
          Scored match = { code, G_MAXUINT - i, FALSE, 0 };
          gboolean seen = FALSE;

          for (guint j = 0; j < scored->len; j++)
            seen |= g_array_index (scored, Scored, j).code == code;
          if (!seen)
            g_array_append_val (scored, match);
        }
    }

  if (scored->len == 0)
    return NULL;

  return result_new (scored);
}

/* True when @a and @b differ by at most one insertion, deletion, substitution
 * or transposition of neighbours. */
static gboolean
within_one_edit (const char *a,
                 gsize       la,
                 const char *b,
                 gsize       lb)
{
  gsize i = 0;

  if (la > lb)
    return within_one_edit (b, lb, a, la);
  if (lb - la > 1)
    return FALSE;

  while (i < la && a[i] == b[i])
    i++;

  if (la < lb)
    return memcmp (a + i, b + i + 1, la - i) == 0;
  if (i == la)
    return TRUE;
  if (memcmp (a + i + 1, b + i + 1, la - i - 1) == 0)
    return TRUE;

  return i + 1 < la && a[i] == b[i + 1] && a[i + 1] == b[i] &&
         memcmp (a + i + 2, b + i + 2, la - i - 2) == 0;
}

/* Keeps, for each entry and tier, the best match of a word: best holds
 * N_TIERS scores per entry. */
static void
score_term (const Term *term,
            guint       quality,
            guint      *best)
{
  for (guint i = 0; i < term->n_postings; i++)
    {
      guint32 posting = term->postings[i];
      guint count = (posting >> 2) & 0xff;
      guint *slot = &best[(posting >> 10) * N_TIERS + (posting & 3)];

      /* A term that an entry uses again and again is more about it, as
       * much wherever it stands: repeats in the text do not make a word of
       * the name weigh more than another word of the name. */
      *slot = MAX (*slot, tier_weight[posting & 3] * quality +
                          tier_weight[TIER_TEXT] * quality * (MIN (count, 5) - 1) / 2);
    }
}

/* Scores every entry for one word, 0 where it does not match: its best match,
 * and a quarter of its matches in other places, so that a code whose text
 * also speaks of the word comes before one that only names it. */
static guint
word_score (const guint *tiers)
{
  guint best = 0, sum = 0;

  for (guint t = 0; t < N_TIERS; t++)
    {
      best = MAX (best, tiers[t]);
      sum += tiers[t];
    }

  return best + (sum - best) / 4;
}

static void
score_word (ScSearch   *self,
            const char *word,
            guint      *best)
{
  gsize length = strlen (word);
  guint low = 0, high = self->terms->len;

  /* Prefixes of the word sort together, from the word itself on. */
  while (low < high)
    {
      guint middle = low + (high - low) / 2;

      if (strcmp (g_array_index (self->terms, Term, middle).key, word) < 0)
        low = middle + 1;
      else
        high = middle;
    }

  for (guint i = low; i < self->terms->len; i++)
    {
      const Term *term = &g_array_index (self->terms, Term, i);

      if (strncmp (term->key, word, length) != 0)
        break;
      if (term->length == length)
        score_term (term, MATCH_EXACT, best);
      else if (length >= 2)
        score_term (term, MATCH_PREFIX, best);
    }

  /* A pair of CJK characters is a whole term: one byte off is another
   * character, not a typo. */
  if (length >= MIN_TYPO && !is_cjk (g_utf8_get_char (word)))
    {
      for (guint i = 0; i < self->terms->len; i++)
        {
          const Term *term = &g_array_index (self->terms, Term, i);

          if (term->length >= MIN_TYPO &&
              term->length + 1 >= length && term->length <= length + 1 &&
              !g_str_has_prefix (term->key, word) &&
              within_one_edit (word, length, term->key, term->length))
            score_term (term, MATCH_TYPO, best);
        }
    }
}

/* Whether any term is @word or starts with it. */
static gboolean
has_term_prefix (ScSearch   *self,
                 const char *word)
{
  guint low = 0, high = self->terms->len;

  while (low < high)
    {
      guint middle = low + (high - low) / 2;

      if (strcmp (g_array_index (self->terms, Term, middle).key, word) < 0)
        low = middle + 1;
      else
        high = middle;
    }

  return low < self->terms->len &&
         g_str_has_prefix (g_array_index (self->terms, Term, low).key, word);
}

/* @constant_codes: the codes that the whole query names as a library does,
 * or NULL. */
static ScSearchResult *
search_words (ScSearch  *self,
              GPtrArray *words,
              GArray    *constant_codes)
{
  g_autoptr(GArray) scored = g_array_new (FALSE, FALSE, sizeof (Scored));
  g_autoptr(GPtrArray) core_words = g_ptr_array_new ();
  g_autofree guint *total = g_new0 (guint, self->entries->len);
  g_autofree guint *best = g_new (guint, self->entries->len * N_TIERS);
  g_autofree char *phrase = NULL;
  g_autofree char *core_phrase = NULL;
  guint n_words = MIN (words->len, MAX_WORDS);
  gboolean all_filler = TRUE;

  for (guint w = 0; w < n_words; w++)
    all_filler &= is_filler_word (g_ptr_array_index (words, w));

  for (guint i = 0; i < self->entries->len; i++)
    total[i] = 1;

  for (guint w = 0; w < n_words; w++)
    {
      const char *word = g_ptr_array_index (words, w);
      /* A word that people add to any query counts where it matches and
       * excludes nothing, unless the query has nothing else. */
      gboolean optional = !all_filler && is_filler_word (word);

      if (!optional)
        g_ptr_array_add (core_words, (gpointer) word);

      memset (best, 0, sizeof (guint) * self->entries->len * N_TIERS);
      score_word (self, word, best);

      /* Every other word must match; an entry that missed one stays at 0. */
      for (guint i = 0; i < self->entries->len; i++)
        {
          guint score = word_score (&best[i * N_TIERS]);

          if (optional)
            total[i] = total[i] ? total[i] + score : 0;
          else
            total[i] = (total[i] && score) ? total[i] + score : 0;
        }
    }

  phrase = join_words (words);
  core_phrase = join_words (core_words);

  for (guint i = 0; i < self->entries->len; i++)
    {
      const Entry *entry = &g_array_index (self->entries, Entry, i);
      Scored match = { entry->code, total[i], entry->unofficial, entry->title_words };

      for (guint j = 0; constant_codes != NULL && j < constant_codes->len; j++)
        {
          if (g_array_index (constant_codes, guint, j) == entry->code)
            match.score = MAX (match.score, 1) + BONUS_CONSTANT;
        }

      if (match.score == 0)
        continue;

      for (guint j = 0; entry->names[j] != NULL; j++)
        {
          if (g_str_equal (entry->names[j], phrase) || g_str_equal (entry->names[j], core_phrase))
            match.score += BONUS_NAME;
          else if (g_str_has_prefix (entry->names[j], phrase) || g_str_has_prefix (entry->names[j], core_phrase))
            match.score += core_words->len > 1 ? BONUS_NAME_PREFIX_OF_WORDS : BONUS_NAME_PREFIX;
        }

      g_array_append_val (scored, match);
    }

  return result_new (scored);
}

/* The query as valid UTF-8 of at most SC_SEARCH_MAX_QUERY bytes, without
 * invisible formatting characters (such as a pasted right-to-left mark) and
 * with control characters turned into spaces. */
static char *
clamp_query (const char *query)
{
  gsize length = strnlen (query, SC_SEARCH_MAX_QUERY + 1);
  g_autofree char *valid = g_utf8_make_valid (query, MIN (length, SC_SEARCH_MAX_QUERY));
  GString *clean = g_string_sized_new (strlen (valid));

  for (const char *p = valid; *p; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);
      GUnicodeType type = g_unichar_type (c);

      if (type == G_UNICODE_CONTROL)
        g_string_append_c (clean, ' ');
      else if (type != G_UNICODE_FORMAT)
        g_string_append_unichar (clean, c);
    }

  return g_strstrip (g_string_free (clean, FALSE));
}

/**
 * sc_search_run:
 * @self: a search
 * @query: what the user typed or pasted, in any encoding
 *
 * Returns: (transfer full) (nullable): the matching codes, best first, or
 *   %NULL when @query is blank and so matches everything in code order
 */
ScSearchResult *
sc_search_run (ScSearch   *self,
               const char *query)
{
  g_autofree char *text = NULL;
  g_autofree char *key = NULL;
  g_autoptr(GPtrArray) words = NULL;
  ScSearchResult *result;
  char prefix[4];

  g_return_val_if_fail (SC_IS_SEARCH (self), NULL);
  g_return_val_if_fail (query != NULL, NULL);

  text = clamp_query (query);
  if (text[0] == '\0')
    return NULL;

  sc_search_prepare (self);

  if (parse_code_prefix (text, prefix))
    return search_code_prefix (self, prefix);

  words = tokenize (text);
  if (words->len == 0)
    {
      g_autoptr(GArray) none = g_array_new (FALSE, FALSE, sizeof (Scored));

      return result_new (none);
    }

  /* An identifier that no term is, or starts, is read as its words. */
  for (guint i = 0; i < words->len; i++)
    {
      if (!has_term_prefix (self, g_ptr_array_index (words, i)))
        {
          g_autofree char *split = split_identifier (text);

          g_ptr_array_unref (words);
          words = tokenize (split);
          break;
        }
    }

  if ((result = search_embedded_codes (self, words)))
    return result;

  key = compact_key (text);

  return search_words (self, words, g_hash_table_lookup (self->codes_by_key, key));
}

/* Whether every word of @words starts a word of @text, or @words run
 * together are @text's letters and digits ("retryafter", "Retry-After"). */
static gboolean
names_match (GPtrArray  *words,
             const char *compact,
             const char *text)
{
  g_autofree char *split = split_identifier (text);
  g_autoptr(GPtrArray) text_words = tokenize (split);
  g_autofree char *text_compact = compact_key (text);

  if (words->len == 0)
    return FALSE;
  if (g_str_equal (compact, text_compact))
    return TRUE;

  for (guint i = 0; i < words->len; i++)
    {
      gboolean found = FALSE;

      for (guint j = 0; j < text_words->len && !found; j++)
        found = g_str_has_prefix (g_ptr_array_index (text_words, j), g_ptr_array_index (words, i));
      if (!found)
        return FALSE;
    }

  return TRUE;
}

/**
 * sc_search_dup_match_hint:
 * @code: a code that a search for @query found
 * @constants: (nullable): what libraries call the codes
 * @query: what was searched for
 *
 * Says why @code matches @query where its title does not show it: the
 * header, the library's name for it or the former name that @query names.
 *
 * Returns: (transfer full) (nullable): the hint, translated, or %NULL when
 *   the title says enough or the match is in the code's text
 */
char *
sc_search_dup_match_hint (ScStatusCode *code,
                          ScConstants  *constants,
                          const char   *query)
{
  g_autofree char *clamped = NULL;
  g_autofree char *split = NULL;
  g_autofree char *compact = NULL;
  g_autoptr(GPtrArray) all_words = NULL;
  g_autoptr(GPtrArray) words = g_ptr_array_new ();
  const char * const *former;
  GPtrArray *headers;

  g_return_val_if_fail (SC_IS_STATUS_CODE (code), NULL);
  g_return_val_if_fail (query != NULL, NULL);

  clamped = clamp_query (query);
  split = split_identifier (clamped);
  compact = compact_key (clamped);
  all_words = tokenize (split);
  for (guint i = 0; i < all_words->len; i++)
    if (!is_filler_word (g_ptr_array_index (all_words, i)))
      g_ptr_array_add (words, g_ptr_array_index (all_words, i));

  if (words->len == 0 ||
      names_match (words, compact, sc_status_code_get_title (code)) ||
      names_match (words, compact, sc_status_code_get_english_title (code)))
    return NULL;

  /* The name spelt as the query spells it, then one with the same letters
   * and digits, qualified ("Response::HTTP_NOT_FOUND") or not, before a
   * name that merely shares the query's words. */
  for (guint pass = 0; constants != NULL && pass < 4; pass++)
    {
      guint n_entries;
      const ScConstant *entries = sc_constants_lookup (constants, sc_status_code_get_code (code), &n_entries);

      for (guint i = 0; i < n_entries; i++)
        {
          g_autofree char *name = NULL;
          g_autofree char *key = NULL;
          gboolean matches;

          if (entries[i].state == SC_CONSTANT_STATE_UNDEFINED)
            continue;
          name = sc_constant_dup_qualified_name (&entries[i]);
          key = compact_key (pass == 1 ? name : entries[i].name);
          if (pass == 0)
            matches = g_str_equal (name, clamped) || g_str_equal (entries[i].name, clamped);
          else if (pass < 3)
            matches = g_str_equal (key, compact);
          else
            matches = names_match (words, compact, entries[i].name);
          if (matches)
            /* Translators: Why a code matched a search: a library's name for it, such as “Python: HTTPStatus.NOT_FOUND”. */
            return g_strdup_printf (_("%s: %s"), entries[i].library->name, name);
        }
    }

  headers = sc_status_code_get_headers (code);
  for (guint i = 0; i < headers->len; i++)
    {
      const ScHeaderNote *header = g_ptr_array_index (headers, i);

      if (names_match (words, compact, header->name))
        /* Translators: Why a code matched a search: a header field that goes with it, such as “Header: Retry-After”. */
        return g_strdup_printf (_("Header: %s"), header->name);
    }

  former = sc_status_code_get_former (code);
  for (guint i = 0; former != NULL && former[i] != NULL; i++)
    if (names_match (words, compact, former[i]))
      return g_strdup_printf (_("formerly %s"), former[i]);

  if (names_match (words, compact, sc_status_code_get_phrase (code)))
    return g_strdup (sc_status_code_get_phrase (code));

  return NULL;
}
