#include "domain/plan/plan.h"

#include <algorithm>
#include <array>
#include <climits>
#include <cstdint>
#include <utility>

#include "domain/person/text.h"

namespace probity::plan {
namespace {

using need::NeedArea;
using need::NeedAreaName;

// TIME-5: a sentence plan is reviewed at least every 4 months.
constexpr int kReviewMonths = 4;

template <typename E, std::size_t N>
std::optional<E> ParseByCode(std::string_view code, const std::array<E, N>& all,
                             const char* (*code_of)(E)) {
  for (E value : all) {
    if (code == code_of(value)) {
      return value;
    }
  }
  return std::nullopt;
}

bool Blank(std::string_view text) {
  return person::Trim(text).empty();
}

std::string Path(std::string_view list, std::size_t index, std::string_view field = {}) {
  std::string path = std::string(list) + "[" + std::to_string(index) + "]";
  if (!field.empty()) {
    path += ".";
    path += field;
  }
  return path;
}

std::string DaysText(int days) {
  return std::to_string(days) + (days == 1 ? " RAR day" : " RAR days");
}

// The index of each need area's first entry in plan.needs.
class NeedIndex {
 public:
  explicit NeedIndex(const std::vector<Need>& needs) {
    for (std::size_t i = 0; i < needs.size(); ++i) {
      if (!Find(needs[i].area)) {
        entries_.emplace_back(needs[i].area, i);
      }
    }
  }
  std::optional<std::size_t> Find(NeedArea area) const {
    for (const auto& [a, i] : entries_) {
      if (a == area) {
        return i;
      }
    }
    return std::nullopt;
  }

