#include "app/cases.h"

#include "app/access_policy.h"
#include "app/audit.h"
#include "app/person_lookup.h"
#include "app/ports.h"
#include "app/rar_days.h"
#include "app/tier.h"
#include "domain/person/crn.h"
#include "domain/person/search_query.h"

namespace probity::app {
namespace {

// Counts the RAR days of every RAR requirement in the record's sentences (RAR-5..RAR-7).
Status CountRar(Tx& tx, Date today, CaseRecord& record) {
  for (const auto& event : record.events) {
    for (const auto& sentence : event.sentences) {
      for (const auto& requirement : sentence.requirements) {
        if (requirement.type != sentence::RequirementType::kRehabilitationActivity) {
          continue;
        }
        auto summary = SummariseRar(tx, {&sentence, &requirement}, today);
        PROBITY_TRY(summary);
        record.rar.push_back(std::move(*summary));
      }
    }
  }
  return Ok();
}

// Loads the person and checks access; the audit entry is written by the caller's action.
Result<CaseRecord> LoadCase(const Context& ctx, const Actor& actor, Tx& tx,
                            const std::string& crn_text, bool with_contacts) {
  auto person = FindPersonFor(tx, actor, crn_text, CaseAction::kView);
  PROBITY_TRY(person);
  CaseRecord record;
  record.person = std::move(*person);
  auto area = tx.people().AreaName(record.person.home_area);
  PROBITY_TRY(area);
  record.area_name = *area;
  auto events = tx.sentences().ForPerson(record.person.id);
  PROBITY_TRY(events);
  record.events = std::move(*events);
  PROBITY_TRY(CountRar(tx, ctx.clock.Today(), record));
  auto allocation = tx.allocations().Current(record.person.id);
  PROBITY_TRY(allocation);
  record.allocation = std::move(*allocation);
  auto tier = tx.tiers().Latest(record.person.id);
  PROBITY_TRY(tier);
  if (*tier) {
    // Tiers are stored when an input is written, but the mandate for change and the women's
    // breach factor also depend on today's date: the page shows the tier as of today.
    auto current = CalculateCurrentTier(ctx, tx, record.person);
    PROBITY_TRY(current);
    if (current->result.Code() != (*tier)->result.Code()) {
      record.stale_tier = (*tier)->result.Code();
    }
    record.tier = std::move(current->result);
  }
  if (with_contacts) {
    auto contacts = tx.contacts().Recent(record.person.id, ctx.clock.Today(), kRecentContacts);
    PROBITY_TRY(contacts);
    record.recent_contacts = std::move(*contacts);
    auto upcoming = tx.contacts().Upcoming(
        record.person.id, ctx.clock.Today() + std::chrono::days(1), kRecentContacts);
    PROBITY_TRY(upcoming);
    record.upcoming = std::move(*upcoming);
  }
  return record;
}

Result<CaseRecord> ViewAudited(const Context& ctx, const Actor& actor, const std::string& crn,
                               const char* action, bool with_contacts) {
  auto tx = ctx.store.Begin(TxKind::kRead);
  PROBITY_TRY(tx);
  auto record = LoadCase(ctx, actor, **tx, crn, with_contacts);
  tx->reset();  // end the read before waiting on the audit commit
  if (!record && record.error().code == ErrorCode::kPermissionDenied) {
    // LAO-1: a refused attempt is logged too.
    PROBITY_TRY(ctx.store.RecordAudit(
        {MakeAudit(ctx, actor, std::string(action) + ".denied", "person", crn)}));
    return record;
  }
  PROBITY_TRY(record);
  // Durable before the record is shown: no consultation without its log entry (DPA 2018 s.62).
  PROBITY_TRY(
      ctx.store.RecordAudit({MakeAudit(ctx, actor, action, "person", record->person.crn.str())}));
  return record;
}

}  // namespace

Result<CaseRecord> ViewCase(const Context& ctx, const Actor& actor, const std::string& crn) {
  return ViewAudited(ctx, actor, crn, "person.view", true);
}

Result<CaseRecord> ViewSentences(const Context& ctx, const Actor& actor, const std::string& crn) {
  return ViewAudited(ctx, actor, crn, "person.sentences.view", false);
}

Result<std::vector<RarSummary>> ViewRarStatuses(const Context& ctx, const Actor& actor,
                                                const std::string& crn) {
  auto record = ViewAudited(ctx, actor, crn, "person.rar.view", false);
  PROBITY_TRY(record);
  return std::move(record->rar);
}

Result<RarSummary> ViewRarStatus(const Context& ctx, const Actor& actor, const std::string& crn,
                                 std::int64_t requirement) {
  if (requirement <= 0) {
    return InvalidArgument("requirementId", "INVALID_FORMAT",
                           "A requirement id is a positive whole number");
  }
  auto statuses = ViewRarStatuses(ctx, actor, crn);
  PROBITY_TRY(statuses);
  for (auto& summary : *statuses) {
    if (summary.requirement.value() == requirement) {
      return std::move(summary);
    }
  }
  return NotFound(crn + " has no RAR requirement with id " + std::to_string(requirement));
}

Result<SearchResult> SearchPeople(const Context& ctx, const Actor& actor, const std::string& q,
                                  const std::string& date_of_birth) {
  PROBITY_TRY(CheckSearchAccess(actor));
  auto query = person::ParseSearchQuery(q, date_of_birth);
  PROBITY_TRY(query);
  auto tx = ctx.store.Begin(TxKind::kRead);
  PROBITY_TRY(tx);
  auto people = (*tx)->people().Search(*query, kSearchLimit + 1);
  tx->reset();
  PROBITY_TRY(people);
  SearchResult result;
  result.truncated = static_cast<int>(people->size()) > kSearchLimit;
  if (result.truncated) {
    people->pop_back();
  }
  result.people = std::move(*people);
  std::string searched = q + (date_of_birth.empty() ? "" : " born " + date_of_birth);
  PROBITY_TRY(ctx.store.RecordAudit({MakeAudit(ctx, actor, "person.search", "search", searched)}));
  return result;
}

}  // namespace probity::app
