#include <sstream>

#include "store/repositories.h"

namespace probity::store {

Result<std::optional<app::AllocationView>> SqlAllocationRepository::Current(
    person::PersonId person) {
  auto q = c_.Query(
      "SELECT a.organisation_id, a.team_id, a.staff_id, a.allocated_on, o.name, ar.name, t.name,"
      " s.first_name || ' ' || s.surname, s.code"
      " FROM allocation a JOIN organisation o ON o.organisation_id = a.organisation_id"
      " JOIN team t ON t.team_id = a.team_id JOIN area ar ON ar.area_id = t.area_id"
      " JOIN staff s ON s.staff_id = a.staff_id"
      " WHERE a.person_id = $1 AND a.ended_on IS NULL",
      person.value());
  PROBITY_TRY(q);
  auto found = (*q)->Step();
  PROBITY_TRY(found);
  if (!*found) {
    return std::optional<app::AllocationView>();
  }
  const Row& r = (*q)->row();
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
  PROBITY_TRY((*q)->Run());
  return std::optional<app::AllocationView>(std::move(v));
}

Status SqlAllocationRepository::Allocate(person::PersonId person, const org::Allocation& a) {
  auto end =
      c_.Query("UPDATE allocation SET ended_on = $2 WHERE person_id = $1 AND ended_on IS NULL",
               person.value(), FormatDate(a.allocated_on));
  PROBITY_TRY(end);
  PROBITY_TRY((*end)->Run());
  auto insert = c_.Query(
      "INSERT INTO allocation (person_id, organisation_id, team_id, staff_id, allocated_on)"
      " VALUES ($1, $2, $3, $4, $5)",
      person.value(), a.organisation.value(), a.team.value(), a.officer.value(),
      FormatDate(a.allocated_on));
  PROBITY_TRY(insert);
  return (*insert)->Run();
}

Result<std::vector<app::CaseloadEntry>> SqlAllocationRepository::Caseload(org::StaffId officer,
                                                                          Date today) {
  // The latest sentence of each case, its RAR (if any), and the next unrecorded appointment.
  auto q = c_.Query(
      "SELECT p.person_id, p.crn, p.first_name, p.surname, p.tier, p.registers,"
      " s.order_type, s.end_date, r.requirement_id, r.length,"
      " (SELECT c.contact_date || '|' || c.start_time || '|' || c.contact_type FROM contact c"
      "   WHERE c.person_id = p.person_id AND c.contact_date >= $2 AND c.outcome IS NULL"
      "   ORDER BY c.contact_date, c.start_time LIMIT 1)"
      " FROM allocation a JOIN person p ON p.person_id = a.person_id"
      " LEFT JOIN sentence s ON s.sentence_id = ("
      "   SELECT s2.sentence_id FROM event e2 JOIN sentence s2 ON s2.event_id = e2.event_id"
      "   WHERE e2.person_id = p.person_id ORDER BY s2.sentence_date DESC, s2.sentence_id DESC"
      "   LIMIT 1)"
      " LEFT JOIN requirement r ON r.requirement_id = ("
      "   SELECT r2.requirement_id FROM requirement r2 WHERE r2.sentence_id = s.sentence_id"
      "   AND r2.requirement_type = 'rar' AND r2.status <> 'terminated'"
      "   ORDER BY r2.requirement_id LIMIT 1)"
      " WHERE a.staff_id = $1 AND a.ended_on IS NULL"
      " ORDER BY p.surname, p.first_name, p.crn",
      officer.value(), FormatDate(today));
  PROBITY_TRY(q);
  std::vector<app::CaseloadEntry> entries;
  while (true) {
    auto more = (*q)->Step();
    PROBITY_TRY(more);
    if (!*more) {
      break;
    }
    const Row& r = (*q)->row();
    app::CaseloadEntry e;
    e.person = person::PersonId(r.Int(0));
    e.crn = r.Text(1);
    e.first_name = r.Text(2);
    e.surname = r.Text(3);
    e.tier = r.Text(4);
    std::istringstream codes(r.Text(5));
    std::string code;
    while (codes >> code) {
      if (auto reg = person::ParseRegister(code)) {
        e.registers.push_back(*reg);
      }
    }
    if (!r.IsNull(6)) {
      e.order_type = sentence::ParseOrderType(r.Text(6));
      e.order_end = OptDateColumn(r, 7);
    }
    if (auto requirement = r.OptInt(8)) {
      e.rar_requirement = sentence::RequirementId(*requirement);
      e.rar_days_ordered = static_cast<int>(r.OptInt(9).value_or(0));
    }
    if (auto next = r.OptText(10)) {
      auto bar1 = next->find('|');
      auto bar2 = next->find('|', bar1 + 1);
      e.next_appointment = ParseDate(next->substr(0, bar1));
      e.next_appointment_time = next->substr(bar1 + 1, bar2 - bar1 - 1);
      e.next_appointment_type = contact::ParseContactType(next->substr(bar2 + 1));
    }
    entries.push_back(std::move(e));
  }
  return entries;
}

}  // namespace probity::store
