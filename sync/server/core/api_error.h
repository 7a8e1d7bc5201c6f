#pragma once

#include "domain/result.h"

#include <string>
#include <string_view>
#include <utility>

namespace yk::server {

/// An answer other than success, for the HTTP layer to send as an ErrorResponse.
/// `code` is stable ("token_expired"); the messages are for people, Japanese first, and never
/// carry personal data.
struct ApiError {
    int httpStatus = 500;
    std::string code;
    std::string messageJa;
    std::string messageEn;
    /// For the server's log only, never sent: which storage operation failed and how (an
    /// error code and SQLite's or PostgreSQL's message, no record content).
    std::string logDetail;
};

/// The log detail of a storage failure: its code name and what failed ("corrupt: read device:
/// database disk image is malformed"). Details name operations and SQL errors, never values.
inline std::string storageLogDetail(std::string_view codeName, std::string_view detail)
{
    return std::string(codeName) + ": " + std::string(detail);
}

template <typename T> using ApiResult = Result<T, ApiError>;

inline ApiError apiError(int httpStatus, std::string code, std::string messageJa, std::string messageEn)
{
    return ApiError { httpStatus, std::move(code), std::move(messageJa), std::move(messageEn), {} };
}

} // namespace yk::server
