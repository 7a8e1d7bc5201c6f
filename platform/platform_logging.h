#pragma once

#include <QLoggingCategory>

/// Log category of everything under platform/ ("yokoten.platform"). No secrets, no personal data.
Q_DECLARE_LOGGING_CATEGORY(lcPlatform)
