#pragma once

#include <QString>

namespace yk::app {

/// The checks a person's contact details get before they are queued (a kiosk visitor, a
/// phone attendee), with the messages in the chosen language. The server checks again.
namespace contact {

/// Names, organisations and addresses: at most this many characters.
constexpr qsizetype MaxChars = 200;

/// Something@something.tld without spaces: enough to catch a slip of the finger.
bool plausibleEmail(const QString& email);
/// 9 to 20 digits, spaces, dashes, brackets or "+".
bool plausiblePhone(const QString& phone);

QString badEmailText();
QString tooLongText();

} // namespace contact

} // namespace yk::app
