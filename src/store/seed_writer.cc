#include "store/seed_writer.h"

#include <chrono>

#include "core/clock.h"
#include "domain/person/text.h"
#include "store/proposal_repository.h"
#include "store/repositories.h"
#include "store/tier_codec.h"

namespace probity::store {
namespace {

template <typename... Args>
Status Insert(Connection& c, std::string_view sql, const Args&... args) {
  auto q = c.Query(sql, args...);
  PROBITY_TRY(q);
  return (*q)->Run();
}

std::optional<std::string> OptDate(const std::optional<Date>& date) {
  if (!date) {
    return std::nullopt;
  }
  return FormatDate(*date);
}

}  // namespace

Result<bool> HasPeople(Connection& connection) {
  auto q = connection.Query("SELECT COUNT(*) FROM (SELECT 1 FROM person LIMIT 1) AS any_person");
  PROBITY_TRY(q);
  auto row = (*q)->Step();
  PROBITY_TRY(row);
  bool any = (*q)->row().Int(0) > 0;
  PROBITY_TRY((*q)->Run());
  return any;
}

Status SeedWriter::Begin() {
  return c_.Begin(TxMode::kWrite);
}

Status SeedWriter::Counted() {
  if (++rows_ % kBatch == 0) {
    PROBITY_TRY(c_.Commit());
    PROBITY_TRY(c_.Begin(TxMode::kWrite));
  }
  return Ok();
}

// The synthetic history predates Probity: failures more than 10 working days old were judged and
// acted on in the previous system (ENF-3, ENF-4). Seven in ten had a reasonable excuse; the rest
// were warned. Recent failures stay unjudged so the enforcement worklist has today's work.
Status SeedWriter::JudgeHistoricFailures(Date today) {
  const std::string cutoff = FormatDate(today - std::chrono::days{14});  // ~10 working days
  PROBITY_TRY(Insert(c_,
                     "INSERT INTO failure_decision (contact_id, judgement, reason, decided_at,"
                     " decided_by)"
                     " SELECT contact_id, CASE WHEN contact_id % 10 < 7 OR requirement_id IS NULL"
                     " THEN 'reasonable_excuse' ELSE 'no_reasonable_excuse' END,"
                     " 'Judged in the previous system', contact_date || 'T17:00:00Z', 'migration'"
                     " FROM contact WHERE outcome IN ('AFTC', 'ATSH', 'AFTA', 'UAAB')"
                     " AND contact_date < $1",
                     cutoff));
  return Insert(c_,
                "INSERT INTO enforcement_action (person_id, sentence_id, contact_id, kind,"
                " action_date, notes, created_at, created_by)"
                " SELECT c.person_id, r.sentence_id, c.contact_id, 'warning', c.contact_date,"
                " 'Warning given in the previous system', c.contact_date || 'T17:00:00Z',"
                " 'migration' FROM contact c"
                " JOIN failure_decision d ON d.contact_id = c.contact_id"
                " JOIN requirement r ON r.requirement_id = c.requirement_id"
                " WHERE d.judgement = 'no_reasonable_excuse' AND d.decided_by = 'migration'");
}

Status SeedWriter::Finish(Date today) {
  PROBITY_TRY(JudgeHistoricFailures(today));
  PROBITY_TRY(c_.Commit());
  if (c_.engine() == Engine::kPostgres) {
    // Seeded rows carry explicit ids; later inserts must not reuse them.
    for (const char* table : {"organisation", "area", "team", "staff", "person", "alias", "event",
                              "sentence", "requirement", "allocation", "contact", "registration"}) {
      std::string t(table);
      std::string sql = "SELECT setval(pg_get_serial_sequence('";
      sql += t;
      sql += "', '";
      sql += t;
      sql += "_id'), GREATEST((SELECT MAX(";
      sql += t;
      sql += "_id) FROM ";
      sql += t;
      sql += "), 1))";
      PROBITY_TRY(c_.ExecuteScript(sql));
    }
  }
  return Ok();
}

Status SeedWriter::AddOrganisation(const org::Organisation& o) {
  PROBITY_TRY(Insert(c_,
                     "INSERT INTO organisation (organisation_id, code, name) VALUES ($1, $2, $3)",
                     o.id.value(), o.code, o.name));
  return Counted();
}

Status SeedWriter::AddArea(const org::Area& a) {
  PROBITY_TRY(
      Insert(c_, "INSERT INTO area (area_id, organisation_id, code, name) VALUES ($1, $2, $3, $4)",
             a.id.value(), a.organisation.value(), a.code, a.name));
  return Counted();
}

Status SeedWriter::AddIntervention(org::AreaId area, const proposal::Intervention& i) {
  PROBITY_TRY(Insert(c_,
                     "INSERT INTO intervention (area_id, code, name, kind, provider, delivery,"
                     " need_areas, typical_days, sexual_offending, description, added_at, added_by)"
                     " VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, 'seed')",
                     area.value(), i.code, i.name, proposal::InterventionKindCode(i.kind),
                     i.provider, proposal::DeliveryCode(i.delivery), JoinCodes(i.need_areas),
                     i.typical_days, i.sexual_offending ? 1 : 0, i.description,
                     FormatInstant(SeededAt())));
  return Counted();
}

Instant SeedWriter::SeededAt() {
  if (seeded_at_ == Instant{}) {
    seeded_at_ = SystemClock().Now();
  }
  return seeded_at_;
}

Status SeedWriter::AddTeam(const org::Team& t) {
  PROBITY_TRY(Insert(c_, "INSERT INTO team (team_id, area_id, code, name) VALUES ($1, $2, $3, $4)",
                     t.id.value(), t.area.value(), t.code, t.name));
  return Counted();
}

Status SeedWriter::AddStaff(const org::Staff& s) {
  PROBITY_TRY(Insert(c_,
                     "INSERT INTO staff (staff_id, team_id, code, first_name, surname, grade,"
                     " contracted_hours) VALUES ($1, $2, $3, $4, $5, $6, $7)",
                     s.id.value(), s.team.value(), s.code, s.first_name, s.surname,
                     org::GradeCode(s.grade), s.contracted_hours));
  return Counted();
}

Status SeedWriter::AddPerson(const person::Person& p) {
  std::string registers;
  for (auto r : p.registers) {
    registers += registers.empty() ? "" : " ";
    registers += person::RegisterCode(r);
  }
  PROBITY_TRY(Insert(
      c_,
      "INSERT INTO person (person_id, crn, first_name, middle_names, surname, first_name_key,"
      " surname_key, date_of_birth, sex, pnc_number, home_area_id, ogrs_two_year, tier, registers)"
      " VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14)",
      p.id.value(), p.crn.str(), p.first_name, p.middle_names, p.surname,
      person::NameKey(p.first_name), person::NameKey(p.surname), FormatDate(p.date_of_birth),
      person::SexCode(p.sex), p.pnc_number,
      p.home_area.valid() ? std::optional<std::int64_t>(p.home_area.value()) : std::nullopt,
      p.ogrs_two_year, p.tier, registers));
  for (const auto& a : p.aliases) {
    PROBITY_TRY(Insert(c_,
                       "INSERT INTO alias (person_id, first_name, surname, first_name_key,"
                       " surname_key, date_of_birth) VALUES ($1, $2, $3, $4, $5, $6)",
                       p.id.value(), a.first_name, a.surname, person::NameKey(a.first_name),
                       person::NameKey(a.surname), OptDate(a.date_of_birth)));
  }
  return Counted();
}

Status SeedWriter::AddEvent(person::PersonId person, const sentence::Event& e) {
  PROBITY_TRY(Insert(c_,
                     "INSERT INTO event (event_id, person_id, conviction_date, offence_category,"
                     " offence_description, court) VALUES ($1, $2, $3, $4, $5, $6)",
                     e.id.value(), person.value(), FormatDate(e.conviction_date),
                     e.offence_category, e.offence_description, e.court));
  for (const auto& s : e.sentences) {
    PROBITY_TRY(Insert(c_,
                       "INSERT INTO sentence (sentence_id, event_id, order_type, sentence_date,"
                       " end_date, custodial_months, operational_end)"
                       " VALUES ($1, $2, $3, $4, $5, $6, $7)",
                       s.id.value(), e.id.value(), sentence::OrderTypeCode(s.type),
                       FormatDate(s.sentence_date), FormatDate(s.end_date), s.custodial_months,
                       OptDate(s.operational_end)));
    for (const auto& r : s.requirements) {
      PROBITY_TRY(Insert(c_,
                         "INSERT INTO requirement (requirement_id, sentence_id, requirement_type,"
                         " length, status) VALUES ($1, $2, $3, $4, $5)",
                         r.id.value(), s.id.value(), sentence::RequirementTypeCode(r.type),
                         r.length, sentence::RequirementStatusCode(r.status)));
    }
  }
  return Counted();
}

Status SeedWriter::AddTier(person::PersonId person,
                           const std::optional<tier::Assessment>& assessment,
                           const std::vector<tier::Registration>& registrations,
                           const tier::TierResult& result) {
  SeededAt();
  if (assessment) {
    PROBITY_TRY(SqlTierRepository(c_).SaveAssessment(person, *assessment, seeded_at_, "seed"));
  }
  for (const auto& r : registrations) {
    PROBITY_TRY(Insert(
        c_,
        "INSERT INTO registration (registration_id, person_id, register, level, registered_on,"
        " recorded_by) VALUES ($1, $2, $3, $4, $5, $6)",
        ++registrations_, person.value(), person::RegisterCode(r.type),
        r.level ? std::optional<std::string>(tier::MappaLevelCode(*r.level)) : std::nullopt,
        FormatDate(r.registered_on), "seed"));
  }
  PROBITY_TRY(Insert(c_,
                     "INSERT INTO tier_calculation (person_id, tier, protect_points,"
                     " change_points, factors, calculated_at, reason)"
                     " VALUES ($1, $2, $3, $4, $5, $6, $7)",
                     person.value(), result.Code(), result.protect_points, result.change_points,
                     EncodeFactors(result), FormatInstant(seeded_at_), "seed"));
  return Counted();
}

Status SeedWriter::AddAllocation(person::PersonId person, const org::Allocation& a) {
  PROBITY_TRY(Insert(c_,
                     "INSERT INTO allocation (allocation_id, person_id, organisation_id, team_id,"
                     " staff_id, allocated_on) VALUES ($1, $2, $3, $4, $5, $6)",
                     ++allocations_, person.value(), a.organisation.value(), a.team.value(),
                     a.officer.value(), FormatDate(a.allocated_on)));
  return Counted();
}

Status SeedWriter::AddContact(person::PersonId person,
                              std::optional<sentence::RequirementId> requirement,
                              org::StaffId staff, const contact::Contact& c) {
  PROBITY_TRY(Insert(
      c_,
      "INSERT INTO contact (contact_id, person_id, requirement_id, staff_id, contact_type,"
      " contact_date, start_time, outcome, location, notes)"
      " VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10)",
      c.id.value(), person.value(),
      requirement ? std::optional<std::int64_t>(requirement->value()) : std::nullopt, staff.value(),
      contact::ContactTypeCode(c.type), FormatDate(c.date), c.start_time,
      c.outcome ? std::optional<std::string>(contact::OutcomeCode(*c.outcome)) : std::nullopt,
      c.location, c.notes));
  return Counted();
}

}  // namespace probity::store
