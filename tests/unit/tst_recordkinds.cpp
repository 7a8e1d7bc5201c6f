// The one declaration of record kinds (sync/proto/record_kinds.h) against the protos: every
// RecordKind and every body of the Record envelope is declared exactly once, and the
// envelope helpers read kind, id and version from any of them.
#include "record_kinds.h"

#include <QTest>

#include <set>
#include <string>

using namespace yokoten::v1;
using namespace yk::proto;

class TestRecordKinds : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void everyRecordKindIsDeclaredOnce()
    {
        const auto* kinds = RecordKind_descriptor();
        std::set<int> declared;
        for (const auto& spec : recordKinds())
            QVERIFY2(declared.insert(spec.kind).second, RecordKind_Name(spec.kind).c_str());
        for (int i = 0; i < kinds->value_count(); ++i) {
            const int value = kinds->value(i)->number();
            if (value == RECORD_KIND_UNSPECIFIED)
                continue;
            QVERIFY2(declared.contains(value), kinds->value(i)->name().c_str());
            QVERIFY(specOf(static_cast<RecordKind>(value)) != nullptr);
        }
        QCOMPARE(specOf(RECORD_KIND_UNSPECIFIED), nullptr);
        QCOMPARE(static_cast<int>(declared.size()), kinds->value_count() - 1);
    }

    void everyEnvelopeBodyIsAKindWithIdAndVersion()
    {
        const auto* body = Record::descriptor()->FindOneofByName("body");
        QVERIFY(body != nullptr);
        std::set<std::string> tables;
        for (int i = 0; i < body->field_count(); ++i) {
            const auto* field = body->field(i);
            if (field->name() == "tombstone")
                continue;
            const RecordKindSpec* found = nullptr;
            for (const auto& spec : recordKinds())
                if (spec.bodyField == field->name())
                    found = &spec;
            QVERIFY2(found != nullptr, field->name().c_str());
            QVERIFY(tables.insert(std::string(found->table)).second);
            const auto* message = field->message_type();
            QVERIFY2(message->FindFieldByName("id") != nullptr, field->name().c_str());
            QVERIFY2(message->FindFieldByName("server_version") != nullptr, field->name().c_str());

            Record record;
            auto* inner = Record::GetReflection()->MutableMessage(&record, field);
            inner->GetReflection()->SetString(inner, message->FindFieldByName("id"), "id-" + field->name());
            setServerVersion(record, 40 + i);
            QCOMPARE(kindOf(record), found->kind);
            QCOMPARE(std::string(idOf(record)), "id-" + field->name());
            QCOMPARE(serverVersionOf(record), std::int64_t(40 + i));

            Record copy;
            QVERIFY(setBodyFromPayload(copy, found->kind, inner->SerializeAsString()));
            QCOMPARE(copy.SerializeAsString(), record.SerializeAsString());
        }
    }

    void tombstonesAndEmptyEnvelopes()
    {
        Record gone;
        gone.mutable_tombstone()->set_kind(RECORD_KIND_LOAN_REQUEST);
        gone.mutable_tombstone()->set_id("loan-1");
        QCOMPARE(kindOf(gone), RECORD_KIND_LOAN_REQUEST);
        QCOMPARE(std::string(idOf(gone)), std::string("loan-1"));
        QCOMPARE(kindOf(Record {}), RECORD_KIND_UNSPECIFIED);
        QVERIFY(idOf(Record {}).empty());
        Record record;
        QVERIFY(!setBodyFromPayload(record, RECORD_KIND_UNSPECIFIED, ""));
        QVERIFY(!setBodyFromPayload(record, RECORD_KIND_USER, "\xff\xff\xff"));
    }

    void visitorDataKinds()
    {
        // What a kiosk sends and never keeps.
        std::set<int> visitor;
        for (const auto& spec : recordKinds())
            if (spec.visitorData)
                visitor.insert(spec.kind);
        QCOMPARE(visitor,
            (std::set<int> {
                RECORD_KIND_REGISTRATION, RECORD_KIND_LOAN_REQUEST, RECORD_KIND_VISITOR_ENTRY }));
    }
};

QTEST_GUILESS_MAIN(TestRecordKinds)
#include "tst_recordkinds.moc"
