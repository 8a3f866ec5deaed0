// The tier inputs, the stored tier (TIER-1) and the workload tables (WL-1): migration 0006.
#include "store/repositories.h"
#include "store/tier_codec.h"

namespace probity::store {

Result<std::optional<tier::Assessment>> SqlTierRepository::FindAssessment(person::PersonId person) {
  auto q = c_.Query(
      "SELECT assessed_on, rsr_hundredths, rosh, needs, parenting_responsibilities, impulsivity,"
      " temper_control FROM assessment WHERE person_id = $1",
      person.value());
  PROBITY_TRY(q);
  auto found = (*q)->Step();
  PROBITY_TRY(found);
  if (!*found) {
    return std::optional<tier::Assessment>();
  }
  const Row& r = (*q)->row();
  tier::Assessment a;
  a.assessed_on = DateColumn(r, 0);
  if (auto rsr = r.OptInt(1)) {
    a.rsr_hundredths = static_cast<int>(*rsr);
  }
  if (auto rosh = r.OptText(2)) {
    a.rosh = tier::ParseRosh(*rosh);
  }
  a.needs = DecodeNeeds(r.Text(3));
  a.parenting_responsibilities = r.Int(4) != 0;
  a.impulsivity = r.Int(5) != 0;
  a.temper_control = r.Int(6) != 0;
  PROBITY_TRY((*q)->Run());
  return std::optional<tier::Assessment>(a);
}

Status SqlTierRepository::SaveAssessment(person::PersonId person, const tier::Assessment& a,
                                         Instant at, const std::string& by) {
  auto q = c_.Query(
      "INSERT INTO assessment (person_id, assessed_on, rsr_hundredths, rosh, needs,"
      " parenting_responsibilities, impulsivity, temper_control, recorded_at, recorded_by)"
      " VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10) ON CONFLICT (person_id) DO UPDATE SET"
      " assessed_on = excluded.assessed_on, rsr_hundredths = excluded.rsr_hundredths,"
      " rosh = excluded.rosh, needs = excluded.needs,"
      " parenting_responsibilities = excluded.parenting_responsibilities,"
      " impulsivity = excluded.impulsivity, temper_control = excluded.temper_control,"
      " recorded_at = excluded.recorded_at, recorded_by = excluded.recorded_by",
      person.value(), FormatDate(a.assessed_on), a.rsr_hundredths,
      a.rosh ? std::optional<std::string>(tier::RoshCode(*a.rosh)) : std::nullopt,
      EncodeNeeds(a.needs), a.parenting_responsibilities ? 1 : 0, a.impulsivity ? 1 : 0,
      a.temper_control ? 1 : 0, FormatInstant(at), by);
  PROBITY_TRY(q);
  return (*q)->Run();
}

Result<std::vector<tier::Registration>> SqlTierRepository::Registrations(person::PersonId person) {
  auto q = c_.Query(
      "SELECT registration_id, register, level, registered_on FROM registration"
      " WHERE person_id = $1 AND ended_on IS NULL ORDER BY registered_on, registration_id",
      person.value());
  PROBITY_TRY(q);
  std::vector<tier::Registration> registrations;
  PROBITY_TRY(ForEachRow(**q, [&registrations](const Row& r) {
    auto type = person::ParseRegister(r.Text(1));
    if (!type) {
      return;  // a code this version does not know scores nothing
    }
    tier::Registration reg;
    reg.id = r.Int(0);
    reg.type = *type;
    if (auto level = r.OptText(2)) {
      reg.level = tier::ParseMappaLevel(*level);
    }
    reg.registered_on = DateColumn(r, 3);
    registrations.push_back(reg);
  }));
  return registrations;
}

Result<std::int64_t> SqlTierRepository::AddRegistration(person::PersonId person,
                                                        const tier::Registration& r,
                                                        const std::string& by) {
  auto q = c_.Query(
      "INSERT INTO registration (person_id, register, level, registered_on, recorded_by)"
      " VALUES ($1, $2, $3, $4, $5) RETURNING registration_id",
      person.value(), person::RegisterCode(r.type),
      r.level ? std::optional<std::string>(tier::MappaLevelCode(*r.level)) : std::nullopt,
      FormatDate(r.registered_on), by);
  PROBITY_TRY(q);
  return InsertReturningId(**q);
}

Result<bool> SqlTierRepository::EndRegistration(person::PersonId person, std::int64_t id, Date on,
                                                const std::string& by) {
  auto q = c_.Query(
      "UPDATE registration SET ended_on = $3, ended_by = $4"
      " WHERE registration_id = $1 AND person_id = $2 AND ended_on IS NULL",
      id, person.value(), FormatDate(on), by);
  PROBITY_TRY(q);
  PROBITY_TRY((*q)->Run());
  return (*q)->changes() == 1;
}

Status SqlTierRepository::SetOgrsTwoYear(person::PersonId person, std::optional<int> percent) {
  auto q = c_.Query("UPDATE person SET ogrs_two_year = $2 WHERE person_id = $1", person.value(),
                    percent);
  PROBITY_TRY(q);
  return (*q)->Run();
}

Result<std::optional<app::TierRecord>> SqlTierRepository::Latest(person::PersonId person) {
  auto q = c_.Query(
      "SELECT tier, protect_points, change_points, factors, calculated_at, reason"
      " FROM tier_calculation WHERE person_id = $1",
      person.value());
  PROBITY_TRY(q);
  auto found = (*q)->Step();
  PROBITY_TRY(found);
  if (!*found) {
    return std::optional<app::TierRecord>();
  }
  const Row& r = (*q)->row();
  app::TierRecord record;
  DecodeTierCode(r.Text(0), record.result);
  record.result.protect_points = static_cast<int>(r.Int(1));
  record.result.change_points = static_cast<int>(r.Int(2));
  DecodeFactors(r.Text(3), record.result);
  record.calculated_at = ParseInstant(r.Text(4)).value_or(Instant{});
  record.reason = r.Text(5);
  PROBITY_TRY((*q)->Run());
  return std::optional<app::TierRecord>(std::move(record));
}

Status SqlTierRepository::SaveTier(person::PersonId person, const app::TierRecord& record,
                                   const std::vector<person::Register>& active) {
  const std::string code = record.result.Code();
  auto q = c_.Query(
      "INSERT INTO tier_calculation (person_id, tier, protect_points, change_points, factors,"
      " calculated_at, reason) VALUES ($1, $2, $3, $4, $5, $6, $7) ON CONFLICT (person_id)"
      " DO UPDATE SET tier = excluded.tier, protect_points = excluded.protect_points,"
      " change_points = excluded.change_points, factors = excluded.factors,"
      " calculated_at = excluded.calculated_at, reason = excluded.reason",
      person.value(), code, record.result.protect_points, record.result.change_points,
      EncodeFactors(record.result), FormatInstant(record.calculated_at), record.reason);
  PROBITY_TRY(q);
  PROBITY_TRY((*q)->Run());
  std::string registers;
  for (auto r : active) {
    registers += registers.empty() ? "" : " ";
    registers += person::RegisterCode(r);
  }
  auto p = c_.Query("UPDATE person SET tier = $2, registers = $3 WHERE person_id = $1",
                    person.value(), code, registers);
  PROBITY_TRY(p);
  return (*p)->Run();
}

Result<std::vector<workload::PointsTable>> SqlWorkloadRepository::PointsTables() {
  auto q = c_.Query(
      "SELECT workload_points_table_id, effective_from, nominal_target, default_hours, points"
      " FROM workload_points_table ORDER BY effective_from");
  PROBITY_TRY(q);
  std::vector<workload::PointsTable> tables;
  bool ok = true;
  PROBITY_TRY(ForEachRow(**q, [&tables, &ok](const Row& r) {
    workload::PointsTable t;
    t.id = r.Int(0);
    t.effective_from = DateColumn(r, 1);
    t.nominal_target = static_cast<int>(r.Int(2));
    t.default_hours = static_cast<int>(r.Int(3));
    ok = ok && DecodePoints(r.Text(4), t);
    tables.push_back(t);
  }));
  if (!ok) {
    return Internal("A workload points table is not four rows of 32 numbers");
  }
  return tables;
}

Result<std::int64_t> SqlWorkloadRepository::InsertPointsTable(const workload::PointsTable& t,
                                                              Instant at, const std::string& by) {
  auto existing = c_.Query("SELECT 1 FROM workload_points_table WHERE effective_from = $1",
                           FormatDate(t.effective_from));
  PROBITY_TRY(existing);
  auto found = (*existing)->Step();
  PROBITY_TRY(found);
  PROBITY_TRY((*existing)->Run());
  if (*found) {
    return FailedPrecondition("A points table is already effective from " +
                              FormatDate(t.effective_from));
  }
  auto q = c_.Query(
      "INSERT INTO workload_points_table (effective_from, nominal_target, default_hours, points,"
      " created_at, created_by) VALUES ($1, $2, $3, $4, $5, $6)"
      " RETURNING workload_points_table_id",
      FormatDate(t.effective_from), t.nominal_target, t.default_hours, EncodePoints(t),
      FormatInstant(at), by);
  PROBITY_TRY(q);
  return InsertReturningId(**q);
}

Result<std::vector<app::WorkloadCase>> SqlWorkloadRepository::Cases(org::StaffId officer,
                                                                    Date today) {
  auto q = c_.Query(
      "SELECT p.crn, p.first_name || ' ' || p.surname, p.tier,"
      "  CASE WHEN EXISTS (SELECT 1 FROM event e JOIN sentence s ON s.event_id = e.event_id"
      "   WHERE e.person_id = p.person_id AND s.end_date >= $2) THEN 1 ELSE 0 END"
      " FROM allocation a JOIN person p ON p.person_id = a.person_id"
      " WHERE a.staff_id = $1 AND a.ended_on IS NULL ORDER BY p.crn",
      officer.value(), FormatDate(today));
  PROBITY_TRY(q);
  std::vector<app::WorkloadCase> cases;
  PROBITY_TRY(ForEachRow(**q, [&cases](const Row& r) {
    cases.push_back({r.Text(0), r.Text(1), r.Text(2), r.Int(3) != 0});
  }));
  return cases;
}

Result<int> SqlWorkloadRepository::ReductionHundredths(org::StaffId officer, Date today) {
  auto q = c_.Query(
      "SELECT COALESCE(SUM(hours_hundredths), 0) FROM workload_reduction"
      " WHERE staff_id = $1 AND starts_on <= $2 AND (ends_on IS NULL OR ends_on >= $2)",
      officer.value(), FormatDate(today));
  PROBITY_TRY(q);
  auto row = (*q)->Step();
  PROBITY_TRY(row);
  int hundredths = static_cast<int>((*q)->row().Int(0));
  PROBITY_TRY((*q)->Run());
  return hundredths;
}

}  // namespace probity::store
