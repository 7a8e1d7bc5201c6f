#pragma once

#include "app_settings.h"

#include <QObject>
#include <QPointer>
#include <QVariantList>
#include <QtQml/qqmlregistration.h>

#include "yokoten/v1/visitor.pb.h"

namespace yk::app {

/// The two questionnaires of the app, shaped like the prefecture surveys (DOMAIN.md): the
/// exhibition questionnaire a kiosk visitor answers and the one an attendee answers after a
/// seminar. Questions and options have stable ids (they travel in VisitorEntry.answers and
/// are counted by the centre); the texts follow the app's language.
class Questionnaire : public QObject {
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(QString kind READ kind WRITE setKind NOTIFY changed)
    Q_PROPERTY(QVariantList questions READ questions NOTIFY changed)
    /// The app's settings (the Settings singleton in QML): the texts follow its language.
    Q_PROPERTY(yk::app::AppSettings* settings READ settings WRITE setSettings NOTIFY settingsChanged)
public:
    enum class Kind { Exhibition, Seminar };

    explicit Questionnaire(QObject* parent = nullptr);

    /// "exhibition" or "seminar".
    QString kind() const;
    void setKind(const QString& kind);
    /// Each question: { id, type: "single" | "multi" | "scale" | "text", text, required,
    /// options: [{ id, text }] }.
    QVariantList questions() const;
    AppSettings* settings() const { return m_settings; }
    void setSettings(AppSettings* settings);

    /// Turns the form's answers ({ questionId: { choices: [ids], text } }) into wire answers.
    /// Unknown question or option ids are an error, as is a required question left empty;
    /// returns the error for the person (empty when fine).
    static QString toAnswers(Kind kind, const QVariantMap& form,
        google::protobuf::RepeatedPtrField<yokoten::v1::QuestionnaireAnswer>* out);

Q_SIGNALS:
    void changed();
    void settingsChanged();

private:
    Kind m_kind = Kind::Exhibition;
    QPointer<AppSettings> m_settings;
};

} // namespace yk::app
