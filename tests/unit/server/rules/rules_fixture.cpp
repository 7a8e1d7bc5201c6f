#include "rules_fixture.h"

#include "engine/mutations.h"

#include "test_store_location.h"

#include "core/placement.h"

#include <QTest>

namespace yk::test {

using namespace yokoten::v1;
using yk::server::Principal;

namespace {

Principal staffPrincipal(const std::string& userId, const std::string& orgId, OrganisationKind kind,
    const std::string& municipalityId, Role role, int prefecture = kPrefecture)
{
    Principal p;
    p.deviceId = uuidFor(600 + std::stoi(userId.substr(24)));
    p.deviceKind = DEVICE_KIND_TABLET;
    p.userId = userId;
    p.organisationId = orgId;
    p.organisationKind = kind;
    p.prefectureCode = prefecture;
    p.municipalityId = municipalityId;
    p.roles = { role };
    return p;
}

Record user(const std::string& id, const std::string& orgId, Role role, const std::string& name)
{
    Record r;
    auto* u = r.mutable_user();
    u->set_id(id);
    u->set_organisation_id(orgId);
    u->set_login("login-" + id.substr(24));
    u->set_display_name(name);
    u->add_roles(role);
    return r;
}

} // namespace

bool RulesFixture::open(const std::filesystem::path& dir)
{
    auto created = yk::test::createServerStore(yk::test::newTestStoreLocation(dir));
    if (!created) {
        QTest::qFail(("create store: " + created.error().detail).c_str(), __FILE__, __LINE__);
        return false;
    }
    m_store = std::move(*created);
    auto signer = yk::server::TicketSigner::open(*m_store);
    if (!signer) {
        QTest::qFail(("open signer: " + signer.error().detail).c_str(), __FILE__, __LINE__);
        return false;
    }
    m_signer = std::move(*signer);
    m_mutator = std::make_unique<yk::server::Mutator>(*m_signer);

    Record seminar;
    seminar.mutable_seminar()->set_id(ids::seminar);
    seminar.mutable_seminar()->set_organiser_org_id(ids::centre);
    seminar.mutable_seminar()->set_prefecture_code(kPrefecture);
    seminar.mutable_seminar()->set_title("介護ロボット入門セミナー");
    Record templateV1;
    *templateV1.mutable_assessment_template() = assessmentTemplate(ids::templateV1, 1);

    const std::vector<Record> records = {
        organisation(ids::prefecture, ORGANISATION_KIND_PREFECTURE, "", kPrefecture, "東京都"),
        organisation(
            ids::municipality, ORGANISATION_KIND_MUNICIPALITY, ids::prefecture, kPrefecture, "八王子市"),
        organisation(ids::facilityA, ORGANISATION_KIND_FACILITY, ids::municipality, kPrefecture, "さくら苑"),
        organisation(ids::facilityB, ORGANISATION_KIND_FACILITY, ids::municipality, kPrefecture, "あおば荘"),
        organisation(ids::centre, ORGANISATION_KIND_CENTRE, ids::prefecture, kPrefecture, "総合相談センター"),
        organisation(ids::otherPrefecture, ORGANISATION_KIND_PREFECTURE, "", 14, "神奈川県"),
        organisation(ids::otherFacility, ORGANISATION_KIND_FACILITY, ids::otherPrefecture, 14, "みなと苑"),
        user(ids::staffA, ids::facilityA, ROLE_FACILITY_STAFF, "職員A"),
        user(ids::managerA, ids::facilityA, ROLE_FACILITY_MANAGER, "管理者A"),
        user(ids::municipalOfficer, ids::municipality, ROLE_MUNICIPAL_OFFICER, "市職員"),
        user(ids::prefectureOfficer, ids::prefecture, ROLE_PREFECTURE_OFFICER, "県職員"),
        user(ids::centreStaff, ids::centre, ROLE_CENTRE_STAFF, "センター職員"),
        user(ids::staffB, ids::facilityB, ROLE_FACILITY_STAFF, "職員B"),
        seminar,
        session(ids::session, 2),
        equipmentModel(ids::model, 14),
        unit(ids::unit1, ids::model),
        unit(ids::unit2, ids::model),
        templateV1,
    };
    for (const auto& record : records) {
        if (!seed(record))
            return false;
    }
    return true;
}

bool RulesFixture::seed(Record record)
{
    auto tx = m_store->write();
    if (!tx)
        return false;
    if (auto placed = yk::server::putPlaced(**tx, record); !placed) {
        QTest::qFail(("seed: " + placed.error().detail).c_str(), __FILE__, __LINE__);
        return false;
    }
    return (*tx)->commit().ok();
}

MutationResult RulesFixture::apply(const Principal& caller, const Mutation& mutation)
{
    auto tx = m_store->write();
    if (!tx) {
        QTest::qFail("open write transaction", __FILE__, __LINE__);
        return {};
    }
    auto result = m_mutator->apply(**tx, caller, mutation, now);
    if (!result) {
        QTest::qFail(("apply: " + result.error().detail).c_str(), __FILE__, __LINE__);
        return {};
    }
    if (result->status() == MUTATION_STATUS_APPLIED && !(*tx)->commit()) {
        QTest::qFail("commit", __FILE__, __LINE__);
        return {};
    }
    return *result;
}

std::optional<Record> RulesFixture::find(RecordKind kind, const std::string& id)
{
    auto snapshot = m_store->read();
    if (!snapshot)
        return std::nullopt;
    auto found = (*snapshot)->find(kind, id);
    return found ? *found : std::nullopt;
}

Principal staffA()
{
    return staffPrincipal(
        ids::staffA, ids::facilityA, ORGANISATION_KIND_FACILITY, ids::municipality, ROLE_FACILITY_STAFF);
}

Principal managerA()
{
    return staffPrincipal(
        ids::managerA, ids::facilityA, ORGANISATION_KIND_FACILITY, ids::municipality, ROLE_FACILITY_MANAGER);
}

Principal municipalOfficer()
{
    return staffPrincipal(ids::municipalOfficer, ids::municipality, ORGANISATION_KIND_MUNICIPALITY,
        ids::municipality, ROLE_MUNICIPAL_OFFICER);
}

Principal prefectureOfficer()
{
    return staffPrincipal(
        ids::prefectureOfficer, ids::prefecture, ORGANISATION_KIND_PREFECTURE, "", ROLE_PREFECTURE_OFFICER);
}

Principal centreStaff()
{
    return staffPrincipal(ids::centreStaff, ids::centre, ORGANISATION_KIND_CENTRE, "", ROLE_CENTRE_STAFF);
}

Principal attendee()
{
    // A phone enrolled with the centre's code: the device belongs to the centre, the person
    // to nobody the server knows.
    Principal p;
    p.deviceId = ids::attendeePhone;
    p.deviceKind = DEVICE_KIND_PHONE;
    p.organisationId = ids::centre;
    p.organisationKind = ORGANISATION_KIND_CENTRE;
    p.prefectureCode = kPrefecture;
    p.roles = { ROLE_ATTENDEE };
    return p;
}

Principal kiosk()
{
    Principal p;
    p.deviceId = ids::kioskDevice;
    p.deviceKind = DEVICE_KIND_KIOSK;
    p.organisationId = ids::centre;
    p.organisationKind = ORGANISATION_KIND_CENTRE;
    p.prefectureCode = kPrefecture;
    p.roles = { ROLE_KIOSK };
    return p;
}

Principal staffB()
{
    return staffPrincipal(
        ids::staffB, ids::facilityB, ORGANISATION_KIND_FACILITY, ids::municipality, ROLE_FACILITY_STAFF);
}

Principal facilityStaff(const std::string& organisationId, const std::string& userId, int prefecture)
{
    return staffPrincipal(userId, organisationId, ORGANISATION_KIND_FACILITY, ids::municipality,
        ROLE_FACILITY_STAFF, prefecture);
}

Record organisation(const std::string& id, OrganisationKind kind, const std::string& parentId, int prefecture,
    const std::string& name)
{
    Record r;
    auto* o = r.mutable_organisation();
    o->set_id(id);
    o->set_kind(kind);
    o->set_parent_id(parentId);
    o->set_prefecture_code(prefecture);
    o->set_name(name);
    return r;
}

Record session(const std::string& id, int capacity)
{
    Record r;
    auto* s = r.mutable_seminar_session();
    s->set_id(id);
    s->set_seminar_id(ids::seminar);
    s->set_capacity(capacity);
    s->set_venue_name("センター研修室");
    return r;
}

Record unit(const std::string& id, const std::string& modelId)
{
    Record r;
    auto* u = r.mutable_equipment_unit();
    u->set_id(id);
    u->set_model_id(modelId);
    u->set_centre_org_id(ids::centre);
    u->set_asset_tag("TAG-" + id.substr(30));
    u->set_status(UNIT_STATUS_AVAILABLE);
    return r;
}

Record equipmentModel(const std::string& id, int maxLoanDays)
{
    Record r;
    auto* m = r.mutable_equipment_model();
    m->set_id(id);
    m->set_name("見守りセンサー");
    m->set_area(EQUIPMENT_AREA_MONITORING);
    m->set_max_loan_days(maxLoanDays);
    m->set_centre_org_id(ids::centre);
    m->set_prefecture_code(kPrefecture);
    return r;
}

AssessmentTemplate assessmentTemplate(const std::string& id, int version)
{
    AssessmentTemplate t;
    t.set_id(id);
    t.set_family(kFamily);
    t.set_version(version);
    t.set_title("生産性向上の取組 自己点検");
    for (const char* areaId : { "1", "2" }) {
        auto* area = t.add_areas();
        area->set_id(areaId);
        area->set_title(std::string("領域") + areaId);
        auto* level = area->add_items();
        level->set_id(std::string(areaId) + "-1");
        level->set_kind(ASSESSMENT_ITEM_KIND_LEVEL);
        level->set_weight(1);
        for (int v = 0; v <= 4; ++v) {
            auto* scale = level->add_scale();
            scale->set_value(v);
            scale->set_label(std::to_string(v));
        }
        auto* yesNo = area->add_items();
        yesNo->set_id(std::string(areaId) + "-2");
        yesNo->set_kind(ASSESSMENT_ITEM_KIND_YES_NO);
        yesNo->set_weight(1);
    }
    return t;
}

AssessmentTemplate checklistTemplate(const std::string& id, AssessmentTemplateKind kind, int prefectureCode)
{
    AssessmentTemplate t;
    t.set_id(id);
    t.set_family("checklist-" + id);
    t.set_version(1);
    t.set_kind(kind);
    t.set_prefecture_code(prefectureCode);
    t.set_title("委員会の設置");
    auto* area = t.add_areas();
    area->set_id("committee");
    area->set_title("委員会");
    for (const char* itemId : { "c-1", "c-2" }) {
        auto* item = area->add_items();
        item->set_id(itemId);
        item->set_kind(ASSESSMENT_ITEM_KIND_YES_NO);
        item->set_weight(1);
    }
    auto* note = area->add_items();
    note->set_id("c-3");
    note->set_kind(ASSESSMENT_ITEM_KIND_TEXT);
    return t;
}

Mutation createCase(const std::string& id, const std::string& ownerOrg, const std::string& title)
{
    Mutation m;
    auto* c = m.mutable_create_case()->mutable_good_practice_case();
    c->set_id(id);
    c->set_owner_org_id(ownerOrg);
    c->set_title(title);
    c->set_category(CASE_CATEGORY_ICT);
    c->mutable_sections()->set_background("夜勤の巡回が負担になっていた。");
    // Public: the scope that goes through the centre's moderation (the default is the owner only).
    c->set_publication_scope(PUBLICATION_SCOPE_PUBLIC);
    return m;
}

Mutation editCase(const std::string& id, std::int64_t baseRevision, const std::vector<std::string>& fields,
    const GoodPracticeCase& values)
{
    Mutation m;
    auto* e = m.mutable_edit_case();
    e->set_case_id(id);
    e->set_base_revision(baseRevision);
    for (const auto& field : fields)
        e->add_fields(field);
    *e->mutable_values() = values;
    return m;
}

Mutation submitCase(const std::string& id)
{
    Mutation m;
    m.mutable_submit_case()->set_case_id(id);
    return m;
}

Mutation publishCase(const std::string& id, PublicationScope scope)
{
    Mutation m;
    m.mutable_publish_case()->set_case_id(id);
    m.mutable_publish_case()->set_scope(scope);
    return m;
}

Mutation archiveCase(const std::string& id)
{
    Mutation m;
    m.mutable_archive_case()->set_case_id(id);
    return m;
}

Mutation signUp(const std::string& registrationId, const std::string& sessionId, const std::string& email)
{
    return sync::makeSignUp({ .sessionId = sessionId,
        .attendeeName = "参加者",
        .attendeeEmail = email,
        .registrationId = registrationId });
}

Mutation cancelRegistration(const std::string& registrationId)
{
    Mutation m;
    m.mutable_cancel_registration()->set_registration_id(registrationId);
    return m;
}

Mutation checkIn(const std::string& checkInId, const std::string& nonce, const std::string& sessionId,
    const Ticket& ticket)
{
    Mutation m;
    auto* c = m.mutable_record_check_in()->mutable_check_in();
    c->set_id(checkInId);
    c->set_nonce(nonce);
    c->set_session_id(sessionId);
    *m.mutable_record_check_in()->mutable_ticket() = ticket;
    return m;
}

Mutation requestLoan(const std::string& id, const std::string& requesterOrg, const std::string& from,
    const std::string& to, const std::string& modelId)
{
    Mutation m;
    auto* l = m.mutable_request_loan()->mutable_loan();
    l->set_id(id);
    l->set_model_id(modelId);
    l->set_requester_org_id(requesterOrg);
    l->set_from_date(from);
    l->set_to_date(to);
    l->set_purpose("夜間の見守りを試したい");
    return m;
}

Mutation loanStep(Mutation::OpCase op, const std::string& loanId)
{
    Mutation m;
    switch (op) {
    case Mutation::kApproveLoan:
        m.mutable_approve_loan()->set_loan_id(loanId);
        break;
    case Mutation::kDeclineLoan:
        m.mutable_decline_loan()->set_loan_id(loanId);
        m.mutable_decline_loan()->set_reason("期間中は点検があります");
        break;
    case Mutation::kMarkLoanLent:
        m.mutable_mark_loan_lent()->set_loan_id(loanId);
        break;
    case Mutation::kMarkLoanReturned:
        m.mutable_mark_loan_returned()->set_loan_id(loanId);
        break;
    case Mutation::kCancelLoan:
        m.mutable_cancel_loan()->set_loan_id(loanId);
        break;
    default:
        break;
    }
    return m;
}

Mutation fileReport(const std::string& loanId, int usefulness, const std::string& findings)
{
    Mutation m;
    m.mutable_file_loan_report()->set_loan_id(loanId);
    m.mutable_file_loan_report()->mutable_report()->set_usefulness(usefulness);
    m.mutable_file_loan_report()->mutable_report()->set_findings(findings);
    return m;
}

Mutation publishTemplate(const AssessmentTemplate& t)
{
    Mutation m;
    *m.mutable_publish_template()->mutable_template_() = t;
    return m;
}

Mutation submitAssessment(const std::string& id, const std::string& templateId, int level, bool yes)
{
    Mutation m;
    auto* r = m.mutable_submit_assessment()->mutable_response();
    r->set_id(id);
    r->set_template_id(templateId);
    auto* a = r->add_answers();
    a->set_item_id("1-1");
    a->set_level(level);
    auto* b = r->add_answers();
    b->set_item_id("1-2");
    b->set_yes(yes);
    auto* c = r->add_answers();
    c->set_item_id("2-1");
    c->set_level(level);
    return m;
}

Mutation visitorEntry(const std::string& id, VisitorEntryKind kind, const std::string& sessionId,
    const std::string& registrationId)
{
    Mutation m;
    auto* e = m.mutable_submit_visitor_entry()->mutable_entry();
    e->set_id(id);
    e->set_kind(kind);
    e->set_session_id(sessionId);
    e->set_visitor_name("来場 花子");
    e->set_visitor_organisation("さくら苑");
    e->set_visitor_email("hanako@example.jp");
    e->set_facility_type(SERVICE_TYPE_NURSING_HOME);
    e->add_interests(EQUIPMENT_AREA_MONITORING);
    if (kind == VISITOR_ENTRY_KIND_LOAN_REQUEST) {
        e->set_model_id(ids::model);
        e->set_from_date("2025-05-10");
        e->set_to_date("2025-05-12");
    }
    if (kind == VISITOR_ENTRY_KIND_EXHIBITION_QUESTIONNAIRE
        || kind == VISITOR_ENTRY_KIND_SEMINAR_QUESTIONNAIRE) {
        auto* a = e->add_answers();
        a->set_question_id("usefulness");
        a->add_choices("4");
        a->set_text("見守りセンサーを試したい");
    }
    if (kind == VISITOR_ENTRY_KIND_SEMINAR_QUESTIONNAIRE)
        e->set_registration_id(registrationId);
    return m;
}

Mutation openConsultation(
    const std::string& id, const std::string& organisationId, ConsultationChannel channel)
{
    Consultation c;
    c.set_id(id);
    c.set_organisation_id(organisationId);
    c.set_channel(channel);
    c.set_topic(CONSULTATION_TOPIC_TECHNOLOGY);
    c.set_question("見守りセンサーの選び方を相談したい");
    c.set_contact_preference("電話（平日午後）");
    return yk::sync::makeOpenConsultation(c);
}

SupportProgramme programme(const std::string& id, int places, const std::vector<std::string>& advisers)
{
    SupportProgramme p;
    p.set_id(id);
    p.set_kind(PROGRAMME_KIND_ACCOMPANIMENT);
    p.set_title("生産性向上 伴走支援事業");
    p.set_description("10月から3月まで、少なくとも3回の訪問と電話で取組を支援します。");
    p.set_fiscal_year(2025);
    p.set_apply_from("2025-03-01");
    p.set_apply_until("2025-04-30");
    p.set_support_from("2025-10-01");
    p.set_support_until("2026-03-31");
    p.set_places(places);
    for (const auto& adviser : advisers)
        p.add_adviser_user_ids(adviser);
    return p;
}

Mutation applyToProgramme(
    const std::string& participationId, const std::string& programmeId, const std::string& organisationId)
{
    ProgrammeApplication application;
    application.set_reason("夜間の見守りと記録に時間がかかっている");
    application.set_goals("記録の二重入力をなくし、残業を減らしたい");
    application.set_contact("事務室（平日9時〜17時）");
    return yk::sync::makeApplyToProgramme(programmeId, organisationId, application, participationId);
}

Measurement measurement(const std::string& id, MeasureItem item, MeasurePhase phase, double value,
    const std::string& date, const std::string& source)
{
    Measurement m;
    m.set_id(id);
    m.set_item(item);
    m.set_phase(phase);
    m.set_value(value);
    m.set_measured_on(date);
    m.set_source(source);
    return m;
}

Adoption adoption(const std::string& id, const std::string& organisationId, const std::string& adoptedOn)
{
    Adoption a;
    a.set_id(id);
    a.set_organisation_id(organisationId);
    a.set_model_id(ids::model);
    a.set_adopted_on(adoptedOn);
    a.set_funding_source("地域医療介護総合確保基金");
    a.set_funding_fiscal_year(2025);
    a.set_purpose("夜間の巡視を減らす");
    return a;
}

const char* statusName(const MutationResult& result)
{
    switch (result.status()) {
    case MUTATION_STATUS_APPLIED:
        return "applied";
    case MUTATION_STATUS_REJECTED:
        return "rejected";
    case MUTATION_STATUS_DUPLICATE:
        return "duplicate";
    default:
        return "unspecified";
    }
}

} // namespace yk::test
