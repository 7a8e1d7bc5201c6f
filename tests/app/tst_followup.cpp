#include "demo_store_fixture.h"

#include "app/adoption_controller.h"
#include "app/adoption_list_model.h"
#include "app/effect_report.h"
#include "app/follow_up_samples.h"
#include "app/follow_up_text.h"
#include "app/form_draft.h"
#include "app/menu_entry_controller.h"
#include "app/participation_controller.h"
#include "app/participation_list_model.h"
#include "app/programme_controller.h"
#include "app/programme_list_model.h"
#include "app/record_text.h"
#include "app/support_menu_list_model.h"
#include "app/support_record_model.h"

#include "engine/mutations.h"
#include "engine/sync_engine.h"
#include "store/record_repository.h"
#include "store/store.h"
#include "yokoten/v1/adoption.pb.h"
#include "yokoten/v1/programme.pb.h"

#include <QAbstractItemModelTester>
#include <QFile>
#include <QImage>
#include <QPainter>
#include <QProcess>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QUrl>

using namespace yk::app;
using namespace yokoten::v1;

namespace {

// Demo organisations (sync/proto/demo/yokoten-demo.json) and the samples' ids (follow_up_samples.cpp).
constexpr const char* kChikuma = "600f433e-22fe-49d3-9928-bf0e2391d1d4";
constexpr const char* kProgramme = "5a3e0000-0000-4000-8000-001100000001";
constexpr const char* kChosen = "5a3e0000-0000-4000-8000-001200000001";
constexpr const char* kAzusaApplication = "5a3e0000-0000-4000-8000-001200000002";
constexpr const char* kSensors = "5a3e0000-0000-4000-8000-001400000001"; // 3-month check-in due in 5 days
constexpr const char* kIntercoms = "5a3e0000-0000-4000-8000-001400000002"; // 12-month check-in overdue
constexpr const char* kRobots = "5a3e0000-0000-4000-8000-001400000003"; // no longer used

yk::domain::Date day(const char* iso)
{
    return *yk::domain::Date::parse(iso);
}

Adoption adoptedOn(const char* iso)
{
    Adoption a;
    a.set_id("a");
    for (const auto& slot : yk::domain::checkInSchedule(day(iso))) {
        auto* k = a.add_check_ins();
        k->set_months_after(slot.monthsAfter);
        k->set_due_date(slot.due.toString());
    }
    return a;
}

QStringList column(const QAbstractItemModel& model, const QByteArray& role)
{
    const int r = model.roleNames().key(role);
    QStringList values;
    for (int i = 0; i < model.rowCount(); ++i)
        values << model.index(i, 0).data(r).toString();
    return values;
}

// The store also holds the demo data set's adoptions and programme (some of the same
// facility); the lists are checked on this test's samples, in the order the model gives.
bool isSample(const QString& id)
{
    return id.startsWith(QStringLiteral("5a3e0000-"));
}

QStringList sampleColumn(const QAbstractItemModel& model, const QByteArray& role, const QByteArray& idRole)
{
    const QStringList ids = column(model, idRole);
    const QStringList values = column(model, role);
    QStringList kept;
    for (int i = 0; i < ids.size(); ++i)
        if (isSample(ids[i]))
            kept << values[i];
    return kept;
}

} // namespace

class TestFollowUp : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    // pure
    void standingFollowsTheSchedule_data();
    void standingFollowsTheSchedule();
    void applicantCounts();
    void formsRefuseMissingDateAndSource();
    // store-backed
    void dueAndStalledLists();
    void applicantsModelCounts();
    void choosingBeyondThePlacesIsRefused();
    void measurementWithoutSourceQueuesNothing();
    void effectReportCsvAndPdf();
    void halfFilledFormSurvivesAPageSwitch();
    void supportRecordListsProgrammesAndAdoptions();
    void programmeRowsCountAndKnowTheirAdvisers();
    void aVisitLogCarriesItsPhotos();
    void supportMenuFollowsTheFacilitysTypeAndSize();
    void menuEntryLeadsToTheSeminarAndKnowsWhatIsMet();
    void menuEntryFormRefusesAndBuilds();

private:
    std::unique_ptr<test::DemoStore> m_demo;
    // The samples are written as of this moment; the lists are read as of the same day.
    const QDateTime m_now { QDate(2026, 12, 7), QTime(12, 0), QTimeZone(QByteArrayLiteral("Asia/Tokyo")) };
    const QString m_today = QStringLiteral("2026-12-07");
};

void TestFollowUp::initTestCase()
{
    m_demo = std::make_unique<test::DemoStore>();
    QVERIFY(m_demo->open());
    bool added = false;
    const QDateTime now = m_now;
    m_demo->onEngine([now, &added](DeviceContext& context) { added = addFollowUpSamples(context, now); });
    QVERIFY(added);
}

