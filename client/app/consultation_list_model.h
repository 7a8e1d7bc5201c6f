#pragma once

#include "store_list_model.h"

#include <QtQml/qqmlregistration.h>

#include <vector>

namespace yk::app {

struct DeviceContext;

/// One consultation as a list shows it.
struct ConsultationRow {
    QString id;
    QString organisationId;
    QString facility;
    int topic = 0;
    int channel = 0;
    int state = 0;
    QDateTime openedAt;
    QString question;
    QString followUpDate;
    int messages = 0;
    bool pending = false;
    QString syncText;
};

/// Filters of the consultation list: state (-1 all, 0 not closed, else one
/// ConsultationState), topic (0 all) and part of the facility's name.
struct ConsultationFilter {
    int state = -1;
    int topic = 0;
    QString facilityText;
};
bool matches(const ConsultationRow& row, const ConsultationFilter& filter);

/// Reads the consultations of `organisationId`, or every one the device holds (centre staff)
/// when it is empty, newest first, filtered. Engine thread.
std::vector<ConsultationRow> readConsultations(
    DeviceContext& context, const std::string& organisationId, const ConsultationFilter& filter);

/// Consultations: a facility's own, or for centre staff every one of their prefecture (the
/// desk), with the state, the follow-up date and whether a change still waits to be sent.
class ConsultationListModel : public StoreListModel {
    Q_OBJECT
    QML_ELEMENT
    /// One facility's consultations; empty: the signed-in facility's own (centre staff: all).
    Q_PROPERTY(
        QString organisationId READ organisationIdProperty WRITE setOrganisationId NOTIFY filterChanged)
    Q_PROPERTY(int stateFilter READ stateFilter WRITE setStateFilter NOTIFY filterChanged)
    Q_PROPERTY(int topicFilter READ topicFilter WRITE setTopicFilter NOTIFY filterChanged)
    Q_PROPERTY(QString facilityText READ facilityText WRITE setFacilityText NOTIFY filterChanged)
public:
    enum Role {
        ConsultationIdRole = Qt::UserRole + 1,
        FacilityRole,
        TopicTextRole,
        ChannelTextRole,
        StateRole,
        StateTextRole,
        OpenedTextRole,
        QuestionRole,
        FollowUpTextRole,
        MessageCountRole,
        PendingRole,
        OrganisationIdRole,
        SyncTextRole,
    };
    Q_ENUM(Role)

    explicit ConsultationListModel(QObject* parent = nullptr);

    QString organisationIdProperty() const { return m_organisationId; }
    void setOrganisationId(const QString& id);
    int stateFilter() const { return m_filter.state; }
    void setStateFilter(int state);
    int topicFilter() const { return m_filter.topic; }
    void setTopicFilter(int topic);
    QString facilityText() const { return m_filter.facilityText; }
    void setFacilityText(const QString& text);

    QVariant data(const QModelIndex& index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;
    int count() const override { return static_cast<int>(m_rows.size()); }
    void reload() override;

    /// The first row's id (the tour opens it), or empty.
    Q_INVOKABLE QString firstId() const { return m_rows.empty() ? QString() : m_rows.front().id; }

Q_SIGNALS:
    void filterChanged();

private:
    QString m_organisationId;
    ConsultationFilter m_filter;
    std::vector<ConsultationRow> m_rows;
};

} // namespace yk::app
