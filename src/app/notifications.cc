#include "app/notifications.h"

#include <chrono>
#include <map>
#include <set>

#include "app/audit.h"

namespace probity::app {
namespace {

// Notices shown at most on the notices page.
constexpr int kNoticeLimit = 100;

// One digest per day of `notices` (newest day first), as the notices page shows them.
std::vector<Notice> Digests(const std::vector<Notice>& notices) {
  std::map<Date, std::vector<const Notice*>, std::greater<>> by_day;
  for (const auto& n : notices) {
    by_day[std::chrono::floor<std::chrono::days>(n.created_at)].push_back(&n);
  }
  std::vector<Notice> digests;
  for (const auto& [day, items] : by_day) {
    Notice d;
    d.staff = items.front()->staff;
    d.created_at = items.front()->created_at;
    d.kind = "digest";
    d.digest_of = day;
    d.title = "Daily digest for " + FormatDateLong(day) + ": " + std::to_string(items.size()) +
              (items.size() == 1 ? " notice" : " notices");
    d.read = true;
    std::set<std::string> crns;
    for (const Notice* n : items) {
      d.body += (d.body.empty() ? "" : "\n") + n->title + ". " + n->body;
      d.read = d.read && n->read;
      crns.insert(n->crns.begin(), n->crns.end());
    }
    d.crns.assign(crns.begin(), crns.end());
    digests.push_back(std::move(d));
  }
  return digests;
}

}  // namespace

Result<std::vector<Notice>> NotifyOfficers(Tx& tx, const std::vector<NoticeRecipient>& recipients,
                                           const Notice& notice) {
  std::map<std::int64_t, std::vector<const NoticeRecipient*>> by_officer;
  for (const auto& r : recipients) {
    auto& people = by_officer[r.officer.value()];
    bool listed = false;
    for (const auto* p : people) {
      listed = listed || p->person == r.person;
    }
    if (!listed) {
      people.push_back(&r);
    }
  }
  std::vector<Notice> sent;
  for (const auto& [officer, people] : by_officer) {
    Notice n = notice;
    n.staff = org::StaffId(officer);
    std::vector<person::PersonId> ids;
    n.body += people.size() == 1 ? " Your case affected:" : " Your cases affected:";
    for (const NoticeRecipient* p : people) {
      n.body += " " + p->name + " (" + p->crn + ")" + (p == people.back() ? "." : ",");
      n.crns.push_back(p->crn);
      ids.push_back(p->person);
    }
    auto id = tx.notices().Insert(n, ids);
    PROBITY_TRY(id);
    n.id = *id;
    sent.push_back(std::move(n));
  }
  return sent;
}

Result<std::vector<Notice>> ViewNotices(const Context& ctx, const Actor& actor) {
  if (!actor.staff) {
    return std::vector<Notice>();
  }
  auto tx = ctx.store.Begin(TxKind::kRead);
  PROBITY_TRY(tx);
  auto notices = (*tx)->notices().ForStaff(*actor.staff, kNoticeLimit);
  PROBITY_TRY(notices);
  auto digest = (*tx)->notices().DailyDigest(*actor.staff);
  tx->reset();
  PROBITY_TRY(digest);
  // A notice names people: showing it is a read of their records (DPA 2018 s.62).
  std::set<std::string> crns;
  for (const auto& n : *notices) {
    crns.insert(n.crns.begin(), n.crns.end());
  }
  std::vector<AuditEntry> entries;
  entries.reserve(crns.size());
  for (const auto& crn : crns) {
    entries.push_back(MakeAudit(ctx, actor, "notices.view", "person", crn));
  }
  PROBITY_TRY(ctx.store.RecordAudit(std::move(entries)));
  if (*digest) {
    return Digests(*notices);
  }
  return notices;
}

Status MarkNoticeRead(const Context& ctx, const Actor& actor, std::int64_t id) {
  if (!actor.staff) {
    return NotFound("You have no notices");
  }
  auto tx = ctx.store.Begin(TxKind::kWrite);
  PROBITY_TRY(tx);
  auto marked = (*tx)->notices().MarkRead(id, *actor.staff, ctx.clock.Now());
  PROBITY_TRY(marked);
  if (!*marked) {
    return NotFound("You have no notice with id " + std::to_string(id));
  }
  return (*tx)->Commit();
}

Result<int> MarkDigestRead(const Context& ctx, const Actor& actor, const std::string& day) {
  auto date = ParseDate(day);
  if (!date) {
    return InvalidArgument("date", "INVALID_FORMAT", "A digest's day is YYYY-MM-DD");
  }
  if (!actor.staff) {
    return NotFound("You have no notices");
  }
  auto tx = ctx.store.Begin(TxKind::kWrite);
  PROBITY_TRY(tx);
  auto marked = (*tx)->notices().MarkDayRead(*actor.staff, *date, ctx.clock.Now());
  PROBITY_TRY(marked);
  PROBITY_TRY((*tx)->Commit());
  return marked;
}

Status SetDailyDigest(const Context& ctx, const Actor& actor, bool on) {
  if (!actor.staff) {
    return FailedPrecondition("Only staff with a caseload receive notices");
  }
  auto tx = ctx.store.Begin(TxKind::kWrite);
  PROBITY_TRY(tx);
  PROBITY_TRY((*tx)->notices().SetDailyDigest(*actor.staff, on));
  PROBITY_TRY(
      (*tx)->audit().Append(MakeAudit(ctx, actor, on ? "notices.digest.on" : "notices.digest.off",
                                      "staff", std::to_string(actor.staff->value()))));
  return (*tx)->Commit();
}

}  // namespace probity::app
