// Japanese full-text search building blocks: folding, the yk_bigram FTS4 tokenizer and MATCH
// expressions built from what users type, against a real in-memory SQLCipher database with an
// external-content FTS4 table. The store's own tables and result order are tested in
// tst_caserepository.
#include "store/japanese_text.h"

#include <sqlcipher/sqlite3.h>

#include <QList>
#include <QSet>
#include <QString>
#include <QStringList>
#include <QTest>

#include <memory>
#include <string>

using namespace yk::store;

namespace {

struct Document {
    qint64 docid;
    const char* title;
    const char* body;
};

// Written as people type them: half-width katakana, full-width Latin, mixed punctuation.
const QList<Document> kCorpus = {
    { 1, "見守りセンサーの導入", "夜間の見守りセンサーで転倒を防ぐ。" },
    { 2, "ｲﾝｶﾑで連携", "スタッフ間の連絡にインカムを使用。" },
    { 3, "ＩＣＴ活用事例", "記録をタブレットで共有する。" },
    { 4, "夜の巡回", "勤務表を整えた。" },
    { 5, "夜勤の負担軽減", "夜間の人員配置を工夫。" },
    { 6, "おしゃべり", "毎日の会話。" },
    { 7, "見守りカメラの設置", "日中の様子を確認。" },
};

struct DatabaseCloser {
    void operator()(sqlite3* db) const { sqlite3_close(db); }
};
using Database = std::unique_ptr<sqlite3, DatabaseCloser>;

struct StatementFinalizer {
    void operator()(sqlite3_stmt* statement) const { sqlite3_finalize(statement); }
};
using Statement = std::unique_ptr<sqlite3_stmt, StatementFinalizer>;

QByteArray bytes(const std::string& s)
{
    return QByteArray::fromStdString(s);
}

bool exec(sqlite3* db, const char* sql, QString* error)
{
    char* message = nullptr;
    if (sqlite3_exec(db, sql, nullptr, nullptr, &message) == SQLITE_OK)
        return true;
    *error = QString::fromUtf8(message ? message : sqlite3_errmsg(db));
    sqlite3_free(message);
    return false;
}

Statement prepare(sqlite3* db, const char* sql, QString* error)
{
    sqlite3_stmt* statement = nullptr;
    if (sqlite3_prepare_v2(db, sql, -1, &statement, nullptr) != SQLITE_OK)
        *error = QString::fromUtf8(sqlite3_errmsg(db));
    return Statement(statement);
}

// The store's schema, with documents inserted the way the store will: normalised.
Database openSearchDatabase(const QList<Document>& documents, QString* error)
{
    sqlite3* raw = nullptr;
    if (sqlite3_open(":memory:", &raw) != SQLITE_OK) {
        *error = QStringLiteral("cannot open :memory:");
        sqlite3_close(raw);
        return {};
    }
    Database db(raw);
    std::string registrationError;
    if (!registerBigramTokenizer(db.get(), &registrationError)) {
        *error = QString::fromStdString(registrationError);
        return {};
    }
    if (!exec(db.get(),
            "CREATE TABLE case_search(docid INTEGER PRIMARY KEY, title TEXT NOT NULL, body TEXT NOT NULL);"
            "CREATE VIRTUAL TABLE case_fts USING fts4(content=\"case_search\", title, body, "
            "tokenize=yk_bigram);",
            error))
        return {};
    Statement insert
        = prepare(db.get(), "INSERT INTO case_search(docid, title, body) VALUES(?1, ?2, ?3)", error);
    if (!insert)
        return {};
    for (const Document& document : documents) {
        const std::string title = normaliseForSearch(document.title);
        const std::string body = normaliseForSearch(document.body);
        sqlite3_bind_int64(insert.get(), 1, document.docid);
        sqlite3_bind_text(insert.get(), 2, title.data(), static_cast<int>(title.size()), SQLITE_TRANSIENT);
        sqlite3_bind_text(insert.get(), 3, body.data(), static_cast<int>(body.size()), SQLITE_TRANSIENT);
        if (sqlite3_step(insert.get()) != SQLITE_DONE) {
            *error = QString::fromUtf8(sqlite3_errmsg(db.get()));
            return {};
        }
        sqlite3_reset(insert.get());
    }
    if (!exec(db.get(), "INSERT INTO case_fts(case_fts) VALUES('rebuild')", error))
        return {};
    return db;
}

// Runs a user's query against the index, in docid order. Returns false on any SQLite error
// (a hostile query must never cause one).
bool search(sqlite3* db, const QByteArray& userQuery, QList<qint64>* docids, QString* error)
{
    docids->clear();
    const std::string expression = buildMatchExpression(userQuery.toStdString());
    if (expression.empty())
        return true;
    Statement statement
        = prepare(db, "SELECT docid FROM case_fts WHERE case_fts MATCH ?1 ORDER BY docid", error);
    if (!statement)
        return false;
    sqlite3_bind_text(
        statement.get(), 1, expression.data(), static_cast<int>(expression.size()), SQLITE_STATIC);
    int rc;
    while ((rc = sqlite3_step(statement.get())) == SQLITE_ROW)
        docids->append(sqlite3_column_int64(statement.get(), 0));
    if (rc != SQLITE_DONE) {
        *error = QString::fromUtf8(sqlite3_errmsg(db)) + QStringLiteral(" for MATCH ")
            + QString::fromStdString(expression);
        return false;
    }
    return true;
}

QList<qint64> sorted(QList<qint64> list)
{
    std::sort(list.begin(), list.end());
    return list;
}

bool isWordCharacter(QChar c)
{
    return c.isLetterOrNumber() || c.isMark();
}

} // namespace

