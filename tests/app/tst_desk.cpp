#include "demo_store_fixture.h"

#include "app/consultation_controller.h"
#include "app/consultation_list_model.h"
#include "app/consultation_record.h"
#include "app/desk_counts.h"
#include "app/desk_samples.h"
#include "app/facility_list_model.h"
#include "app/inbox_controller.h"
#include "app/indicator_controller.h"
#include "app/indicator_report.h"
#include "app/support_record_model.h"
#include "app/visitor_inbox_model.h"

#include "store/case_repository.h"
#include "store/record_repository.h"
#include "store/store.h"
#include "yokoten/v1/assessment.pb.h"
#include "yokoten/v1/consultation.pb.h"
#include "yokoten/v1/equipment.pb.h"
#include "yokoten/v1/seminar.pb.h"

#include <QAbstractItemModelTester>
#include <QFile>
#include <QImage>
#include <QPainter>
#include <QProcess>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <google/protobuf/util/time_util.h>

using namespace yk::app;
using namespace yokoten::v1;

namespace {

// Demo organisations (sync/proto/demo/yokoten-demo.json).
constexpr const char* kChikuma = "600f433e-22fe-49d3-9928-bf0e2391d1d4";
constexpr const char* kAzusa = "7a7cd1b6-1dc4-4467-97d2-ce8f2c6ee481";

google::protobuf::Timestamp stamp(const QDateTime& time)
{
    return google::protobuf::util::TimeUtil::SecondsToTimestamp(time.toSecsSinceEpoch());
}

QDateTime japan(int y, int m, int d, int h, int min)
{
    return QDateTime(QDate(y, m, d), QTime(h, min), QTimeZone(QByteArrayLiteral("Asia/Tokyo")));
}

Consultation opened(const QDateTime& at, ConsultationTopic topic = CONSULTATION_TOPIC_TECHNOLOGY,
    ConsultationChannel channel = CONSULTATION_CHANNEL_PHONE)
{
    Consultation c;
    *c.mutable_opened_at() = stamp(at);
    c.set_topic(topic);
    c.set_channel(channel);
    c.set_state(CONSULTATION_STATE_RECEIVED);
    return c;
}

} // namespace

class TestDesk : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    // desk_counts: pure
    void medianOfOddEvenAndNone();
    void monthsAreJapanMonths();
    void topicsChannelsAndReplyTime();
    void followUpsDueThisWeek_data();
    void followUpsDueThisWeek();
    void loanWishesWaiting();
    void tallyCountsChoicesAndTexts();
    void facilityMatching();
    // store-backed
    void supportRecordOrderAndContents();
    void consultationRecordText();
    void consultationRecordPdf();
    void facilityOpensAndReplies();
    void attachmentsGoWithTheQuestion();
    void centreRefersFollowsUpLinksAndCloses();
    void listFilters();
    void inboxLoanWishBecomesLoan();
    void inboxTallyAndSessions();
    // indicators (the centre's and officers' figures)
    void indicatorPageAndPdf();

private:
    std::unique_ptr<test::DemoStore> m_demo;
    QDateTime m_now;
};

void TestDesk::initTestCase()
{
    m_demo = std::make_unique<test::DemoStore>();
    QVERIFY(m_demo->open());
    m_now = QDateTime::currentDateTimeUtc();
    const QDateTime now = m_now;
    // The desk's tests count exactly the samples: the demo data set's own consultations and
    // kiosk entries (tst_desk_sync uses those) are taken out of this store first.
    bool cleared = true;
    m_demo->onEngine([&cleared](DeviceContext& context) {
        auto& records = context.store->records();
        if (auto consultations = records.consultationsNewestFirst())
            for (const auto& c : *consultations)
                cleared = cleared && records.remove<Consultation>(c.id()).ok();
        if (auto entries = records.visitorEntriesNewestFirst())
            for (const auto& e : *entries)
                cleared = cleared && records.remove<VisitorEntry>(e.id()).ok();
    });
    QVERIFY(cleared);
    bool added = false;
    m_demo->onEngine([now, &added](DeviceContext& context) { added = addDeskSamples(context, now); });
    QVERIFY(added);
}

void TestDesk::medianOfOddEvenAndNone()
{
    QCOMPARE(median({}), std::nullopt);
    QCOMPARE(median({ 7 }), std::optional<qint64>(7));
    QCOMPARE(median({ 9, 1, 5 }), std::optional<qint64>(5));
    QCOMPARE(median({ 10, 2, 4, 100 }), std::optional<qint64>(7));
}

void TestDesk::monthsAreJapanMonths()
{
    const QDateTime now = japan(2026, 12, 9, 10, 0);
    // 1 Dec 00:30 in Japan is still 30 Nov in UTC: it counts for December.
    std::vector<Consultation> list { opened(japan(2026, 12, 1, 0, 30)), opened(japan(2026, 11, 30, 23, 59)),
        opened(japan(2026, 1, 1, 0, 0)), opened(japan(2025, 12, 31, 23, 59)) };
    const DeskCounts counts = countDesk(list, {}, now);
    QCOMPARE(counts.byMonth.size(), std::size_t(12));
    QCOMPARE(counts.byMonth.front().year, 2026);
    QCOMPARE(counts.byMonth.front().month, 1);
    QCOMPARE(counts.byMonth.back().month, 12);
    QCOMPARE(counts.byMonth.back().count, 1);
    QCOMPARE(counts.byMonth[10].count, 1); // November
    QCOMPARE(counts.byMonth.front().count, 1); // January 2026; December 2025 is outside
    QCOMPARE(counts.byTopic.at(CONSULTATION_TOPIC_TECHNOLOGY), 3);
    QCOMPARE(counts.open, 4);
}

