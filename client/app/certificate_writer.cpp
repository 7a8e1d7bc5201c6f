#include "certificate_writer.h"

#include "app_settings.h"
#include "record_text.h"

#include "store/record_repository.h"
#include "store/store.h"
#include "yokoten/v1/organisation.pb.h"
#include "yokoten/v1/seminar.pb.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFileInfo>
#include <QFont>
#include <QLocale>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>
#include <QSaveFile>
#include <QTimeZone>

#include <algorithm>

namespace yk::app {

using namespace yokoten::v1;

namespace {

CertificateCheck refuse(const char* ja, const char* en)
{
    return { std::nullopt, QString::fromUtf8(ja), QString::fromUtf8(en) };
}

QString japaneseDate(const QDate& date)
{
    return QStringLiteral("%1年%2月%3日").arg(date.year()).arg(date.month()).arg(date.day());
}

QString englishDate(const QDate& date)
{
    return QLocale(QLocale::English, QLocale::UnitedKingdom).toString(date, QStringLiteral("d MMMM yyyy"));
}

QString timeRange(const CertificateContent& c, const QString& separator)
{
    const QDateTime start = c.startsAt.toTimeZone(japanTime());
    QString text = start.time().toString(QStringLiteral("HH:mm"));
    if (c.endsAt.isValid())
        text += separator + c.endsAt.toTimeZone(japanTime()).time().toString(QStringLiteral("HH:mm"));
    return text;
}

/// Lays the page out top to bottom in device units.
class PageLayout {
public:
    PageLayout(QPainter& painter, const QRect& area)
        : m_painter(painter)
        , m_area(area)
        , m_y(area.top())
    {
    }

    void text(
        const QString& text, qreal points, Qt::Alignment align, bool bold = false, QColor colour = Qt::black)
    {
        QFont font(QStringLiteral("Noto Sans CJK JP"));
        font.setPointSizeF(points);
        font.setBold(bold);
        m_painter.setFont(font);
        m_painter.setPen(colour);
        const QRect box(m_area.left(), m_y, m_area.width(), m_area.bottom() - m_y);
        const QRect used = m_painter.boundingRect(box, int(align) | Qt::TextWordWrap, text);
        m_painter.drawText(box, int(align) | Qt::TextWordWrap, text);
        m_y += used.height();
    }

    /// A heading in Japanese with its English name under it, and the value beside both.
    void field(const QString& headingJa, const QString& headingEn, const QString& valueJa,
        const QString& valueEn = {})
    {
        const int labelWidth = m_area.width() / 4;
        const int top = m_y;
        const QRect label(m_area.left(), top, labelWidth, m_area.bottom() - top);
        const QRect value(
            m_area.left() + labelWidth, top, m_area.width() - labelWidth, m_area.bottom() - top);
        int labelBottom = top + drawIn(label, headingJa, 12, true, Qt::black);
        labelBottom += drawIn(QRect(label.left(), labelBottom, label.width(), label.height()), headingEn, 9,
            false, Qt::darkGray);
        int valueBottom = top + drawIn(value, valueJa, 12, false, Qt::black);
        if (!valueEn.isEmpty())
            valueBottom += drawIn(QRect(value.left(), valueBottom, value.width(), value.height()), valueEn, 9,
                false, Qt::darkGray);
        m_y = std::max(labelBottom, valueBottom);
        gap(0.6);
    }

    /// Vertical space in lines of about 12 pt.
    void gap(qreal lines) { m_y += static_cast<int>(lines * m_painter.device()->logicalDpiY() * 12 / 72); }
    int y() const { return m_y; }
    void moveTo(int y) { m_y = y; }

private:
    int drawIn(const QRect& box, const QString& text, qreal points, bool bold, QColor colour)
    {
        QFont font(QStringLiteral("Noto Sans CJK JP"));
        font.setPointSizeF(points);
        font.setBold(bold);
        m_painter.setFont(font);
        m_painter.setPen(colour);
        const int flags = Qt::AlignLeft | Qt::AlignTop | Qt::TextWordWrap;
        const QRect used = m_painter.boundingRect(box, flags, text);
        m_painter.drawText(box, flags, text);
        return used.height();
    }

