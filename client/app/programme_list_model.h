#pragma once

#include "variant_list_model.h"

#include <QDate>
#include <QtQml/qqmlregistration.h>

#include <string>

namespace yk::store {
class Store;
}

namespace yk::app {

/// The support programmes a device holds (its prefecture's), newest fiscal year first, each
/// with its window, places and eligibility, how many applied and were chosen, where the chosen
/// facilities are on the six steps (centre staff), and the signed-in facility's own application.
/// `organisationId` empty reads the counts the device holds for everyone (centre staff, or a
/// device without an account); `userId` marks the programmes the person advises. Engine thread.
std::vector<QVariantMap> readProgrammes(
    DeviceContext& context, const std::string& organisationId, const std::string& userId, const QDate& today);

/// 支援プログラム: the programme list (facility: open programmes and its applications; centre:
/// counts and progress).
class ProgrammeListModel : public VariantListModel {
    Q_OBJECT
    QML_ELEMENT
public:
    using VariantListModel::VariantListModel;
    void reload() override;

protected:
    QList<QByteArray> roleKeys() const override;
};

} // namespace yk::app
