#include "domain/rar/completion.h"

#include <utility>

#include "domain/person/text.h"

namespace probity::rar {
namespace {

bool Blank(std::string_view text) {
  return person::Trim(text).empty();
}

std::string ObjectivePath(std::size_t index, std::string_view field = {}) {
  std::string path = "objectives[" + std::to_string(index) + "]";
  if (!field.empty()) {
    path += ".";
    path += field;
  }
  return path;
}

std::string DaysText(int days) {
  return std::to_string(days) + (days == 1 ? " RAR day is" : " RAR days are");
}

void CheckObjectives(const Completion& completion, const plan::Plan& plan,
                     std::vector<FieldError>& errors) {
  // RAR-9: "the outcome against the objectives agreed in the plan": every one of them.
  for (std::size_t i = 0; i < plan.objectives.size(); ++i) {
    if (i >= completion.objectives.size() || !completion.objectives[i].outcome) {
      errors.push_back(
          {ObjectivePath(i, "outcome"), "REQUIRED",
           "Record the outcome of the objective \"" + plan.objectives[i].description + "\"."});
    }
  }
  for (std::size_t i = plan.objectives.size(); i < completion.objectives.size(); ++i) {
    errors.push_back({ObjectivePath(i), "NOT_IN_PLAN",
                      "The plan has " + std::to_string(plan.objectives.size()) +
                          " objectives; there is no objective " + std::to_string(i + 1) + "."});
  }
}

void CheckFewerDays(const Completion& completion, const RarDayCount& count,
                    std::vector<FieldError>& errors) {
  if (count.completed >= count.ordered) {
    return;
  }
  // RAR-9: "If fewer days than the maximum were used, the RO must record the rationale, a
  // description of the progress made and the outcome achieved."
  std::string used = std::to_string(count.completed) + " of " + std::to_string(count.ordered) +
                     " RAR days were completed";
  if (Blank(completion.rationale)) {
    errors.push_back(
        {"rationale", "REQUIRED", used + ": record why the RAR is complete with fewer days."});
  }
  if (Blank(completion.progress)) {
    errors.push_back({"progress", "REQUIRED", used + ": describe the progress made."});
  }
  if (Blank(completion.outcome_achieved)) {
    errors.push_back({"outcomeAchieved", "REQUIRED", used + ": record the outcome achieved."});
  }
}

}  // namespace

const char* ObjectiveOutcomeCode(ObjectiveOutcome outcome) {
  switch (outcome) {
    case ObjectiveOutcome::kAchieved:
      return "achieved";
    case ObjectiveOutcome::kPartlyAchieved:
      return "partly_achieved";
    case ObjectiveOutcome::kNotAchieved:
      return "not_achieved";
  }
  return "";
}

std::optional<ObjectiveOutcome> ParseObjectiveOutcome(std::string_view code) {
  for (auto outcome : {ObjectiveOutcome::kAchieved, ObjectiveOutcome::kPartlyAchieved,
                       ObjectiveOutcome::kNotAchieved}) {
    if (code == ObjectiveOutcomeCode(outcome)) {
      return outcome;
    }
  }
  return std::nullopt;
}

Result<CompletedRar> CheckCompletion(const Completion& completion, const plan::Plan& plan,
                                     const RarDayCount& count, Date today) {
  if (plan.status != plan::PlanStatus::kAgreed) {
    return FailedPrecondition(
        "The plan is a draft: agree it with the person before completing the RAR against its "
        "objectives.");
  }
  if (count.booked > 0) {
    return FailedPrecondition(DaysText(count.booked) +
                              " still booked: record their outcomes or cancel them before "
                              "completing the RAR.");
  }
  if (count.unrecorded > 0) {
    return FailedPrecondition(DaysText(count.unrecorded) +
                              " past with no outcome recorded: record what happened before "
                              "completing the RAR.");
  }

  std::vector<FieldError> errors;
  if (!completion.confirmed) {
    errors.push_back(
        {"confirmed", "REQUIRED", "Confirm that this counts as completion of the RAR."});
  }
  CheckObjectives(completion, plan, errors);
  CheckFewerDays(completion, count, errors);
  if (!errors.empty()) {
    Error error;
    error.code = ErrorCode::kInvalidArgument;
    error.message = errors.size() == 1 ? errors[0].message
                                       : "The completion has " + std::to_string(errors.size()) +
                                             " problems: " + errors[0].message;
    error.fields = std::move(errors);
    return error;
  }
  return CompletedRar{today, plan.version, count.ordered, count.completed,
                      count.completed < count.ordered};
}

bool NeedsCompletionRecord(Date end, const RarDayCount& count, bool has_completion_record,
                           Date today) {
  return end < today && count.completed < count.ordered && !has_completion_record;
}

}  // namespace probity::rar