class JapaneseTextTest : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void normalise_data();
    void normalise();
    void normaliseArbitraryBytes();
    void tokenize_data();
    void tokenize();
    void registrationRestoresTokenizerSetting();
    void registrationWithoutDatabaseFails();
    void matchExpression_data();
    void matchExpression();
    void search_data();
    void search();
    void searchEqualsSubstringSearch();
};

void JapaneseTextTest::normalise_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<QByteArray>("expected");

    QTest::newRow("half-width katakana") << QByteArray("ｲﾝｶﾑ") << QByteArray("インカム");
    QTest::newRow("half-width voiced") << QByteArray("ｶﾞｲﾄﾞ") << QByteArray("ガイド");
    QTest::newRow("full-width latin") << QByteArray("ＩＣＴ") << QByteArray("ict");
    QTest::newRow("full case folding") << QByteArray("Straße") << QByteArray("strasse");
    QTest::newRow("circled digit") << QByteArray("①") << QByteArray("1");
    QTest::newRow("parenthesised ideograph") << QByteArray("㈱") << QByteArray("(株)");
    QTest::newRow("prolonged sound mark kept") << QByteArray("センサー") << QByteArray("センサー");
    QTest::newRow("ideographic space") << QByteArray("見守り　夜間") << QByteArray("見守り 夜間");
    // Octal escapes: a hex escape would swallow the letter after it.
    QTest::newRow("controls dropped") << QByteArray("a\001b\177c\302\237") << QByteArray("abc");
    QTest::newRow("line breaks keep words apart")
        << QByteArray("a\tb\r\nc\302\205d") << QByteArray("a b  c d");
    QTest::newRow("private use dropped")
        << QByteArray("見\xee\x80\x80守\xf3\xb0\x80\x80り") << QByteArray("見守り");
    QTest::newRow("zero width space dropped") << QByteArray("見\xe2\x80\x8b守り") << QByteArray("見守り");
    QTest::newRow("invalid byte") << QByteArray("a\377b") << QByteArray("a\357\277\275b");
    QTest::newRow("truncated sequence") << QByteArray("見\xe3\x81") << QByteArray("見\xef\xbf\xbd");
    QTest::newRow("encoded surrogate")
        << QByteArray("\xed\xa0\x80") << QByteArray("\xef\xbf\xbd\xef\xbf\xbd\xef\xbf\xbd");
    QTest::newRow("empty") << QByteArray() << QByteArray();
}

void JapaneseTextTest::normalise()
{
    QFETCH(QByteArray, input);
    QFETCH(QByteArray, expected);

    const std::string once = normaliseForSearch(input.toStdString());
    QCOMPARE(bytes(once), expected);
    QCOMPARE(bytes(normaliseForSearch(once)), expected);
}

