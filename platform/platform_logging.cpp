#include "platform_logging.h"

Q_LOGGING_CATEGORY(lcPlatform, "yokoten.platform")
