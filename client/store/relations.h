#pragma once

#include "storage_names.h"

#include "yokoten/v1/case.pb.h"
#include "yokoten/v1/equipment.pb.h"
#include "yokoten/v1/seminar.pb.h"

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace yk::store {

/// Facility size by capacity (定員), the way facilities describe themselves when they ask
/// "what did homes like ours achieve?". 0 means any size.
enum class FacilitySize { Any = 0, Small = 1, Medium = 2, Large = 3 };
/// Small: fewer than 30 places; medium: 30–79; large: 80 or more. Unknown (0) fits no size.
FacilitySize facilitySizeOf(int capacity);

/// Narrows the cases shown for a model.
struct ModelCaseFilter {
    int serviceType = 0; ///< wire ServiceType, 0 = any
    FacilitySize size = FacilitySize::Any;
    bool publicOnly = false; ///< a kiosk: published to all prefectures only, never a narrower scope
};

/// A published case as a model page lists it.
struct ModelCase {
    std::string id;
    std::string title;
    std::string organisationName;
    int prefectureCode = 0;
    int fiscalYear = 0;
    std::vector<int> serviceTypes;
    int facilityCapacity = 0;
    bool namesModel = false; ///< the case names this model; otherwise it used the same area
    std::optional<yokoten::v1::MetricPair> headline; ///< the case's first measured figure
};

/// How many published cases stand behind a model, and their typical effect.
struct ModelCaseCounts {
    std::int64_t namingModel = 0; ///< cases that name the model
    std::int64_t sameArea = 0; ///< cases of the model's area that do not name it
    std::int64_t withFigure = 0; ///< cases naming the model whose first figure has a change
    std::optional<double> medianImprovement; ///< of those, the median relative improvement
};

/// The improvement a figure shows, relative to its before value: +0.25 is 25 % better
/// (lower when lower is better, higher otherwise). None when before is 0.
std::optional<double> improvementOf(const yokoten::v1::MetricPair& metric);

/// Links between cases, equipment models and seminar sessions, both ways, from relation
/// tables kept beside the records (case_models, session_models): a model page asks an index,
/// it never scans the cases.
class RelationRepository {
public:
    explicit RelationRepository(Database& db);

    /// Published cases that name `modelId` (first), then published cases of `area` that do
    /// not, each group most recently written first, at most `limit` in all.
    StoreResult<std::vector<ModelCase>> casesOfModel(
        std::string_view modelId, int area, const ModelCaseFilter& filter, int limit);
    StoreResult<ModelCaseCounts> countsOfModel(std::string_view modelId, int area, bool publicOnly);
    /// Sessions that show `modelId` and end at or after `fromMillis`, soonest first.
    StoreResult<std::vector<yokoten::v1::SeminarSession>> sessionsShowing(
        std::string_view modelId, std::int64_t fromMillis);
    /// The models a session shows that this device holds, by area then name.
    StoreResult<std::vector<yokoten::v1::EquipmentModel>> modelsShownAt(std::string_view sessionId);

    // Kept in step by the repositories that write the records, in their transaction or
    // savepoint (CaseRepository deletes a case's links with the case):
    static StoreStatus linkCase(
        Database& db, std::int64_t docid, const yokoten::v1::GoodPracticeCase& record);
    static StoreStatus linkSession(Database& db, const yokoten::v1::SeminarSession& session);
    static StoreStatus unlinkSession(Database& db, std::string_view sessionId);
    /// Rebuilds both relation tables from the stored records (the migration that added them;
    /// `yokoten-cli check` compares against it).
    static StoreStatus rebuild(Database& db);

private:
    Database& m_db;
};

} // namespace yk::store
