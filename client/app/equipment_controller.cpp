#include "equipment_controller.h"
#include "date_text.h"

#include "engine_bridge.h"
#include "equipment_links.h"
#include "mutation_queue.h"
#include "record_text.h"
#include "session_manager.h"
#include "taxonomy.h"

#include "engine/mutations.h"
#include "store/record_repository.h"
#include "store/store.h"
#include "yokoten/v1/equipment.pb.h"
#include "yokoten/v1/organisation.pb.h"

#include <google/protobuf/util/time_util.h>

namespace yk::app {

using namespace yokoten::v1;

EquipmentController::EquipmentController(QObject* parent)
    : StoreController(parent)
{
}

void EquipmentController::setModelId(const QString& id)
{
    if (id == m_modelId)
        return;
    m_modelId = id;
    Q_EMIT modelIdChanged();
    reload();
}

QString EquipmentController::areaName() const
{
    return Taxonomy::equipmentAreaName(m_info.area);
}

void EquipmentController::reload()
{
    if (bridge() == nullptr || m_modelId.isEmpty())
        return;
    const std::string id = m_modelId.toStdString();
    const std::string today = QDate::currentDate().toString(Qt::ISODate).toStdString();
    bridge()->run<std::optional<Info>>(
        this,
        [id, today](DeviceContext& context) -> std::optional<Info> {
            if (context.store == nullptr)
                return std::nullopt;
            auto& records = context.store->records();
            auto model = records.find<EquipmentModel>(id);
            if (!model || !*model)
                return std::nullopt;
            const EquipmentModel& m = **model;
            Info info { qs(m.name()), qs(m.maker()), m.area(), qs(m.subcategory()), qs(m.description()),
                m.max_loan_days(), {}, 0, 0, 0, {}, {}, {} };
            if (auto centre = records.find<Organisation>(m.centre_org_id()); centre && *centre)
                info.centreName = qs((*centre)->name());
            const UnitCounts units = unitCountsOf(records, id, today);
            info.units = units.units;
            info.available = units.available;
            info.outOfService = units.outOfService;
            info.priceRange = qs(m.price_range());
            info.runningCost = qs(m.running_cost());
            info.subsidyNote = qs(m.subsidy_note());
            return info;
        },
        [this](std::optional<Info> info) {
            m_loaded = info.has_value();
            m_info = info.value_or(Info {});
            Q_EMIT changed();
        });
}

QString EquipmentController::checkRange(const QDate& from, const QDate& to, const QDate& today) const
{
    if (!from.isValid() || !to.isValid())
        return tr("Enter both dates, e.g. 2027-01-10 or 1月10日.");
    if (from < today)
        return tr("The first day is in the past.");
    if (to < from)
        return tr("The last day is before the first day.");
    const qint64 days = from.daysTo(to) + 1;
    if (m_info.maxLoanDays > 0 && days > m_info.maxLoanDays)
        return tr("This model can be lent for at most %n day(s).", "", m_info.maxLoanDays);
    return {};
}

bool EquipmentController::requestLoan(const QString& fromIso, const QString& toIso, const QString& purpose)
{
    if (!m_loaded) {
        setError(tr("This equipment is not in the catalogue on this device."));
        return false;
    }
    const QDate from = DateText::parse(fromIso, todayInJapan());
    const QDate to = DateText::parse(toIso, todayInJapan());
    if (QString error = checkRange(from, to, todayInJapan()); !error.isEmpty()) {
        setError(error);
        return false;
    }
    if (m_busy)
        return false;
    LoanRequest loan;
    loan.set_model_id(m_modelId.toStdString());
    loan.set_requester_org_id(organisationId());
    loan.set_requester_user_id(userId());
    loan.set_from_date(from.toString(Qt::ISODate).toStdString());
    loan.set_to_date(to.toString(Qt::ISODate).toStdString());
    loan.set_purpose(purpose.trimmed().toStdString());
    *loan.mutable_requested_at() = google::protobuf::util::TimeUtil::GetCurrentTime();
    Mutation m = sync::makeLoanRequest(std::move(loan));
    const QString loanId = qs(m.request_loan().loan().id());
    m_busy = true;
    Q_EMIT busyChanged();
    queueMutation(bridge(), this, std::move(m), [this, loanId](QString error) {
        m_busy = false;
        Q_EMIT busyChanged();
        setError(error);
        if (error.isEmpty())
            Q_EMIT requested(loanId);
    });
    return true;
}

void EquipmentController::setError(const QString& text)
{
    if (text == m_errorText)
        return;
    m_errorText = text;
    Q_EMIT errorTextChanged();
}

} // namespace yk::app