void TestDesk::topicsChannelsAndReplyTime()
{
    const QDateTime now = japan(2026, 12, 9, 10, 0);
    auto a = opened(now.addDays(-3), CONSULTATION_TOPIC_SUBSIDIES, CONSULTATION_CHANNEL_APP);
    *a.mutable_first_reply_at() = stamp(now.addDays(-3).addSecs(2 * 3600));
    auto b = opened(now.addDays(-2), CONSULTATION_TOPIC_SUBSIDIES, CONSULTATION_CHANNEL_EMAIL);
    *b.mutable_first_reply_at() = stamp(now.addDays(-2).addSecs(6 * 3600));
    auto c = opened(now.addDays(-1), CONSULTATION_TOPIC_STAFFING, CONSULTATION_CHANNEL_EMAIL);
    c.set_state(CONSULTATION_STATE_CLOSED);
    const DeskCounts counts = countDesk({ a, b, c }, {}, now);
    QCOMPARE(counts.byTopic.at(CONSULTATION_TOPIC_SUBSIDIES), 2);
    QCOMPARE(counts.byTopic.at(CONSULTATION_TOPIC_STAFFING), 1);
    QCOMPARE(counts.byChannel.at(CONSULTATION_CHANNEL_EMAIL), 2);
    QCOMPARE(counts.byChannel.at(CONSULTATION_CHANNEL_APP), 1);
    // The one without a reply is left out of the median: (2 h + 6 h) / 2.
    QCOMPARE(counts.medianFirstReplySeconds, std::optional<qint64>(4 * 3600));
    QCOMPARE(counts.open, 2);
}

void TestDesk::followUpsDueThisWeek_data()
{
    QTest::addColumn<QDateTime>("now");
    QTest::addColumn<QString>("followUp");
    QTest::addColumn<bool>("closed");
    QTest::addColumn<int>("due");
    // The week of Wednesday 9 December 2026 runs Monday 7 to Sunday 13 (Japan).
    const QDateTime wednesday = japan(2026, 12, 9, 10, 0);
    QTest::newRow("monday") << wednesday << "2026-12-07" << false << 1;
    QTest::newRow("sunday") << wednesday << "2026-12-13" << false << 1;
    QTest::newRow("next monday") << wednesday << "2026-12-14" << false << 0;
    QTest::newRow("overdue") << wednesday << "2026-11-20" << false << 1;
    QTest::newRow("closed") << wednesday << "2026-12-08" << true << 0;
    QTest::newRow("none") << wednesday << "" << false << 0;
    // Sunday 23:30 in Japan is Sunday 14:30 UTC; Monday 00:30 in Japan still Sunday in UTC.
    QTest::newRow("sunday night") << japan(2026, 12, 13, 23, 30) << "2026-12-14" << false << 0;
    QTest::newRow("monday after midnight")
        << japan(2026, 12, 14, 0, 30).toUTC() << "2026-12-20" << false << 1;
}

void TestDesk::followUpsDueThisWeek()
{
    QFETCH(QDateTime, now);
    QFETCH(QString, followUp);
    QFETCH(bool, closed);
    QFETCH(int, due);
    auto c = opened(now.addDays(-30));
    c.set_follow_up_date(followUp.toStdString());
    if (closed)
        c.set_state(CONSULTATION_STATE_CLOSED);
    QCOMPARE(countDesk({ c }, {}, now).followUpsDue, due);
}

void TestDesk::loanWishesWaiting()
{
    VisitorEntry waiting;
    waiting.set_kind(VISITOR_ENTRY_KIND_LOAN_REQUEST);
    VisitorEntry handled = waiting;
    handled.set_outcome(VISITOR_ENTRY_OUTCOME_LOAN_REQUEST);
    VisitorEntry visit;
    visit.set_kind(VISITOR_ENTRY_KIND_VISIT);
    QCOMPARE(countDesk({}, { waiting, handled, visit, waiting }, QDateTime::currentDateTimeUtc())
                 .loanWishesWaiting,
        2);
}

void TestDesk::tallyCountsChoicesAndTexts()
{
    VisitorEntry a;
    auto* q = a.add_answers();
    q->set_question_id("barriers");
    q->add_choices("cost");
    q->add_choices("training");
    auto* t = a.add_answers();
    t->set_question_id("comment");
    t->set_text("もっと見たい");
    VisitorEntry b;
    auto* r = b.add_answers();
    r->set_question_id("barriers");
    r->add_choices("cost");
    VisitorEntry visit; // no answers: not counted
    const AnswerTally tally = tallyAnswers({ a, b, visit });
    QCOMPARE(tally.entries, 2);
    QCOMPARE(tally.answered.at("barriers"), 2);
    QCOMPARE(tally.chosen.at("barriers").at("cost"), 2);
    QCOMPARE(tally.chosen.at("barriers").at("training"), 1);
    QCOMPARE(tally.texts.at("comment").size(), std::size_t(1));
}