// Whatever bytes arrive (imported files, corrupted sync payloads), the result is well-formed
// UTF-8 without controls or Private Use code points, and folding it again changes nothing.
void JapaneseTextTest::normaliseArbitraryBytes()
{
    quint32 state = 12345;
    const auto next = [&state] { return state = state * 1103515245U + 12345U; };
    const QByteArray alphabet = QByteArray("ｲﾝｶﾑＩＣＴ見守り\xee\x80\x80\t\n\"*-:^ ")
        + QByteArray("\xff\xc3\xe3\x81\x80\xed\xa0\x00", 8);
    for (int round = 0; round < 2000; ++round) {
        QByteArray input;
        const int length = int(next() >> 24) % 40;
        for (int i = 0; i < length; ++i)
            input.append(alphabet.at(int(next() >> 16) % alphabet.size()));
        const std::string once = normaliseForSearch(input.toStdString());
        const QByteArray folded = bytes(once);
        QCOMPARE(QString::fromUtf8(folded).toUtf8(), folded);
        for (const QChar c : QString::fromUtf8(folded)) {
            QVERIFY2(c.category() != QChar::Other_Control, folded.toHex().constData());
            QVERIFY2(c.category() != QChar::Other_PrivateUse, folded.toHex().constData());
        }
        QCOMPARE(bytes(normaliseForSearch(once)), folded);
    }
}

void JapaneseTextTest::tokenize_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<QStringList>("expected");

    const QByteArray marker("\xee\x80\x80");
    QTest::newRow("bigrams plus trailing unigram") << QByteArray(
        "見守りセンサー") << QStringList { "見守", "守り", "りセ", "セン", "ンサ", "サー", "ー" };
    QTest::newRow("single character") << QByteArray("見") << QStringList { "見" };
    QTest::newRow("punctuation splits runs")
        << QByteArray("「見守り」、夜間。") << QStringList { "見守", "守り", "り", "夜間", "間" };
    QTest::newRow("nakaguro splits runs") << QByteArray("夜・勤") << QStringList { "夜", "勤" };
    QTest::newRow("latin and kanji") << QByteArray("ict活用")
                                     << QStringList { "ic", "ct", "t活", "活用", "用" };
    QTest::newRow("spaces") << QByteArray("a bc") << QStringList { "a", "bc", "c" };
    QTest::newRow("query text: no unigrams") << marker + "見守り" << QStringList { "見守", "守り" };
    QTest::newRow("query single character") << marker + "見 夜間" << QStringList { "見", "夜間" };
    QTest::newRow("marker only counts at the start")
        << QByteArray("見") + marker + "守り" << QStringList { "見", "守り", "り" };
    QTest::newRow("combining mark stays in the run")
        << QByteArray("カ\xe3\x82\x99") << QStringList { "カ\xe3\x82\x99", "\xe3\x82\x99" };
    QTest::newRow("invalid bytes separate") << QByteArray("\xff見守\xe3\x81") << QStringList { "見守", "守" };
    QTest::newRow("only punctuation") << QByteArray("「」・。！？") << QStringList {};
    QTest::newRow("empty") << QByteArray() << QStringList {};
}

// Through SQLite's own fts3tokenize table, so the registered module is what is exercised.
void JapaneseTextTest::tokenize()
{
    QFETCH(QByteArray, input);
    QFETCH(QStringList, expected);

    QString error;
    const Database db = openSearchDatabase({}, &error);
    QVERIFY2(db, qPrintable(error));
    QVERIFY2(
        exec(db.get(), "CREATE VIRTUAL TABLE tok USING fts3tokenize(yk_bigram)", &error), qPrintable(error));
    const Statement statement
        = prepare(db.get(), "SELECT token, start, \"end\", position FROM tok WHERE input = ?1", &error);
    QVERIFY2(statement, qPrintable(error));
    sqlite3_bind_text(statement.get(), 1, input.constData(), int(input.size()), SQLITE_STATIC);

    QStringList tokens;
    int expectedPosition = 0;
    int rc;
    while ((rc = sqlite3_step(statement.get())) == SQLITE_ROW) {
        const QByteArray token(static_cast<const char*>(sqlite3_column_blob(statement.get(), 0)),
            sqlite3_column_bytes(statement.get(), 0));
        const int start = sqlite3_column_int(statement.get(), 1);
        const int end = sqlite3_column_int(statement.get(), 2);
        QVERIFY(start >= 0);
        QVERIFY(start < end);
        QVERIFY(end <= input.size());
        QCOMPARE(input.mid(start, end - start), token);
        QCOMPARE(sqlite3_column_int(statement.get(), 3), expectedPosition++);
        tokens.append(QString::fromUtf8(token));
    }
    QCOMPARE(rc, SQLITE_DONE);
    QCOMPARE(tokens, expected);
}