void TestFollowUp::standingFollowsTheSchedule_data()
{
    QTest::addColumn<QString>("today");
    QTest::addColumn<int>("answeredUpTo"); // check-ins before this many months are answered
    QTest::addColumn<int>("nextMonths");
    QTest::addColumn<int>("standing");
    QTest::addColumn<bool>("stalled");
    // Adopted 2026-01-31: the 1-month check-in is due 2026-02-28 (the month's end).
    QTest::newRow("long before") << "2026-02-20" << 0 << 1 << int(yk::domain::CheckInStanding::Later)
                                 << false;
    QTest::newRow("notice window") << "2026-02-21" << 0 << 1 << int(yk::domain::CheckInStanding::Due)
                                   << false;
    QTest::newRow("30 days late") << "2026-03-30" << 0 << 1 << int(yk::domain::CheckInStanding::Due) << false;
    QTest::newRow("31 days late") << "2026-03-31" << 0 << 1 << int(yk::domain::CheckInStanding::Overdue)
                                  << true;
    QTest::newRow("answered, next later")
        << "2026-03-31" << 3 << 3 << int(yk::domain::CheckInStanding::Later) << false;
    QTest::newRow("all answered") << "2029-06-01" << 100 << 0 << int(yk::domain::CheckInStanding::Answered)
                                  << false;
}

void TestFollowUp::standingFollowsTheSchedule()
{
    QFETCH(QString, today);
    QFETCH(int, answeredUpTo);
    QFETCH(int, nextMonths);
    QFETCH(int, standing);
    QFETCH(bool, stalled);
    Adoption a = adoptedOn("2026-01-31");
    QCOMPARE(a.check_ins(0).due_date(), std::string("2026-02-28"));
    for (auto& k : *a.mutable_check_ins())
        if (k.months_after() < answeredUpTo)
            k.set_use(ADOPTION_USE_IN_USE);
    const AdoptionStanding s = adoptionStanding(a, day(today.toLatin1().constData()));
    QCOMPARE(s.nextMonthsAfter.value_or(0), nextMonths);
    QCOMPARE(int(s.next), standing);
    QCOMPARE(s.stalled, stalled);
    // The server's "no longer used" makes it stalled whatever the dates say.
    a.set_no_longer_used(true);
    QVERIFY(adoptionStanding(a, day(today.toLatin1().constData())).stalled);
}

void TestFollowUp::applicantCounts()
{
    std::vector<ProgrammeParticipation> list(5);
    list[0].set_state(PARTICIPATION_STATE_APPLIED);
    list[1].set_state(PARTICIPATION_STATE_CHOSEN);
    list[2].set_state(PARTICIPATION_STATE_CLOSED); // chosen once: still takes a place
    list[3].set_state(PARTICIPATION_STATE_NOT_CHOSEN);
    list[4].set_state(PARTICIPATION_STATE_APPLIED);
    const ApplicantCounts c = countApplicants(list, 3);
    QCOMPARE(c.applied, 5);
    QCOMPARE(c.waiting, 2);
    QCOMPARE(c.chosen, 2);
    QCOMPARE(c.notChosen, 1);
    QCOMPARE(c.placesLeft, 1);
    QCOMPARE(countApplicants(list, 1).placesLeft, 0); // never negative
}

