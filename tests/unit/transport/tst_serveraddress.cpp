// parseServerAddress: what the transport connects to and sends as Host, from the URL given at
// enrolment; anything it cannot use safely is refused.
#include "transport/server_address.h"

#include <QtTest>

using yk::sync::parseServerAddress;

class TestServerAddress : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void usableAddresses_data()
    {
        QTest::addColumn<QString>("url");
        QTest::addColumn<bool>("tls");
        QTest::addColumn<QString>("host");
        QTest::addColumn<QString>("port");
        QTest::addColumn<bool>("ip");
        QTest::addColumn<QString>("hostHeader");
        QTest::addColumn<QString>("prefix");
        QTest::newRow("name") << "https://sync.example.jp" << true << "sync.example.jp"
                              << "443" << false << "sync.example.jp"
                              << "";
        QTest::newRow("upper case") << "HTTPS://Sync.Example.JP:8443/" << true << "sync.example.jp"
                                    << "8443" << false << "sync.example.jp:8443"
                                    << "";
        QTest::newRow("default port written") << "https://a.example:443" << true << "a.example"
                                              << "443" << false << "a.example"
                                              << "";
        QTest::newRow("leading zeros") << "https://a.example:08443" << true << "a.example"
                                       << "8443" << false << "a.example:8443"
                                       << "";
        QTest::newRow("IPv4") << "https://127.0.0.1:9443" << true << "127.0.0.1"
                              << "9443" << true << "127.0.0.1:9443"
                              << "";
        QTest::newRow("IPv6") << "https://[::1]:9443" << true << "::1"
                              << "9443" << true << "[::1]:9443"
                              << "";
        QTest::newRow("prefix") << "https://lb.example/yokoten/" << true << "lb.example"
                                << "443" << false << "lb.example"
                                << "/yokoten";
        QTest::newRow("plain http") << "http://localhost:8080" << false << "localhost"
                                    << "8080" << false << "localhost:8080"
                                    << "";
    }

    void usableAddresses()
    {
        QFETCH(QString, url);
        QFETCH(bool, tls);
        QFETCH(QString, host);
        QFETCH(QString, port);
        QFETCH(bool, ip);
        QFETCH(QString, hostHeader);
        QFETCH(QString, prefix);
        std::string error;
        const auto address = parseServerAddress(url.toStdString(), true, error);
        QVERIFY2(address.has_value(), error.c_str());
        QCOMPARE(address->tls, tls);
        QCOMPARE(QString::fromStdString(address->host), host);
        QCOMPARE(QString::fromStdString(address->port), port);
        QCOMPARE(address->hostIsIpAddress, ip);
        QCOMPARE(QString::fromStdString(address->hostHeader), hostHeader);
        QCOMPARE(QString::fromStdString(address->pathPrefix), prefix);
    }

    void unusableAddresses_data()
    {
        QTest::addColumn<QString>("url");
        QTest::newRow("empty") << "";
        QTest::newRow("no scheme") << "sync.example.jp";
        QTest::newRow("other scheme") << "ftp://sync.example.jp";
        QTest::newRow("no host") << "https://";
        QTest::newRow("port only") << "https://:443";
        QTest::newRow("empty port") << "https://a.example:";
        QTest::newRow("port zero") << "https://a.example:0";
        QTest::newRow("port too large") << "https://a.example:65536";
        QTest::newRow("port not a number") << "https://a.example:44x";
        QTest::newRow("user info") << "https://user:secret@a.example";
        QTest::newRow("bare IPv6") << "https://::1:443";
        QTest::newRow("unclosed bracket") << "https://[::1:443";
        QTest::newRow("not IPv6 in brackets") << "https://[a.example]:443";
        QTest::newRow("query") << "https://a.example/?x=1";
        QTest::newRow("fragment") << "https://a.example/#x";
        QTest::newRow("space in host") << "https://a example";
        QTest::newRow("CR LF in path") << "https://a.example/x\r\nHost: evil";
    }

    void unusableAddresses()
    {
        QFETCH(QString, url);
        std::string error;
        QVERIFY(!parseServerAddress(url.toStdString(), true, error).has_value());
        QVERIFY(!error.empty());
    }

    void plainHttpNeedsTheFlag()
    {
        std::string error;
        QVERIFY(!parseServerAddress("http://localhost:8080", false, error).has_value());
        QVERIFY(error.find("http") != std::string::npos);
    }
};

QTEST_APPLESS_MAIN(TestServerAddress)
#include "tst_serveraddress.moc"