// Two-argument fts3_tokenizer() accepts a function-table pointer from SQL; registration must not
// leave it switched on.
void JapaneseTextTest::registrationRestoresTokenizerSetting()
{
    sqlite3* raw = nullptr;
    QCOMPARE(sqlite3_open(":memory:", &raw), SQLITE_OK);
    const Database db(raw);
    int before = -1;
    sqlite3_db_config(db.get(), SQLITE_DBCONFIG_ENABLE_FTS3_TOKENIZER, -1, &before);

    std::string error;
    QVERIFY2(registerBigramTokenizer(db.get(), &error), error.c_str());
    QVERIFY2(registerBigramTokenizer(db.get(), &error), error.c_str());

    int after = -1;
    sqlite3_db_config(db.get(), SQLITE_DBCONFIG_ENABLE_FTS3_TOKENIZER, -1, &after);
    QCOMPARE(after, before);
    QString sqlError;
    QVERIFY2(exec(db.get(), "CREATE VIRTUAL TABLE t USING fts4(x, tokenize=yk_bigram)", &sqlError),
        qPrintable(sqlError));
}

void JapaneseTextTest::registrationWithoutDatabaseFails()
{
    std::string error;
    QVERIFY(!registerBigramTokenizer(nullptr, &error));
    QVERIFY(!error.empty());
}

void JapaneseTextTest::matchExpression_data()
{
    QTest::addColumn<QByteArray>("query");
    QTest::addColumn<QByteArray>("expected");

    const QByteArray m("\xee\x80\x80");
    QTest::newRow("phrase") << QByteArray("見守り") << "\"" + m + "見守り\"";
    QTest::newRow("single character is a prefix term") << QByteArray("見") << QByteArray("見*");
    QTest::newRow("terms are ANDed") << QByteArray("見守り　夜間 り")
                                     << "\"" + m + "見守り\" \"" + m + "夜間\" り*";
    QTest::newRow("folded") << QByteArray("ＩＣＴ") << "\"" + m + "ict\"";
    QTest::newRow("operators become separators")
        << QByteArray("-見守り* OR \"a\"b ^c:d") << "\"" + m + "見守り\" \"" + m + "or\" a* b* c* d*";
    QTest::newRow("duplicates dropped") << QByteArray("見守り、見守り") << "\"" + m + "見守り\"";
    QTest::newRow("typed marker is stripped") << m + "見" << QByteArray("見*");
    QTest::newRow("empty") << QByteArray() << QByteArray();
    QTest::newRow("only punctuation") << QByteArray("「」、。・\"*-:^()") << QByteArray();
    QTest::newRow("only invalid bytes") << QByteArray("\xff\xfe") << QByteArray();
}

void JapaneseTextTest::matchExpression()
{
    QFETCH(QByteArray, query);
    QFETCH(QByteArray, expected);

    QCOMPARE(bytes(buildMatchExpression(query.toStdString())), expected);
}