    QPainter& m_painter;
    QRect m_area;
    int m_y;
};

} // namespace

QString CertificateWriter::certificateNumber(const std::string& registrationId, const QDate& sessionDate)
{
    const QByteArray digest
        = QCryptographicHash::hash(QByteArray::fromStdString(registrationId), QCryptographicHash::Sha256);
    return QStringLiteral("YK-%1-%2")
        .arg(sessionDate.toString(QStringLiteral("yyyyMMdd")),
            QString::fromLatin1(digest.left(4).toHex().toUpper()));
}

CertificateCheck CertificateWriter::check(
    store::Store& store, const std::string& registrationId, const QDateTime& now)
{
    auto& records = store.records();
    auto registration = records.find<Registration>(registrationId);
    if (!registration)
        return refuse("端末のデータを読めませんでした。", "The device's data could not be read.");
    if (!*registration)
        return refuse("この申込みは端末にありません。", "This registration is not on this device.");
    const Registration& r = **registration;
    if (r.status() != REGISTRATION_STATUS_CONFIRMED)
        return refuse("受講証明書は参加が確定した申込みにのみ発行できます。",
            "A certificate is only issued for a confirmed registration.");
    auto session = records.find<SeminarSession>(r.session_id());
    if (!session || !*session)
        return refuse("この回の情報が端末にありません。同期してからお試しください。",
            "This session is not on this device. Please sync and try again.");
    auto seminar = records.find<Seminar>((*session)->seminar_id());
    if (!seminar || !*seminar)
        return refuse("この研修の情報が端末にありません。同期してからお試しください。",
            "This seminar is not on this device. Please sync and try again.");
    if (!(*seminar)->issues_certificate())
        return refuse("この研修は受講証明書を発行しません。",
            "This seminar does not issue certificates of attendance.");
    if ((*session)->cancelled())
        return refuse("この回は中止になりました。", "This session was cancelled.");

    CertificateContent content;
    content.startsAt = toDateTime((*session)->starts_at());
    content.endsAt = toDateTime((*session)->ends_at());
    const QDateTime end = content.endsAt.isValid() ? content.endsAt : content.startsAt;
    if (!end.isValid() || now < end)
        return refuse("受講証明書は研修の終了後に発行できます。",
            "A certificate can be issued once the session has ended.");
    auto checkIns = records.checkInsOfSession(r.session_id());
    if (!checkIns)
        return refuse("端末のデータを読めませんでした。", "The device's data could not be read.");
    // Only the server's word counts: a check-in still waiting to be sent is not proof.
    const bool attended = std::any_of(checkIns->begin(), checkIns->end(), [&](const CheckIn& c) {
        return c.registration_id() == registrationId && c.result() == CHECK_IN_RESULT_ACCEPTED;
    });
    if (!attended)
        return refuse("受付（チェックイン）の記録がまだありません。受付後に同期してからお試しください。",
            "There is no record of your check-in yet. Please sync after checking in and try again.");

    content.number = certificateNumber(registrationId, content.startsAt.toTimeZone(japanTime()).date());
    content.attendeeName = qs(r.attendee_name());
    content.attendeeOrganisation = qs(r.attendee_organisation());
    content.seminarTitle = qs((*seminar)->title());
    content.venue = qs((*session)->venue_name());
    if (auto organiser = records.find<Organisation>((*seminar)->organiser_org_id()); organiser && *organiser)
        content.organiser = qs((*organiser)->name());
    content.issuedOn = now.toTimeZone(japanTime()).date();
    return { std::move(content), {}, {} };
}

void CertificateWriter::paint(QPainter& painter, const CertificateContent& c)
{
    // The page less its margins: a PDF's viewport already is, an image's is the whole image.
    const QRect area = painter.viewport();
    PageLayout page(painter, area);
    page.text(QStringLiteral("No. %1").arg(c.number), 9, Qt::AlignRight | Qt::AlignTop, false, Qt::darkGray);
    page.gap(3);
    page.text(QStringLiteral("受講証明書"), 30, Qt::AlignHCenter | Qt::AlignTop, true);
    page.text(QStringLiteral("Certificate of attendance"), 14, Qt::AlignHCenter | Qt::AlignTop, false,
        Qt::darkGray);
    page.gap(4);
    const QString name = c.attendeeName + QStringLiteral(" 様");
    page.field(QStringLiteral("氏名"), QStringLiteral("Name"), name, c.attendeeName);
    if (!c.attendeeOrganisation.isEmpty())
        page.field(QStringLiteral("所属"), QStringLiteral("Organisation"), c.attendeeOrganisation);
    page.gap(1.5);
    page.text(QStringLiteral("上記の方は、下記の研修を受講したことを証明します。"), 13,
        Qt::AlignLeft | Qt::AlignTop);
    page.text(QStringLiteral("This is to certify that the person named above attended the seminar below."),
        10, Qt::AlignLeft | Qt::AlignTop, false, Qt::darkGray);
    page.gap(2);
    page.field(QStringLiteral("研修名"), QStringLiteral("Seminar"), c.seminarTitle);
    const QDate day = c.startsAt.toTimeZone(japanTime()).date();
    page.field(QStringLiteral("日時"), QStringLiteral("Date and time"),
        japaneseDate(day) + QStringLiteral(" ") + timeRange(c, QStringLiteral("〜")),
        englishDate(day) + QStringLiteral(", ") + timeRange(c, QStringLiteral("–"))
            + QStringLiteral(" (Japan time)"));
    page.field(QStringLiteral("会場"), QStringLiteral("Venue"),
        c.venue.isEmpty() ? QStringLiteral("オンライン") : c.venue,
        c.venue.isEmpty() ? QStringLiteral("Online") : QString());
    if (!c.organiser.isEmpty())
        page.field(QStringLiteral("主催"), QStringLiteral("Organiser"), c.organiser);
    page.gap(3);
    page.field(QStringLiteral("発行日"), QStringLiteral("Date of issue"), japaneseDate(c.issuedOn),
        englishDate(c.issuedOn));
    page.field(QStringLiteral("証明書番号"), QStringLiteral("Certificate no."), c.number);
    if (!c.organiser.isEmpty()) {
        page.gap(3);
        page.text(c.organiser, 14, Qt::AlignRight | Qt::AlignTop, true);
    }
}

QString CertificateWriter::write(const CertificateContent& c, const QString& path)
{
    if (!QDir().mkpath(QFileInfo(path).absolutePath()))
        return AppSettings::pick("証明書の保存先フォルダを作れませんでした。",
            "The folder for certificates could not be created.");
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return AppSettings::pick(
            "証明書のファイルを書けませんでした。", "The certificate file could not be written.");
    {
        QPdfWriter pdf(&file);
        pdf.setPageSize(QPageSize(QPageSize::A4));
        pdf.setPageMargins(QMarginsF(25, 25, 25, 25), QPageLayout::Millimeter);
        pdf.setResolution(300);
        pdf.setTitle(QStringLiteral("受講証明書 / Certificate of attendance %1").arg(c.number));
        pdf.setCreator(QStringLiteral("Yokoten"));
        QPainter painter;
        if (!painter.begin(&pdf)) {
            file.cancelWriting();
            return AppSettings::pick(
                "証明書のPDFを作れませんでした。", "The certificate PDF could not be made.");
        }
        paint(painter, c);
        painter.end();
    }
    if (!file.commit())
        return AppSettings::pick(
            "証明書のファイルを保存できませんでした。", "The certificate file could not be saved.");
    return {};
}

} // namespace yk::app