void TestFollowUp::formsRefuseMissingDateAndSource()
{
    using P = ParticipationController;
    const int overtime = MEASURE_ITEM_OVERTIME_HOURS;
    QVERIFY(P::measurementProblem(overtime, {}, MEASURE_PHASE_BEFORE, "12.5", "2026-06", "勤怠システム")
                .isEmpty());
    QVERIFY(P::measurementProblem(overtime, {}, MEASURE_PHASE_AFTER, "8", "2026-11-30", "勤怠システム")
                .isEmpty());
    // No date, an unreadable one, no source: each refused, and the reason names what is missing.
    const QString noDate
        = P::measurementProblem(overtime, {}, MEASURE_PHASE_BEFORE, "12.5", "", "勤怠システム");
    QVERIFY(noDate.contains(QStringLiteral("YYYY-MM")));
    QVERIFY(!P::measurementProblem(overtime, {}, MEASURE_PHASE_BEFORE, "12.5", "2026-13", "勤怠システム")
                 .isEmpty());
    QVERIFY(
        !P::measurementProblem(overtime, {}, MEASURE_PHASE_BEFORE, "12.5", "6月", "勤怠システム").isEmpty());
    const QString noSource
        = P::measurementProblem(overtime, {}, MEASURE_PHASE_BEFORE, "12.5", "2026-06", "  ");
    QVERIFY(!noSource.isEmpty());
    QVERIFY(noSource != noDate);
    QVERIFY(
        !P::measurementProblem(MEASURE_ITEM_OTHER, {}, MEASURE_PHASE_BEFORE, "3", "2026-06", "x").isEmpty());
    QVERIFY(!P::measurementProblem(overtime, {}, MEASURE_PHASE_BEFORE, "abc", "2026-06", "x").isEmpty());
    // A visit log needs its date and what was done.
    QVERIFY(!P::visitProblem({}, QStringLiteral("業務の洗い出し")).isEmpty());
    QVERIFY(!P::visitProblem(QStringLiteral("2026-12-01"), QStringLiteral("  ")).isEmpty());
    QVERIFY(P::visitProblem(QStringLiteral("2026-12-01"), QStringLiteral("業務の洗い出し")).isEmpty());
    // The check-in: "still in use?" is required; a KPI row needs its date and source; an
    // empty KPI row is no figure at all.
    const QVariantMap kpi { { "item", overtime }, { "value", "8.2" }, { "measuredOn", "2026-11" },
        { "source", "勤怠システム" } };
    QVERIFY(AdoptionController::checkInProblem(ADOPTION_USE_IN_USE, "12", { kpi }).isEmpty());
    QVERIFY(!AdoptionController::checkInProblem(0, "12", { kpi }).isEmpty());
    QVariantMap undated = kpi;
    undated.remove(QStringLiteral("measuredOn"));
    QVERIFY(!AdoptionController::checkInProblem(ADOPTION_USE_IN_USE, "12", { undated }).isEmpty());
    QVariantMap unsourced = kpi;
    unsourced[QStringLiteral("source")] = QString();
    QVERIFY(!AdoptionController::checkInProblem(ADOPTION_USE_IN_USE, "12", { unsourced }).isEmpty());
    QVERIFY(
        AdoptionController::checkInProblem(ADOPTION_USE_PARTLY, "", { QVariantMap { { "item", overtime } } })
            .isEmpty());
    QVERIFY(!AdoptionController::checkInProblem(ADOPTION_USE_PARTLY, "many", {}).isEmpty());
}

void TestFollowUp::dueAndStalledLists()
{
    AdoptionListModel due;
    QAbstractItemModelTester dueTester(&due);
    due.setScope(QStringLiteral("due"));
    due.setOrganisationId(QString::fromLatin1(kChikuma));
    due.setToday(m_today);
    m_demo->wire(due);
    QTRY_COMPARE(sampleColumn(due, "adoptionId", "adoptionId").size(), 2);
    // Oldest due first: the intercoms' overdue 12-month check-in, then the sensors' 3-month one.
    QCOMPARE(sampleColumn(due, "adoptionId", "adoptionId"), (QStringList { kIntercoms, kSensors }));
    QCOMPARE(sampleColumn(due, "standing", "adoptionId"), (QStringList { "overdue", "due" }));
    QCOMPARE(sampleColumn(due, "nextMonthsAfter", "adoptionId").value(1), QStringLiteral("3"));

    // Seven weeks earlier the intercoms' check-in (due 2026-10-07) was due, not yet overdue, and
    // the sensors' one not due yet; in September neither.
    due.setToday(QStringLiteral("2026-10-20"));
    QTRY_COMPARE(sampleColumn(due, "standing", "adoptionId"), QStringList { QStringLiteral("due") });
    QCOMPARE(sampleColumn(due, "adoptionId", "adoptionId"), QStringList { QString::fromLatin1(kIntercoms) });
    due.setToday(QStringLiteral("2026-09-20"));
    QTRY_COMPARE(sampleColumn(due, "adoptionId", "adoptionId").size(), 0);

    AdoptionListModel stalled;
    QAbstractItemModelTester stalledTester(&stalled);
    stalled.setScope(QStringLiteral("stalled"));
    stalled.setToday(m_today);
    m_demo->wire(stalled);
    QTRY_COMPARE(sampleColumn(stalled, "adoptionId", "adoptionId").size(), 2);
    // "No longer used" first, then the most overdue; the sensors (due, not overdue) are not stalled.
    QCOMPARE(sampleColumn(stalled, "adoptionId", "adoptionId"), (QStringList { kRobots, kIntercoms }));
    QVERIFY(!column(stalled, "stalledText").contains(QString()));

    AdoptionListModel all;
    QAbstractItemModelTester allTester(&all);
    all.setOrganisationId(QString::fromLatin1(kChikuma));
    all.setToday(m_today);
    m_demo->wire(all);
    QTRY_COMPARE(sampleColumn(all, "adoptionId", "adoptionId").size(), 2);
}

void TestFollowUp::applicantsModelCounts()
{
    ParticipationListModel applicants;
    QAbstractItemModelTester tester(&applicants);
    applicants.setProgrammeId(QString::fromLatin1(kProgramme));
    m_demo->wire(applicants);
    // Three as the server sent them, one application written here and waiting to be sent.
    QTRY_COMPARE(applicants.count(), 4);
    QCOMPARE(applicants.applied(), 4);
    QCOMPARE(applicants.waiting(), 2);
    QCOMPARE(applicants.chosen(), 1);
    QCOMPARE(applicants.notChosen(), 1);
    QCOMPARE(applicants.places(), 3);
    QCOMPARE(applicants.placesLeft(), 2);
    int pending = 0;
    for (int i = 0; i < applicants.count(); ++i)
        pending += applicants.get(i).value(QStringLiteral("pending")).toBool() ? 1 : 0;
    // The new application, and the chosen facility's visit log written here (送信待ち).
    QCOMPARE(pending, 2);
}

