#pragma once

#include <QDate>
#include <QDateTime>
#include <QString>

#include <optional>
#include <string>

class QPainter;

namespace yk::store {
class Store;
}

namespace yk::app {

/// What an attendance certificate (受講証明書) states.
struct CertificateContent {
    QString number; ///< derived from the registration id: the same certificate always has the same number
    QString attendeeName;
    QString attendeeOrganisation;
    QString seminarTitle;
    QDateTime startsAt;
    QDateTime endsAt;
    QString venue; ///< empty: online
    QString organiser; ///< the organiser's name when the store has it
    QDate issuedOn;
};

/// The content of a registration's certificate, or why there is none (both languages).
struct CertificateCheck {
    std::optional<CertificateContent> content;
    QString reasonJa;
    QString reasonEn;
};

/// Attendance certificates as A4 PDFs (QPdfWriter, Noto Sans CJK JP): Japanese text with an
/// English line under each heading. Issued only for a confirmed registration of a seminar
/// that issues certificates, after its session has ended, when the store holds the server's
/// ACCEPTED check-in of that registration.
class CertificateWriter {
public:
    /// Reads the records and checks the conditions above (engine thread). `now` decides
    /// whether the session has ended and is the issue date (in Japan).
    static CertificateCheck check(
        store::Store& store, const std::string& registrationId, const QDateTime& now);

    /// "YK-20261203-3F2A91B0": the session's date in Japan and 8 hex digits of SHA-256 of the
    /// registration id.
    static QString certificateNumber(const std::string& registrationId, const QDate& sessionDate);

    /// Draws the certificate on an A4 page's painter (the PDF, or an image for a preview).
    static void paint(QPainter& painter, const CertificateContent& content);

    /// Writes the PDF to `path` atomically (QSaveFile); an error for the person, or empty.
    static QString write(const CertificateContent& content, const QString& path);
};

} // namespace yk::app