void TestDesk::facilityMatching()
{
    const std::vector<FacilityRow> facilities { { "1", QStringLiteral("特別養護老人ホーム 千曲の杜（デモ）"),
                                                    {} },
        { "2", QStringLiteral("介護老人保健施設 あずさ苑"), {} },
        { "3", QStringLiteral("あずさ苑 分館"), {} }, { "4", QStringLiteral("ＧＨ　ＡＳＡＭＡ"), {} } };
    const auto ids = [&](const QString& typed) {
        QStringList out;
        for (const auto& f : matchFacilities(typed, facilities))
            out << f.id;
        return out;
    };
    QCOMPARE(ids(QStringLiteral("特別養護老人ホーム　千曲の杜")), QStringList { "1" });
    QCOMPARE(ids(QStringLiteral("千曲の杜")), QStringList { "1" });
    QCOMPARE(ids(QStringLiteral("gh asama")), QStringList { "4" }); // full-width folded, case folded
    QCOMPARE(ids(QStringLiteral("あずさ苑")), (QStringList { "2", "3" })); // two: the person picks
    QCOMPARE(ids(QStringLiteral("しなの荘")), QStringList {});
    QCOMPARE(ids(QStringLiteral("苑")), QStringList {}); // too short to guess from
}

void TestDesk::supportRecordOrderAndContents()
{
    const QDateTime now = m_now;
    // A sign-up and its accepted check-in, and a submitted self-assessment, of 千曲の杜.
    m_demo->onEngine([now](DeviceContext& context) {
        auto& records = context.store->records();
        auto sessions = records.all<SeminarSession>();
        QVERIFY(sessions && !sessions->empty());
        Registration r;
        r.set_id("reg-support-record");
        r.set_server_version(1);
        r.set_session_id(sessions->front().id());
        r.set_organisation_id(kChikuma);
        r.set_attendee_name("山田 花子");
        r.set_status(REGISTRATION_STATUS_CONFIRMED);
        *r.mutable_requested_at() = stamp(now.addDays(-50));
        QVERIFY(records.put(r));
        CheckIn c;
        c.set_id("check-in-support-record");
        c.set_server_version(1);
        c.set_registration_id(r.id());
        c.set_session_id(r.session_id());
        c.set_result(CHECK_IN_RESULT_ACCEPTED);
        *c.mutable_checked_in_at() = stamp(now.addDays(-45));
        QVERIFY(records.put(c));
        AssessmentResponse a;
        a.set_id("response-support-record");
        a.set_server_version(1);
        a.set_organisation_id(kChikuma);
        a.set_state(RESPONSE_STATE_SUBMITTED);
        *a.mutable_submitted_at() = stamp(now.addDays(-10));
        QVERIFY(records.put(a));
        // A kiosk entry matched to the facility: the centre's to see.
        VisitorEntry e;
        e.set_id("entry-support-record");
        e.set_server_version(1);
        e.set_kind(VISITOR_ENTRY_KIND_VISIT);
        e.set_visitor_name("山田 花子");
        e.set_matched_org_id(kChikuma);
        e.set_outcome(VISITOR_ENTRY_OUTCOME_NOTED);
        *e.mutable_entered_at() = stamp(now.addDays(-5));
        QVERIFY(records.put(e));
    });
    std::vector<SupportEvent> centre;
    std::vector<SupportEvent> facility;
    m_demo->onEngine([&](DeviceContext& context) {
        centre = readSupportRecord(*context.store, kChikuma, true);
        facility = readSupportRecord(*context.store, kChikuma, false);
    });
    using K = SupportEvent::Kind;
    // The demo data set's programme and adoptions of the facility have fixed dates; they are
    // tst_followup's to check. The desk's own rows are checked here.
    std::vector<SupportEvent> desk;
    for (const auto& e : centre)
        if (e.kind != SupportEvent::Kind::Programme && e.kind != SupportEvent::Kind::Adoption)
            desk.push_back(e);
    QStringList kinds;
    for (const auto& e : desk)
        kinds << SupportRecordModel::kindKey(e.kind);
    // Samples: consultations 2, 125 and 300 days ago, the loan (requested 100 days ago, its
    // report 70 days ago); here: sign-up 50, attendance 45, self-assessment 10, kiosk 5 days ago.
    QCOMPARE(kinds,
        (QStringList { "consultation", "kioskEntry", "selfAssessment", "attendance", "signUp", "loanReport",
            "loan", "consultation", "consultation" }));
    for (std::size_t i = 1; i < centre.size(); ++i)
        QVERIFY2(centre[i - 1].at >= centre[i].at, qPrintable(centre[i].title));
    QVERIFY(desk.front().title.contains(QStringLiteral("technology"), Qt::CaseInsensitive)
        || desk.front().title.contains(QStringLiteral("テクノロジー")));
    QCOMPARE(desk[3].kind, K::Attendance);
    QCOMPARE(desk[3].detail, QStringLiteral("山田 花子"));
    QCOMPARE(desk[5].recordId, QStringLiteral("5a3e0000-0000-4000-8000-000400000001"));
    // The facility sees the same without the kiosk entry.
    QCOMPARE(facility.size(), centre.size() - 1);
    for (const auto& e : facility)
        QVERIFY(e.kind != K::KioskEntry);

    SupportRecordModel model;
    QAbstractItemModelTester tester(&model);
    model.setOrganisationId(QString::fromLatin1(kChikuma));
    m_demo->wire(model);
    QTRY_COMPARE(model.count(), static_cast<int>(facility.size())); // no account: not centre staff
    QCOMPARE(
        model.data(model.index(0), SupportRecordModel::KindRole).toString(), QStringLiteral("consultation"));
}

