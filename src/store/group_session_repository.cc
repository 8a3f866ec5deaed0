#include "store/repositories.h"

namespace probity::store {

Result<std::int64_t> SqlGroupSessionRepository::Insert(const app::GroupSession& s, Instant at,
                                                       const std::string& by) {
  auto q = c_.Query(
      "INSERT INTO group_session (title, contact_type, session_date, start_time, location,"
      " staff_id, provider, status, created_at, created_by)"
      " VALUES ($1, $2, $3, $4, $5, $6, $7, 'scheduled', $8, $9) RETURNING group_session_id",
      s.title, contact::ContactTypeCode(s.type), FormatDate(s.date), s.start_time, s.location,
      OptId(s.staff), s.provider, FormatInstant(at), by);
  PROBITY_TRY(q);
  return InsertReturningId(**q);
}

Result<std::optional<app::GroupSession>> SqlGroupSessionRepository::Find(std::int64_t id) {
  auto q = c_.Query(
      "SELECT group_session_id, title, contact_type, session_date, start_time, location,"
      " staff_id, provider, status FROM group_session WHERE group_session_id = $1",
      id);
  PROBITY_TRY(q);
  std::optional<app::GroupSession> found;
  PROBITY_TRY(ForEachRow(**q, [&](const Row& r) {
    app::GroupSession s;
    s.id = r.Int(0);
    s.title = r.Text(1);
    s.type = contact::ParseContactType(r.Text(2)).value_or(contact::ContactType::kOther);
    s.date = DateColumn(r, 3);
    s.start_time = r.Text(4);
    s.location = r.Text(5);
    if (auto staff = r.OptInt(6)) {
      s.staff = org::StaffId(*staff);
    }
    s.provider = r.Text(7);
    s.cancelled = r.Text(8) == "cancelled";
    found = std::move(s);
  }));
  return found;
}

Result<std::vector<app::GroupAttendee>> SqlGroupSessionRepository::Attendees(std::int64_t id) {
  auto q = c_.Query(
      "SELECT c.contact_id, c.person_id, p.crn, p.first_name || ' ' || p.surname,"
      " c.requirement_id, c.outcome, a.staff_id"
      " FROM contact c JOIN person p ON p.person_id = c.person_id"
      " LEFT JOIN allocation a ON a.person_id = c.person_id AND a.ended_on IS NULL"
      " WHERE c.group_session_id = $1 ORDER BY p.surname, p.first_name, c.contact_id",
      id);
  PROBITY_TRY(q);
  std::vector<app::GroupAttendee> attendees;
  PROBITY_TRY(ForEachRow(**q, [&](const Row& r) {
    app::GroupAttendee a;
    a.contact = contact::ContactId(r.Int(0));
    a.person = person::PersonId(r.Int(1));
    a.crn = r.Text(2);
    a.name = r.Text(3);
    if (auto requirement = r.OptInt(4)) {
      a.requirement = sentence::RequirementId(*requirement);
    }
    a.outcome = r.IsNull(5) ? std::nullopt : contact::ParseOutcome(r.Text(5));
    if (auto officer = r.OptInt(6)) {
      a.officer = org::StaffId(*officer);
    }
    attendees.push_back(std::move(a));
  }));
  return attendees;
}

Status SqlGroupSessionRepository::Cancel(std::int64_t id, const std::string& reason, Instant at,
                                         const std::string& by) {
  auto session =
      c_.Query("UPDATE group_session SET status = 'cancelled' WHERE group_session_id = $1", id);
  PROBITY_TRY(session);
  PROBITY_TRY((*session)->Run());
  // APPW: the service withdrew the appointment, which releases the RAR date (RAR-6).
  auto contacts = c_.Query(
      "UPDATE contact SET outcome = 'APPW', outcome_reason = $2, outcome_recorded_at = $3,"
      " outcome_recorded_by = $4 WHERE group_session_id = $1 AND outcome IS NULL",
      id, reason, FormatInstant(at), by);
  PROBITY_TRY(contacts);
  return (*contacts)->Run();
}

Status SqlGroupSessionRepository::Move(std::int64_t id, Date date, const std::string& start_time) {
  auto session = c_.Query(
      "UPDATE group_session SET session_date = $2, start_time = $3 WHERE group_session_id = $1", id,
      FormatDate(date), start_time);
  PROBITY_TRY(session);
  PROBITY_TRY((*session)->Run());
  auto contacts = c_.Query(
      "UPDATE contact SET contact_date = $2, start_time = $3"
      " WHERE group_session_id = $1 AND outcome IS NULL",
      id, FormatDate(date), start_time);
  PROBITY_TRY(contacts);
  return (*contacts)->Run();
}

}  // namespace probity::store
