#pragma once

#include "store_list_model.h"

#include <QtQml/qqmlregistration.h>

#include <string>
#include <vector>

namespace yokoten::v1 {
class Organisation;
}

namespace yk::app {

struct DeviceContext;

/// A facility as the centre's lists and pickers show it.
struct FacilityRow {
    QString id;
    QString name;
    QString municipality;
};

/// A name folded for matching what a visitor typed: NFKC (full- and half-width alike), case
/// folded, without spaces and without bracketed additions such as （デモ） or （本館）.
QString foldedFacilityName(const QString& name);
/// The facilities whose name matches `typed` (equal once folded, or one containing the other
/// when the shorter has at least three characters), in the order given.
std::vector<FacilityRow> matchFacilities(const QString& typed, const std::vector<FacilityRow>& facilities);
/// The facilities of the signed-in centre's prefecture (every facility held when the
/// organisation is not a centre or not known), by name. Engine thread.
std::vector<FacilityRow> readFacilities(DeviceContext& context, const std::string& organisationId);

/// The facilities of the centre's prefecture, searchable by name: the centre staff's way to a
/// facility's support record, and the facility picker of their forms.
class FacilityListModel : public StoreListModel {
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(QString search READ search WRITE setSearch NOTIFY searchChanged)
public:
    enum Role {
        OrganisationIdRole = Qt::UserRole + 1,
        NameRole,
        MunicipalityRole,
    };
    Q_ENUM(Role)

    explicit FacilityListModel(QObject* parent = nullptr);

    QString search() const { return m_search; }
    void setSearch(const QString& text);

    QVariant data(const QModelIndex& index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;
    int count() const override { return static_cast<int>(m_rows.size()); }
    void reload() override;
    Q_INVOKABLE QString firstId() const { return m_rows.empty() ? QString() : m_rows.front().id; }

Q_SIGNALS:
    void searchChanged();

private:
    QString m_search;
    std::vector<FacilityRow> m_rows;
};

} // namespace yk::app
