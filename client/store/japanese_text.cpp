#include "japanese_text.h"

#include <sqlcipher/sqlite3.h>

#include <unicode/bytestream.h>
#include <unicode/normalizer2.h>
#include <unicode/stringpiece.h>
#include <unicode/uchar.h>
#include <unicode/utf8.h>

#include <algorithm>
#include <cstdint>
#include <cstring>
#include <limits>
#include <new>
#include <string>
#include <type_traits>
#include <utility>
#include <vector>

// SQLite's tokenizer interface (public domain, ext/fts3/fts3_tokenizer.h). The installed
// SQLCipher headers do not ship it, so it is declared here exactly as SQLite defines it (minus
// the C typedefs C++ does not need); the layout is an ABI contract with FTS3 inside libsqlcipher.
extern "C" {
struct sqlite3_tokenizer;
struct sqlite3_tokenizer_cursor;

struct sqlite3_tokenizer_module {
    int iVersion;
    int (*xCreate)(int argc, const char* const* argv, sqlite3_tokenizer** ppTokenizer);
    int (*xDestroy)(sqlite3_tokenizer* pTokenizer);
    int (*xOpen)(
        sqlite3_tokenizer* pTokenizer, const char* pInput, int nBytes, sqlite3_tokenizer_cursor** ppCursor);
    int (*xClose)(sqlite3_tokenizer_cursor* pCursor);
    int (*xNext)(sqlite3_tokenizer_cursor* pCursor, const char** ppToken, int* pnBytes, int* piStartOffset,
        int* piEndOffset, int* piPosition);
    // Only read when iVersion >= 1.
    int (*xLanguageid)(sqlite3_tokenizer_cursor* pCsr, int iLangid);
};

struct sqlite3_tokenizer {
    const sqlite3_tokenizer_module* pModule;
};

struct sqlite3_tokenizer_cursor {
    sqlite3_tokenizer* pTokenizer;
};
}