void TestFollowUp::choosingBeyondThePlacesIsRefused()
{
    // One place, already taken by the chosen facility: choosing another is refused here.
    bool changed = false;
    m_demo->onEngine([&changed](DeviceContext& context) {
        auto p = context.store->records().find<SupportProgramme>(kProgramme);
        if (!p || !*p)
            return;
        SupportProgramme one = **p;
        one.set_places(1);
        changed = context.store->records().put(one).ok();
    });
    QVERIFY(changed);
    ProgrammeController controller;
    m_demo->wire(controller);
    const qint64 before = m_demo->pending();
    QSignalSpy busy(&controller, &ProgrammeController::busyChanged);
    controller.decide(QString::fromLatin1(kAzusaApplication), true);
    QTRY_VERIFY(!controller.busy() && busy.count() >= 2);
    QVERIFY(controller.errorText().contains(QStringLiteral("place"), Qt::CaseInsensitive)
        || controller.errorText().contains(QStringLiteral("枠")));
    QCOMPARE(m_demo->pending(), before);
    // Not choosing needs no place.
    QSignalSpy decided(&controller, &ProgrammeController::decided);
    controller.decide(QString::fromLatin1(kAzusaApplication), false);
    QVERIFY(decided.wait(5000));
    QCOMPARE(m_demo->pending(), before + 1);
}

void TestFollowUp::measurementWithoutSourceQueuesNothing()
{
    ParticipationController controller;
    m_demo->wire(controller);
    controller.setParticipationId(QString::fromLatin1(kChosen));
    QTRY_VERIFY(controller.details().value(QStringLiteral("loaded")).toBool());
    QCOMPARE(controller.details().value(QStringLiteral("currentStep")).toInt(), int(IMPROVEMENT_STEP_ACT));
    // The visits in date order, the one written here last and waiting to be sent.
    const QVariantList visits = controller.details().value(QStringLiteral("visits")).toList();
    QCOMPARE(visits.size(), 4);
    QVERIFY(visits.last().toMap().value(QStringLiteral("pending")).toBool());
    QVERIFY(!visits.first().toMap().value(QStringLiteral("pending")).toBool());
    const qint64 before = m_demo->pending();
    controller.recordMeasurement(MEASURE_ITEM_BURDEN_SHARE, {}, MEASURE_PHASE_AFTER, QStringLiteral("45"),
        QStringLiteral("2026-11"), {});
    QVERIFY(!controller.errorText().isEmpty());
    QCOMPARE(m_demo->pending(), before);
    QSignalSpy queued(&controller, &ParticipationController::queued);
    controller.recordMeasurement(MEASURE_ITEM_BURDEN_SHARE, {}, MEASURE_PHASE_AFTER, QStringLiteral("45"),
        QStringLiteral("2026-11"), QStringLiteral("職員アンケート（n=30）"));
    QVERIFY(queued.wait(5000));
    QCOMPARE(m_demo->pending(), before + 1);
    // The burden figure now has a before and an after, and says how it changed.
    QTRY_VERIFY([&] {
        for (const auto& row : controller.details().value(QStringLiteral("measurements")).toList())
            if (!row.toMap().value(QStringLiteral("after")).toString().isEmpty()
                && row.toMap().value(QStringLiteral("after")).toString().startsWith(QStringLiteral("45"))
                && !row.toMap().value(QStringLiteral("changeText")).toString().isEmpty())
                return true;
        return false;
    }());
}

