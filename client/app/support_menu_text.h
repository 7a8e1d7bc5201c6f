#pragma once

#include "yokoten/v1/support_menu.pb.h"

#include "store/support_menu_progress.h"

#include <QDate>
#include <QString>
#include <QVariantMap>

namespace yk::app {

// What the support menu's pages show of an entry, in the chosen language (context
// "SupportMenu" of the .ts files).

QString menuEntryKindText(int kind);
/// What the list and the entry's page both show first: entryId, name, provider, kindText,
/// summary, windowText, open, withdrawn.
QVariantMap menuEntryHeadline(const yokoten::v1::SupportMenuEntry& entry, const QDate& today);
/// "受付 2026/11/01 〜 2027/01/29", "締切 …", "随時".
QString menuWindowText(const yokoten::v1::SupportMenuEntry& entry, const QDate& today);
/// Inside the application window today (an open end counts as open).
bool menuEntryOpen(const yokoten::v1::SupportMenuEntry& entry, const QDate& today);
/// "上限 100万円 · 補助率 3/4 — label", with （デモ値） for an invented figure.
QString tierText(const yokoten::v1::SupportTier& tier);
/// Who may apply: the service types and the staff-count range, then the note.
QString eligibilityText(const yokoten::v1::SupportMenuEntry& entry);
/// How the facility's own records meet a requirement ("registered for the seminar" …).
QString requirementMetText(store::RequirementMet met);

} // namespace yk::app
