#pragma once

#include "variant_list_model.h"

#include <QtQml/qqmlregistration.h>

#include "yokoten/v1/programme.pb.h"

#include <string>
#include <vector>

namespace yk::app {

/// How a programme's applications stand against its places: the numbers the centre decides by.
struct ApplicantCounts {
    int applied = 0; ///< every application
    int waiting = 0; ///< not decided yet
    int chosen = 0; ///< chosen, including those whose support has closed
    int notChosen = 0;
    int placesLeft = 0;
};
ApplicantCounts countApplicants(const std::vector<yokoten::v1::ProgrammeParticipation>& list, int places);

/// Applications and participations as rows: one programme's applicants (centre staff) when
/// `programmeId` is set, else the signed-in facility's own ("my applications"; a device
/// without an account lists every one it holds). Engine thread.
std::vector<QVariantMap> readParticipations(
    DeviceContext& context, const std::string& programmeId, const std::string& organisationId);

/// 応募一覧 / my applications, with the counts against the programme's places.
class ParticipationListModel : public VariantListModel {
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(QString programmeId READ programmeId WRITE setProgrammeId NOTIFY programmeIdChanged)
    Q_PROPERTY(int applied READ applied NOTIFY countsChanged)
    Q_PROPERTY(int waiting READ waiting NOTIFY countsChanged)
    Q_PROPERTY(int chosen READ chosen NOTIFY countsChanged)
    Q_PROPERTY(int notChosen READ notChosen NOTIFY countsChanged)
    Q_PROPERTY(int places READ places NOTIFY countsChanged)
    Q_PROPERTY(int placesLeft READ placesLeft NOTIFY countsChanged)
public:
    using VariantListModel::VariantListModel;

    QString programmeId() const { return m_programmeId; }
    void setProgrammeId(const QString& id);
    int applied() const { return m_counts.applied; }
    int waiting() const { return m_counts.waiting; }
    int chosen() const { return m_counts.chosen; }
    int notChosen() const { return m_counts.notChosen; }
    int places() const { return m_places; }
    int placesLeft() const { return m_counts.placesLeft; }
    void reload() override;

Q_SIGNALS:
    void programmeIdChanged();
    void countsChanged();

protected:
    QList<QByteArray> roleKeys() const override;

private:
    QString m_programmeId;
    ApplicantCounts m_counts;
    int m_places = 0;
};

} // namespace yk::app
