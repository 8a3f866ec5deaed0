// The RAR plan as a PDF to print and sign with the person (issue 3 part 2): who it is for, the
// order and its RAR days, the plan's needs, objectives and activities against the RAR-day budget,
// then signature lines for the person and the responsible officer.
#pragma once

#include <string>

#include "app/rar_plan.h"
#include "core/result.h"

namespace probity::web {

// The PDF's bytes; kInternal when it cannot be written (e.g. its font is missing).
Result<std::string> RenderPlanPdf(const app::RarPlanView& view);

// "rar-plan-X123456-v2.pdf" (v0 when there is no plan yet).
std::string PlanPdfFileName(const app::RarPlanView& view);

}  // namespace probity::web
