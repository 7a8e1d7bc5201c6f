#include "demo_store_fixture.h"

#include "app/certificate_controller.h"
#include "app/certificate_writer.h"

#include "store/record_repository.h"
#include "store/store.h"
#include "yokoten/v1/organisation.pb.h"
#include "yokoten/v1/seminar.pb.h"

#include <QDir>
#include <QFile>
#include <QPainter>
#include <QSignalSpy>
#include <QTemporaryDir>

using namespace yk::app;
using namespace yokoten::v1;

namespace {

constexpr const char* kAttended = "reg-attended";
constexpr const char* kNoCheckIn = "reg-no-check-in";
constexpr const char* kPendingCheckIn = "reg-pending-check-in";
constexpr const char* kDuplicateOnly = "reg-duplicate-only";
constexpr const char* kWaitlisted = "reg-waitlisted";
constexpr const char* kNotEnded = "reg-not-ended";
constexpr const char* kNoCertificate = "reg-no-certificate";
constexpr const char* kMissing = "reg-missing";

} // namespace

class TestCertificateWriter : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void refusals_data();
    void refusals();
    void contentWhenAllowed();
    void numberIsStable();
    void paintsTheTextOnAPage();
    void controllerWritesPdf();
    void controllerRefusesWithReason();

private:
    std::unique_ptr<test::DemoStore> m_demo;
    qint64 m_now = 0;
};

void TestCertificateWriter::initTestCase()
{
    m_demo = std::make_unique<test::DemoStore>();
    QVERIFY(m_demo->open());
    m_now = QDateTime::currentSecsSinceEpoch();
    const qint64 now = m_now;
    m_demo->onEngine([now](DeviceContext& context) {
        auto& records = context.store->records();
        Organisation centre;
        centre.set_id("org-centre");
        centre.set_server_version(1);
        centre.set_name("長野県介護生産性向上総合相談センター");
        centre.set_prefecture_code(20);
        QVERIFY(records.put(centre));
        const auto seminar = [&](const char* id, bool certificate) {
            Seminar s;
            s.set_id(id);
            s.set_server_version(1);
            s.set_organiser_org_id("org-centre");
            s.set_prefecture_code(20);
            s.set_title("介護テクノロジー活用研修");
            s.set_issues_certificate(certificate);
            QVERIFY(records.put(s));
        };
        seminar("sem-cert", true);
        seminar("sem-none", false);
        const auto session = [&](const char* id, const char* seminarId, qint64 startOffset) {
            SeminarSession s;
            s.set_id(id);
            s.set_server_version(1);
            s.set_seminar_id(seminarId);
            s.mutable_starts_at()->set_seconds(now + startOffset);
            s.mutable_ends_at()->set_seconds(now + startOffset + 2 * 3600);
            s.set_venue_name("松本市勤労者福祉センター");
            s.set_capacity(60);
            QVERIFY(records.put(s));
        };
        session("ses-past", "sem-cert", -5 * 3600);
        session("ses-running", "sem-cert", -3600); // started an hour ago, ends in an hour
        session("ses-past-none", "sem-none", -5 * 3600);
        const auto registration = [&](const char* id, const char* sessionId, RegistrationStatus status) {
            Registration r;
            r.set_id(id);
            r.set_server_version(1);
            r.set_session_id(sessionId);
            r.set_attendee_name("山田 花子");
            r.set_attendee_organisation("特別養護老人ホーム さくら苑");
            r.set_status(status);
            QVERIFY(records.put(r));
        };
        registration(kAttended, "ses-past", REGISTRATION_STATUS_CONFIRMED);
        registration(kNoCheckIn, "ses-past", REGISTRATION_STATUS_CONFIRMED);
        registration(kPendingCheckIn, "ses-past", REGISTRATION_STATUS_CONFIRMED);
        registration(kDuplicateOnly, "ses-past", REGISTRATION_STATUS_CONFIRMED);
        registration(kWaitlisted, "ses-past", REGISTRATION_STATUS_WAITLISTED);
        registration(kNotEnded, "ses-running", REGISTRATION_STATUS_CONFIRMED);
        registration(kNoCertificate, "ses-past-none", REGISTRATION_STATUS_CONFIRMED);
        int n = 0;
        const auto checkIn = [&](const char* registrationId, const char* sessionId, CheckInResult result) {
            CheckIn c;
            c.set_id("chk-" + std::to_string(++n));
            c.set_server_version(1);
            c.set_nonce("nonce-" + std::to_string(n));
            c.set_registration_id(registrationId);
            c.set_session_id(sessionId);
            c.set_result(result);
            QVERIFY(records.put(c));
        };
        checkIn(kAttended, "ses-past", CHECK_IN_RESULT_ACCEPTED);
        checkIn(kPendingCheckIn, "ses-past", CHECK_IN_RESULT_UNSPECIFIED); // not yet sent
        checkIn(kDuplicateOnly, "ses-past", CHECK_IN_RESULT_DUPLICATE);
        for (const char* id : { kWaitlisted, kNotEnded, kNoCertificate })
            checkIn(id, "ses-past", CHECK_IN_RESULT_ACCEPTED);
    });
}

