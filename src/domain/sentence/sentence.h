// Events (convictions), the community sentences made on them, and their requirements
// (domain.md RAR-1 and Part B §7).
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/date.h"
#include "core/id.h"

namespace probity::sentence {

struct EventTag {};
struct SentenceTag {};
struct RequirementTag {};
using EventId = Id<EventTag>;
using SentenceId = Id<SentenceTag>;
using RequirementId = Id<RequirementTag>;

enum class OrderType { kCommunityOrder, kSuspendedSentenceOrder };
const char* OrderTypeCode(OrderType type);  // "community_order" | "suspended_sentence_order"
const char* OrderTypeName(OrderType type);  // "Community order" | "Suspended sentence order"
std::optional<OrderType> ParseOrderType(std::string_view code);

// The requirements of SC2020 s.201 / s.287 (domain.md §7).
enum class RequirementType {
  kRehabilitationActivity,
  kUnpaidWork,
  kProgramme,
  kProhibitedActivity,
  kCurfew,
  kExclusion,
  kResidence,
  kForeignTravelProhibition,
  kMentalHealthTreatment,
  kDrugRehabilitation,
  kAlcoholTreatment,
  kAlcoholAbstinenceMonitoring,
  kAttendanceCentre,
  kElectronicMonitoring,
};
const char* RequirementTypeCode(RequirementType type);  // e.g. "rar", "unpaid_work"
const char* RequirementTypeName(
    RequirementType type);  // e.g. "Rehabilitation activity requirement"
std::optional<RequirementType> ParseRequirementType(std::string_view code);
// The unit of a requirement's length: "days" (RAR, AAMR), "hours" (unpaid work, attendance
// centre), "months" (treatment, curfew period...), or "" when it has none.
const char* RequirementUnit(RequirementType type);

enum class RequirementStatus { kActive, kCompleted, kTerminated };
const char* RequirementStatusCode(RequirementStatus status);
std::optional<RequirementStatus> ParseRequirementStatus(std::string_view code);

struct Requirement {
  RequirementId id;
  RequirementType type = RequirementType::kRehabilitationActivity;
  std::optional<int> length;  // RAR: maximum days; unpaid work: hours; see RequirementUnit
  RequirementStatus status = RequirementStatus::kActive;
  // Curfew only: the longest curfew on any one day, in hours (Sch 9 Part 5; sentence/limits.h).
  // `{}` keeps four-value aggregate initialisers free of -Wmissing-field-initializers.
  std::optional<int> daily_hours{};
  // A date the court set by which this requirement must be complied with (SC2020 s.209), e.g.
  // unpaid work within 12 months or a curfew within 2 years; nullopt when none was set.
  std::optional<Date> end_date{};
};

struct Sentence {
  SentenceId id;
  OrderType type = OrderType::kCommunityOrder;
  Date sentence_date{};
  Date end_date{};  // CO: end of the order; SSO: end of the supervision period (RAR-1)
  std::optional<int> custodial_months;  // SSO only
  std::optional<Date> operational_end;  // SSO only
  std::vector<Requirement> requirements;

  // The maximum RAR days over this sentence's active RAR requirements (0 when it has none).
  int RarDaysOrdered() const;
};

struct Event {
  EventId id;
  Date conviction_date{};
  std::string offence_category;  // an OGRS-1 category code, e.g. "theft_non_motor"
  std::string offence_description;
  std::string court;
  std::vector<Sentence> sentences;
};

}  // namespace probity::sentence
