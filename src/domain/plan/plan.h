// The RAR sentence plan (domain.md RAR-2, RAR-8, RAR-9, RAR-10; issue 3 part 2): the needs
// assessed with the person, the objectives agreed with them, and the planned activities that
// spend the RAR days the court ordered. A plan is versioned: an agreed version is never edited;
// a review makes the next version (RAR-8).
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/date.h"
#include "core/result.h"
#include "domain/need/need_area.h"

namespace probity::plan {

// How strongly a need is linked to the offending. Ordered: a later enumerator is more strongly
// linked.
enum class OffendingLink { kNotLinked, kLinked, kStronglyLinked };
const char* OffendingLinkCode(OffendingLink link);  // "not_linked" | "linked" | "strongly_linked"
std::optional<OffendingLink> ParseOffendingLink(std::string_view code);

// RAR-2: who delivers a RAR activity.
enum class Deliverer { kResponsibleOfficer, kInHouseSpecialist, kProvider };
// "responsible_officer" | "in_house_specialist" | "provider"
const char* DelivererCode(Deliverer deliverer);
std::optional<Deliverer> ParseDeliverer(std::string_view code);

// RAR-2: group or one-to-one.
enum class SessionFormat { kOneToOne, kGroup };
const char* SessionFormatCode(SessionFormat format);  // "one_to_one" | "group"
std::optional<SessionFormat> ParseSessionFormat(std::string_view code);

enum class PlanStatus { kDraft, kAgreed };
const char* PlanStatusCode(PlanStatus status);  // "draft" | "agreed"
std::optional<PlanStatus> ParsePlanStatus(std::string_view code);

struct Need {
  need::NeedArea area = need::NeedArea::kAccommodation;
  OffendingLink link = OffendingLink::kLinked;
  // RAR-10: for alcohol misuse, the person is dependent; for emotional management, the condition
  // is diagnosed. Either points the need to a treatment requirement. Not read for other areas
  // (drug misuse always points to a drug rehabilitation requirement).
  bool dependent_or_diagnosed = false;
  std::string notes;
  // RAR-9: why no suitable activity exists for this need. Empty while activities address it.
  std::string no_activity_reason;
};

struct Objective {
  std::string description;            // what the person will achieve
  std::string outcome;                // the outcome agreed with them
  std::vector<need::NeedArea> needs;  // the plan's needs it addresses: at least one
};

struct Activity {
  std::string description;
  std::optional<need::NeedArea> need;  // RAR-2: the identified need it addresses; required
  Deliverer deliverer = Deliverer::kResponsibleOfficer;
  std::string provider;  // the provider's name; required when deliverer is kProvider
  SessionFormat format = SessionFormat::kOneToOne;
  int rar_days = 0;  // RAR days planned (RAR-3: calendar dates), at least 1
  std::optional<Date> planned_start;
};

struct Plan {
  int version = 1;  // 1 for the first plan; each amendment adds 1 (RAR-8)
  PlanStatus status = PlanStatus::kDraft;
  std::optional<Date> agreed_on;  // required once agreed
  std::optional<Date> review_on;  // required once agreed; after agreed_on (TIME-5)
  std::vector<Need> needs;
  std::vector<Objective> objectives;
  std::vector<Activity> activities;
};

// Advice that does not stop the plan being saved. `field` is a camelCase path as in FieldError;
// `code` is stable (see the k...Warning constants).
struct Warning {
  std::string field;
  std::string code;
  std::string message;
};

// Issue 3 part 2: no planned activity addresses the need most strongly linked to offending.
inline constexpr std::string_view kNoActivityForMostLinkedNeed = "NO_ACTIVITY_FOR_MOST_LINKED_NEED";
// RAR-10: the need belongs in a treatment requirement (ATR, DRR or MHTR) rather than the RAR.
inline constexpr std::string_view kPreferTreatmentRequirement = "PREFER_TREATMENT_REQUIREMENT";
// RAR-9: a need with no activity and no recorded reason why no suitable activity exists.
inline constexpr std::string_view kNoActivityAndNoReason = "NO_ACTIVITY_AND_NO_REASON";
// TIME-5: the review date is more than 4 months after the plan was agreed.
inline constexpr std::string_view kReviewAfterFourMonths = "REVIEW_AFTER_FOUR_MONTHS";

struct PlanCheck {
  int ordered = 0;                 // the court's maximum RAR days (RAR-1)
  int planned = 0;                 // RAR days of all activities (those of at least 1 day)
  int remaining = 0;               // ordered - planned, never below 0
  std::vector<FieldError> errors;  // refusals: the plan may not be saved while any remain
  std::vector<Warning> warnings;

  bool ok() const { return errors.empty(); }
};

// Checks a plan against the RAR rules and its own consistency; never fails itself. Errors name
// the field at fault (e.g. "activities[2].rarDays", "objectives[1].outcome", "needs[3].area").
// REQUIRES: rar_days_ordered >= 0.
PlanCheck CheckPlan(const Plan& plan, int rar_days_ordered);

// The check as a Status: Ok() without errors, else kInvalidArgument carrying every field error.
Status AsStatus(const PlanCheck& check);

// RAR-1: RAR activities are instructed within the relevant period, so a planned start outside
// [period_start, period_end] is refused ("activities[i].plannedStart", OUTSIDE_ORDER).
std::vector<FieldError> CheckActivityDates(const Plan& plan, Date period_start, Date period_end);

// Agrees a draft with the person on `today`: status agreed, agreed_on = today, and review_on
// defaulting to 4 months later (TIME-5) when the draft has none. Fails with kFailedPrecondition
// when the plan is already agreed and kInvalidArgument when CheckPlan finds errors (an agreed
// plan must also have at least one objective: RAR-9 completes against them).
Result<Plan> AgreePlan(Plan plan, int rar_days_ordered, Date today);

// RAR-8: after a review the RO amends an agreed plan as a new draft version: `amended` with
// version = current.version + 1, status draft and no dates (AgreePlan sets them). Fails with
// kFailedPrecondition when `current` is a draft (edit it instead) and kInvalidArgument when the
// amended plan has errors, among them a total over `rar_days_ordered` (which may differ from the
// current plan's if the court has varied the order).
Result<Plan> AmendPlan(const Plan& current, Plan amended, int rar_days_ordered);

}  // namespace probity::plan
