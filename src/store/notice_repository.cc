#include "store/repositories.h"

namespace probity::store {

Result<std::int64_t> SqlNoticeRepository::Insert(const app::Notice& n,
                                                 const std::vector<person::PersonId>& people) {
  auto q = c_.Query(
      "INSERT INTO notice (staff_id, created_at, kind, title, body)"
      " VALUES ($1, $2, $3, $4, $5) RETURNING notice_id",
      n.staff.value(), FormatInstant(n.created_at), n.kind, n.title, n.body);
  PROBITY_TRY(q);
  auto id = InsertReturningId(**q);
  PROBITY_TRY(id);
  for (person::PersonId person : people) {
    auto link = c_.Query(
        "INSERT INTO notice_person (notice_id, person_id) VALUES ($1, $2)"
        " ON CONFLICT DO NOTHING",
        *id, person.value());
    PROBITY_TRY(link);
    PROBITY_TRY((*link)->Run());
  }
  return id;
}

Result<std::vector<app::Notice>> SqlNoticeRepository::ForStaff(org::StaffId staff, int limit) {
  auto q = c_.Query(
      "SELECT notice_id, created_at, kind, title, body, read_at FROM notice"
      " WHERE staff_id = $1 ORDER BY notice_id DESC LIMIT $2",
      staff.value(), limit);
  PROBITY_TRY(q);
  std::vector<app::Notice> notices;
  PROBITY_TRY(ForEachRow(**q, [&](const Row& r) {
    app::Notice n;
    n.id = r.Int(0);
    n.staff = staff;
    n.created_at = ParseInstant(r.Text(1)).value_or(Instant{});
    n.kind = r.Text(2);
    n.title = r.Text(3);
    n.body = r.Text(4);
    n.read = !r.IsNull(5);
    notices.push_back(std::move(n));
  }));
  for (auto& n : notices) {
    auto people = c_.Query(
        "SELECT p.crn FROM notice_person np JOIN person p ON p.person_id = np.person_id"
        " WHERE np.notice_id = $1 ORDER BY p.crn",
        n.id);
    PROBITY_TRY(people);
    PROBITY_TRY(ForEachRow(**people, [&](const Row& r) { n.crns.push_back(r.Text(0)); }));
  }
  return notices;
}

Result<bool> SqlNoticeRepository::MarkRead(std::int64_t id, org::StaffId staff, Instant at) {
  auto q = c_.Query(
      "UPDATE notice SET read_at = COALESCE(read_at, $3) WHERE notice_id = $1 AND staff_id = $2",
      id, staff.value(), FormatInstant(at));
  PROBITY_TRY(q);
  PROBITY_TRY((*q)->Run());
  return (*q)->changes() == 1;
}

}  // namespace probity::store
