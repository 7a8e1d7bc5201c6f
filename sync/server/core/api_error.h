#pragma once

#include "domain/result.h"

#include <string>
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
};

template <typename T> using ApiResult = Result<T, ApiError>;

inline ApiError apiError(int httpStatus, std::string code, std::string messageJa, std::string messageEn)
{
    return ApiError { httpStatus, std::move(code), std::move(messageJa), std::move(messageEn) };
}

} // namespace yk::server