void TestDesk::consultationRecordText()
{
    std::optional<ConsultationRecordContent> content;
    const QDateTime now = m_now;
    m_demo->onEngine([&](DeviceContext& context) {
        content = ConsultationRecord::read(*context.store, "5a3e0000-0000-4000-8000-000100000003", now);
    });
    QVERIFY(content);
    QStringList text;
    for (const auto& line : ConsultationRecord::lines(*content))
        text << line.text;
    const QString all = text.join(QLatin1Char('\n'));
    QVERIFY2(all.startsWith(QStringLiteral("相談記録")), qPrintable(all));
    QVERIFY(all.contains(QStringLiteral("介護老人保健施設 あずさ苑（デモ）")));
    QVERIFY(all.contains(QStringLiteral("長野県介護生産性向上総合相談センター")));
    QVERIFY(all.contains(QStringLiteral("補助金")));
    QVERIFY(all.contains(QStringLiteral("電話")));
    QVERIFY(all.contains(QStringLiteral("ICT導入支援事業の申請に必要な書類")));
    QVERIFY(all.contains(QStringLiteral("申請書類の一覧をお送りしました。")));
    QVERIFY(all.contains(QStringLiteral("よろず支援拠点")));
    QVERIFY(all.contains(QStringLiteral("（日本時間）")));
    QVERIFY(!all.contains(QStringLiteral("Waiting")));
}

void TestDesk::consultationRecordPdf()
{
    QTemporaryDir out;
    ConsultationController controller;
    m_demo->wire(controller);
    controller.setOutputDirectory(out.filePath(QStringLiteral("certificates")));
    controller.setConsultationId(QStringLiteral("5a3e0000-0000-4000-8000-000100000003"));
    QTRY_VERIFY(controller.details().value(QStringLiteral("loaded")).toBool());
    QSignalSpy written(&controller, &ConsultationController::recordWritten);
    controller.writeRecord();
    QVERIFY(written.wait(20000));
    const QString path = written.at(0).at(0).toString();
    QVERIFY(path.startsWith(out.filePath(QStringLiteral("certificates"))));
    QVERIFY(path.endsWith(QStringLiteral(".pdf")));
    QFile pdf(path);
    QVERIFY(pdf.open(QIODevice::ReadOnly));
    const QByteArray bytes = pdf.readAll();
    QVERIFY(bytes.startsWith("%PDF-"));
    QVERIFY(bytes.contains("%%EOF"));
    QVERIFY(bytes.contains("FontFile") || bytes.contains("CIDFontType"));
    // What a subsidy office reads off the file itself (pdftotext, poppler-utils from ./yk deps).
    QProcess extract;
    extract.start(QStringLiteral("pdftotext"),
        { QStringLiteral("-enc"), QStringLiteral("UTF-8"), path, QStringLiteral("-") });
    QVERIFY2(extract.waitForFinished(20000), "pdftotext did not run: ./yk deps installs poppler-utils");
    QCOMPARE(extract.exitCode(), 0);
    // Text extraction may break lines anywhere and drop spaces; compare without white space.
    // Qt's PDF names a glyph that Noto Sans CJK shares between code points by one of them: 老
    // comes out as the Kangxi radical U+2F7C, 長 as the radical U+2ED1, ・ as U+2027. NFKC folds
    // the Kangxi radicals back (as PDF viewers' search does); the other two are folded here.
    // docs/architecture.md ("printed records") says so: copied text may show such look-alikes.
    QString text
        = QString::fromUtf8(extract.readAllStandardOutput()).normalized(QString::NormalizationForm_KC);
    text.replace(QChar(0x2ED1), QChar(0x9577)).replace(QChar(0x2027), QChar(0x30FB));
    text.remove(QRegularExpression(QStringLiteral("\\s")));
    for (const char* expected :
        { "相談記録", "介護老人保健施設あずさ苑（デモ）", "長野県介護生産性向上総合相談センター",
            "補助金・申請", "電話", "ICT導入支援事業の申請に必要な書類", "申請書類の一覧をお送りしました。",
            "よろず支援拠点", "日本時間" })
        QVERIFY2(text.contains(QString::fromUtf8(expected).normalized(QString::NormalizationForm_KC)),
            qPrintable(QString::fromUtf8(expected) + QStringLiteral(" in ") + text));
    // The page as an image: ink at the title, and a preview for people to look at.
    std::optional<ConsultationRecordContent> content;
    m_demo->onEngine([&](DeviceContext& context) {
        content = ConsultationRecord::read(*context.store, "5a3e0000-0000-4000-8000-000100000003", m_now);
    });
    QVERIFY(content);
    QImage page(827, 1169, QImage::Format_RGB32);
    page.setDotsPerMeterX(3937);
    page.setDotsPerMeterY(3937);
    page.fill(Qt::white);
    {
        // 20 mm margins, as the PDF has (the painter maps the inset area 1:1).
        QPainter painter(&page);
        const QRect area = page.rect().adjusted(79, 79, -79, -79);
        painter.setViewport(area);
        painter.setWindow(area);
        ConsultationRecord::paint(painter, *content);
    }
    if (qEnvironmentVariableIsSet("YK_CONSULTATION_PREVIEW"))
        page.save(qEnvironmentVariable("YK_CONSULTATION_PREVIEW"));
    int dark = 0;
    for (int y = 79; y < 200; ++y)
        for (int x = 0; x < page.width(); ++x)
            dark += qGray(page.pixel(x, y)) < 128 ? 1 : 0;
    QVERIFY(dark > 300);
}

