#pragma once

#include <QDate>
#include <QDateTime>
#include <QString>
#include <QVector>

#include <optional>
#include <string>

class QPainter;

namespace yk::store {
class Store;
}

namespace yk::app {

/// What a printed consultation record (相談記録) states: what a facility shows when a subsidy
/// asks whether it consulted the centre. Japanese, as the prefectures file it.
struct ConsultationRecordContent {
    struct Message {
        QString author;
        bool fromCentre = false;
        QDateTime writtenAt; ///< invalid: still waiting to be sent
        QString text;
    };
    struct Referral {
        QString partner;
        QString note;
        QDateTime referredAt;
    };
    QString consultationId;
    QString facility;
    QString centre; ///< the centre of the facility's prefecture, when the store has it
    QString topic;
    QString channel;
    QString state;
    QDateTime openedAt;
    QDateTime closedAt;
    QString followUpDate; ///< YYYY-MM-DD or empty
    QString question;
    QString contact;
    QVector<Message> messages;
    QVector<Referral> referrals;
    QDate issuedOn;
};

/// One line of the printed record and how it is set.
struct RecordLine {
    enum class Style { Title, Subtitle, Heading, Body, Note };
    Style style = Style::Body;
    QString text;
};

/// The consultation record as an A4 PDF (QPdfWriter, Noto Sans CJK JP), in the style of the
/// attendance certificate; long exchanges continue on further pages.
class ConsultationRecord {
public:
    /// Reads the consultation and the names it needs (engine thread); none when the
    /// consultation is not on the device. `now` is the issue date (in Japan).
    static std::optional<ConsultationRecordContent> read(
        store::Store& store, const std::string& consultationId, const QDateTime& now);
    /// The record's text, top to bottom: what paint() draws and a test reads.
    static QVector<RecordLine> lines(const ConsultationRecordContent& content);
    /// Draws the record on A4 pages (a PDF gets as many pages as it needs; an image shows the first).
    static void paint(QPainter& painter, const ConsultationRecordContent& content);
    /// Draws any printed record's lines the same way (the effect report uses it too).
    static void paintLines(QPainter& painter, const QVector<RecordLine>& lines);
    /// Writes the PDF to `path` atomically (QSaveFile); an error for the person, or empty.
    static QString write(const ConsultationRecordContent& content, const QString& path);
    /// "consultation-20261207-<8 hex>.pdf": the opening day and the start of the id.
    static QString fileName(const ConsultationRecordContent& content);
};

} // namespace yk::app