void TestCertificateWriter::refusals_data()
{
    QTest::addColumn<QString>("registrationId");
    QTest::addColumn<QString>("reasonEn");
    QTest::newRow("no check-in") << kNoCheckIn << "no record of your check-in";
    QTest::newRow("check-in not yet confirmed by the server")
        << kPendingCheckIn << "no record of your check-in";
    QTest::newRow("only a duplicate check-in") << kDuplicateOnly << "no record of your check-in";
    QTest::newRow("not confirmed") << kWaitlisted << "confirmed registration";
    QTest::newRow("session not ended") << kNotEnded << "once the session has ended";
    QTest::newRow("seminar issues none") << kNoCertificate << "does not issue certificates";
    QTest::newRow("unknown registration") << kMissing << "not on this device";
}

void TestCertificateWriter::refusals()
{
    QFETCH(QString, registrationId);
    QFETCH(QString, reasonEn);
    CertificateCheck check;
    const QDateTime now = QDateTime::fromSecsSinceEpoch(m_now);
    m_demo->onEngine([&](DeviceContext& context) {
        check = CertificateWriter::check(*context.store, registrationId.toStdString(), now);
    });
    QVERIFY(!check.content.has_value());
    QVERIFY2(check.reasonEn.contains(reasonEn), qPrintable(check.reasonEn));
    QVERIFY(!check.reasonJa.isEmpty());
    QVERIFY(check.reasonJa != check.reasonEn);
}

void TestCertificateWriter::contentWhenAllowed()
{
    CertificateCheck check;
    const QDateTime now = QDateTime::fromSecsSinceEpoch(m_now);
    m_demo->onEngine(
        [&](DeviceContext& context) { check = CertificateWriter::check(*context.store, kAttended, now); });
    QVERIFY(check.content.has_value());
    QCOMPARE(check.content->attendeeName, QStringLiteral("山田 花子"));
    QCOMPARE(check.content->seminarTitle, QStringLiteral("介護テクノロジー活用研修"));
    QCOMPARE(check.content->organiser, QStringLiteral("長野県介護生産性向上総合相談センター"));
    QCOMPARE(check.content->venue, QStringLiteral("松本市勤労者福祉センター"));
    QCOMPARE(check.content->startsAt.toSecsSinceEpoch(), m_now - 5 * 3600);
    QVERIFY(check.content->number.startsWith(QStringLiteral("YK-")));
    // The same registration at another time of "now" before the end is still refused.
    m_demo->onEngine([&](DeviceContext& context) {
        check = CertificateWriter::check(*context.store, kAttended, now.addSecs(-4 * 3600));
    });
    QVERIFY(!check.content.has_value());
}

void TestCertificateWriter::numberIsStable()
{
    const QDate day(2026, 8, 29);
    const QString a = CertificateWriter::certificateNumber("reg-1", day);
    QCOMPARE(a, CertificateWriter::certificateNumber("reg-1", day));
    QVERIFY(a != CertificateWriter::certificateNumber("reg-2", day));
    QVERIFY(a.startsWith(QStringLiteral("YK-20260829-")));
    QCOMPARE(a.size(), 20);
}

