#include "placement.h"

#include "audience.h"
#include "notice_audience.h"

namespace yk::server {

using namespace yokoten::v1;
using storage::makeError;
using storage::StoreErrorCode;

namespace {

struct OrgFacts {
    int prefectureCode = 0;
    std::string municipalityId; ///< the municipality a facility belongs to, if any
};

StoreResult<OrgFacts> orgFacts(RecordQueries& queries, const std::string& organisationId)
{
    OrgFacts facts;
    if (organisationId.empty())
        return facts;
    auto found = queries.find(RECORD_KIND_ORGANISATION, organisationId);
    if (!found)
        return found.error();
    if (!*found)
        return facts;
    const auto& org = (*found)->organisation();
    facts.prefectureCode = org.prefecture_code();
    if (org.kind() == ORGANISATION_KIND_FACILITY)
        facts.municipalityId = org.parent_id();
    else if (org.kind() == ORGANISATION_KIND_MUNICIPALITY)
        facts.municipalityId = org.id();
    return facts;
}

// The prefecture a seminar session or registration belongs to: the seminar's.
StoreResult<int> seminarPrefectureOfSession(RecordQueries& queries, const std::string& sessionId)
{
    auto session = queries.find(RECORD_KIND_SEMINAR_SESSION, sessionId);
    if (!session)
        return session.error();
    if (!*session)
        return 0;
    auto seminar = queries.find(RECORD_KIND_SEMINAR, (*session)->seminar_session().seminar_id());
    if (!seminar)
        return seminar.error();
    return *seminar ? (*seminar)->seminar().prefecture_code() : 0;
}

void addIf(std::vector<std::string>& audiences, bool condition, std::string key)
{
    if (condition)
        audiences.push_back(std::move(key));
}

StoreResult<RecordPlacement> placeCase(RecordQueries& queries, const GoodPracticeCase& c)
{
    RecordPlacement p;
    auto owner = orgFacts(queries, c.owner_org_id());
    if (!owner)
        return owner.error();
    p.organisationId = c.owner_org_id();
    p.prefectureCode = c.prefecture_code() != 0 ? c.prefecture_code() : owner->prefectureCode;
    p.parentId = owner->municipalityId;
    auto& a = p.audiences;
    a.push_back(audience::organisation(c.owner_org_id()));
    addIf(a, !c.author_user_id().empty(), audience::user(c.author_user_id()));
    switch (c.state()) {
    case CASE_STATE_SUBMITTED:
        // Waiting for moderation by the prefecture's centre.
        a.push_back(audience::centre(p.prefectureCode));
        break;
    case CASE_STATE_PUBLISHED:
    case CASE_STATE_ARCHIVED:
        // An archived case stays readable where it was published: knowledge outlives rotation.
        // The scope is the author's decision, and the editor says in one sentence who reads
        // the case: nobody outside that sentence does (docs/security.md, "Who sees a case").
        switch (c.publication_scope()) {
        case PUBLICATION_SCOPE_MUNICIPALITY:
            addIf(a, !owner->municipalityId.empty(), audience::wholeMunicipality(owner->municipalityId));
            break;
        case PUBLICATION_SCOPE_PREFECTURE:
        case PUBLICATION_SCOPE_PUBLIC:
            a.push_back(audience::centre(p.prefectureCode));
            a.push_back(audience::prefectureOffice(p.prefectureCode));
            addIf(a, !owner->municipalityId.empty(), audience::municipality(owner->municipalityId));
            a.push_back(c.publication_scope() == PUBLICATION_SCOPE_PUBLIC
                    ? audience::everyone()
                    : audience::prefecture(p.prefectureCode));
            break;
        default:
            break; // ORGANISATION: the owner organisation only
        }
        break;
    default:
        break; // a draft stays with its organisation
    }
    return p;
}

StoreResult<RecordPlacement> placeRegistration(RecordQueries& queries, const Registration& r)
{
    RecordPlacement p;
    p.parentId = r.session_id();
    p.organisationId = r.organisation_id();
    auto prefecture = seminarPrefectureOfSession(queries, r.session_id());
    if (!prefecture)
        return prefecture.error();
    p.prefectureCode = *prefecture;
    auto owner = orgFacts(queries, r.organisation_id());
    if (!owner)
        return owner.error();
    auto& a = p.audiences;
    addIf(a, !r.user_id().empty(), audience::user(r.user_id()));
    addIf(a, !r.device_id().empty(), audience::device(r.device_id()));
    addIf(a, !r.organisation_id().empty(), audience::organisation(r.organisation_id()));
    addIf(a, !owner->municipalityId.empty(), audience::municipality(owner->municipalityId));
    addIf(a, p.prefectureCode > 0, audience::centre(p.prefectureCode));
    return p;
}

StoreResult<RecordPlacement> placeCheckIn(RecordQueries& queries, const CheckIn& c)
{
    RecordPlacement p;
    p.parentId = c.session_id();
    auto prefecture = seminarPrefectureOfSession(queries, c.session_id());
    if (!prefecture)
        return prefecture.error();
    p.prefectureCode = *prefecture;
    auto& a = p.audiences;
    addIf(a, p.prefectureCode > 0, audience::centre(p.prefectureCode));
    auto registration = queries.find(RECORD_KIND_REGISTRATION, c.registration_id());
    if (!registration)
        return registration.error();
    if (*registration) {
        const auto& r = (*registration)->registration();
        p.organisationId = r.organisation_id();
        addIf(a, !r.user_id().empty(), audience::user(r.user_id()));
        addIf(a, !r.device_id().empty(), audience::device(r.device_id()));
        addIf(a, !r.organisation_id().empty(), audience::organisation(r.organisation_id()));
    }
    return p;
}

StoreResult<RecordPlacement> placeLoan(RecordQueries& queries, const LoanRequest& loan)
{
    RecordPlacement p;
    p.parentId = loan.model_id();
    p.organisationId = loan.requester_org_id();
    auto model = queries.find(RECORD_KIND_EQUIPMENT_MODEL, loan.model_id());
    if (!model)
        return model.error();
    p.prefectureCode = *model ? (*model)->equipment_model().prefecture_code() : 0;
    auto& a = p.audiences;
    addIf(a, !loan.requester_org_id().empty(), audience::organisation(loan.requester_org_id()));
    addIf(a, !loan.requester_user_id().empty(), audience::user(loan.requester_user_id()));
    addIf(a, p.prefectureCode > 0, audience::centre(p.prefectureCode));
    return p;
}

// Centre staff of the session's prefecture see every entry; an attendee sees the
// questionnaire of their own registration (by account or by phone). A kiosk's entries get no
// kiosk or device audience: kiosks are write-only for visitor data.
StoreResult<RecordPlacement> placeVisitorEntry(RecordQueries& queries, const VisitorEntry& e)
{
    RecordPlacement p;
    const bool questionnaire = e.kind() == VISITOR_ENTRY_KIND_SEMINAR_QUESTIONNAIRE;
    // Filed under the registration for a seminar questionnaire (one per registration is
    // looked up by it), under the session otherwise.
    p.parentId = questionnaire ? e.registration_id() : e.session_id();
    auto prefecture = seminarPrefectureOfSession(queries, e.session_id());
    if (!prefecture)
        return prefecture.error();
    p.prefectureCode = *prefecture;
    auto& a = p.audiences;
    addIf(a, p.prefectureCode > 0, audience::centre(p.prefectureCode));
    if (questionnaire && !e.registration_id().empty()) {
        auto registration = queries.find(RECORD_KIND_REGISTRATION, e.registration_id());
        if (!registration)
            return registration.error();
        if (*registration) {
            const auto& r = (*registration)->registration();
            addIf(a, !r.user_id().empty(), audience::user(r.user_id()));
            addIf(a, !r.device_id().empty(), audience::device(r.device_id()));
        }
    }
    return p;
}

// The facility that asked (as an organisation: the record outlives its staff) and the centre
// of its prefecture. Not public, not other facilities, not municipal or prefecture officers:
// what a facility tells its centre stays between them (docs/security.md).
StoreResult<RecordPlacement> placeConsultation(RecordQueries& queries, const Consultation& c)
{
    RecordPlacement p;
    p.organisationId = c.organisation_id();
    auto owner = orgFacts(queries, c.organisation_id());
    if (!owner)
        return owner.error();
    p.prefectureCode = c.prefecture_code() != 0 ? c.prefecture_code() : owner->prefectureCode;
    p.parentId = c.organisation_id();
    auto& a = p.audiences;
    addIf(a, !c.organisation_id().empty(), audience::organisation(c.organisation_id()));
    addIf(a, p.prefectureCode > 0, audience::centre(p.prefectureCode));
    return p;
}

// A programme or a support menu entry reaches every organisation of its prefecture
// (facilities apply from it), its centre and the prefecture's office; never a kiosk, an
// attendee's phone or another prefecture.
RecordPlacement placePrefectureWide(const std::string& ownerOrgId, int prefectureCode)
{
    RecordPlacement p;
    p.organisationId = ownerOrgId;
    p.prefectureCode = prefectureCode;
    auto& a = p.audiences;
    if (p.prefectureCode > 0) {
        a.push_back(audience::prefecture(p.prefectureCode));
        a.push_back(audience::centre(p.prefectureCode));
        a.push_back(audience::prefectureOffice(p.prefectureCode));
    }
    return p;
}

// A facility's application, plan, visit logs and figures: the facility, the centre of its
// prefecture, the organisation that runs the programme (a prefecture office runs model
// facilities) and the programme's advisers by account. Never another facility.
StoreResult<RecordPlacement> placeParticipation(RecordQueries& queries, const ProgrammeParticipation& part)
{
    RecordPlacement p;
    p.parentId = part.programme_id();
    p.organisationId = part.organisation_id();
    auto owner = orgFacts(queries, part.organisation_id());
    if (!owner)
        return owner.error();
    p.prefectureCode = part.prefecture_code() != 0 ? part.prefecture_code() : owner->prefectureCode;
    auto& a = p.audiences;
    addIf(a, !part.organisation_id().empty(), audience::organisation(part.organisation_id()));
    addIf(a, p.prefectureCode > 0, audience::centre(p.prefectureCode));
    auto programme = queries.find(RECORD_KIND_PROGRAMME, part.programme_id());
    if (!programme)
        return programme.error();
    if (*programme) {
        const auto& prog = (*programme)->programme();
        addIf(a, !prog.owner_org_id().empty(), audience::organisation(prog.owner_org_id()));
        for (const auto& adviser : prog.adviser_user_ids())
            addIf(a, !adviser.empty(), audience::user(adviser));
    }
    return p;
}

// An indicator sheet: the prefecture's officers and centre staff read every sheet of their
// prefecture (by municipality); a municipality's officers read their municipality's sheet and
// the prefecture total, which is filed for every municipality of the prefecture. Facilities,
// kiosks and phones hold none: the figures are about facilities, not for them to compare.
StoreResult<RecordPlacement> placeIndicatorSheet(RecordQueries& queries, const IndicatorSheet& sheet)
{
    RecordPlacement p;
    p.prefectureCode = sheet.prefecture_code();
    p.parentId = sheet.municipality_id();
    auto& a = p.audiences;
    if (p.prefectureCode <= 0)
        return p;
    a.push_back(audience::prefectureOffice(p.prefectureCode));
    a.push_back(audience::centre(p.prefectureCode));
    if (!sheet.municipality_id().empty()) {
        a.push_back(audience::municipality(sheet.municipality_id()));
        return p;
    }
    auto organisations = queries.listByPrefecture(RECORD_KIND_ORGANISATION, p.prefectureCode);
    if (!organisations)
        return organisations.error();
    for (const auto& record : *organisations) {
        if (record.organisation().kind() == ORGANISATION_KIND_MUNICIPALITY)
            a.push_back(audience::municipality(record.organisation().id()));
    }
    return p;
}

// An adoption stays between the facility and the centre of its prefecture, as consultations do.
StoreResult<RecordPlacement> placeAdoption(RecordQueries& queries, const Adoption& adoption)
{
    RecordPlacement p;
    p.organisationId = adoption.organisation_id();
    p.parentId = adoption.organisation_id();
    auto owner = orgFacts(queries, adoption.organisation_id());
    if (!owner)
        return owner.error();
    p.prefectureCode = adoption.prefecture_code() != 0 ? adoption.prefecture_code() : owner->prefectureCode;
    auto& a = p.audiences;
    addIf(a, !adoption.organisation_id().empty(), audience::organisation(adoption.organisation_id()));
    addIf(a, p.prefectureCode > 0, audience::centre(p.prefectureCode));
    return p;
}

// A notice: its sender's organisation, and its audience's organisations or, when the audience
// names roles, the accounts holding them (notice_audience.h). Phones and kiosks belong to no
// organisation and never receive one. A withdrawn notice stays with its sender only.
StoreResult<RecordPlacement> placeNotice(RecordQueries& queries, const Notice& notice)
{
    RecordPlacement p;
    p.organisationId = notice.sender_org_id();
    p.prefectureCode = notice.audience().prefecture_code();
    auto keys = noticeAudienceKeys(queries, notice);
    if (!keys)
        return keys.error();
    p.audiences = std::move(*keys);
    addIf(p.audiences, !notice.sender_org_id().empty(), audience::organisation(notice.sender_org_id()));
    return p;
}

} // namespace

StoreResult<RecordPlacement> placementOf(RecordQueries& queries, const Record& record)
{
    RecordPlacement p;
    switch (record.body_case()) {
    case Record::kOrganisation: {
        const auto& o = record.organisation();
        p.parentId = o.parent_id();
        p.organisationId = o.id();
        p.prefectureCode = o.prefecture_code();
        p.audiences = { audience::everyone() };
        return p;
    }
    case Record::kUser: {
        const auto& u = record.user();
        auto org = orgFacts(queries, u.organisation_id());
        if (!org)
            return org.error();
        p.organisationId = u.organisation_id();
        p.prefectureCode = org->prefectureCode;
        p.audiences = { audience::user(u.id()) };
        addIf(p.audiences, !u.organisation_id().empty(), audience::organisation(u.organisation_id()));
        return p;
    }
    case Record::kGoodPracticeCase:
        return placeCase(queries, record.good_practice_case());
    case Record::kSeminar: {
        const auto& s = record.seminar();
        p.organisationId = s.organiser_org_id();
        p.prefectureCode = s.prefecture_code();
        p.audiences = { audience::everyone() };
        return p;
    }
    case Record::kSeminarSession: {
        const auto& s = record.seminar_session();
        auto seminar = queries.find(RECORD_KIND_SEMINAR, s.seminar_id());
        if (!seminar)
            return seminar.error();
        p.parentId = s.seminar_id();
        if (*seminar) {
            p.organisationId = (*seminar)->seminar().organiser_org_id();
            p.prefectureCode = (*seminar)->seminar().prefecture_code();
        }
        p.audiences = { audience::everyone() };
        return p;
    }
    case Record::kRegistration:
        return placeRegistration(queries, record.registration());
    case Record::kCheckIn:
        return placeCheckIn(queries, record.check_in());
    case Record::kEquipmentModel: {
        const auto& m = record.equipment_model();
        p.organisationId = m.centre_org_id();
        p.prefectureCode = m.prefecture_code();
        p.audiences = { audience::everyone() };
        return p;
    }
    case Record::kEquipmentUnit: {
        const auto& u = record.equipment_unit();
        auto org = orgFacts(queries, u.centre_org_id());
        if (!org)
            return org.error();
        p.parentId = u.model_id();
        p.organisationId = u.centre_org_id();
        p.prefectureCode = org->prefectureCode;
        p.audiences = { audience::everyone() };
        return p;
    }
    case Record::kLoanRequest:
        return placeLoan(queries, record.loan_request());
    case Record::kAssessmentTemplate: {
        // A prefecture's own template (its certification checklist) stays in that prefecture.
        const auto& t = record.assessment_template();
        if (t.prefecture_code() > 0)
            p = placePrefectureWide({}, t.prefecture_code());
        else
            p.audiences = { audience::everyone() };
        p.parentId = t.family();
        return p;
    }
    case Record::kAssessmentResponse: {
        const auto& r = record.assessment_response();
        auto org = orgFacts(queries, r.organisation_id());
        if (!org)
            return org.error();
        p.parentId = r.template_id();
        p.organisationId = r.organisation_id();
        p.prefectureCode = org->prefectureCode;
        p.audiences = { audience::organisation(r.organisation_id()) };
        addIf(p.audiences, !r.user_id().empty(), audience::user(r.user_id()));
        // A submitted self-assessment belongs to the facility's support record (支援カルテ),
        // which the centre of its prefecture keeps; a draft stays with the facility.
        addIf(p.audiences, r.state() == RESPONSE_STATE_SUBMITTED && org->prefectureCode > 0,
            audience::centre(org->prefectureCode));
        return p;
    }
    case Record::kVisitorEntry:
        return placeVisitorEntry(queries, record.visitor_entry());
    case Record::kConsultation:
        return placeConsultation(queries, record.consultation());
    case Record::kProgramme:
        return placePrefectureWide(record.programme().owner_org_id(), record.programme().prefecture_code());
    case Record::kParticipation:
        return placeParticipation(queries, record.participation());
    case Record::kAdoption:
        return placeAdoption(queries, record.adoption());
    case Record::kNotice:
        return placeNotice(queries, record.notice());
    case Record::kSupportMenuEntry:
        return placePrefectureWide(
            record.support_menu_entry().owner_org_id(), record.support_menu_entry().prefecture_code());
    case Record::kIndicatorSheet:
        return placeIndicatorSheet(queries, record.indicator_sheet());
    case Record::kTombstone:
    case Record::BODY_NOT_SET:
        break;
    }
    return makeError(StoreErrorCode::InvalidArgument, "record without a body cannot be placed");
}

StoreResult<std::int64_t> putPlaced(WriteTransaction& tx, Record& record)
{
    auto placement = placementOf(tx, record);
    if (!placement)
        return placement.error();
    return tx.put(record, *placement);
}

} // namespace yk::server