void TestFollowUp::effectReportCsvAndPdf()
{
    // The intercoms were adopted in FY2025 (October 2025): their 1, 3 and 6-month check-ins
    // are answered with a figure each, the 12-month one is not.
    std::optional<EffectReportContent> content;
    const QDateTime now = m_now;
    m_demo->onEngine([&content, now](DeviceContext& context) {
        content = EffectReport::read(*context.store, kChikuma, {}, 2025, now);
    });
    QVERIFY(content);
    QCOMPARE(content->adoptions.size(), 1);
    QCOMPARE(content->adoptions.front().adoptionId, QString::fromLatin1(kIntercoms));
    const QByteArray csv = EffectReport::csv(*content);
    QVERIFY(csv.startsWith("\xEF\xBB\xBF"));
    const QStringList rows = QString::fromUtf8(csv.mid(3)).split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
    QCOMPARE(rows.size(), 5); // header, three answered check-ins with one figure each, one unanswered
    QVERIFY(rows.at(0).startsWith(QStringLiteral("事業所,導入機器,導入日")));
    QVERIFY(rows.at(0).endsWith(QStringLiteral("測定日,出典")));
    QVERIFY(rows.at(1).contains(QStringLiteral("インカム 15台")));
    QVERIFY(rows.at(1).contains(QStringLiteral(",1,")));
    QVERIFY(rows.at(1).contains(QStringLiteral("一部で使っている"))
        || rows.at(1).contains(QStringLiteral("一部")));
    QVERIFY(rows.at(1).endsWith(QStringLiteral(",8.2,時間/月,2025-11,勤怠システム")));
    QVERIFY(rows.at(4).contains(QStringLiteral(",12,")));
    QVERIFY(rows.at(4).contains(QStringLiteral("未回答")));
    // Every row has the header's number of fields (no stray commas from the free text).
    for (const auto& row : rows)
        QCOMPARE(row.count(QLatin1Char(',')), rows.at(0).count(QLatin1Char(',')));
    // Nothing adopted in FY2024: no report.
    m_demo->onEngine([&content, now](DeviceContext& context) {
        content = EffectReport::read(*context.store, kChikuma, {}, 2024, now);
    });
    QVERIFY(!content);

    // The page as an image, drawn as the PDF is: ink at the title, and a preview for people to
    // look at (docs/screenshots/effectReport-a4-ja.png, with YK_EFFECT_REPORT_PREVIEW=file).
    m_demo->onEngine([&content, now](DeviceContext& context) {
        content = EffectReport::read(*context.store, kChikuma, {}, 2025, now);
    });
    QImage page(827, 1169, QImage::Format_RGB32);
    page.setDotsPerMeterX(3937);
    page.setDotsPerMeterY(3937);
    page.fill(Qt::white);
    {
        QPainter painter(&page);
        const QRect area = page.rect().adjusted(79, 79, -79, -79);
        painter.setViewport(area);
        painter.setWindow(area);
        ConsultationRecord::paintLines(painter, EffectReport::lines(*content));
    }
    if (qEnvironmentVariableIsSet("YK_EFFECT_REPORT_PREVIEW"))
        page.save(qEnvironmentVariable("YK_EFFECT_REPORT_PREVIEW"));
    int dark = 0;
    for (int y = 79; y < 200; ++y)
        for (int x = 0; x < page.width(); ++x)
            dark += qGray(page.pixel(x, y)) < 128 ? 1 : 0;
    QVERIFY(dark > 300);

    // Through the controller, as the page does: a PDF and a CSV, read back.
    QTemporaryDir out;
    AdoptionController controller;
    m_demo->wire(controller);
    controller.setOutputDirectory(out.path());
    controller.setAdoptionId(QString::fromLatin1(kIntercoms));
    QTRY_VERIFY(controller.details().value(QStringLiteral("loaded")).toBool());
    QSignalSpy written(&controller, &AdoptionController::reportWritten);
    controller.writeEffectReport(2025);
    QVERIFY(written.wait(20000));
    const QString pdfPath = written.front().at(0).toString();
    const QString csvPath = written.front().at(1).toString();
    QVERIFY(pdfPath.endsWith(QStringLiteral(".pdf")));
    QFile csvFile(csvPath);
    QVERIFY(csvFile.open(QIODevice::ReadOnly));
    QVERIFY(csvFile.readAll().contains("勤怠システム"));
    QProcess extract;
    extract.start(QStringLiteral("pdftotext"),
        { QStringLiteral("-enc"), QStringLiteral("UTF-8"), pdfPath, QStringLiteral("-") });
    QVERIFY2(extract.waitForFinished(20000), "pdftotext did not run: ./yk deps installs poppler-utils");
    QCOMPARE(extract.exitCode(), 0);
    // As tst_desk: compare without white space, NFKC-folded (the PDF's look-alike glyphs).
    QString text
        = QString::fromUtf8(extract.readAllStandardOutput()).normalized(QString::NormalizationForm_KC);
    text.replace(QChar(0x2ED1), QChar(0x9577)).replace(QChar(0x2027), QChar(0x30FB));
    text.remove(QRegularExpression(QStringLiteral("\\s")));
    for (const char* expected :
        { "導入機器の効果報告", "2025年度に導入した機器", "特別養護老人ホーム千曲の杜（デモ）",
            "インカム15台", "勤怠システム", "未回答", "導入12か月後の確認" })
        QVERIFY2(text.contains(QString::fromUtf8(expected).normalized(QString::NormalizationForm_KC)),
            qPrintable(QString::fromUtf8(expected) + QStringLiteral(" in ") + text));
}

