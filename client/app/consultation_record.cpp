#include "consultation_record.h"

#include "app_settings.h"
#include "record_text.h"

#include "store/labels.h"
#include "store/record_repository.h"
#include "store/store.h"
#include "yokoten/v1/consultation.pb.h"
#include "yokoten/v1/organisation.pb.h"

#include <QDir>
#include <QFileInfo>
#include <QFont>
#include <QPageSize>
#include <QPagedPaintDevice>
#include <QPainter>
#include <QPdfWriter>
#include <QSaveFile>

namespace yk::app {

using namespace yokoten::v1;

namespace {

QString japaneseDateTime(const QDateTime& time)
{
    if (!time.isValid())
        return {};
    const QDateTime local = time.toTimeZone(japanTime());
    return QStringLiteral("%1年%2月%3日 %4")
        .arg(local.date().year())
        .arg(local.date().month())
        .arg(local.date().day())
        .arg(local.time().toString(QStringLiteral("HH:mm")));
}

QString japaneseDate(const QDate& date)
{
    if (!date.isValid())
        return {};
    return QStringLiteral("%1年%2月%3日").arg(date.year()).arg(date.month()).arg(date.day());
}

QString sv(std::string_view text)
{
    return QString::fromUtf8(text.data(), static_cast<qsizetype>(text.size()));
}

} // namespace

std::optional<ConsultationRecordContent> ConsultationRecord::read(
    store::Store& store, const std::string& consultationId, const QDateTime& now)
{
    auto& records = store.records();
    auto found = records.find<Consultation>(consultationId);
    if (!found || !*found)
        return std::nullopt;
    const Consultation& c = **found;
    ConsultationRecordContent content;
    content.consultationId = qs(c.id());
    int prefecture = c.prefecture_code();
    if (auto facility = records.find<Organisation>(c.organisation_id()); facility && *facility) {
        content.facility = qs((*facility)->name());
        if (prefecture == 0)
            prefecture = (*facility)->prefecture_code();
    }
    if (auto organisations = records.all<Organisation>())
        for (const auto& o : *organisations)
            if (o.kind() == ORGANISATION_KIND_CENTRE && o.prefecture_code() == prefecture && prefecture != 0)
                content.centre = qs(o.name());
    content.topic = sv(store::consultationTopicJa(c.topic()));
    content.channel = sv(store::consultationChannelJa(c.channel()));
    content.state = sv(store::consultationStateJa(c.state()));
    content.openedAt = toDateTime(c.opened_at());
    content.closedAt = toDateTime(c.closed_at());
    content.followUpDate = qs(c.follow_up_date());
    content.question = qs(c.question());
    content.contact = qs(c.contact_preference());
    for (const auto& m : c.messages())
        content.messages.push_back(
            { qs(m.author_name()), m.from_centre(), toDateTime(m.written_at()), qs(m.text()) });
    for (const auto& r : c.referrals())
        content.referrals.push_back({ qs(r.partner()), qs(r.note()), toDateTime(r.referred_at()) });
    content.issuedOn = now.toTimeZone(japanTime()).date();
    return content;
}

QVector<RecordLine> ConsultationRecord::lines(const ConsultationRecordContent& c)
{
    using S = RecordLine::Style;
    QVector<RecordLine> out;
    out.push_back({ S::Title, QStringLiteral("相談記録") });
    out.push_back({ S::Subtitle, QStringLiteral("Record of a consultation") });
    out.push_back({ S::Heading, QStringLiteral("相談した施設") });
    out.push_back({ S::Body, c.facility });
    if (!c.centre.isEmpty()) {
        out.push_back({ S::Heading, QStringLiteral("相談先") });
        out.push_back({ S::Body, c.centre });
    }
    out.push_back({ S::Heading, QStringLiteral("受付日時・方法") });
    out.push_back(
        { S::Body, QStringLiteral("%1（日本時間）　%2").arg(japaneseDateTime(c.openedAt), c.channel) });
    out.push_back({ S::Heading, QStringLiteral("相談の分野") });
    out.push_back({ S::Body, c.topic });
    out.push_back({ S::Heading, QStringLiteral("状況") });
    QString state = c.state;
    if (c.closedAt.isValid())
        state += QStringLiteral("（%1）").arg(japaneseDateTime(c.closedAt));
    out.push_back({ S::Body, state });
    if (!c.followUpDate.isEmpty()) {
        out.push_back({ S::Heading, QStringLiteral("フォローアップ予定日") });
        out.push_back({ S::Body, japaneseDate(QDate::fromString(c.followUpDate, Qt::ISODate)) });
    }
    out.push_back({ S::Heading, QStringLiteral("相談内容") });
    out.push_back({ S::Body, c.question });
    if (!c.messages.isEmpty()) {
        out.push_back({ S::Heading, QStringLiteral("やりとり") });
        for (const auto& m : c.messages) {
            const QString who = m.author.isEmpty()
                ? QStringLiteral("（送信待ち）")
                : m.author + (m.fromCentre ? QStringLiteral("（センター）") : QString());
            const QString when
                = m.writtenAt.isValid() ? japaneseDateTime(m.writtenAt) : QStringLiteral("送信待ち");
            out.push_back({ S::Note, QStringLiteral("%1　%2").arg(when, who) });
            out.push_back({ S::Body, m.text });
        }
    }
    if (!c.referrals.isEmpty()) {
        out.push_back({ S::Heading, QStringLiteral("つなぎ先") });
        for (const auto& r : c.referrals) {
            QString text = r.partner;
            if (r.referredAt.isValid())
                text += QStringLiteral("（%1）").arg(japaneseDateTime(r.referredAt));
            if (!r.note.isEmpty())
                text += QStringLiteral("　") + r.note;
            out.push_back({ S::Body, text });
        }
    }
    out.push_back(
        { S::Note, QStringLiteral("発行日 %1　日時はすべて日本時間です。").arg(japaneseDate(c.issuedOn)) });
    if (!c.centre.isEmpty())
        out.push_back({ S::Heading, c.centre });
    return out;
}

void ConsultationRecord::paint(QPainter& painter, const ConsultationRecordContent& content)
{
    paintLines(painter, lines(content));
}

void ConsultationRecord::paintLines(QPainter& painter, const QVector<RecordLine>& lines)
{
    const QRect area = painter.viewport();
    auto* pages = dynamic_cast<QPagedPaintDevice*>(painter.device());
    const qreal dpi = painter.device()->logicalDpiY();
    int y = area.top();
    for (const auto& line : lines) {
        qreal points = 11;
        bool bold = false;
        QColor colour = Qt::black;
        int flags = Qt::AlignLeft | Qt::AlignTop | Qt::TextWordWrap;
        int before = 0;
        switch (line.style) {
        case RecordLine::Style::Title:
            points = 24, bold = true, flags = Qt::AlignHCenter | Qt::AlignTop | Qt::TextWordWrap;
            break;
        case RecordLine::Style::Subtitle:
            points = 12, colour = Qt::darkGray, flags = Qt::AlignHCenter | Qt::AlignTop | Qt::TextWordWrap;
            break;
        case RecordLine::Style::Heading:
            points = 12, bold = true, before = static_cast<int>(dpi * 10 / 72);
            break;
        case RecordLine::Style::Body:
            break;
        case RecordLine::Style::Note:
            points = 9, colour = Qt::darkGray, before = static_cast<int>(dpi * 4 / 72);
            break;
        }
        QFont font(QStringLiteral("Noto Sans CJK JP"));
        font.setPointSizeF(points);
        font.setBold(bold);
        painter.setFont(font);
        painter.setPen(colour);
        const QRect probe(area.left(), 0, area.width(), area.height());
        const int height = painter.boundingRect(probe, flags, line.text).height();
        if (y + before + height > area.bottom() && y > area.top()) {
            if (pages == nullptr || !pages->newPage())
                return; // an image preview shows the first page only
            y = area.top();
            before = 0;
        }
        y += before;
        painter.drawText(QRect(area.left(), y, area.width(), area.bottom() - y), flags, line.text);
        y += height;
    }
}

QString ConsultationRecord::fileName(const ConsultationRecordContent& c)
{
    const QDate day = c.openedAt.isValid() ? c.openedAt.toTimeZone(japanTime()).date() : c.issuedOn;
    return QStringLiteral("consultation-%1-%2.pdf")
        .arg(day.toString(QStringLiteral("yyyyMMdd")), c.consultationId.left(8));
}

QString ConsultationRecord::write(const ConsultationRecordContent& c, const QString& path)
{
    if (!QDir().mkpath(QFileInfo(path).absolutePath()))
        return AppSettings::pick("相談記録の保存先フォルダを作れませんでした。",
            "The folder for the record could not be created.");
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return AppSettings::pick(
            "相談記録のファイルを書けませんでした。", "The record file could not be written.");
    {
        QPdfWriter pdf(&file);
        pdf.setPageSize(QPageSize(QPageSize::A4));
        pdf.setPageMargins(QMarginsF(20, 20, 20, 20), QPageLayout::Millimeter);
        pdf.setResolution(300);
        pdf.setTitle(QStringLiteral("相談記録 / Record of a consultation — %1").arg(c.facility));
        pdf.setCreator(QStringLiteral("Yokoten"));
        QPainter painter;
        if (!painter.begin(&pdf)) {
            file.cancelWriting();
            return AppSettings::pick(
                "相談記録のPDFを作れませんでした。", "The record PDF could not be made.");
        }
        paint(painter, c);
        painter.end();
    }
    if (!file.commit())
        return AppSettings::pick(
            "相談記録のファイルを保存できませんでした。", "The record file could not be saved.");
    return {};
}

} // namespace yk::app
