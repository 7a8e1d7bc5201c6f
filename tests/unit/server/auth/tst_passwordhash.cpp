// Password hashing and the small crypto helpers under it: round trips, refusals, and hashes
// that say how they were made.
#include "auth/auth_crypto.h"
#include "auth/password_hash.h"

#include <QtTest>

using namespace yk::server;

class TestPasswordHash : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void roundTrip()
    {
        const auto hash = hashPassword("correct horse battery", PasswordCost::forTests());
        QVERIFY(hash.rfind("scrypt$16$1$1$", 0) == 0);
        QVERIFY(verifyPassword("correct horse battery", hash));
        QVERIFY(!verifyPassword("correct horse batterY", hash));
        QVERIFY(!verifyPassword("", hash));
        QVERIFY(hash.find("correct") == std::string::npos);
    }

    void productionCostIsRecordedInTheHash()
    {
        // One real-cost hash: slow enough to matter, cheap enough for a test.
        const auto hash = hashPassword("長野の介護職員パスワード", PasswordCost::production());
        const auto cost = costOf(hash);
        QVERIFY(cost.has_value());
        QCOMPARE(cost->n, std::uint64_t { 1 } << 15);
        QCOMPARE(cost->r, 8u);
        QCOMPARE(cost->p, 1u);
        QVERIFY(verifyPassword("長野の介護職員パスワード", hash));
    }

    void saltMakesEveryHashDifferent()
    {
        const auto a = hashPassword("same password here", PasswordCost::forTests());
        const auto b = hashPassword("same password here", PasswordCost::forTests());
        QVERIFY(a != b);
        QVERIFY(verifyPassword("same password here", a));
        QVERIFY(verifyPassword("same password here", b));
    }

    void malformedHashesAreRefused_data()
    {
        QTest::addColumn<QString>("encoded");
        const auto good
            = QString::fromStdString(hashPassword("correct horse battery", PasswordCost::forTests()));
        QTest::newRow("empty") << QString();
        QTest::newRow("other scheme") << QString(good).replace("scrypt$", "bcrypt$");
        QTest::newRow("N not a power of two") << QString(good).replace("scrypt$16$", "scrypt$17$");
        QTest::newRow("N huge") << QString(good).replace("scrypt$16$", "scrypt$1099511627776$");
        QTest::newRow("r zero") << QString(good).replace("$16$1$1$", "$16$0$1$");
        QTest::newRow("too few parts") << good.section('$', 0, 4);
        QTest::newRow("hash truncated") << good.left(good.size() - 4);
        QTest::newRow("bad base64") << good + "!";
    }

    void malformedHashesAreRefused()
    {
        QFETCH(QString, encoded);
        QVERIFY(!verifyPassword("correct horse battery", encoded.toStdString()));
        QVERIFY(!costOf(encoded.toStdString()).has_value());
    }

    void implausibleCostMakesNoHash()
    {
        QVERIFY(hashPassword("correct horse battery", PasswordCost { 15, 8, 1 }).empty());
    }

    void characterCountCountsCharactersNotBytes()
    {
        QCOMPARE(characterCount("abcdefghij"), std::size_t { 10 });
        QCOMPARE(characterCount("あいうえおかきくけこ"), std::size_t { 10 });
        QVERIFY(characterCount("あいうえお") < kMinimumPasswordLength);
    }

    void base64UrlRoundTrip()
    {
        for (std::size_t size = 0; size < 40; ++size) {
            const auto bytes = auth_crypto::randomBytes(size);
            const auto text = auth_crypto::base64UrlEncode(bytes);
            QVERIFY(text.find_first_of("+/=") == std::string::npos);
            const auto back = auth_crypto::base64UrlDecode(text);
            QVERIFY(back.has_value());
            QCOMPARE(*back, bytes);
        }
        QVERIFY(!auth_crypto::base64UrlDecode("abc=").has_value());
        QVERIFY(!auth_crypto::base64UrlDecode("a").has_value());
        QVERIFY(!auth_crypto::base64UrlDecode("ab+/").has_value());
        // Non-zero leftover bits: a second spelling of the same bytes is refused.
        QVERIFY(auth_crypto::base64UrlDecode("AA").has_value());
        QVERIFY(!auth_crypto::base64UrlDecode("AB").has_value());
    }

    void constantTimeEqualComparesLengthAndBytes()
    {
        QVERIFY(auth_crypto::constantTimeEqual("abc", "abc"));
        QVERIFY(!auth_crypto::constantTimeEqual("abc", "abd"));
        QVERIFY(!auth_crypto::constantTimeEqual("abc", "abcd"));
    }
};

QTEST_GUILESS_MAIN(TestPasswordHash)
#include "tst_passwordhash.moc"
