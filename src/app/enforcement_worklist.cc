#include "app/enforcement_worklist.h"

#include <algorithm>
#include <array>
#include <chrono>

#include "app/access_policy.h"
#include "app/audit.h"
#include "app/enforcement_orders.h"
#include "app/ports.h"
#include "domain/calendar/working_days.h"

namespace probity::app {
namespace {

using enforcement::FailureStatus;

std::optional<WorkKind> KindFor(FailureStatus status) {
  switch (status) {
    case FailureStatus::kAwaitingDecision:
      return WorkKind::kDecide;
    case FailureStatus::kAwaitingEvidence:
      return WorkKind::kWaitingEvidence;
    case FailureStatus::kWarnOrBreach:
      return WorkKind::kWarnOrBreach;
    case FailureStatus::kBreachRequired:
      return WorkKind::kBreachRequired;
    default:
      return std::nullopt;
  }
}

WorkItem Item(WorkKind kind, const EnforcementCase& who, const FailureRecord& f, Date due,
              Date since, Date today, std::string explanation) {
  WorkItem item;
  item.kind = kind;
  item.person = who;
  item.contact = f.contact.value();
  item.failure_date = f.date;
  item.outcome = f.outcome;
  item.due = due;
  item.waited_working_days = calendar::WorkingDaysAfter(since, today);
  item.overdue = today > due;
  item.explanation = std::move(explanation);
  return item;
}

// The items one person's orders need, appended to `out`.
void AddItems(const EnforcementRecords& records, const EnforcementCase& who, Date today,
              std::vector<WorkItem>& out) {
  for (const auto& order : AssessOrders(records, who.person, today)) {
    for (const auto& state : order.state.failures) {
      auto kind = KindFor(state.status);
      if (!kind) {
        continue;
      }
      const FailureRecord* record = nullptr;
      for (const auto& f : order.failures) {
        if (f.contact.value() == state.id) {
          record = &f;
        }
      }
      Date due = state.decide_by.value_or(state.action_due);
      out.push_back(Item(*kind, who, *record, due, state.date, today, state.explanation));
    }
    for (const auto& a : order.actions) {
      bool decided = std::any_of(order.court_outcomes.begin(), order.court_outcomes.end(),
                                 [&](const CourtOutcomeRecord& c) { return c.action == a.id; });
      if (a.kind != enforcement::ActionKind::kBreach || a.withdrawn || a.submitted_at || decided) {
        continue;
      }
      const auto rule = enforcement::RuleFor(order.order.type, a.date);
      int within = rule ? rule->breach_pack_working_days : 10;
      FailureRecord failure;
      failure.contact = a.failure;
      failure.date = a.date;
      for (const auto& f : order.failures) {
        if (f.contact == a.failure) {
          failure = f;
        }
      }
      WorkItem item =
          Item(WorkKind::kSubmitBreachPack, who, failure, calendar::AddWorkingDays(a.date, within),
               a.date, today,
               "Breach started on " + FormatDate(a.date) + ": review and submit the breach pack.");
      item.action = a.id;
      out.push_back(std::move(item));
    }
  }
}

}  // namespace

const char* WorkKindCode(WorkKind kind) {
  static constexpr std::array<const char*, 5> kCodes = {
      "decide", "waiting_for_evidence", "warn_or_breach", "breach_required", "submit_breach_pack"};
  return kCodes[static_cast<std::size_t>(kind)];
}

const char* WorkKindName(WorkKind kind) {
  static constexpr std::array<const char*, 5> kNames = {
      "Decide on the failure", "Waiting for evidence", "Give a warning or start breach",
      "Start breach", "Submit the breach pack"};
  return kNames[static_cast<std::size_t>(kind)];
}

Result<Worklist> ViewWorklist(const Context& ctx, const Actor& actor, const std::string& team_code,
                              const std::string& staff_code) {
  if (!team_code.empty() && !staff_code.empty()) {
    return InvalidArgument("officer", "ONE_SCOPE",
                           "Give either a team code or an officer's staff code, not both.");
  }
  if (team_code.empty() && staff_code.empty() && !actor.staff) {
    return InvalidArgument("team", "REQUIRED",
                           "Give a team code or an officer's staff code: you have no caseload.");
  }
  const Date today = ctx.clock.Today();
  auto tx = ctx.store.Begin(TxKind::kRead);
  PROBITY_TRY(tx);
  CaseloadScope scope;
  Worklist list;
  list.today = today;
  if (!team_code.empty()) {
    auto team = (*tx)->org().FindTeamByCode(team_code);
    PROBITY_TRY(team);
    if (!*team) {
      return NotFound("No team has the code " + team_code);
    }
    bool own_team = false;
    if (actor.staff) {
      auto me = (*tx)->org().FindStaff(*actor.staff);
      PROBITY_TRY(me);
      own_team = *me && (*me)->team == **team;
    }
    if (!own_team) {
      PROBITY_TRY(CheckTeamOversightAccess(actor));
    }
    scope.team = *team;
    list.scope = "team " + team_code;
  } else {
    auto officer = staff_code.empty() ? (*tx)->org().FindStaff(*actor.staff)
                                      : (*tx)->org().FindStaffByCode(staff_code);
    PROBITY_TRY(officer);
    if (!*officer) {
      return NotFound("No officer has the staff code " + staff_code);
    }
    PROBITY_TRY(CheckCaseloadAccess(actor, (*officer)->id));
    scope.officer = (*officer)->id;
    list.scope = "officer " + (*officer)->code;
  }
  auto records =
      (*tx)->enforcement().OpenForCaseload(scope, today - std::chrono::days{kWorklistLookbackDays});
  tx->reset();
  PROBITY_TRY(records);
  std::vector<AuditEntry> audit;
  for (const auto& who : records->cases) {
    std::size_t before = list.items.size();
    AddItems(*records, who, today, list.items);
    if (list.items.size() > before) {
      audit.push_back(MakeAudit(ctx, actor, "enforcement.worklist.view", "person", who.crn));
    }
  }
  std::stable_sort(list.items.begin(), list.items.end(), [](const WorkItem& a, const WorkItem& b) {
    if (a.overdue != b.overdue) {
      return a.overdue;
    }
    return a.due < b.due;
  });
  list.overdue = static_cast<int>(std::count_if(list.items.begin(), list.items.end(),
                                                [](const WorkItem& i) { return i.overdue; }));
  if (!audit.empty()) {
    PROBITY_TRY(ctx.store.RecordAudit(std::move(audit)));
  }
  return list;
}

}  // namespace probity::app
