#pragma once

#include "store_list_model.h"

#include <QVariantList>
#include <QtQml/qqmlregistration.h>

#include <vector>

#include "yokoten/v1/visitor.pb.h"

namespace yk::app {

/// One kiosk or questionnaire entry as the inbox shows it.
struct InboxRow {
    yokoten::v1::VisitorEntry entry;
    QString modelName;
    QString facilityName; ///< the facility it was matched to, once handled
    QString sessionTitle;
    bool pending = false;
};

/// The visitor inbox (centre staff only: it shows visitors' personal data): kiosk visits,
/// loan wishes and questionnaires, newest first, of one exhibition or seminar session (all
/// when none is chosen), with what was made of each; the sessions that have entries (the
/// picker) and the chosen session's questionnaire answers tallied per question.
class VisitorInboxModel : public SessionScopedModel {
    Q_OBJECT
    QML_ELEMENT
    /// [{ id, title }]: the sessions that have entries, newest entry first.
    Q_PROPERTY(QVariantList sessions READ sessions NOTIFY reloaded)
    /// Per question: { question, answered, bars: [{ label, count, share }], texts: [..] }.
    Q_PROPERTY(QVariantList tally READ tally NOTIFY reloaded)
    /// Questionnaire entries counted in the tally.
    Q_PROPERTY(int tallied READ tallied NOTIFY reloaded)
public:
    enum Role {
        EntryIdRole = Qt::UserRole + 1,
        KindRole,
        KindTextRole,
        VisitorNameRole,
        VisitorOrganisationRole,
        ContactRole,
        ModelNameRole,
        DatesTextRole,
        EnteredTextRole,
        SessionTitleRole,
        HandledRole,
        OutcomeTextRole,
    };
    Q_ENUM(Role)

    explicit VisitorInboxModel(QObject* parent = nullptr);

    QVariant data(const QModelIndex& index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;
    int count() const override { return static_cast<int>(m_rows.size()); }
    void reload() override;

    QVariantList sessions() const { return m_sessions; }
    QVariantList tally() const { return m_tally; }
    int tallied() const { return m_tallied; }
    /// The first row's id (the tour opens it) or the first loan wish's with `loanWish`.
    Q_INVOKABLE QString firstId(bool loanWish = false) const;

    static QString kindText(int kind);
    /// What centre staff made of an entry ("Loan request for …"), empty while unhandled.
    static QString outcomeText(const InboxRow& row);

private:
    struct Read;
    std::vector<InboxRow> m_rows;
    QVariantList m_sessions;
    QVariantList m_tally;
    int m_tallied = 0;
};

} // namespace yk::app
