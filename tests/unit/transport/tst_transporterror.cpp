// Every transport error kind has its own stable code and a message for people in Japanese
// and English.
#include "transport/transport.h"

#include <QtTest>

#include <set>

using yk::sync::TransportErrorKind;

class TestTransportError : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void everyKindHasACodeAndMessages()
    {
        const TransportErrorKind kinds[] = { TransportErrorKind::InvalidAddress,
            TransportErrorKind::Unreachable, TransportErrorKind::TimedOut, TransportErrorKind::ConnectionLost,
            TransportErrorKind::CertificateUntrusted, TransportErrorKind::CertificateHostMismatch,
            TransportErrorKind::CertificateTimeInvalid, TransportErrorKind::CertificateChanged,
            TransportErrorKind::TlsFailure, TransportErrorKind::Cancelled };
        std::set<std::string_view> codes;
        std::set<std::string_view> japanese;
        std::set<std::string_view> english;
        for (const auto kind : kinds) {
            const auto code = yk::sync::transportErrorCode(kind);
            QVERIFY(!code.empty());
            QVERIFY(code != "unknown");
            for (const char c : code)
                QVERIFY((c >= 'a' && c <= 'z') || c == '_');
            codes.insert(code);
            const auto ja = yk::sync::transportErrorMessageJa(kind);
            // Japanese text is multi-byte UTF-8.
            QVERIFY(std::any_of(
                ja.begin(), ja.end(), [](char c) { return static_cast<unsigned char>(c) >= 0x80; }));
            japanese.insert(ja);
            english.insert(yk::sync::transportErrorMessageEn(kind));
        }
        QCOMPARE(codes.size(), std::size(kinds));
        QCOMPARE(japanese.size(), std::size(kinds));
        QCOMPARE(english.size(), std::size(kinds));
        QCOMPARE(yk::sync::transportErrorCode(TransportErrorKind::CertificateUntrusted),
            std::string_view("certificate_untrusted"));
    }

    void theClockIsNamedWhenACertificateIsOutOfDate()
    {
        // The usual cause on a tablet is its own clock, not the server.
        QVERIFY(yk::sync::transportErrorMessageEn(TransportErrorKind::CertificateTimeInvalid).find("date")
            != std::string_view::npos);
        QVERIFY(yk::sync::transportErrorMessageJa(TransportErrorKind::CertificateTimeInvalid).find("時刻")
            != std::string_view::npos);
    }

    void responseHeadersAreFoundByLowerCaseName()
    {
        yk::sync::HttpResponse response;
        response.headers = { { "content-type", "application/x-protobuf" }, { "x-a", "1" }, { "x-a", "2" } };
        QCOMPARE(response.header("x-a"), std::string("1"));
        QCOMPARE(response.header("content-type"), std::string("application/x-protobuf"));
        QCOMPARE(response.header("missing"), std::string());
    }
};

QTEST_APPLESS_MAIN(TestTransportError)
#include "tst_transporterror.moc"
