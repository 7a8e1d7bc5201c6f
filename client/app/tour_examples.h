#pragma once

#include <cstdint>

namespace yk::store {
class Store;
}
namespace yk::sync {
class SyncEngine;
}

namespace yk::app {

/// What a person would have done on the self-test's and screenshots' demo store, so My
/// tickets, My loans and the past self-assessments are not empty: a sign-up for the next
/// session, a trial-loan request and a self-assessment submitted a month ago, each built by
/// the function the app builds it with and queued through the engine's outbox as the app
/// queues it. Returns false when the demo data lacks what one of them needs.
bool addTourExamples(store::Store& store, sync::SyncEngine& engine, std::int64_t nowSeconds);

} // namespace yk::app
