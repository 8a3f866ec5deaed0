#include "web/plan_pdf.h"

#include <vector>

#include "pdf/document.h"
#include "web/plan_text.h"

namespace probity::web {

Result<std::string> RenderPlanPdf(const app::RarPlanView& view) {
  pdf::Document doc("RAR plan – " + view.person_name + " (" + view.crn + ")");
  doc.Title("Rehabilitation activity requirement plan");
  doc.Field("Name", view.person_name);
  doc.Field("CRN", view.crn);
  doc.Field("Date of birth", FormatDateLong(view.date_of_birth));
  doc.Field("Responsible officer", view.officer_name.empty() ? "Not allocated" : view.officer_name);
  doc.Field("Order", FormatDateLong(view.order_start) + " to " + FormatDateLong(view.order_end));
  doc.Field("RAR days", RarDaysText(view.rar.days));
  doc.Field("Plan", PlanStatusText(view));
  if (!view.plan) {
    doc.Paragraph("No plan has been made yet.");
    return doc.Render();
  }
  const plan::Plan& p = *view.plan;
  doc.Field("RAR-day budget", BudgetText(view));

  doc.Heading("Needs");
  std::vector<std::vector<std::string>> needs;
  for (const auto& n : p.needs) {
    std::string notes = n.notes;
    if (!n.no_activity_reason.empty()) {
      notes +=
          (notes.empty() ? "" : " ") + std::string("No suitable activity: ") + n.no_activity_reason;
    }
    needs.push_back({need::NeedAreaName(n.area), OffendingLinkName(n.link), notes});
  }
  doc.Table({{"Need", 0.32}, {"Linked to offending", 0.2}, {"Notes", 0.48}}, std::move(needs));

  doc.Heading("Objectives");
  std::vector<std::vector<std::string>> objectives;
  for (const auto& o : p.objectives) {
    objectives.push_back({o.description, o.outcome, NeedsText(o)});
  }
  doc.Table({{"Objective", 0.36}, {"Outcome agreed", 0.36}, {"Needs", 0.28}},
            std::move(objectives));

  doc.Heading("Planned activities");
  std::vector<std::vector<std::string>> activities;
  for (const auto& a : p.activities) {
    activities.push_back({a.description, a.need ? need::NeedAreaName(*a.need) : "",
                          DelivererText(a), SessionFormatName(a.format),
                          std::to_string(a.rar_days)});
  }
  activities.push_back(
      {"Total: " + BudgetText(view), "", "", "", std::to_string(view.check.planned)});
  doc.Table({{"Activity", 0.32},
             {"Need", 0.2},
             {"Delivered by", 0.22},
             {"Format", 0.14},
             {"RAR days", 0.12}},
            std::move(activities));

  doc.Heading("Agreement");
  doc.Paragraph("The person on probation and the responsible officer agree this plan.");
  doc.SignatureLine("Signed by the person on probation (" + view.person_name + ")");
  doc.SignatureLine("Signed by the responsible officer" +
                    (view.officer_name.empty() ? std::string() : " (" + view.officer_name + ")"));
  return doc.Render();
}

std::string PlanPdfFileName(const app::RarPlanView& view) {
  return "rar-plan-" + view.crn + "-v" + std::to_string(view.plan ? view.plan->version : 0) +
         ".pdf";
}

}  // namespace probity::web
