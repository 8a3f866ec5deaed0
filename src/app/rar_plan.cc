#include "app/rar_plan.h"

#include "app/access_policy.h"
#include "app/audit.h"
#include "app/rar_days.h"

namespace probity::app {
namespace {

// Rows the manager's list shows at most.
constexpr int kMissingCompletionLimit = 200;

// Loads everything a plan view shows, in the caller's transaction. `version` 0: the newest.
Result<RarPlanView> Load(const Context& ctx, Tx& tx, const Actor& actor, const std::string& crn,
                         std::int64_t requirement, int version, CaseAction action) {
  auto found = FindPersonRequirement(tx, actor, crn, requirement, action);
  PROBITY_TRY(found);
  if (!*found ||
      (*found)->ref.requirement->type != sentence::RequirementType::kRehabilitationActivity) {
    return NotFound(crn + " has no RAR requirement with id " + std::to_string(requirement));
  }
  const person::Person* person = &(*found)->person;
  const RequirementRef* ref = &(*found)->ref;
  auto rar = SummariseRar(tx, *ref, ctx.clock.Today());
  PROBITY_TRY(rar);
  RarPlanView view;
  view.crn = person->crn.str();
  view.person_name = person->FullName();
  view.date_of_birth = person->date_of_birth;
  view.requirement = ref->requirement->id;
  view.order_start = ref->sentence->sentence_date;
  view.order_end = ref->sentence->end_date;
  view.rar = std::move(*rar);
  auto allocation = tx.allocations().Current(person->id);
  PROBITY_TRY(allocation);
  if (*allocation) {
    view.officer_name = (*allocation)->officer_name;
  }
  auto latest = tx.rar_plans().Latest(view.requirement);
  PROBITY_TRY(latest);
  view.latest_version = *latest ? (*latest)->version : 0;
  if (version > 0 && version != view.latest_version) {
    auto asked = tx.rar_plans().Version(view.requirement, version);
    PROBITY_TRY(asked);
    if (!*asked) {
      return NotFound("This RAR's plan has no version " + std::to_string(version));
    }
    view.plan = std::move(*asked);
  } else {
    view.plan = std::move(*latest);
  }
  if (view.plan) {
    view.check = plan::CheckPlan(*view.plan, view.rar.days.ordered);
  }
  auto completion = tx.rar_plans().FindCompletion(view.requirement);
  PROBITY_TRY(completion);
  view.completion = std::move(*completion);
  return view;
}

std::string RecordId(const RarPlanView& view) {
  return view.crn + "/requirement/" + std::to_string(view.requirement.value());
}

// Runs `change` on the loaded view inside a write transaction; audits it as `action`.
template <typename Change>
Result<RarPlanView> ChangePlan(const Context& ctx, const Actor& actor, const std::string& crn,
                               std::int64_t requirement, const char* action, Change change) {
  auto tx = ctx.store.Begin(TxKind::kWrite);
  PROBITY_TRY(tx);
  auto view = Load(ctx, **tx, actor, crn, requirement, 0, CaseAction::kChange);
  PROBITY_TRY(view);
  if (view->completion) {
    return FailedPrecondition("This RAR was completed on " +
                              FormatDate(view->completion->completed.completed_on) +
                              "; its plan can no longer change");
  }
  PROBITY_TRY(change(**tx, *view));
  PROBITY_TRY((*tx)->audit().Append(MakeAudit(ctx, actor, action, "person", RecordId(*view))));
  auto saved = Load(ctx, **tx, actor, crn, requirement, 0, CaseAction::kChange);
  PROBITY_TRY(saved);
  PROBITY_TRY((*tx)->Commit());
  return saved;
}

}  // namespace

Result<RarPlanView> ViewRarPlan(const Context& ctx, const Actor& actor, const std::string& crn,
                                std::int64_t requirement, int version) {
  auto tx = ctx.store.Begin(TxKind::kRead);
  PROBITY_TRY(tx);
  auto view = Load(ctx, **tx, actor, crn, requirement, version, CaseAction::kView);
  tx->reset();
  PROBITY_TRY(view);
  PROBITY_TRY(
      ctx.store.RecordAudit({MakeAudit(ctx, actor, "person.rar_plan.view", "person", view->crn)}));
  return view;
}

Result<RarPlanView> SaveRarPlan(const Context& ctx, const Actor& actor, const std::string& crn,
                                std::int64_t requirement, plan::Plan draft) {
  return ChangePlan(
      ctx, actor, crn, requirement, "person.rar_plan.save",
      [&](Tx& tx, const RarPlanView& view) -> Status {
        int ordered = view.rar.days.ordered;
        plan::PlanCheck dates;
        dates.errors = plan::CheckActivityDates(draft, view.order_start, view.rar.period_end);
        PROBITY_TRY(plan::AsStatus(dates));
        if (view.plan && view.plan->status == plan::PlanStatus::kAgreed) {
          auto next = plan::AmendPlan(*view.plan, std::move(draft), ordered);  // RAR-8
          PROBITY_TRY(next);
          return tx.rar_plans().Save(view.requirement, *next, ctx.clock.Now(), actor.username);
        }
        draft.version = view.plan ? view.plan->version : 1;
        draft.status = plan::PlanStatus::kDraft;
        draft.agreed_on.reset();
        PROBITY_TRY(plan::AsStatus(plan::CheckPlan(draft, ordered)));
        return tx.rar_plans().Save(view.requirement, draft, ctx.clock.Now(), actor.username);
      });
}

Result<RarPlanView> AgreeRarPlan(const Context& ctx, const Actor& actor, const std::string& crn,
                                 std::int64_t requirement) {
  return ChangePlan(
      ctx, actor, crn, requirement, "person.rar_plan.agree",
      [&](Tx& tx, const RarPlanView& view) -> Status {
        if (!view.plan) {
          return FailedPrecondition("There is no draft plan to agree yet");
        }
        auto agreed = plan::AgreePlan(*view.plan, view.rar.days.ordered, ctx.clock.Today());
        PROBITY_TRY(agreed);
        return tx.rar_plans().Save(view.requirement, *agreed, ctx.clock.Now(), actor.username);
      });
}

Result<RarPlanView> CompleteRar(const Context& ctx, const Actor& actor, const std::string& crn,
                                std::int64_t requirement, const rar::Completion& completion) {
  return ChangePlan(
      ctx, actor, crn, requirement, "person.rar.complete",
      [&](Tx& tx, const RarPlanView& view) -> Status {
        if (!view.plan) {
          return FailedPrecondition(
              "A RAR is completed against its agreed plan; this RAR has no plan");
        }
        auto checked =
            rar::CheckCompletion(completion, *view.plan, view.rar.days, ctx.clock.Today());
        PROBITY_TRY(checked);
        return tx.rar_plans().SaveCompletion(
            view.requirement, {completion, *checked, ctx.clock.Now(), actor.username});
      });
}

Result<std::vector<MissingCompletion>> ListMissingCompletions(const Context& ctx,
                                                              const Actor& actor) {
  PROBITY_TRY(CheckTeamOversightAccess(actor));
  if (!actor.staff) {
    return FailedPrecondition("Your user has no staff record, so no team");
  }
  Date today = ctx.clock.Today();
  auto tx = ctx.store.Begin(TxKind::kRead);
  PROBITY_TRY(tx);
  auto staff = (*tx)->org().FindStaff(*actor.staff);
  PROBITY_TRY(staff);
  if (!*staff) {
    return FailedPrecondition("Your staff record was not found");
  }
  std::vector<MissingCompletion> missing;
  std::vector<AuditEntry> entries;
  // Read on page by page: fully delivered RARs without a record are skipped after counting, so a
  // single page could otherwise hide the ones that need the manager.
  for (int offset = 0; static_cast<int>(missing.size()) < kMissingCompletionLimit;
       offset += kMissingCompletionLimit) {
    auto ended = (*tx)->rar_plans().EndedWithoutCompletion((*staff)->team, today,
                                                           kMissingCompletionLimit, offset);
    PROBITY_TRY(ended);
    for (auto& e : *ended) {
      auto contacts = (*tx)->contacts().ForRequirement(e.requirement);
      PROBITY_TRY(contacts);
      auto days = rar::CountRarDays(e.ordered, *contacts, today);
      if (!rar::NeedsCompletionRecord(e.order_end, days, false, today) ||
          static_cast<int>(missing.size()) == kMissingCompletionLimit) {
        continue;
      }
      entries.push_back(MakeAudit(ctx, actor, "rar.completions_missing.view", "person", e.crn));
      missing.push_back({std::move(e), std::move(days)});
    }
    if (static_cast<int>(ended->size()) < kMissingCompletionLimit) {
      break;
    }
  }
  tx->reset();
  PROBITY_TRY(ctx.store.RecordAudit(std::move(entries)));
  return missing;
}

}  // namespace probity::app
