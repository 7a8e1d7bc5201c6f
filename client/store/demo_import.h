#pragma once

#include "storage_names.h"

#include "yokoten/v1/demo.pb.h"

#include <cstdint>

namespace yk::store {

class Store;

/// Loads a demo data set into a store in one transaction: all of it, or nothing.
StoreResult<std::int64_t> importDataset(Store& store, const yokoten::v1::DemoDataset& dataset);

} // namespace yk::store
