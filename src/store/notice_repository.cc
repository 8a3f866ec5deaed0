#include "store/repositories.h"

namespace probity::store {

Result<int> SqlNoticeRepository::LinkPeople(std::int64_t notice,
                                            const std::vector<person::PersonId>& people) {
  int added = 0;
  for (person::PersonId person : people) {
    auto link = c_.Query(
        "INSERT INTO notice_person (notice_id, person_id) VALUES ($1, $2)"
        " ON CONFLICT DO NOTHING",
        notice, person.value());
    PROBITY_TRY(link);
    PROBITY_TRY((*link)->Run());
    added += static_cast<int>((*link)->changes());
  }
  return added;
}

Result<std::int64_t> SqlNoticeRepository::Insert(const app::Notice& n,
                                                 const std::vector<person::PersonId>& people) {
  if (!n.dedupe_key.empty()) {
    auto existing =
        c_.Query("SELECT notice_id, body FROM notice WHERE staff_id = $1 AND dedupe_key = $2",
                 n.staff.value(), n.dedupe_key);
    PROBITY_TRY(existing);
    std::optional<std::pair<std::int64_t, std::string>> found;
    PROBITY_TRY(ForEachRow(**existing, [&](const Row& r) { found.emplace(r.Int(0), r.Text(1)); }));
    if (found) {
      // Something new (another person, other words) raises the notice again; a plain retry
      // changes nothing.
      auto added = LinkPeople(found->first, people);
      PROBITY_TRY(added);
      bool new_words = found->second.find(n.body) == std::string::npos;
      if (new_words || *added > 0) {
        auto update = c_.Query(
            "UPDATE notice SET body = CASE WHEN $3 = 1 THEN body || ' ' || $2 ELSE body END,"
            " read_at = NULL WHERE notice_id = $1",
            found->first, n.body, std::int64_t{new_words ? 1 : 0});
        PROBITY_TRY(update);
        PROBITY_TRY((*update)->Run());
      }
      return found->first;
    }
  }
  auto q = c_.Query(
      "INSERT INTO notice (staff_id, created_at, kind, title, body, dedupe_key)"
      " VALUES ($1, $2, $3, $4, $5, $6) RETURNING notice_id",
      n.staff.value(), FormatInstant(n.created_at), n.kind, n.title, n.body,
      n.dedupe_key.empty() ? std::nullopt : std::optional<std::string>(n.dedupe_key));
  PROBITY_TRY(q);
  auto id = InsertReturningId(**q);
  PROBITY_TRY(id);
  PROBITY_TRY(LinkPeople(*id, people));
  return id;
}

Result<std::vector<app::Notice>> SqlNoticeRepository::Read(Statement& statement) {
  std::vector<app::Notice> notices;
  PROBITY_TRY(ForEachRow(statement, [&](const Row& r) {
    app::Notice n;
    n.id = r.Int(0);
    n.staff = org::StaffId(r.Int(1));
    n.created_at = ParseInstant(r.Text(2)).value_or(Instant{});
    n.kind = r.Text(3);
    n.title = r.Text(4);
    n.body = r.Text(5);
    n.read = !r.IsNull(6);
    n.dedupe_key = r.IsNull(7) ? "" : r.Text(7);
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

Result<std::vector<app::Notice>> SqlNoticeRepository::ForStaff(org::StaffId staff, int limit) {
  auto q = c_.Query(
      "SELECT notice_id, staff_id, created_at, kind, title, body, read_at, dedupe_key FROM notice"
      " WHERE staff_id = $1 ORDER BY notice_id DESC LIMIT $2",
      staff.value(), limit);
  PROBITY_TRY(q);
  return Read(**q);
}

Result<std::vector<app::Notice>> SqlNoticeRepository::ForPerson(person::PersonId person,
                                                                int limit) {
  auto q = c_.Query(
      "SELECT n.notice_id, n.staff_id, n.created_at, n.kind, n.title, n.body, n.read_at,"
      " n.dedupe_key FROM notice n JOIN notice_person np ON np.notice_id = n.notice_id"
      " WHERE np.person_id = $1 ORDER BY n.notice_id DESC LIMIT $2",
      person.value(), limit);
  PROBITY_TRY(q);
  return Read(**q);
}

Result<bool> SqlNoticeRepository::MarkRead(std::int64_t id, org::StaffId staff, Instant at) {
  auto q = c_.Query(
      "UPDATE notice SET read_at = COALESCE(read_at, $3) WHERE notice_id = $1 AND staff_id = $2",
      id, staff.value(), FormatInstant(at));
  PROBITY_TRY(q);
  PROBITY_TRY((*q)->Run());
  return (*q)->changes() == 1;
}

Result<int> SqlNoticeRepository::MarkDayRead(org::StaffId staff, Date day, Instant at) {
  // created_at is "YYYY-MM-DDTHH:MM:SSZ": the day is its first ten characters.
  auto q = c_.Query(
      "UPDATE notice SET read_at = $3 WHERE staff_id = $1 AND read_at IS NULL"
      " AND created_at >= $2 AND created_at < $4",
      staff.value(), FormatDate(day), FormatInstant(at), FormatDate(day + std::chrono::days{1}));
  PROBITY_TRY(q);
  PROBITY_TRY((*q)->Run());
  return static_cast<int>((*q)->changes());
}

Result<bool> SqlNoticeRepository::DailyDigest(org::StaffId staff) {
  auto q =
      c_.Query("SELECT daily_digest FROM notice_preference WHERE staff_id = $1", staff.value());
  PROBITY_TRY(q);
  bool on = false;
  PROBITY_TRY(ForEachRow(**q, [&](const Row& r) { on = r.Int(0) == 1; }));
  return on;
}

Status SqlNoticeRepository::SetDailyDigest(org::StaffId staff, bool on) {
  auto q = c_.Query(
      "INSERT INTO notice_preference (staff_id, daily_digest) VALUES ($1, $2)"
      " ON CONFLICT (staff_id) DO UPDATE SET daily_digest = excluded.daily_digest",
      staff.value(), std::int64_t{on ? 1 : 0});
  PROBITY_TRY(q);
  return (*q)->Run();
}

}  // namespace probity::store