void TestFollowUp::halfFilledFormSurvivesAPageSwitch()
{
    // A page's draft, typed half way; then the page goes (a switch to another section).
    {
        FormDraft page;
        m_demo->wire(page);
        page.setKey(QStringLiteral("apply:") + QString::fromLatin1(kProgramme));
        QTRY_VERIFY(page.loaded());
        QVERIFY(page.values().isEmpty());
        QSignalSpy saved(&page, &FormDraft::saved);
        page.save({ { QStringLiteral("reason"), QStringLiteral("夜勤の負担が大き") },
            { QStringLiteral("goals"), QString() } });
        QVERIFY(saved.wait(5000));
    }
    // The page comes back: what was typed is there; another form's draft is not mixed in.
    FormDraft back;
    m_demo->wire(back);
    back.setKey(QStringLiteral("apply:") + QString::fromLatin1(kProgramme));
    QTRY_VERIFY(back.loaded());
    QCOMPARE(back.values().value(QStringLiteral("reason")).toString(), QStringLiteral("夜勤の負担が大き"));
    FormDraft other;
    m_demo->wire(other);
    other.setKey(QStringLiteral("apply:another"));
    QTRY_VERIFY(other.loaded());
    QVERIFY(other.values().isEmpty());
    // Sent: the draft is gone for the next visit.
    back.clear();
    FormDraft after;
    m_demo->wire(after);
    after.setKey(QStringLiteral("apply:") + QString::fromLatin1(kProgramme));
    QTRY_VERIFY(after.loaded());
    QVERIFY(after.values().isEmpty());
}

void TestFollowUp::supportRecordListsProgrammesAndAdoptions()
{
    std::vector<SupportEvent> events;
    m_demo->onEngine(
        [&events](DeviceContext& context) { events = readSupportRecord(*context.store, kChikuma, false); });
    QStringList programmes;
    QStringList adoptions;
    for (const auto& e : events) {
        if (!isSample(e.recordId))
            continue; // the demo data set's own programme and adoptions of the facility
        if (e.kind == SupportEvent::Kind::Programme)
            programmes << e.recordId;
        if (e.kind == SupportEvent::Kind::Adoption)
            adoptions << e.recordId;
    }
    QCOMPARE(programmes, QStringList { QString::fromLatin1(kChosen) });
    QCOMPARE(adoptions.size(), 2);
    QVERIFY(adoptions.contains(QString::fromLatin1(kSensors)));
    QVERIFY(adoptions.contains(QString::fromLatin1(kIntercoms)));
    QVERIFY(!adoptions.contains(QString::fromLatin1(kRobots))); // another facility's
    // Newest first: the sensors (adopted in September 2026) before the intercoms (October 2025).
    QVERIFY(adoptions.indexOf(QString::fromLatin1(kSensors))
        < adoptions.indexOf(QString::fromLatin1(kIntercoms)));
}

void TestFollowUp::programmeRowsCountAndKnowTheirAdvisers()
{
    constexpr const char* kAdviser = "92dad97b-b4c4-4403-a0e1-23d1d037310b"; // the sample's adviser
    std::vector<QVariantMap> asAdviser;
    std::vector<QVariantMap> asFacility;
    const QDate today = m_now.date();
    m_demo->onEngine([&](DeviceContext& context) {
        asAdviser = readProgrammes(context, {}, kAdviser, today);
        asFacility = readProgrammes(context, kChikuma, "someone-else", today);
    });
    // The demo data set's programme has the same adviser; this checks the sample programme.
    const auto onlySample = [](std::vector<QVariantMap>& rows) {
        std::erase_if(rows, [](const QVariantMap& row) {
            return row.value(QStringLiteral("programmeId")).toString() != QLatin1String(kProgramme);
        });
    };
    onlySample(asAdviser);
    onlySample(asFacility);
    QCOMPARE(asAdviser.size(), std::size_t(1));
    QVERIFY(asAdviser.front().value(QStringLiteral("advises")).toBool());
    QVERIFY(!asFacility.front().value(QStringLiteral("advises")).toBool());
    QCOMPARE(asAdviser.front().value(QStringLiteral("applied")).toInt(), 4);
    QVERIFY(asAdviser.front().value(QStringLiteral("open")).toBool());
    QCOMPARE(asFacility.front().value(QStringLiteral("myParticipationId")).toString(),
        QString::fromLatin1(kChosen));
    QVERIFY(asAdviser.front().value(QStringLiteral("myParticipationId")).toString().isEmpty());
    // Outside the application window the programme is closed for applications.
    m_demo->onEngine([&](DeviceContext& context) {
        asFacility = readProgrammes(context, kChikuma, {}, today.addDays(40));
    });
    onlySample(asFacility);
    QVERIFY(!asFacility.front().value(QStringLiteral("open")).toBool());
}

