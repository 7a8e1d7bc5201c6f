#pragma once
// Building blocks for offline Japanese full-text search on SQLCipher's FTS4 (SQLite 3.15.2 has
// no FTS5 and unicode61 does not segment Japanese): text folding, a bigram tokenizer, query
// construction and a ranking function.
//
// Intended use (the store owns the schema):
//   CREATE TABLE case_search(docid INTEGER PRIMARY KEY, title TEXT NOT NULL, body TEXT NOT NULL);
//   CREATE VIRTUAL TABLE case_fts USING fts4(content="case_search", title, body, tokenize=yk_bigram);
//   -- title and body inserted as normaliseForSearch(text)
//   SELECT docid FROM case_fts WHERE case_fts MATCH :expr   -- :expr = buildMatchExpression(query)
//   ORDER BY yk_rank(matchinfo(case_fts, 'pcy'), 10.0, 1.0) DESC;

#include <string>
#include <string_view>

struct sqlite3;

namespace yk::store {

/// Folds text for indexing and querying: NFKC + case folding (half-width katakana and
/// full-width Latin become their ordinary forms, "ＩＣＴ" → "ict"), drops default-ignorable and
/// Private Use Area code points and control characters (tab and line breaks become a space so
/// words stay apart), and replaces ill-formed UTF-8 with U+FFFD. Idempotent. Never throws.
std::string normaliseForSearch(std::string_view utf8);

/// Registers the FTS3/FTS4 tokenizer `yk_bigram` on this connection. It indexes runs of word
/// code points (letters, digits, marks, ー) as overlapping code point bigrams plus the run's last
/// code point as a unigram, so one-character prefix queries also find a character that only ends
/// a run. Text starting with U+E000 is query text: the marker is skipped and no unigrams are made,
/// which keeps a phrase's bigrams consecutive. Expects normaliseForSearch() output; other text is
/// tokenised as is. The connection's two-argument fts3_tokenizer() setting is restored afterwards.
/// Returns false and fills `error` (if given) on failure.
bool registerBigramTokenizer(sqlite3* db, std::string* error);

/// Turns what a user typed into an FTS4 MATCH expression for a `yk_bigram` table: each run of
/// two or more word code points becomes a bigram phrase, a lone code point becomes a prefix term,
/// and terms are ANDed. Quotes and FTS operators in the input are separators, never syntax.
/// Returns an empty string when nothing searchable remains (do not run the query then).
std::string buildMatchExpression(std::string_view userQuery);

/// Registers `yk_rank(matchinfo_blob, weight_col0, weight_col1, ...)` on this connection.
/// The blob must come from matchinfo(fts, 'pcy') (recommended: only this row's hit counts are
/// read) or matchinfo(fts, 'pcx') (same result, but computes whole-table statistics). A column
/// without a weight argument weighs 1.0. Each phrase scores weight × hits / (hits + 1) per column,
/// so more hits rank higher yet a title hit (weight 10) outranks any number of body-only hits
/// (weight 1) of the same phrase. Returns false and fills `error` (if given) on failure.
bool registerSearchFunctions(sqlite3* db, std::string* error);

} // namespace yk::store