void TestCertificateWriter::paintsTheTextOnAPage()
{
    CertificateContent c;
    c.number = CertificateWriter::certificateNumber("reg-1", QDate(2026, 8, 29));
    c.attendeeName = QStringLiteral("山田 花子");
    c.attendeeOrganisation = QStringLiteral("特別養護老人ホーム さくら苑");
    c.seminarTitle = QStringLiteral("介護テクノロジー活用研修");
    c.startsAt = QDateTime(QDate(2026, 8, 29), QTime(4, 30), Qt::UTC); // 13:30 in Japan
    c.endsAt = c.startsAt.addSecs(2 * 3600);
    c.venue = QStringLiteral("松本市勤労者福祉センター");
    c.organiser = QStringLiteral("長野県介護生産性向上総合相談センター");
    c.issuedOn = QDate(2026, 9, 1);
    // A4 at 100 dpi, as a preview would draw it.
    QImage page(827, 1169, QImage::Format_RGB32);
    page.setDotsPerMeterX(3937);
    page.setDotsPerMeterY(3937);
    page.fill(Qt::white);
    {
        QPainter painter(&page);
        CertificateWriter::paint(painter, c);
    }
    if (qEnvironmentVariableIsSet("YK_CERTIFICATE_PREVIEW"))
        page.save(qEnvironmentVariable("YK_CERTIFICATE_PREVIEW"));
    const auto inkIn = [&page](const QRect& band) {
        int dark = 0;
        for (int y = band.top(); y <= band.bottom(); ++y)
            for (int x = band.left(); x <= band.right(); ++x)
                dark += qGray(page.pixel(x, y)) < 128 ? 1 : 0;
        return dark;
    };
    // The title's band near the top holds ink, and the page's bottom quarter is still paper.
    QVERIFY(inkIn(QRect(0, 60, page.width(), 120)) > 500);
    QVERIFY(inkIn(QRect(0, 0, page.width(), page.height())) > 5000);
    QCOMPARE(inkIn(QRect(0, page.height() - 100, page.width(), 100)), 0);
}

void TestCertificateWriter::controllerWritesPdf()
{
    QTemporaryDir out;
    CertificateController controller;
    m_demo->wire(controller);
    controller.setOutputDirectory(out.filePath(QStringLiteral("certificates")));
    controller.setRegistrationId(QString::fromLatin1(kAttended));
    QTRY_VERIFY(controller.available());
    QVERIFY(controller.reason().isEmpty());
    QSignalSpy written(&controller, &CertificateController::written);
    controller.write();
    QVERIFY(written.wait(20000));
    const QString path = written.at(0).at(0).toString();
    QCOMPARE(controller.filePath(), path);
    QVERIFY(controller.errorText().isEmpty());
    QVERIFY(path.startsWith(out.path()));
    QFile pdf(path);
    QVERIFY(pdf.open(QIODevice::ReadOnly));
    const QByteArray bytes = pdf.readAll();
    QVERIFY(bytes.startsWith("%PDF-"));
    QVERIFY2(bytes.size() > 1024, QByteArray::number(bytes.size()).constData());
    QVERIFY(bytes.contains("%%EOF"));
    QFile::remove("/tmp/checkin-cert.pdf");
    QFile::copy(path, "/tmp/checkin-cert.pdf");
    // The Japanese font is embedded (the page would be blank boxes without it).
    QVERIFY(bytes.contains("FontFile") || bytes.contains("CIDFontType"));
    // Written atomically: the PDF and nothing else in the folder.
    QCOMPARE(QDir(out.filePath(QStringLiteral("certificates"))).entryList(QDir::Files).size(), 1);
}

void TestCertificateWriter::controllerRefusesWithReason()
{
    QTemporaryDir out;
    CertificateController controller;
    m_demo->wire(controller);
    controller.setOutputDirectory(out.filePath(QStringLiteral("certificates")));
    QSignalSpy availability(&controller, &CertificateController::availabilityChanged);
    controller.setRegistrationId(QString::fromLatin1(kNoCheckIn));
    QTRY_COMPARE(availability.count(), 1);
    QVERIFY(!controller.available());
    QVERIFY(!controller.reason().isEmpty());
    QSignalSpy error(&controller, &CertificateController::errorTextChanged);
    controller.write(QString::fromLatin1(kNoCertificate));
    QTRY_VERIFY(!controller.errorText().isEmpty());
    QVERIFY(!controller.busy());
    QVERIFY(controller.filePath().isEmpty());
    QVERIFY(!QDir(out.filePath(QStringLiteral("certificates"))).exists()
        || QDir(out.filePath(QStringLiteral("certificates"))).entryList(QDir::Files).isEmpty());
}

QTEST_MAIN(TestCertificateWriter)
#include "tst_certificate_writer.moc"
