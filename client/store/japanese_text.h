#pragma once
// Building blocks for offline Japanese full-text search on SQLCipher's FTS4 (SQLite 3.15.2 has
// no FTS5 and unicode61 does not segment Japanese): text folding, a bigram tokenizer, query
// construction.
//
// Intended use (the store owns the schema):
//   CREATE TABLE case_search(docid INTEGER PRIMARY KEY, title TEXT NOT NULL, body TEXT NOT NULL);
//   CREATE VIRTUAL TABLE case_fts USING fts4(content="case_search", title, body, tokenize=yk_bigram);
//   -- title and body inserted as normaliseForSearch(text)
//   SELECT docid FROM case_fts WHERE case_fts MATCH :expr   -- :expr = buildMatchExpression(query)
// (the store's real schema and query order are in migrations.cpp and case_repository.cpp)

#include <string>
#include <string_view>
#include <vector>

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

/// What a user typed, folded and cut into its words: the runs of word code points, each at most
/// 64 code points, without repeats, at most 16. A text matches the query when every term is a
/// substring of its normaliseForSearch() form, which is what buildMatchExpression() asks of
/// the bigram index (a scan of a few short texts, such as summaries' titles, needs no index).
std::vector<std::string> searchTerms(std::string_view userQuery);

/// Turns what a user typed into an FTS4 MATCH expression for a `yk_bigram` table: each run of
/// two or more word code points becomes a bigram phrase, a lone code point becomes a prefix term,
/// and terms are ANDed. Quotes and FTS operators in the input are separators, never syntax.
/// Returns an empty string when nothing searchable remains (do not run the query then).
std::string buildMatchExpression(std::string_view userQuery);

} // namespace yk::store
