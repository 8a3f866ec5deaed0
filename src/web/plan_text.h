// The RAR plan's words as both its page and its PDF print them, so the two never disagree.
#pragma once

#include <string>

#include "app/rar_plan.h"

namespace probity::web {

const char* OffendingLinkName(plan::OffendingLink link);
const char* DelivererName(plan::Deliverer deliverer);
const char* SessionFormatName(plan::SessionFormat format);

// "20 ordered: 3 completed, 1 instructed, 2 booked, 14 remaining".
std::string RarDaysText(const rar::RarDayCount& days);
// "Version 2, agreed on 1 May 2026, review by 1 September 2026", "Version 1, draft (...)", or
// "None yet" when there is no plan.
std::string PlanStatusText(const app::RarPlanView& view);
// "4 of 20 RAR days planned".
std::string BudgetText(const app::RarPlanView& view);
// "Provider (StepChange)".
std::string DelivererText(const plan::Activity& activity);
// The need areas an objective addresses, comma-separated.
std::string NeedsText(const plan::Objective& objective);

}  // namespace probity::web