void TestDesk::facilityOpensAndReplies()
{
    ConsultationController controller;
    m_demo->wire(controller);
    const qint64 before = m_demo->pending();
    // What is missing is said, and nothing is queued.
    controller.open(QString::fromLatin1(kChikuma), 0, CONSULTATION_CHANNEL_APP, QStringLiteral("質問"), {});
    QVERIFY(!controller.errorText().isEmpty());
    controller.open(QString::fromLatin1(kChikuma), CONSULTATION_TOPIC_TECHNOLOGY, CONSULTATION_CHANNEL_APP,
        QStringLiteral("   "), {});
    QVERIFY(!controller.errorText().isEmpty());
    QCOMPARE(m_demo->pending(), before);

    QSignalSpy opened(&controller, &ConsultationController::opened);
    controller.open(QString::fromLatin1(kChikuma), CONSULTATION_TOPIC_WORKPLACE, CONSULTATION_CHANNEL_APP,
        QStringLiteral("休憩室を整えたい"), QStringLiteral("電話 午後"));
    QVERIFY(opened.wait(5000));
    QVERIFY(controller.errorText().isEmpty());
    QCOMPARE(m_demo->pending(), before + 1);
    QTRY_VERIFY(controller.details().value(QStringLiteral("loaded")).toBool());
    QCOMPARE(controller.details().value(QStringLiteral("state")).toInt(), int(CONSULTATION_STATE_RECEIVED));
    QCOMPARE(controller.details().value(QStringLiteral("question")).toString(),
        QStringLiteral("休憩室を整えたい"));
    QVERIFY(!controller.details().value(QStringLiteral("syncText")).toString().isEmpty()); // waiting to send

    QSignalSpy queued(&controller, &ConsultationController::queued);
    controller.reply(QStringLiteral("写真を送ります"));
    QVERIFY(queued.wait(5000));
    QTRY_COMPARE(controller.details().value(QStringLiteral("messages")).toList().size(), 1);
    const QVariantMap message
        = controller.details().value(QStringLiteral("messages")).toList().front().toMap();
    QCOMPARE(message.value(QStringLiteral("text")).toString(), QStringLiteral("写真を送ります"));
    QVERIFY(message.value(QStringLiteral("pending")).toBool());
}

void TestDesk::attachmentsGoWithTheQuestion()
{
    QTemporaryDir files;
    QImage photo(40, 30, QImage::Format_RGB32);
    photo.fill(Qt::darkGreen);
    QVERIFY(photo.save(files.filePath(QStringLiteral("kitchen.png"))));
    QFile notes(files.filePath(QStringLiteral("notes.txt")));
    QVERIFY(notes.open(QIODevice::WriteOnly) && notes.write("x") == 1);
    notes.close();

    ConsultationController controller;
    m_demo->wire(controller);
    QSignalSpy attachments(&controller, &ConsultationController::attachmentsChanged);
    controller.addAttachment(files.filePath(QStringLiteral("notes.txt")));
    QVERIFY(!controller.errorText().isEmpty()); // neither a photo nor a PDF
    controller.addAttachment(QUrl::fromLocalFile(files.filePath(QStringLiteral("kitchen.png"))).toString());
    QVERIFY(attachments.wait(5000));
    QCOMPARE(controller.attachmentNames(), QStringList { QStringLiteral("kitchen.png") });
    QSignalSpy opened(&controller, &ConsultationController::opened);
    controller.open(QString::fromLatin1(kAzusa), CONSULTATION_TOPIC_WORKPLACE, CONSULTATION_CHANNEL_APP,
        QStringLiteral("厨房の写真です"), {});
    QVERIFY(opened.wait(5000));
    QVERIFY(controller.attachmentNames().isEmpty()); // the form starts empty again
    QTRY_COMPARE(controller.details().value(QStringLiteral("attachments")).toStringList(),
        QStringList { QStringLiteral("kitchen.png") });
}

