#include "record_kinds.h"

#include <array>

namespace yk::proto {

using namespace yokoten::v1;

namespace {

// The one list of record kinds. A new kind: its message and RecordKind value in the protos,
// a line here, then its rules (tst_recordkinds checks the list against the protos).
constexpr std::array kKinds {
    RecordKindSpec { RECORD_KIND_ORGANISATION, "organisation", "organisations", false },
    RecordKindSpec { RECORD_KIND_USER, "user", "users", false },
    RecordKindSpec { RECORD_KIND_CASE, "good_practice_case", "cases", false },
    RecordKindSpec { RECORD_KIND_SEMINAR, "seminar", "seminars", false },
    RecordKindSpec { RECORD_KIND_SEMINAR_SESSION, "seminar_session", "seminar_sessions", false },
    RecordKindSpec { RECORD_KIND_REGISTRATION, "registration", "registrations", true },
    RecordKindSpec { RECORD_KIND_CHECK_IN, "check_in", "check_ins", false },
    RecordKindSpec { RECORD_KIND_EQUIPMENT_MODEL, "equipment_model", "equipment_models", false },
    RecordKindSpec { RECORD_KIND_EQUIPMENT_UNIT, "equipment_unit", "equipment_units", false },
    RecordKindSpec { RECORD_KIND_LOAN_REQUEST, "loan_request", "loan_requests", true },
    RecordKindSpec { RECORD_KIND_ASSESSMENT_TEMPLATE, "assessment_template", "assessment_templates", false },
    RecordKindSpec { RECORD_KIND_ASSESSMENT_RESPONSE, "assessment_response", "assessment_responses", false },
    RecordKindSpec { RECORD_KIND_VISITOR_ENTRY, "visitor_entry", "visitor_entries", true },
    RecordKindSpec { RECORD_KIND_CONSULTATION, "consultation", "consultations", false },
    RecordKindSpec { RECORD_KIND_PROGRAMME, "programme", "programmes", false },
    RecordKindSpec { RECORD_KIND_PARTICIPATION, "participation", "participations", false },
    RecordKindSpec { RECORD_KIND_ADOPTION, "adoption", "adoptions", false },
    RecordKindSpec { RECORD_KIND_NOTICE, "notice", "notices", false },
    RecordKindSpec { RECORD_KIND_SUPPORT_MENU_ENTRY, "support_menu_entry", "support_menu_entries", false },
    RecordKindSpec { RECORD_KIND_INDICATOR_SHEET, "indicator_sheet", "indicator_sheets", false },
};

const google::protobuf::FieldDescriptor* bodyFieldOf(RecordKind kind)
{
    const auto* spec = specOf(kind);
    if (spec == nullptr)
        return nullptr;
    return Record::descriptor()->FindFieldByName(std::string(spec->bodyField));
}

const google::protobuf::FieldDescriptor* setBodyField(const Record& record)
{
    static const auto* oneof = Record::descriptor()->FindOneofByName("body");
    return Record::GetReflection()->GetOneofFieldDescriptor(record, oneof);
}

} // namespace

std::span<const RecordKindSpec> recordKinds()
{
    return kKinds;
}

const RecordKindSpec* specOf(RecordKind kind)
{
    for (const auto& spec : kKinds)
        if (spec.kind == kind)
            return &spec;
    return nullptr;
}

RecordKind kindOf(const Record& record)
{
    if (record.has_tombstone())
        return record.tombstone().kind();
    const auto* field = setBodyField(record);
    if (field == nullptr)
        return RECORD_KIND_UNSPECIFIED;
    for (const auto& spec : kKinds)
        if (spec.bodyField == field->name())
            return spec.kind;
    return RECORD_KIND_UNSPECIFIED;
}

const google::protobuf::Message* bodyOf(const Record& record)
{
    const auto* field = setBodyField(record);
    return field != nullptr ? &Record::GetReflection()->GetMessage(record, field) : nullptr;
}

google::protobuf::Message* mutableBodyOf(Record& record)
{
    const auto* field = setBodyField(record);
    return field != nullptr ? Record::GetReflection()->MutableMessage(&record, field) : nullptr;
}

std::string_view idOf(const Record& record)
{
    const auto* body = bodyOf(record);
    if (body == nullptr)
        return {};
    const auto* field = body->GetDescriptor()->FindFieldByName("id");
    if (field == nullptr)
        return {};
    // Generated messages hand out a reference to the field itself; the scratch string is
    // only written for other kinds of message.
    thread_local std::string scratch;
    return body->GetReflection()->GetStringReference(*body, field, &scratch);
}

std::int64_t serverVersionOf(const Record& record)
{
    const auto* body = bodyOf(record);
    if (body == nullptr)
        return 0;
    const auto* field = body->GetDescriptor()->FindFieldByName("server_version");
    return field != nullptr ? body->GetReflection()->GetInt64(*body, field) : 0;
}

void setServerVersion(Record& record, std::int64_t version)
{
    auto* body = mutableBodyOf(record);
    if (body == nullptr)
        return;
    const auto* field = body->GetDescriptor()->FindFieldByName("server_version");
    if (field != nullptr)
        body->GetReflection()->SetInt64(body, field, version);
}

bool setBodyFromPayload(Record& record, RecordKind kind, std::string_view payload)
{
    const auto* field = bodyFieldOf(kind);
    if (field == nullptr)
        return false;
    auto* body = Record::GetReflection()->MutableMessage(&record, field);
    return body->ParseFromArray(payload.data(), static_cast<int>(payload.size()));
}

} // namespace yk::proto
