// Recording a court's community order (CO) or suspended sentence order (SSO) with its
// requirements, and the court's later changes to a requirement: variation, early termination,
// completion (issue 3 part 1). The statutory limits are domain/sentence/limits.h's; a refusal
// lists every field at fault and saves nothing. Every change is audited against the person and
// kept in the requirement's change history with its reason, who recorded it and when.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "app/actor.h"
#include "app/ports.h"
#include "core/result.h"
#include "domain/sentence/limits.h"

namespace probity::app {

// One requirement as typed on the form or sent to the API; the use case parses every field.
struct RequirementRequest {
  std::string type;                         // a requirement type code, e.g. "unpaid_work"
  std::optional<std::int64_t> length;       // in sentence::RequirementUnit(type)
  std::optional<std::int64_t> daily_hours;  // curfew only: the most hours on any one day
  std::string end_date;                     // "YYYY-MM-DD"; empty when the court set none
};

// A conviction (event) and the one order made on it. Dates are "YYYY-MM-DD".
struct OrderRequest {
  std::string conviction_date;
  std::string offence_category;  // an OGRS-1 category code, e.g. "theft_non_motor"
  std::string offence_description;
  std::string court;
  std::string order_type;  // "community_order" | "suspended_sentence_order"
  std::string sentence_date;
  std::string end_date;  // CO: end of the order; SSO: end of the supervision period
  std::optional<std::int64_t> custodial_months;  // SSO only
  std::string operational_end_date;              // SSO only
  std::vector<RequirementRequest> requirements;
};

struct RecordedOrder {
  std::string crn;
  sentence::Event event;  // as saved, with its ids
};

// Records the event, its order and requirements (audited "order.create"). kInvalidArgument
// listing every field at fault (the JSON paths of limits.h: "endDate", "requirements[1].length"),
// with nothing saved, for unreadable input, a conviction or sentence date after today, or any
// statutory limit broken (sentence::CheckOrderLimits, with the person's date of birth).
Result<RecordedOrder> RecordOrder(const Context& ctx, const Actor& actor, const std::string& crn,
                                  const OrderRequest& request);

// A requirement as it stands now and its change history, oldest first.
struct RequirementHistory {
  std::string crn;
  sentence::Requirement requirement;
  std::vector<RequirementChange> changes;
};

// Varies one of the person's requirements as the court ordered, today (audited
// "requirement.vary"; history kind "varied"). Errors as sentence::VaryRequirement's; for a RAR,
// fewer days than are already instructed is refused too ("length" BELOW_DAYS_INSTRUCTED, RAR-6).
Result<RequirementHistory> VaryRequirement(const Context& ctx, const Actor& actor,
                                           const std::string& crn, std::int64_t requirement,
                                           const sentence::RequirementVariation& variation);

// How a requirement ended, as typed: status "completed" or "terminated", the reason, and the
// date it ended (nullopt: today).
struct EndingRequest {
  std::string status;
  std::string reason;
  std::optional<Date> ended_on;
};

// Ends one of the person's requirements (audited "requirement.end"; history kind = status).
// Errors as sentence::EndRequirement's. A RAR is completed only through CompleteRar (RAR-9,
// app/rar_plan.h): completing one here is refused ("status" USE_RAR_COMPLETION).
Result<RequirementHistory> EndRequirement(const Context& ctx, const Actor& actor,
                                          const std::string& crn, std::int64_t requirement,
                                          const EndingRequest& ending);

// As VaryRequirement and EndRequirement, inside the caller's write transaction, which the caller
// commits: a court's breach outcome changes the order in the same transaction as the outcome.
Result<RequirementHistory> VaryRequirementIn(const Context& ctx, const Actor& actor, Tx& tx,
                                             const std::string& crn, std::int64_t requirement,
                                             const sentence::RequirementVariation& variation);
Result<RequirementHistory> EndRequirementIn(const Context& ctx, const Actor& actor, Tx& tx,
                                            const std::string& crn, std::int64_t requirement,
                                            const EndingRequest& ending);

// The requirement and its change history (audited "requirement.history.view").
Result<RequirementHistory> ViewRequirementHistory(const Context& ctx, const Actor& actor,
                                                  const std::string& crn, std::int64_t requirement);

}  // namespace probity::app