void TestDesk::centreRefersFollowsUpLinksAndCloses()
{
    ConsultationController controller;
    m_demo->wire(controller);
    controller.setConsultationId(QStringLiteral("5a3e0000-0000-4000-8000-000100000001"));
    QTRY_VERIFY(controller.details().value(QStringLiteral("loaded")).toBool());
    // The centre's partners come from the centre organisation.
    QVERIFY(controller.details()
                .value(QStringLiteral("partners"))
                .toStringList()
                .contains(QStringLiteral("ハローワーク")));
    // The sample's reply waiting to be sent shows so.
    const QVariantList messages = controller.details().value(QStringLiteral("messages")).toList();
    QCOMPARE(messages.size(), 2);
    QVERIFY(messages.back().toMap().value(QStringLiteral("pending")).toBool());

    QSignalSpy queued(&controller, &ConsultationController::queued);
    controller.refer(QStringLiteral("介護労働安定センター"), QStringLiteral("研修の案内"));
    QVERIFY(queued.wait(5000));
    QTRY_COMPARE(
        controller.details().value(QStringLiteral("state")).toInt(), int(CONSULTATION_STATE_REFERRED));
    controller.setFollowUp(QStringLiteral("2027-01-15"));
    QVERIFY(queued.wait(5000));
    QTRY_COMPARE(
        controller.details().value(QStringLiteral("followUpDate")).toString(), QStringLiteral("2027-01-15"));
    controller.setFollowUp(QStringLiteral("tomorrow-ish"));
    QVERIFY(!controller.errorText().isEmpty());
    controller.setFollowUp({});
    QVERIFY(queued.wait(5000));
    QTRY_VERIFY(controller.details().value(QStringLiteral("followUpDate")).toString().isEmpty());

    // Linking the facility's loan (a candidate) and unlinking it again.
    QVariantMap loan;
    for (const QVariant& c : controller.details().value(QStringLiteral("linkCandidates")).toList())
        if (c.toMap().value(QStringLiteral("kind")) == QStringLiteral("loan"))
            loan = c.toMap();
    QVERIFY(!loan.isEmpty());
    controller.toggleLink(QStringLiteral("loan"), loan.value(QStringLiteral("id")).toString());
    QVERIFY(queued.wait(5000));
    QTRY_COMPARE(controller.details().value(QStringLiteral("links")).toList().size(), 1);
    controller.toggleLink(QStringLiteral("loan"), loan.value(QStringLiteral("id")).toString());
    QVERIFY(queued.wait(5000));
    QTRY_COMPARE(controller.details().value(QStringLiteral("links")).toList().size(), 0);

    controller.close(QStringLiteral("解決"));
    QVERIFY(queued.wait(5000));
    QTRY_VERIFY(controller.details().value(QStringLiteral("closed")).toBool());
    // A closed consultation takes no more replies.
    controller.reply(QStringLiteral("追伸"));
    QTRY_VERIFY(!controller.errorText().isEmpty());
}

void TestDesk::listFilters()
{
    ConsultationListModel model;
    QAbstractItemModelTester tester(&model);
    m_demo->wire(model);
    QTRY_VERIFY(model.count() >= 8);
    const int all = model.count();
    model.setTopicFilter(CONSULTATION_TOPIC_SUBSIDIES);
    QTRY_COMPARE(model.count(), 1);
    QCOMPARE(model.data(model.index(0), ConsultationListModel::FacilityRole).toString(),
        QStringLiteral("介護老人保健施設 あずさ苑（デモ）"));
    model.setTopicFilter(0);
    // あずさ苑: two samples and the one attachmentsGoWithTheQuestion opened.
    model.setFacilityText(QStringLiteral("あずさ"));
    QTRY_COMPARE(model.count(), 3);
    QSignalSpy reloaded(&model, &StoreListModel::reloaded);
    model.setFacilityText({});
    model.setStateFilter(0); // not closed; only the newer read's rows are shown
    QVERIFY(reloaded.wait(5000));
    QVERIFY(model.count() > 0);
    QVERIFY(model.count() < all);
    for (int i = 0; i < model.count(); ++i)
        QVERIFY(model.data(model.index(i), ConsultationListModel::StateRole).toInt()
            != CONSULTATION_STATE_CLOSED);
    model.setStateFilter(-1);
    model.setOrganisationId(QString::fromLatin1(kAzusa));
    QTRY_COMPARE(model.count(), 3);
}

void TestDesk::inboxLoanWishBecomesLoan()
{
    InboxController controller;
    m_demo->wire(controller);
    controller.setEntryId(QStringLiteral("5a3e0000-0000-4000-8000-000300000001"));
    // 「特別養護老人ホーム 千曲の杜」 typed at the kiosk: exactly one facility matches.
    QTRY_COMPARE(controller.preselectedId(), QString::fromLatin1(kChikuma));
    QSignalSpy handled(&controller, &InboxController::handled);
    controller.makeLoan(controller.preselectedId(), {});
    QVERIFY(handled.wait(5000));
    QCOMPARE(handled.at(0).at(0).toString(), QStringLiteral("loan"));
    const std::string loanId = handled.at(0).at(1).toString().toStdString();
    std::optional<LoanRequest> loan;
    std::optional<VisitorEntry> entry;
    m_demo->onEngine([&](DeviceContext& context) {
        if (auto found = context.store->records().find<LoanRequest>(loanId); found && *found)
            loan = **found;
        if (auto found = context.store->records().find<VisitorEntry>("5a3e0000-0000-4000-8000-000300000001");
            found && *found)
            entry = **found;
    });
    QVERIFY(loan);
    QCOMPARE(loan->requester_org_id(), std::string(kChikuma));
    QCOMPARE(loan->state(), LOAN_STATE_REQUESTED);
    QVERIFY(!loan->from_date().empty());
    QVERIFY(entry);
    QCOMPARE(entry->outcome(), VISITOR_ENTRY_OUTCOME_LOAN_REQUEST);
    QCOMPARE(entry->outcome_record_id(), loanId);
    // Handled once: a second try is refused.
    controller.makeLoan(QString::fromLatin1(kChikuma), {});
    QTRY_VERIFY(!controller.errorText().isEmpty());

    // No facility matches 「しなの荘」: the person picks; a consultation is made of it.
    InboxController other;
    m_demo->wire(other);
    other.setEntryId(QStringLiteral("5a3e0000-0000-4000-8000-000300000002"));
    QTRY_VERIFY(other.entry().value(QStringLiteral("kind")).toInt() == VISITOR_ENTRY_KIND_LOAN_REQUEST);
    QVERIFY(other.preselectedId().isEmpty());
    other.makeConsultation(QString::fromLatin1(kAzusa), 0);
    QVERIFY(!other.errorText().isEmpty());
    QSignalSpy made(&other, &InboxController::handled);
    other.makeConsultation(QString::fromLatin1(kAzusa), CONSULTATION_TOPIC_TECHNOLOGY);
    QVERIFY(made.wait(5000));
    QCOMPARE(made.at(0).at(0).toString(), QStringLiteral("consultation"));
}

