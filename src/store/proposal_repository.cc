#include "store/proposal_repository.h"

#include "store/repositories.h"

namespace probity::store {
namespace {

constexpr const char* kInterventionColumns =
    "intervention_id, code, name, kind, provider, delivery, need_areas, typical_days,"
    " sexual_offending, description, added_at, added_by, withdrawn_on";

// The fields of one line: n tabs make n + 1 fields, empty ones included.
std::vector<std::string> Fields(const std::string& line) {
  std::vector<std::string> fields;
  std::size_t from = 0;
  while (true) {
    std::size_t tab = line.find('\t', from);
    fields.push_back(line.substr(from, tab == std::string::npos ? std::string::npos : tab - from));
    if (tab == std::string::npos) {
      return fields;
    }
    from = tab + 1;
  }
}

// The lines of a column written one line an item, each ended by "\n".
std::vector<std::string> Lines(const std::string& text) {
  std::vector<std::string> lines;
  std::size_t from = 0;
  while (from < text.size()) {
    std::size_t end = text.find('\n', from);
    if (end == std::string::npos) {
      end = text.size();
    }
    lines.push_back(text.substr(from, end - from));
    from = end + 1;
  }
  return lines;
}

// Rationale sentences and descriptions are typed text: tabs and line breaks become spaces so a
// stored line always splits back into the same fields.
std::string OneLine(std::string text) {
  for (char& c : text) {
    if (c == '\t' || c == '\n' || c == '\r') {
      c = ' ';
    }
  }
  return text;
}

app::CatalogueEntry ReadEntry(const Row& r) {
  app::CatalogueEntry e;
  e.id = r.Int(0);
  auto& i = e.intervention;
  i.code = r.Text(1);
  i.name = r.Text(2);
  i.kind =
      proposal::ParseInterventionKind(r.Text(3)).value_or(proposal::InterventionKind::kRarActivity);
  i.provider = r.Text(4);
  i.delivery = proposal::ParseDelivery(r.Text(5)).value_or(proposal::Delivery::kOneToOne);
  i.need_areas = SplitCodes(r.Text(6));
  i.typical_days = static_cast<int>(r.Int(7));
  i.sexual_offending = r.Int(8) != 0;
  i.description = r.Text(9);
  e.added_at = ParseInstant(r.Text(10)).value_or(Instant{});
  e.added_by = r.Text(11);
  e.withdrawn_on = OptDateColumn(r, 12);
  return e;
}

org::Area ReadArea(const Row& r) {
  return {org::AreaId(r.Int(0)), org::OrganisationId(r.Int(1)), r.Text(2), r.Text(3)};
}

// One line an intervention: use TAB covered needs TAB code TAB name TAB kind TAB provider TAB
// delivery TAB need areas TAB days TAB sexual offending (0/1) TAB description.
std::string EncodeIntervention(const char* use, const std::vector<std::string>& covered,
                               const proposal::Intervention& i) {
  return std::string(use) + '\t' + JoinCodes(covered) + '\t' + OneLine(i.code) + '\t' +
         OneLine(i.name) + '\t' + proposal::InterventionKindCode(i.kind) + '\t' +
         OneLine(i.provider) + '\t' + proposal::DeliveryCode(i.delivery) + '\t' +
         JoinCodes(i.need_areas) + '\t' + std::to_string(i.typical_days) + '\t' +
         (i.sexual_offending ? "1" : "0") + '\t' + OneLine(i.description) + '\n';
}

std::string EncodeInterventions(const proposal::RarProposal& p) {
  std::string out;
  for (const auto& chosen : p.activity) {
    out += EncodeIntervention("activity", chosen.needs, chosen.intervention);
  }
  for (const auto& i : p.programmes) {
    out += EncodeIntervention("programme", {}, i);
  }
  for (const auto& i : p.treatments) {
    out += EncodeIntervention("treatment", {}, i);
  }
  return out;
}

void DecodeInterventions(const std::string& text, proposal::RarProposal& p) {
  constexpr std::size_t kFields = 11;
  for (const auto& line : Lines(text)) {
    auto f = Fields(line);
    if (f.size() < kFields) {
      continue;  // never written by Probity
    }
    proposal::Intervention i;
    i.code = f[2];
    i.name = f[3];
    i.kind =
        proposal::ParseInterventionKind(f[4]).value_or(proposal::InterventionKind::kRarActivity);
    i.provider = f[5];
    i.delivery = proposal::ParseDelivery(f[6]).value_or(proposal::Delivery::kOneToOne);
    i.need_areas = SplitCodes(f[7]);
    i.typical_days = std::atoi(f[8].c_str());
    i.sexual_offending = f[9] == "1";
    i.description = f[10];
    if (f[0] == "activity") {
      p.activity.push_back({std::move(i), SplitCodes(f[1])});
    } else if (f[0] == "programme") {
      p.programmes.push_back(std::move(i));
    } else {
      p.treatments.push_back(std::move(i));
    }
  }
}

std::string EncodeNeeds(const std::vector<proposal::Need>& needs) {
  std::string out;
  for (const auto& n : needs) {
    out += n.area + '\t' + n.severity + '\t' + (n.linked_to_offending ? "1" : "0") + '\t' +
           (n.dependent ? "1" : "0") + '\t' + (n.diagnosed ? "1" : "0") + '\n';
  }
  return out;
}

std::vector<proposal::Need> DecodeNeeds(const std::string& text) {
  constexpr std::size_t kFields = 5;
  std::vector<proposal::Need> needs;
  for (const auto& line : Lines(text)) {
    auto f = Fields(line);
    if (f.size() == kFields) {
      needs.push_back({f[0], f[1], f[2] == "1", f[3] == "1", f[4] == "1"});
    }
  }
  return needs;
}

std::string EncodeRationale(const std::vector<std::string>& sentences) {
  std::string out;
  for (const auto& s : sentences) {
    out += OneLine(s) + '\n';
  }
  return out;
}

std::string EncodeFlags(const std::vector<proposal::ProposalFlag>& flags) {
  std::vector<std::string> codes;
  codes.reserve(flags.size());
  for (auto f : flags) {
    codes.emplace_back(proposal::ProposalFlagCode(f));
  }
  return JoinCodes(codes);
}

std::vector<proposal::ProposalFlag> DecodeFlags(const std::string& text) {
  std::vector<proposal::ProposalFlag> flags;
  for (const auto& code : SplitCodes(text)) {
    for (auto f :
         {proposal::ProposalFlag::kOgrsBelow25, proposal::ProposalFlag::kPreferTreatmentRequirement,
          proposal::ProposalFlag::kConsiderAccreditedProgramme,
          proposal::ProposalFlag::kSexualOffendingOgrsNotPredictive}) {
      if (code == proposal::ProposalFlagCode(f)) {
        flags.push_back(f);
      }
    }
  }
  return flags;
}

std::optional<proposal::Intensity> ParseIntensity(const std::string& code) {
  for (auto i : {proposal::Intensity::kNone, proposal::Intensity::kLow,
                 proposal::Intensity::kMedium, proposal::Intensity::kHigh}) {
    if (code == proposal::IntensityCode(i)) {
      return i;
    }
  }
  return std::nullopt;
}

std::optional<int> OptIntColumn(const Row& r, int column) {
  auto value = r.OptInt(column);
  return value ? std::optional<int>(static_cast<int>(*value)) : std::nullopt;
}

}  // namespace

std::string JoinCodes(const std::vector<std::string>& codes) {
  std::string out;
  for (const auto& code : codes) {
    out += (out.empty() ? "" : " ") + code;
  }
  return out;
}

std::vector<std::string> SplitCodes(const std::string& text) {
  std::vector<std::string> codes;
  std::size_t from = 0;
  while (from < text.size()) {
    std::size_t space = text.find(' ', from);
    if (space == std::string::npos) {
      space = text.size();
    }
    if (space > from) {
      codes.push_back(text.substr(from, space - from));
    }
    from = space + 1;
  }
  return codes;
}

Result<std::vector<org::Area>> SqlProposalRepository::Areas() {
  auto q = c_.Query("SELECT area_id, organisation_id, code, name FROM area ORDER BY name, code");
  PROBITY_TRY(q);
  std::vector<org::Area> areas;
  PROBITY_TRY(ForEachRow(**q, [&areas](const Row& r) { areas.push_back(ReadArea(r)); }));
  return areas;
}

Result<std::optional<org::Area>> SqlProposalRepository::FindArea(const std::string& code_or_name) {
  auto q = c_.Query(
      "SELECT area_id, organisation_id, code, name FROM area"
      " WHERE code = $1 OR lower(name) = lower($1) ORDER BY code = $1 DESC, area_id LIMIT 1",
      code_or_name);
  PROBITY_TRY(q);
  std::optional<org::Area> area;
  PROBITY_TRY(ForEachRow(**q, [&area](const Row& r) { area = ReadArea(r); }));
  return area;
}

Result<std::optional<org::Area>> SqlProposalRepository::AreaById(org::AreaId id) {
  auto q = c_.Query("SELECT area_id, organisation_id, code, name FROM area WHERE area_id = $1",
                    id.value());
  PROBITY_TRY(q);
  std::optional<org::Area> area;
  PROBITY_TRY(ForEachRow(**q, [&area](const Row& r) { area = ReadArea(r); }));
  return area;
}

Result<std::vector<app::CatalogueEntry>> SqlProposalRepository::Catalogue(org::AreaId area,
                                                                          bool include_withdrawn) {
  auto q = c_.Query(std::string("SELECT ") + kInterventionColumns +
                        " FROM intervention WHERE area_id = $1 AND ($2 = 1 OR withdrawn_on IS NULL)"
                        " ORDER BY kind, name, code",
                    area.value(), include_withdrawn ? 1 : 0);
  PROBITY_TRY(q);
  std::vector<app::CatalogueEntry> entries;
  PROBITY_TRY(ForEachRow(**q, [&entries](const Row& r) { entries.push_back(ReadEntry(r)); }));
  return entries;
}

Result<std::int64_t> SqlProposalRepository::AddIntervention(org::AreaId area,
                                                            const proposal::Intervention& i,
                                                            Instant at, const std::string& by) {
  auto existing =
      c_.Query("SELECT 1 FROM intervention WHERE area_id = $1 AND code = $2", area.value(), i.code);
  PROBITY_TRY(existing);
  auto found = (*existing)->Step();
  PROBITY_TRY(found);
  if (*found) {
    PROBITY_TRY((*existing)->Run());
    return FailedPrecondition("This area already has an intervention with the code " + i.code);
  }
  auto q = c_.Query(
      "INSERT INTO intervention (area_id, code, name, kind, provider, delivery, need_areas,"
      " typical_days, sexual_offending, description, added_at, added_by)"
      " VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12) RETURNING intervention_id",
      area.value(), i.code, i.name, proposal::InterventionKindCode(i.kind), i.provider,
      proposal::DeliveryCode(i.delivery), JoinCodes(i.need_areas), i.typical_days,
      i.sexual_offending ? 1 : 0, i.description, FormatInstant(at), by);
  PROBITY_TRY(q);
  return InsertReturningId(**q);
}

Result<bool> SqlProposalRepository::WithdrawIntervention(org::AreaId area, const std::string& code,
                                                         Date on, const std::string& by) {
  auto q = c_.Query(
      "UPDATE intervention SET withdrawn_on = $3, withdrawn_by = $4"
      " WHERE area_id = $1 AND code = $2 AND withdrawn_on IS NULL",
      area.value(), code, FormatDate(on), by);
  PROBITY_TRY(q);
  PROBITY_TRY((*q)->Run());
  return (*q)->changes() == 1;
}

Result<std::int64_t> SqlProposalRepository::SaveProposal(const app::StoredProposal& p) {
  const auto& r = p.result;
  auto q = c_.Query(
      "INSERT INTO rar_proposal (person_id, proposed_at, proposed_by, area_code, area_name,"
      " ogrs_two_year, ogrs_source, needs, sexual_offending, justification, intensity,"
      " guideline_min_days, guideline_max_days, proposed_days, anticipated_days, officer_days,"
      " officer_needs, rationale, flags, interventions)"
      " VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18,"
      " $19, $20) RETURNING rar_proposal_id",
      p.person.value(), FormatInstant(p.proposed_at), p.proposed_by, p.area_code, p.area_name,
      p.ogrs_two_year, p.ogrs_source, EncodeNeeds(p.needs), p.sexual_offending ? 1 : 0,
      p.justification, proposal::IntensityCode(r.intensity), r.guideline_min_days,
      r.guideline_max_days, r.proposed_days, r.anticipated_days, r.officer_days,
      JoinCodes(r.officer_needs), EncodeRationale(r.rationale), EncodeFlags(r.flags),
      EncodeInterventions(r));
  PROBITY_TRY(q);
  return InsertReturningId(**q);
}

Result<std::vector<app::StoredProposal>> SqlProposalRepository::Select(
    person::PersonId person, std::optional<std::int64_t> id) {
  auto q = c_.Query(
      "SELECT rar_proposal_id, proposed_at, proposed_by, area_code, area_name, ogrs_two_year,"
      " ogrs_source, needs, sexual_offending, justification, intensity, guideline_min_days,"
      " guideline_max_days, proposed_days, anticipated_days, officer_days, officer_needs,"
      " rationale, flags, interventions FROM rar_proposal"
      " WHERE person_id = $1 AND ($2 = 0 OR rar_proposal_id = $2)"
      " ORDER BY proposed_at DESC, rar_proposal_id DESC",
      person.value(), id.value_or(0));
  PROBITY_TRY(q);
  std::vector<app::StoredProposal> out;
  PROBITY_TRY(ForEachRow(**q, [&out, person](const Row& r) {
    app::StoredProposal p;
    p.id = r.Int(0);
    p.person = person;
    p.proposed_at = ParseInstant(r.Text(1)).value_or(Instant{});
    p.proposed_by = r.Text(2);
    p.area_code = r.Text(3);
    p.area_name = r.Text(4);
    p.ogrs_two_year = static_cast<int>(r.Int(5));
    p.ogrs_source = r.Text(6);
    p.needs = DecodeNeeds(r.Text(7));
    p.sexual_offending = r.Int(8) != 0;
    p.justification = r.Text(9);
    auto& res = p.result;
    res.intensity = ParseIntensity(r.Text(10)).value_or(proposal::Intensity::kNone);
    res.guideline_min_days = OptIntColumn(r, 11);
    res.guideline_max_days = OptIntColumn(r, 12);
    res.proposed_days = OptIntColumn(r, 13);
    res.anticipated_days = OptIntColumn(r, 14);
    res.officer_days = static_cast<int>(r.Int(15));
    res.officer_needs = SplitCodes(r.Text(16));
    res.rationale = Lines(r.Text(17));
    res.flags = DecodeFlags(r.Text(18));
    DecodeInterventions(r.Text(19), res);
    out.push_back(std::move(p));
  }));
  return out;
}

Result<std::vector<app::StoredProposal>> SqlProposalRepository::Proposals(person::PersonId person) {
  return Select(person, std::nullopt);
}

Result<std::optional<app::StoredProposal>> SqlProposalRepository::FindProposal(
    person::PersonId person, std::int64_t id) {
  auto found = Select(person, id);
  PROBITY_TRY(found);
  if (found->empty()) {
    return std::optional<app::StoredProposal>();
  }
  return std::optional<app::StoredProposal>(std::move(found->front()));
}

}  // namespace probity::store
