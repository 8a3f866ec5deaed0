#include "web/proposal_sheet.h"

#include "domain/need/need_area.h"
#include "pdf/document.h"

namespace probity::web {
namespace {

std::string NeedName(const std::string& code) {
  auto area = need::ParseNeedArea(code);
  return area ? need::NeedAreaName(*area) : code;
}

std::string NeedNames(const std::vector<std::string>& codes) {
  std::string out;
  for (const auto& code : codes) {
    out += (out.empty() ? "" : ", ") + NeedName(code);
  }
  return out;
}

std::string Days(int days) {
  return std::to_string(days) + (days == 1 ? " day" : " days");
}

const char* FlagMeaning(proposal::ProposalFlag flag) {
  switch (flag) {
    case proposal::ProposalFlag::kOgrsBelow25:
      return "OGRS under 25%: a RAR only in exceptional circumstances";
    case proposal::ProposalFlag::kPreferTreatmentRequirement:
      return "A treatment requirement is preferred for a need given";
    case proposal::ProposalFlag::kConsiderAccreditedProgramme:
      return "Consider an accredited programme";
    case proposal::ProposalFlag::kSexualOffendingOgrsNotPredictive:
      return "Sexual offending: OGRS does not predict sexual reoffending";
  }
  return "";
}

std::vector<std::string> Row(const char* use, const proposal::Intervention& i,
                             const std::string& needs) {
  return {use, i.name, i.provider, needs, std::to_string(i.typical_days)};
}

}  // namespace

ProposalSheet SheetFor(const app::ProposalView& view) {
  const app::StoredProposal& s = view.proposal;
  const proposal::RarProposal& p = s.result;
  ProposalSheet sheet;
  sheet.title = "Proposed RAR – " + view.name + " (" + view.crn + ")";
  sheet.headline = p.proposed_days ? "Maximum of " + std::to_string(*p.proposed_days) + " RAR days"
                                   : "No RAR proposed";
  sheet.subline = std::string("Intensity: ") + proposal::IntensityCode(p.intensity);
  if (p.guideline_min_days && p.guideline_max_days) {
    sheet.subline += " · guideline " + std::to_string(*p.guideline_min_days) + " to " +
                     std::to_string(*p.guideline_max_days) + " days";
  }
  sheet.fields.emplace_back("Name", view.name + " (" + view.crn + ")");
  sheet.fields.emplace_back(
      "OGRS3 two-year score",
      std::to_string(s.ogrs_two_year) + "% (" +
          (s.ogrs_source == "record" ? "from the record" : "calculated for this proposal") + ")");
  sheet.fields.emplace_back("Intensity", proposal::IntensityCode(p.intensity));
  sheet.fields.emplace_back("Guideline range",
                            p.guideline_min_days && p.guideline_max_days
                                ? std::to_string(*p.guideline_min_days) + " to " +
                                      std::to_string(*p.guideline_max_days) + " days"
                                : "None (OGRS under 25%)");
  sheet.fields.emplace_back("Maximum RAR days proposed",
                            p.proposed_days ? Days(*p.proposed_days) : "None");
  if (p.anticipated_days) {
    sheet.fields.emplace_back("Activity anticipated", Days(*p.anticipated_days));
  }
  sheet.fields.emplace_back("Court's area", s.area_name.empty() ? "Not given" : s.area_name);
  sheet.fields.emplace_back("Sexual offending", s.sexual_offending ? "Yes" : "No");
  if (!s.justification.empty()) {
    sheet.fields.emplace_back("Exceptional justification", s.justification);
  }
  for (auto flag : p.flags) {
    sheet.flags.emplace_back(proposal::ProposalFlagCode(flag), FlagMeaning(flag));
  }
  sheet.rationale = p.rationale;
  sheet.area = s.area_name;
  for (const auto& chosen : p.activity) {
    sheet.interventions.push_back(
        Row("RAR activity", chosen.intervention, NeedNames(chosen.needs)));
  }
  if (!p.officer_needs.empty()) {
    sheet.interventions.push_back({"RAR activity", "Sessions with the responsible officer",
                                   "Probation Service", NeedNames(p.officer_needs),
                                   std::to_string(p.officer_days)});
  }
  for (const auto& i : p.programmes) {
    sheet.interventions.push_back(Row("Programme to consider", i, NeedNames(i.need_areas)));
  }
  for (const auto& i : p.treatments) {
    sheet.interventions.push_back(Row("Treatment to consider", i, NeedNames(i.need_areas)));
  }
  for (const auto& n : s.needs) {
    std::string name = NeedName(n.area);
    if (n.dependent) {
      name += " (dependent)";
    }
    if (n.diagnosed) {
      name += " (diagnosed)";
    }
    sheet.needs.push_back({name, n.severity, n.linked_to_offending ? "Yes" : "No"});
  }
  sheet.made = "by " + s.proposed_by + " on " +
               FormatDateLong(std::chrono::floor<std::chrono::days>(s.proposed_at));
  return sheet;
}

Result<std::string> RenderProposalPdf(const ProposalSheet& sheet) {
  pdf::Document doc(sheet.title);
  doc.Title("Proposed Rehabilitation Activity Requirement");
  doc.Paragraph(sheet.headline + " — " + sheet.subline);
  for (const auto& [label, value] : sheet.fields) {
    doc.Field(label, value);
  }
  if (!sheet.flags.empty()) {
    doc.Heading("Flags");
    for (const auto& [code, meaning] : sheet.flags) {
      doc.Paragraph(std::string(code).append(": ").append(meaning));
    }
  }
  doc.Heading("Rationale");
  for (std::size_t i = 0; i < sheet.rationale.size(); ++i) {
    doc.Paragraph(std::to_string(i + 1) + ". " + sheet.rationale[i]);
  }
  constexpr double kUse = 0.18;
  constexpr double kName = 0.30;
  constexpr double kProvider = 0.18;
  constexpr double kFor = 0.22;
  constexpr double kDays = 0.12;
  if (!sheet.interventions.empty()) {
    doc.Heading("Interventions in " + sheet.area);
    doc.Table({{"Use", kUse},
               {"Intervention", kName},
               {"Provider", kProvider},
               {"For", kFor},
               {"Typical days", kDays}},
              sheet.interventions);
  }
  doc.Heading("Needs considered");
  constexpr double kNeed = 0.5;
  constexpr double kSeverity = 0.25;
  doc.Table({{"Need area", kNeed}, {"Severity", kSeverity}, {"Linked to offending", kSeverity}},
            sheet.needs);
  doc.Paragraph("Proposed " + sheet.made + ".");
  return doc.Render();
}

}  // namespace probity::web