void TestDesk::inboxTallyAndSessions()
{
    VisitorInboxModel model;
    QAbstractItemModelTester tester(&model);
    m_demo->wire(model);
    QTRY_VERIFY(model.count() >= 8);
    QVERIFY(!model.sessions().isEmpty());
    // Newest first.
    QCOMPARE(model.data(model.index(0), VisitorInboxModel::EntryIdRole).toString(),
        QStringLiteral("5a3e0000-0000-4000-8000-000300000001"));
    QCOMPARE(model.tallied(), 5);
    QVariantMap trial;
    for (const QVariant& q : model.tally())
        if (q.toMap().value(QStringLiteral("question")).toString().contains(QStringLiteral("試用"))
            || q.toMap().value(QStringLiteral("question")).toString().contains(QStringLiteral("trial")))
            trial = q.toMap();
    QVERIFY(!trial.isEmpty());
    QCOMPARE(trial.value(QStringLiteral("answered")).toInt(), 5);
    const QVariantMap yes = trial.value(QStringLiteral("bars")).toList().front().toMap();
    QCOMPARE(yes.value(QStringLiteral("count")).toInt(), 3);
    QCOMPARE(yes.value(QStringLiteral("share")).toDouble(), 0.6);
    // Another session: nothing.
    model.setSessionId(QStringLiteral("no-such-session"));
    QTRY_COMPARE(model.count(), 0);
    QCOMPARE(model.tallied(), 0);
    FacilityListModel facilities;
    QAbstractItemModelTester facilityTester(&facilities);
    m_demo->wire(facilities);
    QTRY_VERIFY(facilities.count() > 4);
    facilities.setSearch(QStringLiteral("千曲"));
    QTRY_COMPARE(facilities.count(), 1);
}

