#pragma once

#include <google/protobuf/timestamp.pb.h>

#include <cstdint>

namespace yk::store {

/// A protobuf Timestamp as milliseconds since the epoch, the unit of the store's time columns.
inline std::int64_t toMillis(const google::protobuf::Timestamp& t)
{
    return t.seconds() * 1000 + t.nanos() / 1'000'000;
}

} // namespace yk::store
