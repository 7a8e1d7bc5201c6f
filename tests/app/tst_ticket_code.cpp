// The ticket QR text: what the ticket screen writes, the door reads back byte for byte, and
// its encoding agrees with an independent base64url (Qt's).
#include "app/ticket_code.h"

#include <QByteArray>
#include <QTest>

using yk::app::TicketCode;
using yokoten::v1::Ticket;

namespace {

std::string bytesOf(int size, int seed)
{
    std::string bytes(static_cast<std::size_t>(size), '\0');
    for (int i = 0; i < size; ++i)
        bytes[static_cast<std::size_t>(i)] = static_cast<char>((i * 37 + seed * 11) & 0xff);
    return bytes;
}

Ticket ticketOf(int payloadSize, int seed)
{
    Ticket ticket;
    ticket.set_payload(bytesOf(payloadSize, seed));
    ticket.set_signature(bytesOf(64, seed + 1));
    return ticket;
}

QString qtBase64Url(const std::string& bytes)
{
    return QString::fromLatin1(QByteArray::fromStdString(bytes).toBase64(
        QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

} // namespace

class TestTicketCode : public QObject {
    Q_OBJECT
private Q_SLOTS:
    // Every padding case (size mod 3) and the largest payload a ticket may have.
    void roundTrip_data()
    {
        QTest::addColumn<int>("payloadSize");
        for (int size : { 1, 2, 3, 4, 5, 95, 96, 97, 2048 })
            QTest::addRow("%d bytes", size) << size;
    }

    void roundTrip()
    {
        QFETCH(int, payloadSize);
        const Ticket ticket = ticketOf(payloadSize, payloadSize);
        const std::string text = TicketCode::format(ticket);
        QCOMPARE(QString::fromStdString(text),
            QStringLiteral("YK1.") + qtBase64Url(ticket.payload()) + QLatin1Char('.')
                + qtBase64Url(ticket.signature()));
        Ticket back;
        std::string detail;
        QVERIFY2(TicketCode::parse(text, back, detail), detail.c_str());
        QCOMPARE(back.payload(), ticket.payload());
        QCOMPARE(back.signature(), ticket.signature());
    }

    // What a paste or a scanner does to the text is forgiven.
    void toleratesWhitespaceAndTheMissingPrefix_data()
    {
        QTest::addColumn<QString>("mangled");
        const QString text = QString::fromStdString(TicketCode::format(ticketOf(40, 7)));
        QTest::newRow("as written") << text;
        QTest::newRow("line breaks") << text.left(10) + "\n" + text.mid(10, 20) + "\r\n " + text.mid(30);
        QTest::newRow("lower-case prefix") << QStringLiteral("yk1.") + text.mid(4);
        QTest::newRow("no prefix") << text.mid(4);
    }

    void toleratesWhitespaceAndTheMissingPrefix()
    {
        QFETCH(QString, mangled);
        Ticket back;
        std::string detail;
        QVERIFY2(TicketCode::parse(mangled.toStdString(), back, detail), detail.c_str());
        QCOMPARE(back.payload(), ticketOf(40, 7).payload());
    }

    void refusesWhatIsNotATicket_data()
    {
        QTest::addColumn<QString>("text");
        const QString good = QString::fromStdString(TicketCode::format(ticketOf(40, 3)));
        const QString payload = good.mid(4, good.indexOf(QLatin1Char('.'), 4) - 4);
        QTest::newRow("empty") << QString();
        QTest::newRow("no dot") << QStringLiteral("YK1.abcdef");
        QTest::newRow("three parts") << good + QStringLiteral(".AAAA");
        QTest::newRow("not base64url") << QStringLiteral("YK1.ab+c.") + good.mid(good.lastIndexOf('.') + 1);
        QTest::newRow("short signature") << QStringLiteral("YK1.") + payload + QStringLiteral(".AAAA");
        QTest::newRow("huge payload") << QString::fromStdString(TicketCode::format(ticketOf(2049, 1)));
    }

    void refusesWhatIsNotATicket()
    {
        QFETCH(QString, text);
        Ticket back;
        std::string detail;
        QVERIFY(!TicketCode::parse(text.toStdString(), back, detail));
        QVERIFY(!detail.empty());
    }
};

QTEST_GUILESS_MAIN(TestTicketCode)
#include "tst_ticket_code.moc"