void TestDesk::indicatorPageAndPdf()
{
    // Two sheets as the server files them for the centre: the prefecture and one municipality.
    std::string caseId;
    std::string caseTitle;
    m_demo->onEngine([&](DeviceContext& context) {
        auto cases = context.store->cases().browse({}, 1, 0);
        if (cases && !cases->empty()) {
            caseId = cases->front().id;
            caseTitle = cases->front().title;
        }
        IndicatorSheet total;
        total.set_id("ind-pref-20");
        total.set_prefecture_code(20);
        total.set_area_name("長野県");
        total.set_reference_date("2026-12-08");
        total.set_period_from("2026-04-01");
        total.set_min_facilities(5);
        total.set_facilities_registered(30);
        auto* consultations = total.add_indicators();
        consultations->set_topic(INDICATOR_TOPIC_CONSULTATIONS);
        consultations->set_value(12);
        consultations->set_unit("件");
        consultations->set_facility_count(6);
        consultations->set_record_count(12);
        consultations->set_source("Yokoten の相談記録（センター受付分）");
        consultations->set_period_from("2026-04-01");
        consultations->set_reference_date("2026-12-08");
        auto* staffing = total.add_indicators();
        staffing->set_topic(INDICATOR_TOPIC_CONSULTATIONS);
        staffing->set_code(CONSULTATION_TOPIC_STAFFING);
        staffing->set_withheld(true);
        staffing->set_unit("件");
        staffing->set_source("Yokoten の相談記録（センター受付分）");
        staffing->set_reference_date("2026-12-08");
        auto* overtime = total.add_indicators();
        overtime->set_topic(INDICATOR_TOPIC_KPI);
        overtime->set_code(MEASURE_ITEM_OVERTIME_HOURS);
        overtime->set_withheld(true);
        overtime->set_unit("時間/月");
        overtime->set_source("伴走支援の測定値");
        overtime->set_reference_date("2026-12-08");
        overtime->mutable_national()->set_baseline(6.4);
        overtime->mutable_national()->set_baseline_year("2023年度");
        overtime->mutable_national()->set_target_year("2026年度");
        overtime->mutable_national()->set_target_note("維持または減少");
        auto* share = total.add_indicators();
        share->set_topic(INDICATOR_TOPIC_TECHNOLOGY_USE);
        share->set_value(40);
        share->set_unit("%");
        share->set_facility_count(30);
        share->set_source("導入記録のある施設の割合");
        share->set_reference_date("2026-12-08");
        share->mutable_national()->set_baseline(29);
        share->mutable_national()->set_target(50);
        share->mutable_national()->set_baseline_year("2023年度");
        share->mutable_national()->set_target_year("2026年度");
        if (!caseId.empty())
            share->add_case_ids(caseId);
        IndicatorSheet town;
        town.set_id("ind-muni-test-town");
        town.set_prefecture_code(20);
        town.set_municipality_id("test-town");
        town.set_area_name("上田市");
        town.set_reference_date("2026-12-08");
        town.set_period_from("2026-04-01");
        town.set_min_facilities(5);
        town.set_facilities_registered(4);
        *town.add_indicators() = *staffing;
        QVERIFY(context.store->records().put(total).ok());
        QVERIFY(context.store->records().put(town).ok());
    });
    QVERIFY(!caseId.empty());

    QTemporaryDir out;
    IndicatorController controller;
    controller.setOutputDirectory(out.path());
    m_demo->wire(controller);
    controller.reload();
    QTRY_VERIFY(controller.sheet().value(QStringLiteral("present")).toBool());
    QCOMPARE(controller.areas().size(), 2);
    QCOMPARE(controller.areas().first().toMap().value(QStringLiteral("name")).toString(),
        QStringLiteral("長野県"));
    QCOMPARE(controller.municipalities().size(), 1);
    QCOMPARE(controller.municipalities().first().toMap().value(QStringLiteral("facilities")).toInt(), 4);
    QVariantList figures;
    for (const auto& section : controller.sheet().value(QStringLiteral("sections")).toList())
        figures += section.toMap().value(QStringLiteral("figures")).toList();
    // The withheld staffing figure has no national one: it is only named under its group.
    QCOMPARE(figures.size(), 3);
    const QString consultationsWithheld = controller.sheet()
                                              .value(QStringLiteral("sections"))
                                              .toList()
                                              .first()
                                              .toMap()
                                              .value(QStringLiteral("withheld"))
                                              .toString();
    // The test has no translator: the app's language setting picks the Japanese.
    QCOMPARE(consultationsWithheld, QStringLiteral("5施設未満のため非表示：相談（人材確保・定着）"));
    const QVariantMap shown = figures.at(0).toMap();
    QCOMPARE(shown.value(QStringLiteral("value")).toString(), QStringLiteral("12 件"));
    QCOMPARE(shown.value(QStringLiteral("n")).toString(), QStringLiteral("n=6施設"));
    QVERIFY(
        shown.value(QStringLiteral("source")).toString().contains(QStringLiteral("2026-04-01〜2026-12-08")));
    // A withheld figure with a national one keeps its row: the national figure is still worth reading.
    const QVariantMap withheld = figures.at(1).toMap();
    QVERIFY(withheld.value(QStringLiteral("withheld")).toBool());
    QCOMPARE(withheld.value(QStringLiteral("value")).toString(), QStringLiteral("5施設未満のため非表示"));
    QVERIFY(withheld.value(QStringLiteral("n")).toString().isEmpty());
    QVERIFY(withheld.value(QStringLiteral("national")).toString().contains(QStringLiteral("維持または減少")));
    const QVariantList cases = figures.at(2).toMap().value(QStringLiteral("cases")).toList();
    QCOMPARE(cases.size(), 1);
    QCOMPARE(
        cases.first().toMap().value(QStringLiteral("title")).toString(), QString::fromStdString(caseTitle));

    QSignalSpy written(&controller, &IndicatorController::pdfWritten);
    controller.writePdf();
    QVERIFY(written.wait(20000));
    const QString path = written.at(0).at(0).toString();
    QVERIFY(path.endsWith(QStringLiteral("indicators-ind-pref-20-2026-12-08.pdf")));
    QProcess extract;
    extract.start(QStringLiteral("pdftotext"),
        { QStringLiteral("-enc"), QStringLiteral("UTF-8"), path, QStringLiteral("-") });
    QVERIFY2(extract.waitForFinished(20000), "pdftotext did not run: ./yk deps installs poppler-utils");
    QCOMPARE(extract.exitCode(), 0);
    QString text
        = QString::fromUtf8(extract.readAllStandardOutput()).normalized(QString::NormalizationForm_KC);
    text.replace(QChar(0x2ED1), QChar(0x9577)).replace(QChar(0x2027), QChar(0x30FB));
    text.remove(QRegularExpression(QStringLiteral("\\s")));
    // pdftotext drops the digits after "n=" from this layout (it places text runs of the
    // fallback font on their own), so the n is checked on the lines the page draws below.
    for (const char* expected : { "長野県の指標", "基準日2026-12-08", "12件", "Yokotenの相談記録",
             "維持または減少", "5施設未満のため非表示:相談(人材確保・定着)", "40%" })
        QVERIFY2(text.contains(QString::fromUtf8(expected).normalized(QString::NormalizationForm_KC)),
            qPrintable(QString::fromUtf8(expected) + QStringLiteral(" in ") + text));

    IndicatorSheet stored;
    m_demo->onEngine([&](DeviceContext& context) {
        auto found = context.store->records().find<IndicatorSheet>("ind-pref-20");
        if (found && *found)
            stored = **found;
    });
    QStringList drawn;
    for (const auto& line : IndicatorReport::lines(stored, {}, QDate(2026, 12, 8)))
        drawn << line.text;
    QVERIFY2(drawn.join(QLatin1Char('\n')).contains(QStringLiteral("12 件（n=6施設）")),
        qPrintable(drawn.join(QLatin1Char('\n'))));
    // A withheld figure without a national one takes no line of its own: it is named in the note.
    QVERIFY(!drawn.join(QLatin1Char('\n')).contains(QStringLiteral("人材確保・定着　")));

    // The municipality's page.
    controller.setMunicipalityId(QStringLiteral("test-town"));
    QTRY_COMPARE(controller.sheet().value(QStringLiteral("areaName")).toString(), QStringLiteral("上田市"));
    QVERIFY(controller.municipalities().isEmpty());
}

QTEST_MAIN(TestDesk)
#include "tst_desk.moc"
