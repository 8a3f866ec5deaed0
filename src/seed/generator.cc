#include "seed/generator.h"

#include <algorithm>
#include <array>
#include <string>
#include <vector>

#include "domain/person/pnc.h"
#include "domain/proposal/rar_guideline.h"
#include "domain/tier/tier.h"
#include "seed/catalogue.h"
#include "seed/names.h"
#include "seed/random.h"

namespace probity::seed {
namespace {

using std::chrono::days;
using std::chrono::year_month_day;

constexpr int kTeamsPerArea = 5;

// Appointments are on weekdays: a Saturday moves to Friday, a Sunday to Monday.
Date Weekday(Date date) {
  std::chrono::weekday wd{date};
  if (wd == std::chrono::Saturday) {
    return date - days{1};
  }
  if (wd == std::chrono::Sunday) {
    return date + days{1};
  }
  return date;
}

const std::string& Pick(Random& random, const WeightedNames& names, std::string& out) {
  out = std::string(names.names[random.Weighted(names.weights)]);
  return out;
}

struct Officer {
  org::Staff staff;
  int cases = 0;
  std::string office;
};

// People left awaiting allocation (issue 4 part 3), so the managers' lists have cases in them:
// one in 200, at least 3 once there are 20 people.
int AwaitingAllocation(int people) {
  return people < 20 ? 0 : std::max(3, people / 200);
}

// The organisation: enough officers for each to hold 40-60 of the `allocated` cases,
// `officers_per_team` to a team with a senior probation officer (SPO) who holds none, five teams to
// an area.
Result<std::vector<Officer>> MakeOrganisation(const SeedOptions& options, int allocated,
                                              Random& random, SeedSink& sink) {
  std::vector<int> loads;
  for (int total = 0; total < allocated;) {
    int load = std::min(random.Between(40, 60), allocated - total);
    loads.push_back(load);
    total += load;
  }
  int teams =
      (static_cast<int>(loads.size()) + options.officers_per_team - 1) / options.officers_per_team;
  int areas = (teams + kTeamsPerArea - 1) / kTeamsPerArea;
  const auto& area_names = AreaNames();

  PROBITY_TRY(sink.AddOrganisation({org::OrganisationId(1), "PS", "Probation Service"}));
  for (int a = 0; a < areas; ++a) {
    std::string name(area_names[static_cast<std::size_t>(a) % area_names.size()]);
    if (a >= static_cast<int>(area_names.size())) {
      name += " " + std::to_string(a / static_cast<int>(area_names.size()) + 1);
    }
    char code[16];
    std::snprintf(code, sizeof code, "A%03d", a + 1);
    PROBITY_TRY(sink.AddArea({org::AreaId(a + 1), org::OrganisationId(1), code, name}));
    for (const auto& intervention : CatalogueForArea(options.seed, a + 1)) {
      PROBITY_TRY(sink.AddIntervention(org::AreaId(a + 1), intervention));
    }
  }
  std::vector<Officer> officers;
  std::int64_t staff_id = 0;
  std::string first;
  std::string surname;
  for (int t = 0; t < teams; ++t) {
    int area = t / kTeamsPerArea;
    std::string team_name =
        std::string(area_names[static_cast<std::size_t>(area) % area_names.size()]) + " Team " +
        std::to_string(t % kTeamsPerArea + 1);
    char team_code[24];
    std::snprintf(team_code, sizeof team_code, "T%04d", t + 1);
    PROBITY_TRY(sink.AddTeam({org::TeamId(t + 1), org::AreaId(area + 1), team_code, team_name}));
    for (int k = 0; k <= options.officers_per_team; ++k) {
      bool spo = k == options.officers_per_team;
      std::size_t index =
          static_cast<std::size_t>(t) * options.officers_per_team + static_cast<std::size_t>(k);
      if (!spo && index >= loads.size()) {
        continue;
      }
      bool female = random.Chance(0.6);  // most probation staff are women
      org::Staff s;
      s.id = org::StaffId(++staff_id);
      s.team = org::TeamId(t + 1);
      char staff_code[24];
      std::snprintf(staff_code, sizeof staff_code, "S%05lld", static_cast<long long>(staff_id));
      s.code = staff_code;
      s.first_name = Pick(random, female ? FemaleFirstNames() : MaleFirstNames(), first);
      s.surname = Pick(random, Surnames(), surname);
      s.grade = spo ? org::Grade::kSeniorProbationOfficer
                    : (random.Chance(0.75) ? org::Grade::kProbationOfficer
                                           : org::Grade::kProbationServicesOfficer);
      s.contracted_hours = random.Chance(0.85) ? 37 : (random.Chance(0.5) ? 30 : 22);
      PROBITY_TRY(sink.AddStaff(s));
      if (!spo) {
        officers.push_back({s, loads[index], team_name + " office"});
      }
    }
  }
  return officers;
}

person::Register RoshRegister(Random& random) {
  int r = random.Between(1, 100);
  if (r <= 3) {
    return person::Register::kRoshVeryHigh;
  }
  if (r <= 15) {
    return person::Register::kRoshHigh;
  }
  if (r <= 50) {
    return person::Register::kRoshMedium;
  }
  return person::Register::kRoshLow;
}

person::Person MakePerson(Random& random, std::int64_t id, org::AreaId area, Date today) {
  person::Person p;
  p.id = person::PersonId(id);
  bool female = random.Chance(0.15);
  p.sex = female ? person::Sex::kFemale : person::Sex::kMale;
  std::string scratch;
  const auto& firsts = female ? FemaleFirstNames() : MaleFirstNames();
  p.first_name = Pick(random, firsts, scratch);
  if (random.Chance(0.3)) {
    p.middle_names = Pick(random, firsts, scratch);
  }
  p.surname = Pick(random, Surnames(), scratch);
  // Ages 18-70, most in their twenties and thirties.
  int age = 18 + std::min(random.Between(0, 30), random.Between(0, 52));
  p.date_of_birth = today - days{age * 365 + random.Between(0, 364)};
  // CRN: the area's letter and six digits from the person id, so every CRN is unique.
  char crn[24];
  std::snprintf(crn, sizeof crn, "%c%06lld", 'A' + static_cast<char>(area.value() % 26),
                static_cast<long long>(id) + 100000);
  p.crn = person::Crn::FromTrusted(crn);
  if (random.Chance(0.9)) {
    int birth_year = static_cast<int>(year_month_day{p.date_of_birth}.year());
    int year = std::min(birth_year + random.Between(14, 30), 2025);
    p.pnc_number = person::PncNumber::Make(year, static_cast<int>(id % 10'000'000)).str();
  }
  if (random.Chance(0.1)) {
    person::Alias alias;
    alias.first_name = random.Chance(0.5) ? p.first_name : Pick(random, firsts, scratch);
    alias.surname = Pick(random, Surnames(), scratch);
    if (random.Chance(0.3)) {
      alias.date_of_birth = p.date_of_birth + days{random.Between(-400, 400)};
    }
    p.aliases.push_back(std::move(alias));
  }
  p.home_area = area;
  // OGRS two-year %: spread across every PROP-1 band.
  p.ogrs_two_year = std::clamp(random.Between(5, 60) + random.Between(0, 40), 1, 99);
  p.registers.push_back(RoshRegister(random));
  static constexpr std::array<std::pair<person::Register, double>, 6> kOthers = {{
      {person::Register::kMappa, 0.03},
      {person::Register::kDomesticAbuse, 0.08},
      {person::Register::kChildProtection, 0.04},
      {person::Register::kMentalHealth, 0.10},
      {person::Register::kSelfHarm, 0.05},
      {person::Register::kIntegratedOffenderManagement, 0.04},
  }};
  for (const auto& [r, chance] : kOthers) {
    if (random.Chance(chance)) {
      p.registers.push_back(r);
    }
  }
  return p;
}

// A sentence within the limits of domain.md §7, with its requirements.
sentence::Event MakeEvent(Random& random, const person::Person& p, Date today,
                          std::int64_t& next_id) {
  sentence::Event e;
  e.id = sentence::EventId(p.id.value());
  std::vector<int> weights;
  for (const auto& o : Offences()) {
    weights.push_back(o.weight);
  }
  const auto& offence = Offences()[random.Weighted(weights)];
  e.offence_category = std::string(offence.category);
  e.offence_description = std::string(offence.description);
  e.court = AreaNames()[static_cast<std::size_t>(p.home_area.value() - 1) % AreaNames().size()];
  e.court += " Magistrates' Court";

  sentence::Sentence s;
  s.id = sentence::SentenceId(p.id.value());
  s.sentence_date = Weekday(today - days{random.Between(7, 730)});
  e.conviction_date = s.sentence_date - days{random.Between(0, 42)};
  if (random.Chance(0.65)) {
    s.type = sentence::OrderType::kCommunityOrder;
    static constexpr std::array<int, 4> kLengths = {12, 18, 24,
                                                    36};  // at most 3 years (SC2020 s.209)
    s.end_date =
        AddMonths(s.sentence_date, kLengths[static_cast<std::size_t>(random.Between(0, 3))]);
  } else {
    s.type = sentence::OrderType::kSuspendedSentenceOrder;
    s.custodial_months = random.Between(1, 24);  // a term of at most 2 years
    int operational = random.Between(12, 24);    // 6 months to 2 years (SC2020 s.288)
    int supervision = std::min(operational, random.Between(6, 24));
    s.operational_end = AddMonths(s.sentence_date, operational);
    s.end_date = AddMonths(s.sentence_date, supervision);
  }
  bool ended = s.end_date <= today;
  auto status = [&random, ended] {
    if (!ended) {
      return sentence::RequirementStatus::kActive;
    }
    return random.Chance(0.1) ? sentence::RequirementStatus::kTerminated
                              : sentence::RequirementStatus::kCompleted;
  };
  auto add = [&](sentence::RequirementType type, std::optional<int> length) {
    s.requirements.push_back({sentence::RequirementId(++next_id), type, length, status()});
  };
  int ogrs = p.ogrs_two_year.value_or(50);
  auto guideline = proposal::GuidelineForOgrs(ogrs);
  if (guideline.min_days && random.Chance(0.75)) {
    add(sentence::RequirementType::kRehabilitationActivity,
        random.Between(*guideline.min_days, *guideline.max_days));  // PROP-1
  } else if (!guideline.min_days && random.Chance(0.15)) {
    add(sentence::RequirementType::kRehabilitationActivity, random.Between(1, 10));  // PROP-2
  }
  if (random.Chance(0.45)) {
    add(sentence::RequirementType::kUnpaidWork, 10 * random.Between(4, 30));  // 40-300 hours
  }
  if (random.Chance(0.10)) {
    add(sentence::RequirementType::kCurfew, random.Between(1, 6));
  }
  if (random.Chance(0.08)) {
    add(sentence::RequirementType::kProgramme, random.Between(19, 30));
  }
  if (random.Chance(0.06)) {
    add(sentence::RequirementType::kDrugRehabilitation, 6);
  }
  if (random.Chance(0.05)) {
    add(sentence::RequirementType::kAlcoholTreatment, 6);
  }
  if (random.Chance(0.04)) {
    add(sentence::RequirementType::kMentalHealthTreatment, 12);
  }
  if (s.requirements.empty()) {
    add(sentence::RequirementType::kUnpaidWork, 10 * random.Between(4, 30));
  }
  e.sentences.push_back(std::move(s));
  return e;
}

contact::Outcome PastOutcome(Random& random, double compliance) {
  if (random.Chance(compliance)) {
    return contact::Outcome::kAttendedComplied;
  }
  static const std::vector<int> kWeights = {35, 20, 10, 20, 5, 5, 3, 2};
  static constexpr std::array<contact::Outcome, 8> kOutcomes = {
      contact::Outcome::kUnacceptableAbsence,
      contact::Outcome::kAttendedFailedToComply,
      contact::Outcome::kFailedToAttend,
      contact::Outcome::kAcceptableAbsence,
      contact::Outcome::kRescheduledServiceRequest,
      contact::Outcome::kRescheduledPersonRequest,
      contact::Outcome::kSentHomeServiceIssues,
      contact::Outcome::kFailureDeemedAcceptable};
  return kOutcomes[random.Weighted(kWeights)];
}

// The contact history: supervision, RAR sessions (never instructing more days than ordered,
// RAR-6), unpaid work and the odd home visit, with this person's own attendance pattern.
Status MakeContacts(Random& random, const SeedOptions& options, const person::Person& p,
                    const sentence::Event& event, const Officer& officer, std::int64_t& next_id,
                    SeedSink& sink) {
  const auto& s = event.sentences.front();
  std::optional<sentence::RequirementId> rar;
  int rar_max = 0;
  bool unpaid = false;
  for (const auto& r : s.requirements) {
    if (r.type == sentence::RequirementType::kRehabilitationActivity) {
      rar = r.id;
      rar_max = r.length.value_or(0);
    }
    unpaid = unpaid || r.type == sentence::RequirementType::kUnpaidWork;
  }
  Date last = std::min(options.today - days{1}, s.end_date);
  int span = static_cast<int>((last - s.sentence_date).count());
  int wanted = options.contacts_per_person * random.Between(40, 160) / 100;
  int past = std::clamp(wanted * std::min(span, 365) / 365, 0, std::max(0, span));
  std::vector<int> offsets(static_cast<std::size_t>(past));
  for (auto& o : offsets) {
    o = random.Between(1, std::max(1, span));
  }
  std::sort(offsets.begin(), offsets.end());
  int future = s.end_date > options.today ? random.Between(0, 4) : 0;
  for (int i = 0; i < future; ++i) {
    offsets.push_back(static_cast<int>((options.today - s.sentence_date).count()) +
                      random.Between(0, 27));
  }
  std::sort(offsets.begin() + past, offsets.end());

  static constexpr std::array<const char*, 16> kTimes = {
      "09:00", "09:30", "10:00", "10:30", "11:00", "11:30", "12:00", "13:00",
      "13:30", "14:00", "14:30", "15:00", "15:30", "16:00", "16:30", "10:15"};
  static constexpr std::array<const char*, 5> kNotes = {
      "Discussed progress against the sentence plan.", "Reviewed employment search.",
      "Talked about housing situation.", "Completed session worksheet.",
      "Reminded of next appointment."};
  double compliance = random.Between(60, 99) / 100.0;
  std::vector<Date> rar_dates;  // dates already instructed for the RAR (RAR-6 budget)
  contact::Contact c;
  c.location = officer.office;
  for (int offset : offsets) {
    c.id = contact::ContactId(++next_id);
    c.date = Weekday(s.sentence_date + days{offset});
    c.start_time = kTimes[static_cast<std::size_t>(random.Between(0, 15))];
    bool is_future = c.date >= options.today;
    c.outcome = std::nullopt;
    if (!is_future && !random.Chance(0.005)) {
      c.outcome = PastOutcome(random, compliance);
    }
    int pick = random.Between(1, 100);
    std::optional<sentence::RequirementId> requirement;
    c.type = contact::ContactType::kOffenderManagement;
    if (rar && pick <= 35) {
      bool known = std::find(rar_dates.begin(), rar_dates.end(), c.date) != rar_dates.end();
      if (known || static_cast<int>(rar_dates.size()) < rar_max) {
        c.type = contact::ContactType::kRarActivity;
        requirement = rar;
        bool uses_day = !c.outcome || contact::InstructionStood(*c.outcome);
        if (!known && uses_day) {
          rar_dates.push_back(c.date);
        }
      }
    } else if (unpaid && pick <= 60) {
      c.type = contact::ContactType::kUnpaidWorkSession;
    } else if (pick > 95) {
      c.type = contact::ContactType::kHomeVisit;
    }
    c.notes = c.outcome && random.Chance(0.1)
                  ? kNotes[static_cast<std::size_t>(random.Between(0, 4))]
                  : "";
    PROBITY_TRY(sink.AddContact(p.id, requirement, officer.staff.id, c));
  }
  return Ok();
}

// Moves the event so its sentence falls `working_days_ago` weekdays before `today` (TIME-2's
// clock starts there), keeping its lengths; its requirements are then all active.
void MakeRecent(sentence::Event& event, Date today, int working_days_ago) {
  Date sentenced = today;
  for (int n = 0; n < working_days_ago || Weekday(sentenced) != sentenced;) {
    sentenced -= days{1};
    if (Weekday(sentenced) == sentenced) {
      ++n;
    }
  }
  for (auto& s : event.sentences) {
    auto shift = sentenced - s.sentence_date;
    event.conviction_date += shift;
    s.sentence_date = sentenced;
    s.end_date += shift;
    if (s.operational_end) {
      *s.operational_end += shift;
    }
    for (auto& r : s.requirements) {
      r.status = sentence::RequirementStatus::kActive;
      if (r.end_date) {
        *r.end_date += shift;
      }
    }
  }
}

// The tier inputs behind the person's registers, drawn from their own stream so the rest of the
// caseload is as before: dated registrations (a MAPPA level for MAPP), and for nine in ten an
// OASys assessment whose RoSH matches the RoSH register, with an RSR and needs. The tier is then
// the domain's (TIER-1), so seeded tiers are consistent with their inputs.
struct SeededTier {
  std::optional<tier::Assessment> assessment;
  std::vector<tier::Registration> registrations;
  tier::TierResult result;
};

SeededTier MakeTier(const SeedOptions& options, const person::Person& p,
                    const sentence::Event& event) {
  Random random(options.seed * 0x9E3779B97F4A7C15ULL + static_cast<std::uint64_t>(p.id.value()));
  SeededTier t;
  const Date sentenced = event.sentences.front().sentence_date;
  int rosh_rank = 0;
  for (auto r : p.registers) {
    tier::Registration reg;
    reg.id = 0;
    reg.type = r;
    reg.registered_on = sentenced - days{random.Between(0, 60)};
    if (r == person::Register::kMappa) {
      static const std::vector<int> kLevelWeights = {70, 25, 5};  // most MAPPA cases are level 1
      reg.level = static_cast<tier::MappaLevel>(random.Weighted(kLevelWeights));
    }
    rosh_rank = r == person::Register::kRoshVeryHigh ? 3
                : r == person::Register::kRoshHigh   ? 2
                : r == person::Register::kRoshMedium ? 1
                                                     : rosh_rank;
    t.registrations.push_back(reg);
  }
  if (random.Chance(0.9)) {
    tier::Assessment a;
    a.assessed_on = std::min(options.today, sentenced + days{random.Between(0, 20)});
    // RSR rises with RoSH: low 0-3 %, medium 1-7 %, high 3-12 %, very high 6-20 %.
    static constexpr std::array<std::pair<int, int>, 4> kRsr = {
        {{0, 300}, {100, 700}, {300, 1200}, {600, 2000}}};
    const auto [lo, hi] = kRsr[static_cast<std::size_t>(rosh_rank)];
    a.rsr_hundredths = random.Between(lo, hi);
    a.rosh = static_cast<tier::Rosh>(rosh_rank);
    for (auto& need : a.needs) {
      int pick = random.Between(1, 100);
      need = pick <= 45   ? tier::NeedSeverity::kNoNeed
             : pick <= 80 ? tier::NeedSeverity::kStandard
                          : tier::NeedSeverity::kSevere;
    }
    if (p.sex == person::Sex::kFemale) {
      a.parenting_responsibilities = random.Chance(0.4);
      a.impulsivity = random.Chance(0.3);
      a.temper_control = random.Chance(0.3);
    }
    t.assessment = a;
  }
  const bool mandate = tier::HasMandateForChange({event}, options.today);
  t.result = tier::CalculateTier(tier::InputsFor(
      t.assessment, t.registrations, p.sex == person::Sex::kFemale, p.ogrs_two_year, mandate));
  return t;
}

}  // namespace

Status Generate(const SeedOptions& options, SeedSink& sink) {
  if (options.people < 1 || options.people > 899'999) {
    return InvalidArgument("people", "OUT_OF_RANGE", "people must be between 1 and 899999");
  }
  Random random(options.seed * 0x2545F4914F6CDD1DULL + 1);
  int awaiting = AwaitingAllocation(options.people);
  auto officers = MakeOrganisation(options, options.people - awaiting, random, sink);
  PROBITY_TRY(officers);
  std::int64_t person_id = 0;
  std::int64_t requirement_id = 0;
  std::int64_t contact_id = 0;
  for (const auto& officer : *officers) {
    // Areas are numbered by team (five teams an area, MakeOrganisation).
    org::AreaId area((officer.staff.team.value() - 1) / kTeamsPerArea + 1);
    for (int k = 0; k < officer.cases; ++k) {
      auto p = MakePerson(random, ++person_id, area, options.today);
      auto event = MakeEvent(random, p, options.today, requirement_id);
      SeededTier tier = MakeTier(options, p, event);
      p.tier = tier.result.Code();
      PROBITY_TRY(sink.AddPerson(p));
      PROBITY_TRY(sink.AddEvent(p.id, event));
      PROBITY_TRY(sink.AddTier(p.id, tier.assessment, tier.registrations, tier.result));
      Date allocated = event.sentences.front().sentence_date + days{random.Between(0, 2)};
      PROBITY_TRY(sink.AddAllocation(
          p.id, {org::OrganisationId(1), officer.staff.team, officer.staff.id, allocated}));
      PROBITY_TRY(MakeContacts(random, options, p, event, officer, contact_id, sink));
    }
  }
  // Sentenced in the last few working days and not yet allocated, spread over the areas.
  int areas = static_cast<int>((officers->back().staff.team.value() - 1) / kTeamsPerArea + 1);
  for (int k = 0; k < awaiting; ++k) {
    org::AreaId area(k % areas + 1);
    auto p = MakePerson(random, ++person_id, area, options.today);
    auto event = MakeEvent(random, p, options.today, requirement_id);
    MakeRecent(event, options.today, random.Between(0, 4));
    SeededTier tier = MakeTier(options, p, event);
    p.tier = tier.result.Code();
    PROBITY_TRY(sink.AddPerson(p));
    PROBITY_TRY(sink.AddEvent(p.id, event));
    PROBITY_TRY(sink.AddTier(p.id, tier.assessment, tier.registrations, tier.result));
  }
  return Ok();
}

}  // namespace probity::seed
