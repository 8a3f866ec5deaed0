#include <string>
#include <unordered_map>
#include <vector>

#include "store/repositories.h"

namespace probity::store {
namespace {

// The columns ReadView reads (0-8) and the joins they need, for `allocation a`.
constexpr std::string_view kViewColumns =
    "SELECT a.organisation_id, a.team_id, a.staff_id, a.allocated_on, o.name, ar.name, t.name,"
    " s.first_name || ' ' || s.surname, s.code";
constexpr std::string_view kViewJoins =
    " FROM allocation a JOIN organisation o ON o.organisation_id = a.organisation_id"
    " JOIN team t ON t.team_id = a.team_id JOIN area ar ON ar.area_id = t.area_id"
    " JOIN staff s ON s.staff_id = a.staff_id";

// Columns 0-8 of an allocation joined to its organisation, team, area and officer.
app::AllocationView ReadView(const Row& r) {
  app::AllocationView v;
  v.allocation.organisation = org::OrganisationId(r.Int(0));
  v.allocation.team = org::TeamId(r.Int(1));
  v.allocation.officer = org::StaffId(r.Int(2));
  v.allocation.allocated_on = DateColumn(r, 3);
  v.organisation_name = r.Text(4);
  v.area_name = r.Text(5);
  v.team_name = r.Text(6);
  v.officer_name = r.Text(7);
  v.officer_code = r.Text(8);
  return v;
}

}  // namespace

Result<std::optional<app::AllocationView>> SqlAllocationRepository::Current(
    person::PersonId person) {
  auto q = c_.Query(std::string(kViewColumns) + std::string(kViewJoins) +
                        " WHERE a.person_id = $1 AND a.ended_on IS NULL",
                    person.value());
  PROBITY_TRY(q);
  auto found = (*q)->Step();
  PROBITY_TRY(found);
  if (!*found) {
    return std::optional<app::AllocationView>();
  }
  app::AllocationView v = ReadView((*q)->row());
  PROBITY_TRY((*q)->Run());
  return std::optional<app::AllocationView>(std::move(v));
}

Status SqlAllocationRepository::Allocate(person::PersonId person, const org::Allocation& a) {
  return AllocateWithDetails(person, a, {});
}

Status SqlAllocationRepository::AllocateWithDetails(person::PersonId person,
                                                    const org::Allocation& a,
                                                    const app::AllocationDetails& d) {
  auto end =
      c_.Query("UPDATE allocation SET ended_on = $2 WHERE person_id = $1 AND ended_on IS NULL",
               person.value(), FormatDate(a.allocated_on));
  PROBITY_TRY(end);
  PROBITY_TRY((*end)->Run());
  auto insert = c_.Query(
      "INSERT INTO allocation (person_id, organisation_id, team_id, staff_id, allocated_on,"
      " sentence_date, reason, allocated_by, allocated_at, policy, decision, policy_override)"
      " VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12)",
      person.value(), a.organisation.value(), a.team.value(), a.officer.value(),
      FormatDate(a.allocated_on), OptDateText(d.sentence_date), d.reason, d.allocated_by,
      d.allocated_at ? std::optional<std::string>(FormatInstant(*d.allocated_at)) : std::nullopt,
      d.policy, d.decision, d.policy_override ? 1 : 0);
  PROBITY_TRY(insert);
  return (*insert)->Run();
}

Result<std::vector<app::AllocationHistoryEntry>> SqlAllocationRepository::History(
    person::PersonId person) {
  auto q =
      c_.Query(std::string(kViewColumns) +
                   ", a.ended_on, a.sentence_date, a.reason, a.allocated_by, a.allocated_at,"
                   " a.policy, a.decision, a.policy_override" +
                   std::string(kViewJoins) +
                   " WHERE a.person_id = $1 ORDER BY a.allocated_on DESC, a.allocation_id DESC",
               person.value());
  PROBITY_TRY(q);
  std::vector<app::AllocationHistoryEntry> history;
  PROBITY_TRY(ForEachRow(**q, [&history](const Row& r) {
    app::AllocationHistoryEntry e;
    e.view = ReadView(r);
    e.ended_on = OptDateColumn(r, 9);
    e.details.sentence_date = OptDateColumn(r, 10);
    e.details.reason = r.Text(11);
    e.details.allocated_by = r.Text(12);
    if (auto at = r.OptText(13)) {
      e.details.allocated_at = ParseInstant(*at);
    }
    e.details.policy = r.Text(14);
    e.details.decision = r.Text(15);
    e.details.policy_override = r.Int(16) != 0;
    history.push_back(std::move(e));
  }));
  return history;
}

Result<std::vector<app::AwaitingCase>> SqlAllocationRepository::Awaiting(Date today, int limit) {
  // Orders current today of people with no current allocation (allocation_current is the
  // partial unique index on the open row).
  auto q = c_.Query(
      "SELECT p.person_id, p.crn, p.first_name || ' ' || p.surname, p.home_area_id,"
      " COALESCE(ar.name, ''), p.registers, MIN(s.sentence_date) AS since"
      " FROM person p JOIN event e ON e.person_id = p.person_id"
      " JOIN sentence s ON s.event_id = e.event_id"
      " LEFT JOIN area ar ON ar.area_id = p.home_area_id"
      " WHERE s.sentence_date <= $1 AND s.end_date >= $1"
      " AND NOT EXISTS (SELECT 1 FROM allocation a WHERE a.person_id = p.person_id"
      "   AND a.ended_on IS NULL)"
      " GROUP BY p.person_id, p.crn, p.first_name, p.surname, p.home_area_id, ar.name,"
      " p.registers"
      " ORDER BY since, p.crn LIMIT $2",
      FormatDate(today), limit);
  PROBITY_TRY(q);
  std::vector<app::AwaitingCase> cases;
  PROBITY_TRY(ForEachRow(**q, [&cases](const Row& r) {
    app::AwaitingCase c;
    c.person = person::PersonId(r.Int(0));
    c.crn = r.Text(1);
    c.name = r.Text(2);
    c.area = org::AreaId(r.OptInt(3).value_or(0));
    c.area_name = r.Text(4);
    c.registers = ParseRegisters(r.Text(5));
    c.sentence_date = DateColumn(r, 6);
    cases.push_back(std::move(c));
  }));
  return cases;
}

Result<std::optional<Date>> SqlAllocationRepository::CurrentOrderSince(person::PersonId person,
                                                                       Date today) {
  auto q = c_.Query(
      "SELECT MIN(s.sentence_date) FROM event e JOIN sentence s ON s.event_id = e.event_id"
      " WHERE e.person_id = $1 AND s.sentence_date <= $2 AND s.end_date >= $2",
      person.value(), FormatDate(today));
  PROBITY_TRY(q);
  auto found = (*q)->Step();
  PROBITY_TRY(found);
  std::optional<Date> since = *found ? OptDateColumn((*q)->row(), 0) : std::nullopt;
  PROBITY_TRY((*q)->Run());
  return since;
}

namespace {

// Teams with their organisation resolved (the team's own, else its area's), officers (not SPOs)
// and current cases.
constexpr std::string_view kTeamOptions =
    "SELECT t.team_id, t.area_id, o.organisation_id, o.kind, t.code, t.name,"
    " (SELECT COUNT(*) FROM staff s WHERE s.team_id = t.team_id AND s.grade <> 'SPO'),"
    " (SELECT COUNT(*) FROM staff s JOIN allocation a ON a.staff_id = s.staff_id"
    "   WHERE s.team_id = t.team_id AND a.ended_on IS NULL)"
    " FROM team t JOIN area ar ON ar.area_id = t.area_id"
    " JOIN organisation o ON o.organisation_id = COALESCE(t.organisation_id, ar.organisation_id) ";

allocation::TeamOption ReadTeamOption(const Row& r) {
  allocation::TeamOption t;
  t.team = org::TeamId(r.Int(0));
  t.area = org::AreaId(r.Int(1));
  t.organisation = org::OrganisationId(r.Int(2));
  t.kind = org::ParseOrganisationKind(r.Text(3)).value_or(org::OrganisationKind::kProbationService);
  t.code = r.Text(4);
  t.name = r.Text(5);
  t.officers = static_cast<int>(r.Int(6));
  t.active_cases = static_cast<int>(r.Int(7));
  return t;
}

}  // namespace

Result<std::vector<allocation::TeamOption>> SqlAllocationRepository::TeamsInArea(org::AreaId area) {
  auto q =
      c_.Query(std::string(kTeamOptions) + "WHERE t.area_id = $1 ORDER BY t.code", area.value());
  PROBITY_TRY(q);
  std::vector<allocation::TeamOption> teams;
  PROBITY_TRY(ForEachRow(**q, [&teams](const Row& r) { teams.push_back(ReadTeamOption(r)); }));
  return teams;
}

namespace {

Result<std::optional<allocation::TeamOption>> OneTeam(Result<Statement*> q) {
  PROBITY_TRY(q);
  std::optional<allocation::TeamOption> found;
  PROBITY_TRY(ForEachRow(**q, [&found](const Row& r) { found = ReadTeamOption(r); }));
  return found;
}

}  // namespace

Result<std::optional<allocation::TeamOption>> SqlAllocationRepository::Team(org::TeamId team) {
  return OneTeam(c_.Query(std::string(kTeamOptions) + "WHERE t.team_id = $1", team.value()));
}

Result<std::optional<allocation::TeamOption>> SqlAllocationRepository::TeamByCode(
    const std::string& code) {
  return OneTeam(c_.Query(std::string(kTeamOptions) + "WHERE t.code = $1", code));
}

Result<std::vector<app::OfficerCases>> SqlAllocationRepository::TeamOfficers(org::TeamId team) {
  auto q = c_.Query(
      "SELECT s.staff_id, s.team_id, s.code, s.first_name, s.surname, s.grade,"
      " s.contracted_hours, t.name, (SELECT COUNT(*) FROM allocation a"
      "   WHERE a.staff_id = s.staff_id AND a.ended_on IS NULL)"
      " FROM staff s JOIN team t ON t.team_id = s.team_id"
      " WHERE s.team_id = $1 AND s.grade <> 'SPO' ORDER BY s.surname, s.first_name, s.code",
      team.value());
  PROBITY_TRY(q);
  std::vector<app::OfficerCases> officers;
  PROBITY_TRY(ForEachRow(**q, [&officers](const Row& r) {
    officers.push_back({ReadStaff(r), r.Text(7), static_cast<int>(r.Int(8))});
  }));
  return officers;
}

Result<allocation::Policy> SqlAllocationRepository::Policy() {
  auto q = c_.Query(
      "SELECT kind, rsr_sends_to_nps, target_working_days FROM allocation_policy"
      " WHERE allocation_policy_id = 1");
  PROBITY_TRY(q);
  allocation::Policy policy;  // ALLOC-1 when the row is missing
  PROBITY_TRY(ForEachRow(**q, [&policy](const Row& r) {
    policy.kind = allocation::ParsePolicyKind(r.Text(0)).value_or(allocation::PolicyKind::kUnified);
    policy.rsr_sends_to_nps = r.Int(1) != 0;
    policy.target_working_days = static_cast<int>(r.Int(2));
  }));
  return policy;
}

Status SqlAllocationRepository::SavePolicy(const allocation::Policy& policy, Instant at,
                                           const std::string& by) {
  auto q = c_.Query(
      "UPDATE allocation_policy SET kind = $1, rsr_sends_to_nps = $2, target_working_days = $3,"
      " changed_at = $4, changed_by = $5 WHERE allocation_policy_id = 1",
      allocation::PolicyKindCode(policy.kind), policy.rsr_sends_to_nps ? 1 : 0,
      policy.target_working_days, FormatInstant(at), by);
  PROBITY_TRY(q);
  return (*q)->Run();
}

Result<std::vector<app::CaseloadEntry>> SqlAllocationRepository::Caseload(org::StaffId officer,
                                                                          Date today) {
  // Two flat reads rather than per-case subqueries that sort (a third of the caseload page's
  // time at national scale): the cases with their next unrecorded appointment, then every
  // sentence of those cases with its RAR, from which the latest is chosen here.
  auto q = c_.Query(
      "SELECT p.person_id, p.crn, p.first_name, p.surname, p.tier, p.registers,"
      " (SELECT c.contact_date || '|' || c.start_time || '|' || c.contact_type FROM contact c"
      "   WHERE c.person_id = p.person_id AND c.contact_date >= $2 AND c.outcome IS NULL"
      "   ORDER BY c.contact_date, c.start_time LIMIT 1)"
      " FROM allocation a JOIN person p ON p.person_id = a.person_id"
      " WHERE a.staff_id = $1 AND a.ended_on IS NULL"
      " ORDER BY p.surname, p.first_name, p.crn",
      officer.value(), FormatDate(today));
  PROBITY_TRY(q);
  std::vector<app::CaseloadEntry> entries;
  std::unordered_map<std::int64_t, std::size_t> by_person;
  PROBITY_TRY(ForEachRow(**q, [&](const Row& r) {
    app::CaseloadEntry e;
    e.person = person::PersonId(r.Int(0));
    e.crn = r.Text(1);
    e.first_name = r.Text(2);
    e.surname = r.Text(3);
    e.tier = r.Text(4);
    e.registers = ParseRegisters(r.Text(5));
    if (auto next = r.OptText(6)) {
      auto bar1 = next->find('|');
      auto bar2 = next->find('|', bar1 + 1);
      e.next_appointment = ParseDate(next->substr(0, bar1));
      e.next_appointment_time = next->substr(bar1 + 1, bar2 - bar1 - 1);
      e.next_appointment_type = contact::ParseContactType(next->substr(bar2 + 1));
    }
    by_person.emplace(e.person.value(), entries.size());
    entries.push_back(std::move(e));
  }));

  // Each case's latest sentence (by sentence date, then id) and that sentence's first RAR not
  // terminated (lowest requirement id).
  struct Latest {
    std::string date;
    std::int64_t sentence = 0;
  };
  std::vector<Latest> latest(entries.size());
  auto sentences = c_.Query(
      "SELECT e.person_id, s.sentence_id, s.sentence_date, s.order_type, s.end_date,"
      " r.requirement_id, r.length"
      " FROM allocation a JOIN event e ON e.person_id = a.person_id"
      " JOIN sentence s ON s.event_id = e.event_id"
      " LEFT JOIN requirement r ON r.sentence_id = s.sentence_id"
      "  AND r.requirement_type = 'rar' AND r.status <> 'terminated'"
      " WHERE a.staff_id = $1 AND a.ended_on IS NULL",
      officer.value());
  PROBITY_TRY(sentences);
  PROBITY_TRY(ForEachRow(**sentences, [&](const Row& r) {
    auto found = by_person.find(r.Int(0));
    if (found == by_person.end()) {
      return;
    }
    app::CaseloadEntry& e = entries[found->second];
    Latest& best = latest[found->second];
    std::string date = r.Text(2);
    std::int64_t sentence = r.Int(1);
    bool later =
        best.sentence == 0 || date > best.date || (date == best.date && sentence > best.sentence);
    if (later) {
      best = {std::move(date), sentence};
      e.order_type = sentence::ParseOrderType(r.Text(3));
      e.order_end = OptDateColumn(r, 4);
      e.rar_requirement.reset();
      e.rar_days_ordered = 0;
    }
    if (sentence != best.sentence) {
      return;
    }
    if (auto requirement = r.OptInt(5);
        requirement && (!e.rar_requirement || *requirement < e.rar_requirement->value())) {
      e.rar_requirement = sentence::RequirementId(*requirement);
      e.rar_days_ordered = static_cast<int>(r.OptInt(6).value_or(0));
    }
  }));
  return entries;
}

}  // namespace probity::store