// A photo taken at the facility goes with the visit log: kept encrypted on the device, named
// on the log at once, and no longer offered for the next log. Other files are refused.
void TestFollowUp::aVisitLogCarriesItsPhotos()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString photo = dir.filePath(QStringLiteral("特性要因図.png"));
    const QString text = dir.filePath(QStringLiteral("memo.txt"));
    for (const auto& path : { photo, text }) {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(QByteArray(2048, 'x'));
    }
    ParticipationController controller;
    m_demo->wire(controller);
    controller.setParticipationId(QString::fromLatin1(kChosen));
    QTRY_VERIFY(controller.details().value(QStringLiteral("loaded")).toBool());
    controller.addAttachment(text);
    QVERIFY(!controller.errorText().isEmpty());
    QVERIFY(controller.attachmentNames().isEmpty());
    controller.addAttachment(QUrl::fromLocalFile(photo).toString());
    QTRY_COMPARE(controller.attachmentNames(), QStringList { QStringLiteral("特性要因図.png") });
    QVERIFY(controller.errorText().isEmpty());

    QSignalSpy queued(&controller, &ParticipationController::queued);
    controller.logVisit(QStringLiteral("2026-12-07"), false, QStringLiteral("施設長"),
        QStringLiteral("特性要因図を貼り出した"), {}, IMPROVEMENT_STEP_ACT);
    QVERIFY(queued.wait(5000));
    QVERIFY(controller.attachmentNames().isEmpty());
    QTRY_VERIFY([&] {
        for (const auto& row : controller.details().value(QStringLiteral("visits")).toList())
            if (row.toMap().value(QStringLiteral("files")).toString() == QStringLiteral("特性要因図.png"))
                return row.toMap().value(QStringLiteral("pending")).toBool();
        return false;
    }());
}

// ---- the support menu (the demo centre's entries: sync/proto/demo/yokoten-demo.json) -------------

namespace {
constexpr const char* kIctSubsidy = "7f3c1e52-6a0d-5b8e-9c41-2d7a9e0b1f01";
constexpr const char* kModelFacility = "7f3c1e52-6a0d-5b8e-9c41-2d7a9e0b1f04";
constexpr const char* kTenryu = "ebc356d9-0732-4a71-9f4b-53fac420a3b7"; // a day service of 16 staff
constexpr const char* kWinterBeginnerSession = "f734f8e7-8821-4f63-bda7-60d84e23c771"; // the seminar's first

QStringList idsOf(const std::vector<QVariantMap>& rows)
{
    QStringList ids;
    for (const auto& row : rows)
        ids << row.value(QStringLiteral("entryId")).toString();
    return ids;
}
} // namespace

// A facility's list follows its own service type and staff count from its Organisation
// record: the national model facility (residential, 20 staff or more) is for 千曲の杜 (特養, 64
// staff), not for the day service 天竜 (16 staff); "all" shows every entry. The facility's row
// of caps and rates is the one whose staff-count range holds it.
void TestFollowUp::supportMenuFollowsTheFacilitysTypeAndSize()
{
    std::vector<QVariantMap> chikuma;
    std::vector<QVariantMap> tenryu;
    std::vector<QVariantMap> all;
    const QDate today = m_now.date();
    m_demo->onEngine([&](DeviceContext& context) {
        chikuma = readSupportMenu(context, kChikuma, {}, today);
        tenryu = readSupportMenu(context, kTenryu, {}, today);
        all = readSupportMenu(context, kTenryu, { 0, 0 }, today);
    });
    QVERIFY(idsOf(chikuma).contains(QLatin1String(kModelFacility)));
    QVERIFY(!idsOf(tenryu).contains(QLatin1String(kModelFacility)));
    QCOMPARE(all.size(), tenryu.size() + 1);
    QCOMPARE(tenryu.front().value(QStringLiteral("filterType")).toInt(),
        static_cast<int>(SERVICE_TYPE_DAY_SERVICE));
    QCOMPARE(tenryu.front().value(QStringLiteral("filterStaff")).toInt(), 16);
    for (const auto& row : chikuma)
        if (row.value(QStringLiteral("entryId")).toString() == QLatin1String(kIctSubsidy)) {
            QVERIFY2(row.value(QStringLiteral("tierText")).toString().contains(QStringLiteral("31")),
                qPrintable(row.value(QStringLiteral("tierText")).toString()));
            QVERIFY(row.value(QStringLiteral("open")).toBool());
        }

    SupportMenuListModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    m_demo->wire(model);
    model.setServiceType(0);
    model.setStaffCount(0);
    QTRY_COMPARE(model.count(), static_cast<int>(all.size()));
}

