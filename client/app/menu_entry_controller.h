#pragma once

#include "store_controller.h"

#include <QDateTime>
#include <QVariantMap>
#include <QtQml/qqmlregistration.h>

#include "yokoten/v1/support_menu.pb.h"

#include <string>

namespace yk::app {

/// One support menu entry as its page shows it: who may apply, caps and rates, the window,
/// the rules PDF, the source, and each requirement with a way straight to what satisfies it
/// (the next open session of a linked seminar, a linked programme's application or the
/// facility's own, a consultation with the centre) and whether `organisationId`'s own
/// records already meet it (its staff count marks its row of caps and rates). A session is
/// open while its registration deadline is after `now`. Engine thread.
QVariantMap readMenuEntry(DeviceContext& context, const std::string& entryId,
    const std::string& organisationId, const QDateTime& now);

/// The page of one support menu entry (支援メニュー): reads it with the facility's progress and
/// lets centre staff and prefecture officers withdraw it.
class MenuEntryController : public yk::app::StoreController {
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(QString entryId READ entryId WRITE setEntryId NOTIFY entryIdChanged)
    Q_PROPERTY(QVariantMap details READ details NOTIFY detailsChanged)
    /// Centre staff and prefecture officers keep the menu.
    Q_PROPERTY(bool canEdit READ canEdit NOTIFY sessionManagerChanged)
    Q_PROPERTY(QString errorText READ errorText NOTIFY errorTextChanged)
    /// The entry in the edit form's shape (see save()); empty for a new entry.
    Q_PROPERTY(QVariantMap formValues READ formValues NOTIFY detailsChanged)
    /// What a requirement can link to: the seminars and the programmes this device holds,
    /// each {value: id, label: title}, the first {value: "", label: none}.
    Q_PROPERTY(QVariantList seminarChoices READ seminarChoices NOTIFY choicesChanged)
    Q_PROPERTY(QVariantList programmeChoices READ programmeChoices NOTIFY choicesChanged)
public:
    using StoreController::StoreController;

    QString entryId() const { return m_entryId; }
    void setEntryId(const QString& id);
    QVariantMap details() const { return m_details; }
    bool canEdit() const;
    QString errorText() const { return m_errorText; }
    QVariantMap formValues() const { return m_formValues; }
    QVariantList seminarChoices() const { return m_seminarChoices; }
    QVariantList programmeChoices() const { return m_programmeChoices; }

    Q_INVOKABLE void reload();
    /// Saves the form: kind (1 subsidy, 2 programme, 3 other), name, provider, summary,
    /// eligibilityNote, serviceTypes [int], minStaff, maxStaff, applyFrom, applyUntil
    /// (YYYY-MM-DD), source, asOf, url, tiers [{label, minStaff, maxStaff, capYen, rate "3/4",
    /// demo}], requirements [{text, seminarId, programmeId, consultation}]. Rows left wholly
    /// empty are dropped. The entry `entryId` is replaced, or a new one made when it is empty.
    /// `saved(id)` follows, or `errorText`.
    Q_INVOKABLE void save(const QVariantMap& fields);
    Q_INVOKABLE void clearError() { setError({}); }

    /// The entry a form's fields make, or the problem in the person's language.
    static QString entryProblem(const QVariantMap& fields);
    static yokoten::v1::SupportMenuEntry entryFrom(const QVariantMap& fields);
    /// Withdraws the entry (it stays, marked); `withdrawn()` follows, or `errorText`.
    Q_INVOKABLE void withdraw();

Q_SIGNALS:
    void entryIdChanged();
    void detailsChanged();
    void errorTextChanged();
    void withdrawn();
    void saved(const QString& entryId);
    void choicesChanged();

protected:
    void servicesChanged() override
    {
        reload();
        readChoices();
    }
    void recordsChanged() override { reload(); }

private:
    void setError(const QString& message);
    void readChoices();

    QString m_entryId;
    QVariantMap m_formValues;
    QVariantList m_seminarChoices;
    QVariantList m_programmeChoices;
    QVariantMap m_details;
    QString m_errorText;
};

} // namespace yk::app
