#include "store/repositories.h"

namespace probity::store {

Status SqlAuditRepository::Append(const app::AuditEntry& e) {
  auto q = c_.Query(
      "INSERT INTO audit_event (occurred_at, username, role, action, record_type, record_id,"
      " request_id, reason) VALUES ($1, $2, $3, $4, $5, $6, $7, $8)",
      FormatInstant(e.occurred_at), e.username, e.role, e.action, e.record_type, e.record_id,
      e.request_id, e.reason);
  PROBITY_TRY(q);
  return (*q)->Run();
}

Result<std::vector<app::AuditEntry>> SqlAuditRepository::ForRecord(const std::string& record_type,
                                                                   const std::string& record_id,
                                                                   int limit) {
  auto q = c_.Query(
      "SELECT occurred_at, username, role, action, record_type, record_id, request_id, reason"
      " FROM audit_event WHERE record_type = $1 AND record_id = $2"
      " ORDER BY audit_event_id DESC LIMIT $3",
      record_type, record_id, limit);
  PROBITY_TRY(q);
  std::vector<app::AuditEntry> entries;
  while (true) {
    auto more = (*q)->Step();
    PROBITY_TRY(more);
    if (!*more) {
      break;
    }
    const Row& r = (*q)->row();
    entries.push_back({ParseInstant(r.Text(0)).value_or(Instant{}), r.Text(1), r.Text(2), r.Text(3),
                       r.Text(4), r.Text(5), r.Text(6), r.Text(7)});
  }
  return entries;
}

}  // namespace probity::store
