#include "contact_fields.h"

#include "app_settings.h"

#include <QRegularExpression>

namespace yk::app::contact {

bool plausibleEmail(const QString& email)
{
    static const QRegularExpression pattern(QStringLiteral("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$"));
    return pattern.match(email).hasMatch();
}

bool plausiblePhone(const QString& phone)
{
    static const QRegularExpression pattern(QStringLiteral("^[0-9+()\\- ]{9,20}$"));
    return pattern.match(phone).hasMatch();
}

QString badEmailText()
{
    return AppSettings::pick(
        "メールアドレスの形が正しくありません。", "That e-mail address does not look right.");
}

QString tooLongText()
{
    return AppSettings::pick(
        "入力が長すぎます（200文字まで）。", "An entry is too long (200 characters at most).");
}

} // namespace yk::app::contact
