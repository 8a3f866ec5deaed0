#include "domain/proposal/rar_proposal.h"

#include <algorithm>
#include <array>
#include <cmath>
#include <utility>

namespace probity::proposal {
namespace {

// PROP-2: under 25% a RAR needs an exceptional justification; with one, the low range applies.
constexpr int kExceptionalBelow = 25;
constexpr int kLowestRangePercent = 25;  // the OGRS % whose PROP-1 row is the low range
constexpr int kMaxOgrsPercent = 99;      // OGRS-1 reports 1..99; other sources give 0..99

// RAR-10 need areas, with the words a sentencer reads.
struct NeedArea {
  std::string_view code;
  const char* name;
};
constexpr std::array<NeedArea, 10> kNeedAreas = {{
    {"accommodation", "accommodation"},
    {"ete", "education, training and employment"},
    {"relationships", "relationships"},
    {"lifestyle_associates", "lifestyle and associates"},
    {"alcohol_misuse", "alcohol misuse"},
    {"drug_misuse", "drug misuse"},
    {"emotional_management", "emotional management"},
    {"attitudes_thinking_behaviour", "attitudes, thinking and behaviour"},
    {"finance_benefits_debt", "finance, benefits and debt"},
    {"women_specific", "women-specific needs"},
}};

const NeedArea* FindArea(std::string_view code) {
  for (const auto& a : kNeedAreas) {
    if (a.code == code) {
      return &a;
    }
  }
  return nullptr;
}

// RAR-10 / PROP-3: the treatment requirement that meets a need better than a RAR, or nullptr.
const char* TreatmentFor(const Need& need) {
  if (need.area == "drug_misuse") {
    return "drug misuse by a drug rehabilitation requirement";
  }
  if (need.area == "alcohol_misuse" && need.dependent) {
    return "dependent alcohol misuse by an alcohol treatment requirement";
  }
  if (need.area == "emotional_management" && need.diagnosed) {
    return "a diagnosed emotional management need by a mental health treatment requirement";
  }
  return nullptr;
}

int NeedPoints(const Need& need) {
  return need.severity == "severe" ? 2 : 1;
}

std::string Percent(int percent) {
  return std::to_string(percent) + "%";
}

std::string Days(int days) {
  return std::to_string(days) + (days == 1 ? " day" : " days");
}

// "a and b", "a; b; and c" (need names contain commas, so longer lists use semicolons).
std::string JoinNames(const std::vector<std::string>& names) {
  std::string out;
  for (std::size_t i = 0; i < names.size(); ++i) {
    if (i > 0 && names.size() == 2) {
      out += " and ";
    } else if (i > 0) {
      out += i + 1 == names.size() ? "; and " : "; ";
    }
    out += names[i];
  }
  return out;
}

std::string Trimmed(const std::optional<std::string>& text) {
  if (!text) {
    return "";
  }
  auto first = text->find_first_not_of(" \t\r\n");
  if (first == std::string::npos) {
    return "";
  }
  auto last = text->find_last_not_of(" \t\r\n");
  return text->substr(first, last - first + 1);
}

std::string AreaWords(const RarProposalInput& input) {
  std::string where = Trimmed(input.area);
  return where.empty() ? std::string("the court's area") : where;
}

// "accommodation and education, training and employment"
std::string NeedNames(const std::vector<std::string>& codes) {
  std::vector<std::string> names;
  names.reserve(codes.size());
  for (const auto& code : codes) {
    names.push_back(NeedAreaName(code));
  }
  return JoinNames(names);
}

std::string Describe(const Intervention& i) {
  return i.name + " (" + i.provider + ", " +
         (i.delivery == Delivery::kGroup ? "group" : "one-to-one") + ")";
}

// PROP-5 with the area's catalogue: the days of the activity anticipated, kept within the range.
void ProposeFromActivity(AnticipatedActivity activity, const std::string& where, int low, int high,
                         RarProposal& proposal) {
  for (const auto& chosen : activity.interventions) {
    proposal.rationale.push_back("For " + NeedNames(chosen.needs) + ": " +
                                 Describe(chosen.intervention) + ", available in " + where +
                                 ", typically " + Days(chosen.intervention.typical_days) + ".");
  }
  if (!activity.officer_needs.empty()) {
    proposal.rationale.push_back(
        "No intervention in " + where + " addresses " + NeedNames(activity.officer_needs) +
        ": the responsible officer would work on " +
        (activity.officer_needs.size() == 1 ? "it" : "them") +
        " in one-to-one sessions, counted at " + Days(kOfficerDaysPerNeedPoint) +
        " a need point (" + Days(activity.officer_days) + ").");
  }
  int total = activity.total_days;
  int days = std::clamp(total, low, high);
  std::string sentence = "The activity anticipated comes to " + Days(total);
  if (total > high) {
    sentence += ", more than the top of the range: " + Days(high) +
                " are proposed, and the plan must put the needs in order of priority.";
  } else if (total < low) {
    sentence += ", under the bottom of the range: " + Days(low) + " are proposed.";
  } else {
    sentence += ", within the range: " + Days(days) + (days == 1 ? " is" : " are") + " proposed.";
  }
  proposal.rationale.push_back(std::move(sentence));
  proposal.anticipated_days = total;
  proposal.proposed_days = days;
  proposal.officer_needs = std::move(activity.officer_needs);
  proposal.officer_days = activity.officer_days;
  proposal.activity = std::move(activity.interventions);
}

bool AddressesAny(const Intervention& i, const std::vector<std::string>& areas) {
  return std::any_of(areas.begin(), areas.end(), [&i](const std::string& area) {
    return std::find(i.need_areas.begin(), i.need_areas.end(), area) != i.need_areas.end();
  });
}

std::string ListOf(const std::vector<Intervention>& interventions) {
  std::vector<std::string> names;
  names.reserve(interventions.size());
  for (const auto& i : interventions) {
    names.push_back(Describe(i));
  }
  return JoinNames(names);
}

// PROP-3 / PROP-4: the programmes and treatment the area offers for the needs that call for them.
void ListAlternatives(const RarProposalInput& input,
                      const std::vector<std::string>& treatment_areas, bool thinking_need,
                      RarProposal& proposal) {
  const std::string where = AreaWords(input);
  for (const Intervention& i : *input.catalogue) {
    if (i.kind == InterventionKind::kTreatment && AddressesAny(i, treatment_areas)) {
      proposal.treatments.push_back(i);
    }
    bool for_sexual = input.sexual_offending && i.sexual_offending;
    bool for_thinking =
        thinking_need && !i.sexual_offending && AddressesAny(i, {"attitudes_thinking_behaviour"});
    if (i.kind == InterventionKind::kAccreditedProgramme && (for_sexual || for_thinking)) {
      proposal.programmes.push_back(i);
    }
  }
  if (!treatment_areas.empty()) {
    proposal.rationale.push_back(
        proposal.treatments.empty()
            ? "No treatment service for " + NeedNames(treatment_areas) + " is listed in " + where +
                  ": ask the treatment provider before proposing the requirement."
            : "Treatment available in " + where + ": " + ListOf(proposal.treatments) + ".");
  }
  if (input.sexual_offending || thinking_need) {
    proposal.rationale.push_back(proposal.programmes.empty()
                                     ? "No accredited programme for these needs is listed in " +
                                           where + "."
                                     : "Accredited programmes available in " + where + ": " +
                                           ListOf(proposal.programmes) + ".");
  }
}

void Validate(const RarProposalInput& input, std::vector<FieldError>& faults) {
  if (!input.ogrs_two_year_percent) {
    faults.push_back({"ogrsTwoYearPercent", "REQUIRED",
                      "Calculate the OGRS3 two-year score first: it needs the person's sex, date "
                      "of birth, conviction date, number of sanctions, age at first sanction and "
                      "offence category"});
  } else if (*input.ogrs_two_year_percent < 0 || *input.ogrs_two_year_percent > kMaxOgrsPercent) {
    faults.push_back({"ogrsTwoYearPercent", "OUT_OF_RANGE",
                      "OGRS two-year score must be a whole percent from 0 to 99"});
  }
  if (input.needs.size() > kNeedAreaCount) {
    faults.push_back({"needs", "TOO_MANY", "Give each of the 10 need areas at most once"});
    return;
  }
  for (std::size_t i = 0; i < input.needs.size(); ++i) {
    const Need& need = input.needs[i];
    std::string at = "needs[" + std::to_string(i) + "].";
    if (FindArea(need.area) == nullptr) {
      faults.push_back({at + "area", "UNKNOWN_CODE",
                        "Need area must be one of the RAR need areas, like accommodation or ete"});
    } else {
      for (std::size_t j = 0; j < i; ++j) {
        if (input.needs[j].area == need.area) {
          faults.push_back({at + "area", "DUPLICATE", "Give each need area once"});
          break;
        }
      }
    }
    if (need.severity != "standard" && need.severity != "severe") {
      faults.push_back({at + "severity", "UNKNOWN_CODE", "Severity must be standard or severe"});
    }
    if (need.dependent && need.area != "alcohol_misuse" && need.area != "drug_misuse") {
      faults.push_back({at + "dependent", "NOT_APPLICABLE",
                        "Dependence applies only to alcohol misuse and drug misuse"});
    }
    if (need.diagnosed && need.area != "emotional_management") {
      faults.push_back(
          {at + "diagnosed", "NOT_APPLICABLE", "Diagnosed applies only to emotional management"});
    }
  }
  if (input.exceptional_justification &&
      input.exceptional_justification->size() > kMaxJustificationLength) {
    faults.push_back({"exceptionalJustification", "TOO_LONG",
                      "Exceptional justification must be " +
                          std::to_string(kMaxJustificationLength) + " characters or fewer"});
  }
  if (input.area && input.area->size() > kMaxAreaLength) {
    faults.push_back({"area", "TOO_LONG",
                      "Area must be " + std::to_string(kMaxAreaLength) + " characters or fewer"});
  }
}

void AddFlag(RarProposal& proposal, ProposalFlag flag) {
  for (auto f : proposal.flags) {
    if (f == flag) {
      return;
    }
  }
  proposal.flags.push_back(flag);
}

}  // namespace

const char* ProposalFlagCode(ProposalFlag flag) {
  switch (flag) {
    case ProposalFlag::kOgrsBelow25:
      return "OGRS_BELOW_25";
    case ProposalFlag::kPreferTreatmentRequirement:
      return "PREFER_TREATMENT_REQUIREMENT";
    case ProposalFlag::kConsiderAccreditedProgramme:
      return "CONSIDER_ACCREDITED_PROGRAMME";
    case ProposalFlag::kSexualOffendingOgrsNotPredictive:
      return "SEXUAL_OFFENDING_OGRS_NOT_PREDICTIVE";
  }
  return "";
}

bool IsNeedArea(std::string_view code) {
  return FindArea(code) != nullptr;
}

std::string NeedAreaName(std::string_view code) {
  const NeedArea* area = FindArea(code);
  return area != nullptr ? area->name : std::string(code);
}

Result<RarProposal> ProposeRar(const RarProposalInput& input) {
  std::vector<FieldError> faults;
  Validate(input, faults);
  if (!faults.empty()) {
    return InvalidArgument(std::move(faults));
  }

  RarProposal proposal;
  int ogrs = *input.ogrs_two_year_percent;
  std::string justification = Trimmed(input.exceptional_justification);
  RarGuideline guideline = GuidelineForOgrs(ogrs);

  // PROP-1 / PROP-2: the row of the table, or the exceptional case.
  bool propose_days = true;
  if (ogrs < kExceptionalBelow) {
    AddFlag(proposal, ProposalFlag::kOgrsBelow25);
    if (justification.empty()) {
      propose_days = false;
      proposal.rationale.push_back(
          "The OGRS3 two-year score is " + Percent(ogrs) +
          ", under 25%: the RAR guidance allows a RAR only in exceptional circumstances, where "
          "there is a clear indication of dynamic risk factors linked to an increased risk of "
          "reoffending. No RAR days are proposed; to propose a RAR, record those factors as the "
          "exceptional justification.");
    } else {
      guideline = GuidelineForOgrs(kLowestRangePercent);
      proposal.rationale.push_back(
          "The OGRS3 two-year score is " + Percent(ogrs) +
          ", under 25%, where the RAR guidance allows a RAR only in exceptional circumstances. "
          "The exceptional justification given is: \"" +
          justification + "\". On that basis the low-intensity range of 1 to 15 RAR days applies.");
    }
  } else {
    constexpr double kTenths = 10;
    auto tenths = static_cast<int>(std::lround(guideline.average_needs * kTenths));
    std::string average = std::to_string(tenths / 10) + "." + std::to_string(tenths % 10);
    proposal.rationale.push_back(
        "The OGRS3 two-year score is " + Percent(ogrs) + ", in the " + guideline.row +
        " row of the RAR guidance (people in this row "
        "have " +
        average + " needs on average): " + IntensityCode(guideline.intensity) + " intensity, " +
        std::to_string(*guideline.min_days) + " to " + std::to_string(*guideline.max_days) +
        " RAR days.");
  }

  // RAR-10 / PROP-3: which needs the RAR would address, which go to a treatment requirement.
  std::vector<std::string> rar_needs;
  std::vector<std::string> treatment;
  std::vector<std::string> treatment_areas;
  std::vector<std::string> not_linked;
  int points = 0;
  std::vector<CountedNeed> counted;
  bool thinking_need = false;
  for (const Need& need : input.needs) {
    const char* name = FindArea(need.area)->name;
    if (const char* t = TreatmentFor(need)) {
      treatment.emplace_back(t);
      treatment_areas.push_back(need.area);
      continue;
    }
    if (!need.linked_to_offending) {
      not_linked.emplace_back(name);
      continue;
    }
    rar_needs.push_back(std::string(name) + " (" + need.severity + ")");
    points += NeedPoints(need);
    counted.push_back({need.area, NeedPoints(need)});
    thinking_need = thinking_need || need.area == "attitudes_thinking_behaviour";
  }

  if (propose_days) {
    proposal.intensity = guideline.intensity;
    proposal.guideline_min_days = guideline.min_days;
    proposal.guideline_max_days = guideline.max_days;
    int low = *guideline.min_days;
    int high = *guideline.max_days;
    if (rar_needs.empty()) {
      proposal.proposed_days = low;
      proposal.rationale.push_back(
          "No needs linked to offending that a RAR would address were given. The report must "
          "state the needs the RAR will focus on, so only the minimum of the range, " +
          Days(low) + ", is proposed until they are assessed.");
    } else {
      proposal.rationale.push_back("The RAR would focus on " + std::to_string(rar_needs.size()) +
                                   (rar_needs.size() == 1 ? " need" : " needs") +
                                   " linked to offending: " + JoinNames(rar_needs) + ".");
      if (input.catalogue) {
        ProposeFromActivity(PlanActivity(counted, *input.catalogue), AreaWords(input), low, high,
                            proposal);
      } else {
        // Where in the range: one tenth of the range per need point, rounded half up, so the
        // days grow with the number and severity of the needs the RAR will work on (PROP-5).
        int counted_points = std::min(points, kPointsForFullRange);
        int days =
            low + ((high - low) * counted_points + kPointsForFullRange / 2) / kPointsForFullRange;
        proposal.proposed_days = days;
        proposal.rationale.push_back(
            Days(days) + (days == 1 ? " is" : " are") + " proposed: the range starts at " +
            Days(low) + ", and each need " +
            "point (1 for a standard need, 2 for a severe one) adds a tenth of the range, up to " +
            Days(high) + " at " + std::to_string(kPointsForFullRange) +
            " points; these needs score " + std::to_string(points) +
            (points == 1 ? " point." : " points."));
      }
    }
  }

  if (!treatment.empty()) {
    AddFlag(proposal, ProposalFlag::kPreferTreatmentRequirement);
    proposal.rationale.push_back(
        "A treatment requirement is preferred where it meets the need: " + JoinNames(treatment) +
        (!propose_days           ? "."
         : treatment.size() == 1 ? ". This need is not counted towards the RAR days."
                                 : ". These needs are not counted towards the RAR days."));
  }
  if (!not_linked.empty() && propose_days) {
    proposal.rationale.push_back(
        "Needs not linked to offending are not counted towards the RAR "
        "days: " +
        JoinNames(not_linked) + ".");
  }

  // PROP-3 / PROP-4: accredited programmes.
  if (input.sexual_offending) {
    AddFlag(proposal, ProposalFlag::kConsiderAccreditedProgramme);
    AddFlag(proposal, ProposalFlag::kSexualOffendingOgrsNotPredictive);
    proposal.rationale.emplace_back(
        "OGRS3 is not a good predictor of sexual reoffending. The report should address the "
        "factors that are: unusual sexual interests, attitudes supporting sexual offending, poor "
        "emotional relationships with adults and lack of self-management. An accredited "
        "programme is the intervention of choice where the person is eligible; more RAR days may "
        "be proposed for other needs that would help stabilise them.");
  }
  if (thinking_need) {
    AddFlag(proposal, ProposalFlag::kConsiderAccreditedProgramme);
    proposal.rationale.emplace_back(
        "Attitudes, thinking and behaviour linked to offending may be met by an accredited "
        "programme, which is preferred where the person is eligible; a RAR alongside a programme "
        "should address only the needs the programme does not, with fewer days accordingly.");
  }

  // PROP-3 / PROP-4 with a catalogue: name what the area actually offers.
  if (input.catalogue) {
    ListAlternatives(input, treatment_areas, thinking_need, proposal);
  }

  // PROP-5: the days should match the activity actually available.
  if (propose_days && !input.catalogue) {
    proposal.rationale.push_back(
        "Check the days against the interventions available in " + AreaWords(input) +
        " and the time each takes: the maximum should match the activity planned.");
  }

  // Flags in enum order, whatever order the rules above found them in.
  std::sort(proposal.flags.begin(), proposal.flags.end());
  return proposal;
}

}  // namespace probity::proposal
