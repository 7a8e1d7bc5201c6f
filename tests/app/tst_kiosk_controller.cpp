// The exhibition kiosk's controller on a real demo store: the idle countdown and its reset,
// the three visitor entries queued offline (and refused with nothing queued when a required
// field is missing), and the attendant PIN.
#include "demo_store_fixture.h"

#include "app/app_settings.h"
#include "app/kiosk_controller.h"
#include "app/questionnaire.h"

#include "attendant_pin.h"
#include "engine/sync_repository.h"
#include "store/store.h"
#include "yokoten/v1/sync.pb.h"

#include <QDate>

using namespace yk::app;
using namespace yokoten::v1;

class TestKioskController : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void idleCountdownResets();
    void touchKeepsTheVisitor();
    void visitIsQueuedForTheExhibition();
    void loanWishNeedsAWayToReachTheVisitor();
    void questionnaireNeedsItsRequiredAnswers();
    void attendantPin();

private:
    static std::vector<VisitorEntry> queuedEntries(test::DemoStore& demo);
};

std::vector<VisitorEntry> TestKioskController::queuedEntries(test::DemoStore& demo)
{
    std::vector<VisitorEntry> entries;
    demo.onEngine([&](DeviceContext& context) {
        auto outbox = yk::sync::SyncRepository(context.store->database()).outbox();
        QVERIFY(bool(outbox));
        for (const auto& row : *outbox) {
            Mutation m;
            QVERIFY(m.ParseFromString(row.mutation));
            if (m.has_submit_visitor_entry())
                entries.push_back(m.submit_visitor_entry().entry());
        }
    });
    return entries;
}

void TestKioskController::idleCountdownResets()
{
    KioskController kiosk;
    kiosk.setIdleSeconds(3);
    QSignalSpy reset(&kiosk, &KioskController::idleReset);
    QVERIFY(!kiosk.warning());
    kiosk.setActive(true);
    QCOMPARE(kiosk.secondsLeft(), 3);
    // The countdown is shown before the reset (the last half of a short idle time).
    QTRY_VERIFY_WITH_TIMEOUT(kiosk.warning(), 3000);
    QVERIFY(reset.isEmpty());
    QTRY_COMPARE_WITH_TIMEOUT(reset.count(), 1, 5000);
    QVERIFY(!kiosk.active());
    QVERIFY(!kiosk.warning());
}

void TestKioskController::touchKeepsTheVisitor()
{
    KioskController kiosk;
    kiosk.setIdleSeconds(2);
    QSignalSpy reset(&kiosk, &KioskController::idleReset);
    kiosk.setActive(true);
    // Touching every 0.7 s for 3 s: longer than the idle time, yet no reset.
    for (int i = 0; i < 4; ++i) {
        QTest::qWait(700);
        kiosk.touch();
    }
    QCOMPARE(reset.count(), 0);
    QCOMPARE(kiosk.secondsLeft(), 2);
    // Not inside a flow (the start screen): nothing counts down.
    kiosk.setActive(false);
    QTest::qWait(2500);
    QCOMPARE(reset.count(), 0);
}

void TestKioskController::visitIsQueuedForTheExhibition()
{
    test::DemoStore demo;
    QVERIFY(demo.open());
    KioskController kiosk;
    demo.wire(kiosk);
    QTRY_VERIFY(!kiosk.sessionId().isEmpty());
    QVERIFY(!kiosk.exhibitionTitle().isEmpty());
    const qint64 before = demo.pending();

    // The organisation is required: nothing is queued without it.
    kiosk.submitVisit({ { "name", "山田 花子" }, { "organisation", "  " } });
    QVERIFY(!kiosk.errorText().isEmpty());
    QCOMPARE(demo.pending(), before);

    QSignalSpy submitted(&kiosk, &KioskController::submitted);
    kiosk.submitVisit({ { "name", "山田 花子" }, { "organisation", "特別養護老人ホーム さくら" },
        { "email", "hanako@example.jp" }, { "facilityType", int(SERVICE_TYPE_NURSING_HOME) },
        { "interests", QVariantList { int(EQUIPMENT_AREA_MONITORING), int(EQUIPMENT_AREA_TRANSFER), 99 } } });
    QTRY_VERIFY(submitted.count() == 1 || !kiosk.errorText().isEmpty());
    QCOMPARE(kiosk.errorText(), QString());
    QCOMPARE(submitted.count(), 1);
    QCOMPARE(submitted.first().first().toString(), QStringLiteral("visit"));
    QCOMPARE(demo.pending(), before + 1);
    const auto entries = queuedEntries(demo);
    QCOMPARE(entries.size(), std::size_t(1));
    const VisitorEntry& e = entries.front();
    QCOMPARE(e.kind(), VISITOR_ENTRY_KIND_VISIT);
    QCOMPARE(QString::fromStdString(e.session_id()), kiosk.sessionId());
    QCOMPARE(e.visitor_name(), std::string("山田 花子"));
    QCOMPARE(e.facility_type(), SERVICE_TYPE_NURSING_HOME);
    QCOMPARE(e.interests_size(), 2); // 99 is no area
    QVERIFY(!e.id().empty());
    QVERIFY(e.has_entered_at());
}