namespace yk::store {
namespace {

constexpr char kTokenizerName[] = "yk_bigram";
// fts3_tokenizer() takes and returns the module as a blob holding the pointer itself.
constexpr int kModulePointerBytes = sizeof(const void*);

// U+E000 in UTF-8. Private Use, so normaliseForSearch() removes it from documents and a user
// cannot type it into a query: only buildMatchExpression() can mark text as query text.
constexpr char kQueryMarker[] = "\xEE\x80\x80";
constexpr int kQueryMarkerBytes = 3;

constexpr char kReplacementCharacter[] = "\xEF\xBF\xBD";

// Bounds on what one typed query can cost: FTS4 loads a doclist per token and scans a term
// range per prefix term. A longer query only finds a superset of what the full one would.
constexpr std::size_t kMaxQueryTerms = 16;
constexpr int kMaxPhraseCodePoints = 64;
constexpr std::size_t kMaxQueryBytes = std::size_t { 16 } * 1024;

void setError(std::string* error, std::string message)
{
    if (error)
        *error = std::move(message);
}

// Letters (kana, kanji, Latin, the prolonged sound mark ー which is Lm), digits and other
// numbers, and combining marks make words; everything else (spaces, 「」、。・, symbols,
// Private Use) separates them.
bool isWordCodePoint(UChar32 c)
{
    if (c < 0x80)
        return (c >= '0' && c <= '9') || ((c | 0x20) >= 'a' && (c | 0x20) <= 'z');
    return (U_GET_GC_MASK(c) & (U_GC_L_MASK | U_GC_N_MASK | U_GC_M_MASK)) != 0;
}

bool isPrivateUse(UChar32 c)
{
    return (c >= 0xE000 && c <= 0xF8FF) || c >= 0xF0000;
}

// Line breaks and tabs separate words, so they become a space rather than vanishing.
bool isSpacingControl(UChar32 c)
{
    return (c >= 0x09 && c <= 0x0D) || c == 0x85;
}

bool isControl(UChar32 c)
{
    return c < 0x20 || (c >= 0x7F && c <= 0x9F);
}

// Replaces ill-formed UTF-8 and removes controls and Private Use code points before
// normalisation, so ICU only sees well-formed text and documents cannot carry the query marker.
// Returns false (leaving `out` untouched) when the input is already clean, the common case,
// which saves a copy of every document.
bool sanitise(std::string_view in, std::string& out)
{
    const char* s = in.data();
    const auto length = static_cast<int32_t>(in.size());
    int32_t i = 0;
    bool copying = false;
    while (i < length) {
        const int32_t start = i;
        UChar32 c = static_cast<unsigned char>(s[i]);
        if (c >= 0x20 && c < 0x7F) {
            ++i;
            if (copying)
                out.push_back(static_cast<char>(c));
            continue;
        }
        U8_NEXT(s, i, length, c);
        const bool keep = c >= 0 && !isControl(c) && !isPrivateUse(c);
        if (keep && !copying)
            continue;
        if (!copying) {
            copying = true;
            out.clear();
            out.reserve(in.size());
            out.append(s, static_cast<std::size_t>(start));
        }
        if (keep)
            out.append(s + start, static_cast<std::size_t>(i - start));
        else if (c < 0)
            out.append(kReplacementCharacter);
        else if (isSpacingControl(c))
            out.push_back(' ');
    }
    return copying;
}

const icu::Normalizer2* nfkcCasefold()
{
    // The instance is an immutable, thread-safe singleton owned by ICU; look it up once.
    static const icu::Normalizer2* const instance = [] {
        UErrorCode status = U_ZERO_ERROR;
        const icu::Normalizer2* normaliser = icu::Normalizer2::getNFKCCasefoldInstance(status);
        return U_SUCCESS(status) ? normaliser : nullptr;
    }();
    return instance;
}

// ---- yk_bigram tokenizer ----------------------------------------------------------------

struct BigramCursor {
    sqlite3_tokenizer_cursor base; // first member: SQLite only sees this part
    const char* input;
    int32_t length;
    int32_t offset; // next byte to decode
    bool query;
    int runLength; // word code points seen in the current run
    int32_t lastStart; // byte range of the run's last code point
    int32_t lastEnd;
    int position;
};
static_assert(std::is_standard_layout_v<BigramCursor>);

int bigramCreate(int /*argc*/, const char* const* /*argv*/, sqlite3_tokenizer** tokenizer)
{
    // Stateless: options after the tokenizer name have no meaning and are ignored.
    *tokenizer = new (std::nothrow) sqlite3_tokenizer {};
    return *tokenizer ? SQLITE_OK : SQLITE_NOMEM;
}

int bigramDestroy(sqlite3_tokenizer* tokenizer)
{
    delete tokenizer;
    return SQLITE_OK;
}

int bigramOpen(sqlite3_tokenizer* tokenizer, const char* input, int bytes, sqlite3_tokenizer_cursor** cursor)
{
    auto* c = new (std::nothrow) BigramCursor {};
    if (!c)
        return SQLITE_NOMEM;
    c->base.pTokenizer = tokenizer;
    c->input = input ? input : "";
    c->length = bytes < 0 ? static_cast<int32_t>(std::strlen(c->input)) : bytes;
    if (c->length >= kQueryMarkerBytes && std::memcmp(c->input, kQueryMarker, kQueryMarkerBytes) == 0) {
        c->query = true;
        c->offset = kQueryMarkerBytes;
    }
    *cursor = &c->base;
    return SQLITE_OK;
}

int bigramClose(sqlite3_tokenizer_cursor* cursor)
{
    delete reinterpret_cast<BigramCursor*>(cursor);
    return SQLITE_OK;
}

// Tokens are always contiguous slices of the input (two adjacent code points, or one), so they
// point into the input instead of being copied.
void emit(BigramCursor* c, int32_t start, int32_t end, const char** token, int* bytes, int* startOffset,
    int* endOffset, int* position)
{
    *token = c->input + start;
    *bytes = end - start;
    *startOffset = start;
    *endOffset = end;
    *position = c->position++;
}

int bigramNext(sqlite3_tokenizer_cursor* cursor, const char** token, int* bytes, int* startOffset,
    int* endOffset, int* position)
{
    auto* c = reinterpret_cast<BigramCursor*>(cursor);
    for (;;) {
        const bool atEnd = c->offset >= c->length;
        if (!atEnd) {
            const int32_t start = c->offset;
            UChar32 cp;
            U8_NEXT(c->input, c->offset, c->length, cp);
            if (cp >= 0 && isWordCodePoint(cp)) {
                const int32_t bigramStart = c->lastStart;
                c->lastStart = start;
                c->lastEnd = c->offset;
                if (c->runLength++ == 0)
                    continue;
                emit(c, bigramStart, c->offset, token, bytes, startOffset, endOffset, position);
                return SQLITE_OK;
            }
        }
        if (c->runLength > 0) {
            // The run ended. A lone code point is its own token. In documents the last code point
            // is also indexed alone, one position after the last bigram, so "り*" finds a run
            // ending in り; queries skip it because phrase tokens must stay adjacent.
            const bool emitLast = c->runLength == 1 || !c->query;
            c->runLength = 0;
            if (emitLast) {
                emit(c, c->lastStart, c->lastEnd, token, bytes, startOffset, endOffset, position);
                return SQLITE_OK;
            }
        }
        if (atEnd)
            return SQLITE_DONE;
    }
}

const sqlite3_tokenizer_module kBigramModule
    = { 0, bigramCreate, bigramDestroy, bigramOpen, bigramClose, bigramNext, nullptr };

bool isTokenizerRegistered(sqlite3* db, const sqlite3_tokenizer_module* module)
{
    sqlite3_stmt* statement = nullptr;
    bool registered = false;
    if (sqlite3_prepare_v2(db, "SELECT fts3_tokenizer(?1)", -1, &statement, nullptr) == SQLITE_OK) {
        sqlite3_bind_text(statement, 1, kTokenizerName, -1, SQLITE_STATIC);
        // An unknown name is an SQL error, which here simply means "not yet".
        if (sqlite3_step(statement) == SQLITE_ROW
            && sqlite3_column_bytes(statement, 0) == kModulePointerBytes) {
            const sqlite3_tokenizer_module* current = nullptr;
            std::memcpy(&current, sqlite3_column_blob(statement, 0), kModulePointerBytes);
            registered = current == module;
        }
    }
    sqlite3_finalize(statement);
    return registered;
}

} // namespace

std::string normaliseForSearch(std::string_view utf8)
{
    // ICU's UTF-8 API counts in int32_t; nothing searchable is that long, so cut rather than fail.
    // Normalisation can grow text (NFKC expands some compatibility characters), so leave headroom.
    constexpr std::size_t maxBytes = std::numeric_limits<int32_t>::max() / 32;
    utf8 = utf8.substr(0, maxBytes);

    // Reused per thread so indexing many documents does not allocate a scratch buffer each time;
    // released after an unusually large text so one import does not pin memory for good.
    constexpr std::size_t keptScratchBytes = 1 << 20;
    thread_local std::string scratch;
    const std::string_view clean = sanitise(utf8, scratch) ? std::string_view(scratch) : utf8;

    std::string result;
    const icu::Normalizer2* normaliser = nfkcCasefold();
    UErrorCode status = U_ZERO_ERROR;
    if (normaliser) {
        result.reserve(clean.size() + clean.size() / 8);
        icu::StringByteSink<std::string> sink(&result);
        normaliser->normalizeUTF8(
            0, icu::StringPiece(clean.data(), static_cast<int32_t>(clean.size())), sink, nullptr, status);
    }
    // Without ICU data the sanitised text is still safe to index, merely unfolded.
    if (!normaliser || U_FAILURE(status))
        result.assign(clean);
    if (scratch.capacity() > keptScratchBytes)
        std::string().swap(scratch);
    return result;
}

bool registerBigramTokenizer(sqlite3* db, std::string* error)
{
    if (!db) {
        setError(error, "registerBigramTokenizer: no database connection");
        return false;
    }
    // The two-argument fts3_tokenizer() accepts a raw function-table pointer from SQL, so it is
    // off by default; enable it only for this registration and put the setting back.
    int previous = 0;
    if (sqlite3_db_config(db, SQLITE_DBCONFIG_ENABLE_FTS3_TOKENIZER, -1, &previous) != SQLITE_OK
        || sqlite3_db_config(db, SQLITE_DBCONFIG_ENABLE_FTS3_TOKENIZER, 1, nullptr) != SQLITE_OK) {
        setError(error, std::string("cannot enable fts3_tokenizer(): ") + sqlite3_errmsg(db));
        return false;
    }

    const sqlite3_tokenizer_module* module = &kBigramModule;
    // SQLite 3.15.2 reports a garbled error when the same pointer is registered twice under one
    // name, so a second registration on this connection is detected and treated as success.
    bool ok = isTokenizerRegistered(db, module);
    if (!ok) {
        sqlite3_stmt* statement = nullptr;
        if (sqlite3_prepare_v2(db, "SELECT fts3_tokenizer(?1, ?2)", -1, &statement, nullptr) == SQLITE_OK) {
            sqlite3_bind_text(statement, 1, kTokenizerName, -1, SQLITE_STATIC);
            sqlite3_bind_blob(statement, 2, &module, kModulePointerBytes, SQLITE_TRANSIENT);
            ok = sqlite3_step(statement) == SQLITE_ROW;
        }
        if (!ok)
            setError(error, std::string("cannot register the yk_bigram tokenizer: ") + sqlite3_errmsg(db));
        sqlite3_finalize(statement);
    }

    sqlite3_db_config(db, SQLITE_DBCONFIG_ENABLE_FTS3_TOKENIZER, previous, nullptr);
    return ok;
}

std::vector<std::string> searchTerms(std::string_view userQuery)
{
    // Only kMaxQueryTerms runs of kMaxPhraseCodePoints are used, so the rest of a pasted essay
    // need not be normalised.
    const std::string folded = normaliseForSearch(userQuery.substr(0, kMaxQueryBytes));
    const char* s = folded.data();
    const auto length = static_cast<int32_t>(folded.size());

    std::vector<std::string> terms;
    int32_t runStart = -1;
    int32_t runEnd = 0;
    int codePoints = 0;
    for (int32_t i = 0; i <= length && terms.size() < kMaxQueryTerms;) {
        const int32_t start = i;
        bool word = false;
        if (i < length) {
            UChar32 c;
            U8_NEXT(s, i, length, c);
            word = c >= 0 && isWordCodePoint(c);
        } else {
            ++i; // one step past the end closes the last run
        }
        if (word) {
            if (runStart < 0) {
                runStart = start;
                codePoints = 0;
            }
            if (codePoints < kMaxPhraseCodePoints) {
                ++codePoints;
                runEnd = i;
            }
        } else if (runStart >= 0) {
            std::string run(s + runStart, static_cast<std::size_t>(runEnd - runStart));
            if (std::find(terms.begin(), terms.end(), run) == terms.end())
                terms.push_back(std::move(run));
            runStart = -1;
        }
    }
    return terms;
}

std::string buildMatchExpression(std::string_view userQuery)
{
    std::string expression;
    for (const std::string& run : searchTerms(userQuery)) {
        if (!expression.empty())
            expression.push_back(' ');
        const char* text = run.c_str();
        const auto bytes = static_cast<int32_t>(run.size());
        int32_t second = 0;
        U8_FWD_1(text, second, bytes);
        if (second == bytes) {
            // One code point, a prefix term: matches the bigrams starting with this character and
            // the unigram that documents index for a character ending a run.
            expression.append(run).push_back('*');
        } else {
            // A phrase the tokenizer turns into consecutive bigrams; the marker tells it not to
            // add unigrams. Runs never contain '"', so the phrase cannot be broken out of.
            expression.push_back('"');
            expression.append(kQueryMarker).append(run).push_back('"');
        }
    }
    return expression;
}

} // namespace yk::store