 private:
  std::vector<std::pair<NeedArea, std::size_t>> entries_;
};

void CheckNeeds(const Plan& plan, const NeedIndex& index, std::vector<FieldError>& errors) {
  if (plan.needs.empty()) {
    errors.push_back({"needs", "REQUIRED",
                      "Add at least one need: RAR activity must address an identified need "
                      "(RAR-2)."});
  }
  for (std::size_t i = 0; i < plan.needs.size(); ++i) {
    if (index.Find(plan.needs[i].area) != i) {
      errors.push_back(
          {Path("needs", i, "area"), "DUPLICATE",
           std::string(NeedAreaName(plan.needs[i].area)) + " is already a need in this plan."});
    }
  }
}

void CheckObjectives(const Plan& plan, const NeedIndex& index, std::vector<FieldError>& errors) {
  if (plan.status == PlanStatus::kAgreed && plan.objectives.empty()) {
    errors.push_back({"objectives", "REQUIRED",
                      "Add at least one objective: completion is recorded against the plan's "
                      "objectives (RAR-9)."});
  }
  for (std::size_t i = 0; i < plan.objectives.size(); ++i) {
    const Objective& objective = plan.objectives[i];
    if (Blank(objective.description)) {
      errors.push_back(
          {Path("objectives", i, "description"), "REQUIRED", "Say what the person will achieve."});
    }
    if (Blank(objective.outcome)) {
      errors.push_back({Path("objectives", i, "outcome"), "REQUIRED",
                        "Record the outcome agreed with the person."});
    }
    if (objective.needs.empty()) {
      errors.push_back({Path("objectives", i, "needs"), "REQUIRED",
                        "Choose the needs this objective addresses."});
    }
    for (std::size_t j = 0; j < objective.needs.size(); ++j) {
      if (!index.Find(objective.needs[j])) {
        errors.push_back({Path("objectives", i, Path("needs", j)), "NOT_IN_PLAN",
                          std::string(NeedAreaName(objective.needs[j])) +
                              " is not a need in this plan: add it to the needs first."});
      }
    }
  }
}

void CheckActivities(const Plan& plan, const NeedIndex& index, std::vector<FieldError>& errors) {
  for (std::size_t i = 0; i < plan.activities.size(); ++i) {
    const Activity& activity = plan.activities[i];
    if (Blank(activity.description)) {
      errors.push_back(
          {Path("activities", i, "description"), "REQUIRED", "Describe the activity."});
    }
    if (!activity.need) {
      // RAR-2: a RAR activity must address an identified need.
      errors.push_back({Path("activities", i, "need"), "REQUIRED",
                        "Choose the need this activity addresses (RAR-2)."});
    } else if (!index.Find(*activity.need)) {
      errors.push_back({Path("activities", i, "need"), "NOT_IN_PLAN",
                        std::string(NeedAreaName(*activity.need)) +
                            " is not a need in this plan: add it to the needs first."});
    }
    if (activity.rar_days < 1) {
      errors.push_back({Path("activities", i, "rarDays"), "OUT_OF_RANGE",
                        "An activity uses at least 1 RAR day."});
    }
    if (activity.deliverer == Deliverer::kProvider && Blank(activity.provider)) {
      errors.push_back({Path("activities", i, "provider"), "REQUIRED",
                        "Name the provider who delivers this activity."});
    }
  }
}

void CheckDates(const Plan& plan, PlanCheck& check) {
  if (plan.status == PlanStatus::kAgreed && !plan.agreed_on) {
    check.errors.push_back({"agreedOn", "REQUIRED", "Enter the date the plan was agreed."});
  }
  if (plan.status == PlanStatus::kAgreed && !plan.review_on) {
    check.errors.push_back({"reviewOn", "REQUIRED", "Enter the date the plan will be reviewed."});
  }
  if (!plan.agreed_on || !plan.review_on) {
    return;
  }
  if (*plan.review_on <= *plan.agreed_on) {
    check.errors.push_back({"reviewOn", "OUT_OF_RANGE",
                            "The review date must be after the date the plan was agreed."});
  } else if (*plan.review_on > AddMonths(*plan.agreed_on, kReviewMonths)) {
    check.warnings.push_back({"reviewOn", std::string(kReviewAfterFourMonths),
                              "Review the plan within 4 months of agreeing it (by " +
                                  FormatDateLong(AddMonths(*plan.agreed_on, kReviewMonths)) +
                                  ")."});
  }
}

bool HasActivity(const Plan& plan, NeedArea area) {
  return std::any_of(plan.activities.begin(), plan.activities.end(),
                     [&](const Activity& a) { return a.need == area; });
}

bool PrefersTreatment(const Need& need) {
  if (!need::TreatmentRequirementFor(need.area)) {
    return false;
  }
  // RAR-10 qualifies alcohol (dependent) and emotional management (diagnosed), not drug misuse.
  return need.area == NeedArea::kDrugMisuse || need.dependent_or_diagnosed;
}

void CheckNeedCoverage(const Plan& plan, const NeedIndex& index, PlanCheck& check) {
  OffendingLink most = OffendingLink::kNotLinked;
  for (const Need& need : plan.needs) {
    most = std::max(most, need.link);
  }
  for (std::size_t i = 0; i < plan.needs.size(); ++i) {
    const Need& need = plan.needs[i];
    if (index.Find(need.area) != i) {
      continue;  // a duplicate, already refused
    }
    std::string name = NeedAreaName(need.area);
    bool has_activity = HasActivity(plan, need.area);
    if (has_activity && !Blank(need.no_activity_reason)) {
      check.errors.push_back({Path("needs", i, "noActivityReason"), "ACTIVITY_PLANNED",
                              name + " has a planned activity: remove the reason that no "
                                     "suitable activity exists."});
    }
    if (!has_activity && most != OffendingLink::kNotLinked && need.link == most) {
      check.warnings.push_back({Path("needs", i), std::string(kNoActivityForMostLinkedNeed),
                                "No planned activity addresses " + name +
                                    ", the need most strongly linked to the offending."});
    }
    if (!has_activity && Blank(need.no_activity_reason)) {
      check.warnings.push_back({Path("needs", i, "noActivityReason"),
                                std::string(kNoActivityAndNoReason),
                                "No activity is planned for " + name +
                                    ": if no suitable activity exists, record why (RAR-9)."});
    }
    if (PrefersTreatment(need)) {
      check.warnings.push_back(
          {Path("needs", i, "area"), std::string(kPreferTreatmentRequirement),
           name + " belongs in a treatment requirement (" +
               sentence::RequirementTypeName(*need::TreatmentRequirementFor(need.area)) +
               "), not the RAR (RAR-10)."});
    }
  }
}

void CheckBudget(const Plan& plan, int rar_days_ordered, PlanCheck& check) {
  // Summed wide so that absurd inputs cannot overflow; days below 1 are refused, not counted.
  std::int64_t total = 0;
  for (const Activity& activity : plan.activities) {
    total += std::max(activity.rar_days, 0);
  }
  check.ordered = rar_days_ordered;
  check.planned = static_cast<int>(std::min<std::int64_t>(total, INT_MAX));
  check.remaining = std::max(rar_days_ordered - check.planned, 0);
  if (total > rar_days_ordered) {
    // RAR-8: the plan's total can never exceed the maximum days.
    check.errors.push_back({"activities", "EXCEEDS_RAR_DAYS_ORDERED",
                            "The plan has " + DaysText(check.planned) +
                                " of activities; the court ordered at most " +
                                std::to_string(rar_days_ordered) + "."});
  }
}

}  // namespace

const char* OffendingLinkCode(OffendingLink link) {
  switch (link) {
    case OffendingLink::kNotLinked:
      return "not_linked";
    case OffendingLink::kLinked:
      return "linked";
    case OffendingLink::kStronglyLinked:
      return "strongly_linked";
  }
  return "";
}

std::optional<OffendingLink> ParseOffendingLink(std::string_view code) {
  constexpr std::array kAll = {OffendingLink::kNotLinked, OffendingLink::kLinked,
                               OffendingLink::kStronglyLinked};
  return ParseByCode(code, kAll, OffendingLinkCode);
}

const char* DelivererCode(Deliverer deliverer) {
  switch (deliverer) {
    case Deliverer::kResponsibleOfficer:
      return "responsible_officer";
    case Deliverer::kInHouseSpecialist:
      return "in_house_specialist";
    case Deliverer::kProvider:
      return "provider";
  }
  return "";
}

std::optional<Deliverer> ParseDeliverer(std::string_view code) {
  constexpr std::array kAll = {Deliverer::kResponsibleOfficer, Deliverer::kInHouseSpecialist,
                               Deliverer::kProvider};
  return ParseByCode(code, kAll, DelivererCode);
}

const char* SessionFormatCode(SessionFormat format) {
  switch (format) {
    case SessionFormat::kOneToOne:
      return "one_to_one";
    case SessionFormat::kGroup:
      return "group";
  }
  return "";
}

std::optional<SessionFormat> ParseSessionFormat(std::string_view code) {
  constexpr std::array kAll = {SessionFormat::kOneToOne, SessionFormat::kGroup};
  return ParseByCode(code, kAll, SessionFormatCode);
}

const char* PlanStatusCode(PlanStatus status) {
  switch (status) {
    case PlanStatus::kDraft:
      return "draft";
    case PlanStatus::kAgreed:
      return "agreed";
  }
  return "";
}

std::optional<PlanStatus> ParsePlanStatus(std::string_view code) {
  constexpr std::array kAll = {PlanStatus::kDraft, PlanStatus::kAgreed};
  return ParseByCode(code, kAll, PlanStatusCode);
}

PlanCheck CheckPlan(const Plan& plan, int rar_days_ordered) {
  PlanCheck check;
  NeedIndex index(plan.needs);
  if (plan.version < 1) {
    check.errors.push_back({"version", "OUT_OF_RANGE", "A plan's version starts at 1."});
  }
  CheckDates(plan, check);
  CheckNeeds(plan, index, check.errors);
  CheckObjectives(plan, index, check.errors);
  CheckActivities(plan, index, check.errors);
  CheckNeedCoverage(plan, index, check);
  CheckBudget(plan, rar_days_ordered, check);
  return check;
}

std::vector<FieldError> CheckActivityDates(const Plan& plan, Date period_start, Date period_end) {
  std::vector<FieldError> errors;
  for (std::size_t i = 0; i < plan.activities.size(); ++i) {
    const auto& start = plan.activities[i].planned_start;
    if (start && (*start < period_start || *start > period_end)) {
      errors.push_back({Path("activities", i, "plannedStart"), "OUTSIDE_ORDER",
                        "Plan activities between " + FormatDate(period_start) + " and " +
                            FormatDate(period_end) + " (the relevant period of the order); " +
                            FormatDate(*start) + " is outside it."});
    }
  }
  return errors;
}

Status AsStatus(const PlanCheck& check) {
  if (check.ok()) {
    return Ok();
  }
  Error error;
  error.code = ErrorCode::kInvalidArgument;
  error.message = check.errors.size() == 1 ? check.errors[0].message
                                           : "The plan has " + std::to_string(check.errors.size()) +
                                                 " problems: " + check.errors[0].message;
  error.fields = check.errors;
  return error;
}

Result<Plan> AgreePlan(Plan plan, int rar_days_ordered, Date today) {
  if (plan.status == PlanStatus::kAgreed) {
    return FailedPrecondition(
        "This version of the plan is already agreed: amend it to make a new version.");
  }
  plan.status = PlanStatus::kAgreed;
  plan.agreed_on = today;
  if (!plan.review_on) {
    plan.review_on = AddMonths(today, kReviewMonths);  // TIME-5
  }
  PROBITY_TRY(AsStatus(CheckPlan(plan, rar_days_ordered)));
  return plan;
}

Result<Plan> AmendPlan(const Plan& current, Plan amended, int rar_days_ordered) {
  if (current.status != PlanStatus::kAgreed) {
    return FailedPrecondition("This version of the plan is a draft: edit it rather than amend it.");
  }
  amended.version = current.version + 1;
  amended.status = PlanStatus::kDraft;
  amended.agreed_on.reset();
  amended.review_on.reset();
  PROBITY_TRY(AsStatus(CheckPlan(amended, rar_days_ordered)));
  return amended;
}

}  // namespace probity::plan
