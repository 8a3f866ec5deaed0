#include "web/plan_text.h"

namespace probity::web {

const char* OffendingLinkName(plan::OffendingLink link) {
  switch (link) {
    case plan::OffendingLink::kNotLinked:
      return "Not linked";
    case plan::OffendingLink::kLinked:
      return "Linked";
    case plan::OffendingLink::kStronglyLinked:
      return "Strongly linked";
  }
  return "";
}

const char* DelivererName(plan::Deliverer deliverer) {
  switch (deliverer) {
    case plan::Deliverer::kResponsibleOfficer:
      return "Responsible officer";
    case plan::Deliverer::kInHouseSpecialist:
      return "In-house specialist";
    case plan::Deliverer::kProvider:
      return "Provider";
  }
  return "";
}

const char* SessionFormatName(plan::SessionFormat format) {
  return format == plan::SessionFormat::kGroup ? "Group" : "One-to-one";
}

std::string RarDaysText(const rar::RarDayCount& days) {
  return std::to_string(days.ordered) + " ordered: " + std::to_string(days.completed) +
         " completed, " + std::to_string(days.instructed) + " instructed, " +
         std::to_string(days.booked) + " booked, " + std::to_string(days.remaining) + " remaining";
}

std::string PlanStatusText(const app::RarPlanView& view) {
  if (!view.plan) {
    return "None yet";
  }
  const plan::Plan& p = *view.plan;
  return "Version " + std::to_string(p.version) + ", " +
         (p.status == plan::PlanStatus::kAgreed
              ? "agreed on " + FormatDateLong(*p.agreed_on) +
                    (p.review_on ? ", review by " + FormatDateLong(*p.review_on) : "")
              : std::string("draft (not yet agreed with the person)"));
}

std::string BudgetText(const app::RarPlanView& view) {
  return std::to_string(view.check.planned) + " of " + std::to_string(view.rar.days.ordered) +
         " RAR days planned";
}

std::string DelivererText(const plan::Activity& activity) {
  return std::string(DelivererName(activity.deliverer)) +
         (activity.provider.empty() ? "" : " (" + activity.provider + ")");
}

std::string NeedsText(const plan::Objective& objective) {
  std::string areas;
  for (auto a : objective.needs) {
    areas += (areas.empty() ? "" : ", ") + std::string(need::NeedAreaName(a));
  }
  return areas;
}

}  // namespace probity::web
