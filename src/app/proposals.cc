#include "app/proposals.h"

#include <algorithm>
#include <utility>

#include "app/access_policy.h"
#include "app/audit.h"
#include "app/person_lookup.h"
#include "domain/need/need_area.h"
#include "domain/risk/ogrs3.h"
#include "domain/tier/tier.h"

namespace probity::app {
namespace {

Result<org::Area> FindAreaOrFail(Tx& tx, const std::string& area) {
  auto found = tx.proposals().FindArea(area);
  PROBITY_TRY(found);
  if (!*found) {
    return NotFound("No area has the code or name " + area);
  }
  return **found;
}

Result<CatalogueView> LoadCatalogue(Tx& tx, const org::Area& area, bool include_withdrawn) {
  auto entries = tx.proposals().Catalogue(area.id, include_withdrawn);
  PROBITY_TRY(entries);
  return CatalogueView{area, std::move(*entries)};
}

// The area's interventions as the domain reads a catalogue; none listed counts as no catalogue.
Result<std::optional<std::vector<proposal::Intervention>>> InterventionsIn(Tx& tx,
                                                                           org::AreaId area) {
  auto entries = tx.proposals().Catalogue(area, false);
  PROBITY_TRY(entries);
  if (entries->empty()) {
    return std::optional<std::vector<proposal::Intervention>>();
  }
  std::vector<proposal::Intervention> catalogue;
  catalogue.reserve(entries->size());
  for (auto& e : *entries) {
    catalogue.push_back(std::move(e.intervention));
  }
  return std::optional<std::vector<proposal::Intervention>>(std::move(catalogue));
}

// The OASys sections of the person's assessment (§4) read as RAR-10 need areas: thinking and
// behaviour and attitudes both become attitudes_thinking_behaviour, at the higher severity.
std::string RarAreaFor(tier::Need need) {
  switch (need) {
    case tier::Need::kAccommodation:
      return "accommodation";
    case tier::Need::kEte:
      return "ete";
    case tier::Need::kRelationships:
      return "relationships";
    case tier::Need::kLifestyleAssociates:
      return "lifestyle_associates";
    case tier::Need::kDrugMisuse:
      return "drug_misuse";
    case tier::Need::kAlcoholMisuse:
      return "alcohol_misuse";
    case tier::Need::kThinkingBehaviour:
    case tier::Need::kAttitudes:
      return "attitudes_thinking_behaviour";
    case tier::Need::kFinance:
      return "finance_benefits_debt";
    case tier::Need::kEmotionalWellbeing:
      return "emotional_management";
  }
  return "";
}

std::vector<proposal::Need> NeedsFromAssessment(const std::optional<tier::Assessment>& assessment) {
  std::vector<proposal::Need> needs;
  needs.reserve(need::kNeedAreas.size());
  for (auto area : need::kNeedAreas) {
    needs.push_back({need::NeedAreaCode(area), "", false, false, false});
  }
  if (!assessment) {
    return needs;
  }
  for (std::size_t i = 0; i < tier::kNeedCount; ++i) {
    auto severity = assessment->needs[i];
    if (severity == tier::NeedSeverity::kNoNeed) {
      continue;
    }
    std::string code = RarAreaFor(tier::kNeeds[i]);
    for (auto& n : needs) {
      if (n.area == code && n.severity != "severe") {
        n.severity = severity == tier::NeedSeverity::kSevere ? "severe" : "standard";
      }
    }
  }
  return needs;
}

const sentence::Event* LatestEvent(const std::vector<sentence::Event>& events) {
  const sentence::Event* latest = nullptr;
  for (const auto& e : events) {
    if (latest == nullptr || e.conviction_date > latest->conviction_date) {
      latest = &e;
    }
  }
  return latest;
}

bool IsSexualOffence(const std::string& category) {
  return category == "sexual_child" || category == "sexual_not_child";
}

struct OgrsUsed {
  int percent = 0;
  std::string source;
};

// The record's OGRS score, or OGRS3 calculated from the record and the request — never guessed.
Result<OgrsUsed> OgrsFor(const person::Person& person, const sentence::Event* latest,
                         const ProposalRequest& request) {
  if (person.ogrs_two_year && !request.sanction_count) {
    return OgrsUsed{*person.ogrs_two_year, "record"};
  }
  std::vector<FieldError> faults;
  if (!request.sanction_count) {
    faults.push_back({"sanctionCount", "REQUIRED",
                      "The record has no OGRS3 score. To calculate it, give the number of "
                      "sanctions (the current one included); the record gives sex and date of "
                      "birth"});
  }
  if (!request.age_at_first_sanction) {
    faults.push_back({"ageAtFirstSanction", "REQUIRED",
                      "The record has no OGRS3 score. To calculate it, give the age at first "
                      "sanction"});
  }
  std::optional<Date> convicted;
  if (!request.conviction_date.empty()) {
    convicted = ParseDate(request.conviction_date);
    if (!convicted) {
      faults.push_back({"convictionDate", "INVALID_FORMAT", "Enter a real date as YYYY-MM-DD"});
    }
  } else if (latest != nullptr) {
    convicted = latest->conviction_date;
  } else {
    faults.push_back({"convictionDate", "REQUIRED",
                      "The record has no conviction: give the conviction date for OGRS3"});
  }
  std::string category = !request.offence_category.empty() ? request.offence_category
                         : latest != nullptr               ? latest->offence_category
                                                           : "";
  if (category.empty()) {
    faults.push_back({"offenceCategory", "REQUIRED",
                      "The record has no offence: give the offence category for OGRS3"});
  }
  if (!faults.empty()) {
    return InvalidArgument(std::move(faults));
  }
  risk::Ogrs3Input in;
  in.sex = person::SexCode(person.sex);
  in.date_of_birth = person.date_of_birth;
  in.conviction_date = *convicted;
  in.sanction_count = *request.sanction_count;
  in.age_at_first_sanction = *request.age_at_first_sanction;
  in.offence_category = category;
  auto score = risk::CalculateOgrs3(in);
  PROBITY_TRY(score);
  return OgrsUsed{score->two_year_percent, "calculated"};
}

}  // namespace

Result<std::vector<org::Area>> ListAreas(const Context& ctx, const Actor& /*actor*/) {
  auto tx = ctx.store.Begin(TxKind::kRead);
  PROBITY_TRY(tx);
  return (*tx)->proposals().Areas();
}

Result<CatalogueView> ViewCatalogue(const Context& ctx, const Actor& /*actor*/,
                                    const std::string& area, bool include_withdrawn) {
  auto tx = ctx.store.Begin(TxKind::kRead);
  PROBITY_TRY(tx);
  auto found = FindAreaOrFail(**tx, area);
  PROBITY_TRY(found);
  return LoadCatalogue(**tx, *found, include_withdrawn);
}

Result<CatalogueView> AddIntervention(const Context& ctx, const Actor& actor,
                                      const std::string& area,
                                      const proposal::Intervention& intervention) {
  PROBITY_TRY(CheckCatalogueAccess(actor));
  PROBITY_TRY(proposal::ValidateIntervention(intervention));
  auto tx = ctx.store.Begin(TxKind::kWrite);
  PROBITY_TRY(tx);
  auto found = FindAreaOrFail(**tx, area);
  PROBITY_TRY(found);
  auto added =
      (*tx)->proposals().AddIntervention(found->id, intervention, ctx.clock.Now(), actor.username);
  if (!added && added.error().code == ErrorCode::kFailedPrecondition) {
    return InvalidArgument("code", "DUPLICATE", added.error().message);
  }
  PROBITY_TRY(added);
  PROBITY_TRY((*tx)->audit().Append(MakeAudit(ctx, actor, "intervention.add", "intervention",
                                              found->code + "/" + intervention.code)));
  auto view = LoadCatalogue(**tx, *found, false);
  PROBITY_TRY(view);
  PROBITY_TRY((*tx)->Commit());
  return view;
}

Result<CatalogueView> WithdrawIntervention(const Context& ctx, const Actor& actor,
                                           const std::string& area, const std::string& code) {
  PROBITY_TRY(CheckCatalogueAccess(actor));
  auto tx = ctx.store.Begin(TxKind::kWrite);
  PROBITY_TRY(tx);
  auto found = FindAreaOrFail(**tx, area);
  PROBITY_TRY(found);
  auto withdrawn =
      (*tx)->proposals().WithdrawIntervention(found->id, code, ctx.clock.Today(), actor.username);
  PROBITY_TRY(withdrawn);
  if (!*withdrawn) {
    return NotFound(found->name + " has no intervention " + code + " still available");
  }
  PROBITY_TRY((*tx)->audit().Append(
      MakeAudit(ctx, actor, "intervention.withdraw", "intervention", found->code + "/" + code)));
  auto view = LoadCatalogue(**tx, *found, false);
  PROBITY_TRY(view);
  PROBITY_TRY((*tx)->Commit());
  return view;
}

Result<proposal::RarProposal> ProposeRarInArea(const Context& ctx,
                                               proposal::RarProposalInput input) {
  if (input.area && !input.area->empty() && input.area->size() <= proposal::kMaxAreaLength) {
    auto tx = ctx.store.Begin(TxKind::kRead);
    PROBITY_TRY(tx);
    auto area = (*tx)->proposals().FindArea(*input.area);
    PROBITY_TRY(area);
    if (*area) {
      auto catalogue = InterventionsIn(**tx, (*area)->id);
      PROBITY_TRY(catalogue);
      input.catalogue = std::move(*catalogue);
      input.area = (*area)->name;
    }
  }
  return proposal::ProposeRar(input);
}

Result<ProposalStart> StartProposal(const Context& ctx, const Actor& actor,
                                    const std::string& crn) {
  auto tx = ctx.store.Begin(TxKind::kRead);
  PROBITY_TRY(tx);
  auto person = FindPersonFor(**tx, actor, crn, CaseAction::kView);
  PROBITY_TRY(person);
  auto events = (*tx)->sentences().ForPerson(person->id);
  PROBITY_TRY(events);
  auto assessment = (*tx)->tiers().FindAssessment(person->id);
  PROBITY_TRY(assessment);
  auto areas = (*tx)->proposals().Areas();
  PROBITY_TRY(areas);
  auto earlier = (*tx)->proposals().Proposals(person->id);
  PROBITY_TRY(earlier);

  ProposalStart start;
  start.crn = person->crn.str();
  start.name = person->first_name + " " + person->surname;
  start.ogrs_on_record = person->ogrs_two_year;
  start.sex = person::SexCode(person->sex);
  start.date_of_birth = person->date_of_birth;
  if (const sentence::Event* latest = LatestEvent(*events)) {
    start.conviction_date = latest->conviction_date;
    start.offence_category = latest->offence_category;
    start.offence_description = latest->offence_description;
    start.court = latest->court;
    start.sexual_offending = IsSexualOffence(latest->offence_category);
  }
  start.needs = NeedsFromAssessment(*assessment);
  for (const auto& a : *areas) {
    if (a.id == person->home_area) {
      start.area_code = a.code;
    }
  }
  start.areas = std::move(*areas);
  start.earlier = std::move(*earlier);
  tx->reset();
  PROBITY_TRY(
      ctx.store.RecordAudit({MakeAudit(ctx, actor, "proposal.start", "person", start.crn)}));
  return start;
}

Result<StoredProposal> MakeProposal(const Context& ctx, const Actor& actor, const std::string& crn,
                                    const ProposalRequest& request) {
  auto tx = ctx.store.Begin(TxKind::kWrite);
  PROBITY_TRY(tx);
  auto person = FindPersonFor(**tx, actor, crn, CaseAction::kChange);
  PROBITY_TRY(person);
  auto events = (*tx)->sentences().ForPerson(person->id);
  PROBITY_TRY(events);

  StoredProposal saved;
  saved.person = person->id;
  saved.proposed_at = ctx.clock.Now();
  saved.proposed_by = actor.username;
  saved.sexual_offending = request.sexual_offending;
  saved.justification = request.justification;
  for (const auto& need : request.needs) {
    if (!need.severity.empty()) {
      saved.needs.push_back(need);
    }
  }

  proposal::RarProposalInput input;
  input.needs = saved.needs;
  input.sexual_offending = request.sexual_offending;
  if (!request.justification.empty()) {
    input.exceptional_justification = request.justification;
  }
  std::vector<FieldError> faults;
  if (!request.area.empty()) {
    auto area = (*tx)->proposals().FindArea(request.area);
    PROBITY_TRY(area);
    if (!*area) {
      faults.push_back({"area", "UNKNOWN_CODE", "Choose one of the areas listed"});
    } else {
      auto catalogue = InterventionsIn(**tx, (*area)->id);
      PROBITY_TRY(catalogue);
      input.catalogue = std::move(*catalogue);
      input.area = (*area)->name;
      saved.area_code = (*area)->code;
      saved.area_name = (*area)->name;
    }
  }
  auto ogrs = OgrsFor(*person, LatestEvent(*events), request);
  if (ogrs) {
    input.ogrs_two_year_percent = ogrs->percent;
    saved.ogrs_two_year = ogrs->percent;
    saved.ogrs_source = ogrs->source;
  } else {
    faults.insert(faults.end(), ogrs.error().fields.begin(), ogrs.error().fields.end());
    input.ogrs_two_year_percent = 0;  // so the needs are still checked and reported together
  }
  auto result = proposal::ProposeRar(input);
  if (!result) {
    faults.insert(faults.end(), result.error().fields.begin(), result.error().fields.end());
  }
  if (!faults.empty()) {
    return InvalidArgument(std::move(faults));
  }
  saved.result = std::move(*result);
  auto id = (*tx)->proposals().SaveProposal(saved);
  PROBITY_TRY(id);
  saved.id = *id;
  PROBITY_TRY(
      (*tx)->audit().Append(MakeAudit(ctx, actor, "proposal.make", "person",
                                      person->crn.str() + "/proposal/" + std::to_string(*id))));
  PROBITY_TRY((*tx)->Commit());
  return saved;
}

Result<ProposalView> ViewProposal(const Context& ctx, const Actor& actor, const std::string& crn,
                                  std::int64_t id) {
  if (id <= 0) {
    return InvalidArgument("id", "INVALID_FORMAT", "A proposal id is a positive whole number");
  }
  auto tx = ctx.store.Begin(TxKind::kRead);
  PROBITY_TRY(tx);
  auto person = FindPersonFor(**tx, actor, crn, CaseAction::kView);
  PROBITY_TRY(person);
  auto found = (*tx)->proposals().FindProposal(person->id, id);
  PROBITY_TRY(found);
  if (!*found) {
    return NotFound("This person has no proposal " + std::to_string(id));
  }
  tx->reset();
  PROBITY_TRY(
      ctx.store.RecordAudit({MakeAudit(ctx, actor, "proposal.view", "person",
                                       person->crn.str() + "/proposal/" + std::to_string(id))}));
  return ProposalView{person->crn.str(), person->first_name + " " + person->surname,
                      std::move(**found)};
}

Result<std::vector<StoredProposal>> ListProposals(const Context& ctx, const Actor& actor,
                                                  const std::string& crn) {
  auto tx = ctx.store.Begin(TxKind::kRead);
  PROBITY_TRY(tx);
  auto person = FindPersonFor(**tx, actor, crn, CaseAction::kView);
  PROBITY_TRY(person);
  auto found = (*tx)->proposals().Proposals(person->id);
  PROBITY_TRY(found);
  tx->reset();
  PROBITY_TRY(
      ctx.store.RecordAudit({MakeAudit(ctx, actor, "proposal.list", "person", person->crn.str())}));
  return found;
}

}  // namespace probity::app