void JapaneseTextTest::search_data()
{
    QTest::addColumn<QByteArray>("query");
    QTest::addColumn<bool>("checkResult");
    QTest::addColumn<QList<qint64>>("expected");

    const auto row = [](const char* name, const QByteArray& query, const QList<qint64>& expected) {
        QTest::newRow(name) << query << true << expected;
    };
    row("word inside a longer run", "見守り", { 1, 7 });
    row("half-width query, full-width document", "ｲﾝｶﾑ", { 2 });
    row("full-width query, half-width document", "インカム", { 2 });
    row("full-width latin", "ＩＣＴ", { 3 });
    row("latin and kanji", "ICT活用", { 3 });
    row("one character", "見", { 1, 7 });
    row("one character ending a run", "り", { 1, 6, 7 });
    row("one character only ending a run", "認", { 7 });
    row("characters apart do not match", "夜勤", { 5 });
    row("one character everywhere", "夜", { 1, 4, 5 });
    row("two terms are ANDed", "見守り 夜間", { 1 });
    row("ideographic space and brackets", "「見守り」・夜間。", { 1 });
    row("no match", "インカム 夜勤", {});

    // Typed operators must neither fail nor change the meaning.
    row("quote", "\"", {});
    row("star", "*", {});
    row("minus", "-", {});
    row("empty", "", {});
    row("only punctuation", "、。・「」！？()", {});
    row("OR is a word", "見守り OR 夜勤", {});
    row("NEAR is a word", "見守り NEAR 夜間", {});
    row("quote inside a word", "a\"b", {});
    row("leading minus is not NOT", "-夜間 見守り", { 1 });
    row("unbalanced quote", "\"見守り", { 1, 7 });
    row("trailing star", "見守り*", { 1, 7 });
    row("caret", "^見守り", { 1, 7 });
    row("column filter is not one", "body:インカム", {});
    row("invalid bytes", "見守り\xff\xfe", { 1, 7 });
    row("truncated sequence", "\xe3\x81", {});
    row("1000 characters, repeated term", QString("見守り、").repeated(250).toUtf8(), { 1, 7 });
    row("1000 characters, one run", QString("見守り").repeated(334).left(1000).toUtf8(), {});

    // 1000 code points mixing every operator with words: any result, but never an error.
    quint32 state = 7;
    const QStringList pieces { "\"", "*", "-", "OR", "NEAR", "NEAR/2", ":", "^", "(", ")", "AND", "NOT", " ",
        "見", "守", "り", "a", "ｲ", "\xef\xbc\x82" /* full-width quote */ };
    QString mixed;
    while (mixed.size() < 1000) {
        state = state * 1103515245U + 12345U;
        mixed += pieces.at(int(state >> 16) % pieces.size());
    }
    QTest::newRow("1000 characters of operators") << mixed.left(1000).toUtf8() << false << QList<qint64> {};
}

void JapaneseTextTest::search()
{
    QFETCH(QByteArray, query);
    QFETCH(bool, checkResult);
    QFETCH(QList<qint64>, expected);

    QString error;
    const Database db = openSearchDatabase(kCorpus, &error);
    QVERIFY2(db, qPrintable(error));
    QList<qint64> docids;
    QVERIFY2(::search(db.get(), query, &docids, &error), qPrintable(error));
    if (checkResult)
        QCOMPARE(sorted(docids), expected);
}

// Bigram phrases must find exactly the documents containing the text, no more and no fewer:
// every substring of up to four characters of the corpus, compared with plain substring search.
void JapaneseTextTest::searchEqualsSubstringSearch()
{
    QString error;
    const Database db = openSearchDatabase(kCorpus, &error);
    QVERIFY2(db, qPrintable(error));

    QList<QPair<QString, QString>> folded;
    QSet<QString> queries;
    for (const Document& document : kCorpus) {
        const QString title = QString::fromStdString(normaliseForSearch(document.title));
        const QString body = QString::fromStdString(normaliseForSearch(document.body));
        folded.append({ title, body });
        for (const QString& text : { title, body }) {
            for (qsizetype start = 0; start < text.size(); ++start) {
                for (qsizetype length = 1; length <= 4 && start + length <= text.size(); ++length) {
                    if (!isWordCharacter(text.at(start + length - 1)) || !isWordCharacter(text.at(start)))
                        break;
                    queries.insert(text.mid(start, length));
                }
            }
        }
    }
    QVERIFY(queries.size() > 100);

    for (const QString& query : queries) {
        QList<qint64> expected;
        for (qsizetype i = 0; i < kCorpus.size(); ++i) {
            if (folded.at(i).first.contains(query) || folded.at(i).second.contains(query))
                expected.append(kCorpus.at(i).docid);
        }
        QList<qint64> docids;
        QVERIFY2(::search(db.get(), query.toUtf8(), &docids, &error), qPrintable(error));
        QVERIFY2(sorted(docids) == expected, qPrintable(query));
    }
}

QTEST_GUILESS_MAIN(JapaneseTextTest)
#include "tst_japanesetext.moc"