void TestKioskController::loanWishNeedsAWayToReachTheVisitor()
{
    test::DemoStore demo;
    QVERIFY(demo.open());
    KioskController kiosk;
    demo.wire(kiosk);
    QTRY_VERIFY(!kiosk.sessionId().isEmpty());
    const qint64 before = demo.pending();
    const QString from = QDate::currentDate().addDays(14).toString(Qt::ISODate);
    const QString to = QDate::currentDate().addDays(27).toString(Qt::ISODate);
    QVariantMap form { { "organisation", "デイサービス ひだまり" },
        { "modelId", "00000000-0000-4000-8000-000000000001" }, { "from", from }, { "to", to } };

    kiosk.submitLoanWish(form); // neither e-mail nor phone
    QVERIFY(kiosk.errorText().contains(QStringLiteral("メール"))
        || kiosk.errorText().contains(QStringLiteral("e-mail")));
    form.insert("phone", "026-000-0000");
    form.insert("from", to);
    form.insert("to", from); // backwards
    kiosk.submitLoanWish(form);
    QVERIFY(!kiosk.errorText().isEmpty());
    form.insert("from", QDate::currentDate().addDays(-1).toString(Qt::ISODate));
    kiosk.submitLoanWish(form); // starts in the past
    QVERIFY(!kiosk.errorText().isEmpty());
    QCOMPARE(demo.pending(), before);

    form.insert("from", from);
    form.insert("to", to);
    QSignalSpy submitted(&kiosk, &KioskController::submitted);
    kiosk.submitLoanWish(form);
    QTRY_VERIFY(submitted.count() == 1 || !kiosk.errorText().isEmpty());
    QCOMPARE(kiosk.errorText(), QString());
    QCOMPARE(submitted.count(), 1);
    const auto entries = queuedEntries(demo);
    QCOMPARE(entries.size(), std::size_t(1));
    QCOMPARE(entries.front().kind(), VISITOR_ENTRY_KIND_LOAN_REQUEST);
    QCOMPARE(QString::fromStdString(entries.front().from_date()), from);
    QCOMPARE(entries.front().visitor_phone(), std::string("026-000-0000"));
}

void TestKioskController::questionnaireNeedsItsRequiredAnswers()
{
    test::DemoStore demo;
    QVERIFY(demo.open());
    KioskController kiosk;
    demo.wire(kiosk);
    QTRY_VERIFY(!kiosk.sessionId().isEmpty());
    const qint64 before = demo.pending();
    auto answer = [](QStringList choices, QString text = {}) {
        return QVariantMap { { "choices", choices }, { "text", text } };
    };
    QVariantMap answers { { "adoption", answer({ "considering" }) },
        { "barriers", answer({ "cost", "trial" }) } };

    kiosk.submitQuestionnaire({ { "answers", answers } }); // trial_loan and usefulness missing
    QVERIFY(!kiosk.errorText().isEmpty());
    answers.insert("trial_loan", answer({ "yes", "no" })); // one answer only
    answers.insert("usefulness", answer({ "4" }));
    kiosk.submitQuestionnaire({ { "answers", answers } });
    QVERIFY(!kiosk.errorText().isEmpty());
    answers.insert("trial_loan", answer({ "maybe" })); // not an option
    kiosk.submitQuestionnaire({ { "answers", answers } });
    QVERIFY(!kiosk.errorText().isEmpty());
    QCOMPARE(demo.pending(), before);

    answers.insert("trial_loan", answer({ "yes" }));
    answers.insert("comment", answer({}, QStringLiteral("  入浴支援の機器も見たい  ")));
    QSignalSpy submitted(&kiosk, &KioskController::submitted);
    kiosk.submitQuestionnaire({ { "answers", answers }, { "facilityType", int(SERVICE_TYPE_DAY_SERVICE) } });
    QTRY_VERIFY(submitted.count() == 1 || !kiosk.errorText().isEmpty());
    QCOMPARE(kiosk.errorText(), QString());
    QCOMPARE(submitted.count(), 1);
    const auto entries = queuedEntries(demo);
    QCOMPARE(entries.size(), std::size_t(1));
    const VisitorEntry& e = entries.front();
    QCOMPARE(e.kind(), VISITOR_ENTRY_KIND_EXHIBITION_QUESTIONNAIRE);
    QVERIFY(e.visitor_name().empty());
    QCOMPARE(e.answers_size(), 5);
    bool sawBarriers = false;
    for (const auto& a : e.answers()) {
        if (a.question_id() == "barriers") {
            sawBarriers = true;
            QCOMPARE(a.choices_size(), 2);
        }
        if (a.question_id() == "comment")
            QCOMPARE(a.text(), std::string("入浴支援の機器も見たい"));
    }
    QVERIFY(sawBarriers);
}

void TestKioskController::attendantPin()
{
    QTemporaryDir dir;
    yk::platform::AttendantPin::Options options;
    options.iterations = 1000;
    yk::platform::AttendantPin pin(
        dir.filePath("attendant.pin"), [] { return QDateTime::currentMSecsSinceEpoch(); }, options);
    AppSettings settings(dir.filePath("settings.ini"));
    settings.setAttendantPin(&pin);
    KioskController kiosk;
    kiosk.setSettings(&settings);
    QVERIFY(!kiosk.pinSet());
    QVERIFY(!kiosk.unlockAttendant("1234"));
    QVERIFY(!kiosk.setAttendantPin("12")); // too short
    QVERIFY(kiosk.setAttendantPin("246810"));
    QVERIFY(kiosk.pinSet());
    // Once set, only the unlocked panel may change it.
    QVERIFY(!kiosk.setAttendantPin("1111"));
    QVERIFY(!kiosk.unlockAttendant("000000"));
    QVERIFY(kiosk.pinMessage().contains(QLatin1Char('4'))); // "4 tries left"
    QVERIFY(!kiosk.attendantUnlocked());
    QVERIFY(kiosk.unlockAttendant("246810"));
    QVERIFY(kiosk.attendantUnlocked());
    // The idle reset locks the panel again.
    kiosk.setIdleSeconds(1);
    kiosk.setActive(true);
    QTRY_VERIFY_WITH_TIMEOUT(!kiosk.attendantUnlocked(), 4000);
}

QTEST_MAIN(TestKioskController)
#include "tst_kiosk_controller.moc"