// From the entry to the sign-up: the seminar requirement names the next session still open,
// the consultation requirement is met by 千曲の杜's consultations, and
// a sign-up for the linked session meets the seminar requirement at once (waiting to be sent).
void TestFollowUp::menuEntryLeadsToTheSeminarAndKnowsWhatIsMet()
{
    // The demo store moves the demo's dates along with the calendar: the session's own
    // deadline says what "still open" means here.
    QDateTime deadline;
    m_demo->onEngine([&](DeviceContext& context) {
        if (auto s = context.store->records().find<SeminarSession>(kWinterBeginnerSession); s && *s)
            deadline = toDateTime((*s)->registration_deadline());
    });
    QVERIFY(deadline.isValid());
    const QDateTime open = deadline.addDays(-1);
    QVariantMap before;
    m_demo->onEngine(
        [&](DeviceContext& context) { before = readMenuEntry(context, kIctSubsidy, kChikuma, open); });
    QVERIFY(before.value(QStringLiteral("loaded")).toBool());
    const QVariantList requirements = before.value(QStringLiteral("requirements")).toList();
    QCOMPARE(requirements.size(), 3);
    const QVariantMap seminar = requirements[0].toMap();
    QVERIFY(!seminar.value(QStringLiteral("met")).toBool());
    const QVariantList links = seminar.value(QStringLiteral("links")).toList();
    QCOMPARE(links.size(), 2);
    QCOMPARE(links[0].toMap().value(QStringLiteral("kind")).toString(), QStringLiteral("seminar"));
    QCOMPARE(links[0].toMap().value(QStringLiteral("id")).toString(), QLatin1String(kWinterBeginnerSession));
    QVERIFY(requirements[1].toMap().value(QStringLiteral("met")).toBool());
    const QVariantMap consult
        = requirements[1].toMap().value(QStringLiteral("links")).toList().front().toMap();
    QCOMPARE(consult.value(QStringLiteral("kind")).toString(), QStringLiteral("consultation"));
    QVERIFY(requirements[2].toMap().value(QStringLiteral("links")).toList().isEmpty());

    bool queued = false;
    m_demo->onEngine([&](DeviceContext& context) {
        yk::sync::SignUpDetails details;
        details.sessionId = kWinterBeginnerSession;
        details.organisationId = kChikuma;
        details.attendeeName = "デモ 管理者";
        queued = context.engine->submit(yk::sync::makeSignUp(details)).ok();
    });
    QVERIFY(queued);
    QVariantMap after;
    m_demo->onEngine(
        [&](DeviceContext& context) { after = readMenuEntry(context, kIctSubsidy, kChikuma, open); });
    const QVariantMap met = after.value(QStringLiteral("requirements")).toList()[0].toMap();
    QVERIFY(met.value(QStringLiteral("met")).toBool());
    // Once the session's deadline has passed, the link offers the seminar's next session.
    m_demo->onEngine([&](DeviceContext& context) {
        after = readMenuEntry(context, kIctSubsidy, kChikuma, deadline.addSecs(3600));
    });
    const QVariantMap next = after.value(QStringLiteral("requirements"))
                                 .toList()[0]
                                 .toMap()
                                 .value(QStringLiteral("links"))
                                 .toList()[0]
                                 .toMap();
    QVERIFY(!next.value(QStringLiteral("id")).toString().isEmpty());
    QVERIFY(next.value(QStringLiteral("id")).toString() != QLatin1String(kWinterBeginnerSession));
}

// The centre's form: a nameless entry or a rate that is not a fraction is refused before
// anything is queued; rows left empty are dropped and a requirement keeps its links.
void TestFollowUp::menuEntryFormRefusesAndBuilds()
{
    QVariantMap fields { { QStringLiteral("kind"), 1 }, { QStringLiteral("name"), QString() } };
    QVERIFY(!MenuEntryController::entryProblem(fields).isEmpty());
    fields[QStringLiteral("name")] = QStringLiteral("見守り機器の導入補助（テスト）");
    fields[QStringLiteral("tiers")]
        = QVariantList { QVariantMap { { QStringLiteral("capYen"), QStringLiteral("300000") },
                             { QStringLiteral("rate"), QStringLiteral("4/3") } },
              QVariantMap {} };
    QVERIFY(!MenuEntryController::entryProblem(fields).isEmpty());
    fields[QStringLiteral("tiers")]
        = QVariantList { QVariantMap { { QStringLiteral("capYen"), QStringLiteral("300000") },
                             { QStringLiteral("rate"), QStringLiteral("3/4") } },
              QVariantMap {} };
    fields[QStringLiteral("requirements")] = QVariantList {
        QVariantMap { { QStringLiteral("text"), QStringLiteral("研修を受講していること") },
            { QStringLiteral("seminarId"), QLatin1String("815e3fb0-fa06-4345-918c-fa4c54f48d96") } },
        QVariantMap {}
    };
    QVERIFY2(MenuEntryController::entryProblem(fields).isEmpty(),
        qPrintable(MenuEntryController::entryProblem(fields)));
    const SupportMenuEntry e = MenuEntryController::entryFrom(fields);
    QCOMPARE(e.tiers_size(), 1);
    QCOMPARE(e.tiers(0).rate_numerator(), 3);
    QCOMPARE(e.tiers(0).cap_yen(), std::int64_t { 300000 });
    QCOMPARE(e.requirements_size(), 1);
    QCOMPARE(e.requirements(0).seminar_ids(0), std::string("815e3fb0-fa06-4345-918c-fa4c54f48d96"));
}

QTEST_MAIN(TestFollowUp)
#include "tst_followup.moc"
