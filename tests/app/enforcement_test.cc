// Compliance and enforcement against a real store on both engines (issue 5): the worklist's
// working-day deadlines, decisions, warnings and breaches as the rule allows, court outcomes the
// order follows, corrections that the counts follow, and refused requests that save nothing.
#include "app/enforcement.h"

#include <gtest/gtest.h>

#include "app/cases.h"
#include "app/diary.h"
#include "app/enforcement_worklist.h"
#include "app/sentences.h"
#include "store/sql_store.h"
#include "support/test_database.h"

namespace probity {
namespace {

Date D(const char* iso) {
  return *ParseDate(iso);
}

constexpr const char* kCrn = "X000001";

class EnforcementTest : public ::testing::TestWithParam<std::string> {
 protected:
  void SetUp() override {
    store_ = std::move(*store::SqlStore::Open(db_.url(), 2));
    auto tx = std::move(*store_->Begin(app::TxKind::kWrite));
    auto organisation = *tx->org().InsertOrganisation({{}, "PS", "Probation Service"});
    auto area = *tx->org().InsertArea({{}, organisation, "A001", "Leeds"});
    auto team = *tx->org().InsertTeam({{}, area, "T0001", "Leeds Team 1"});
    priya_ = *tx->org().InsertStaff(
        {{}, team, "S00001", "Priya", "Shah", org::Grade::kProbationOfficer, 37});
    person::Person p;
    p.crn = *person::Crn::Parse(kCrn);
    p.first_name = "Ann";
    p.surname = "Test";
    p.date_of_birth = D("1990-01-01");
    p.home_area = area;
    auto id = *tx->people().Insert(p);
    EXPECT_TRUE(tx->allocations().Allocate(id, {organisation, team, priya_, D("2026-06-01")}));
    // A community order, 1 June 2026 to 31 May 2027, with a 10-day RAR and unpaid work.
    sentence::Event event;
    event.conviction_date = D("2026-06-01");
    event.offence_category = "theft_non_motor";
    event.court = "Leeds Magistrates";
    sentence::Sentence s;
    s.sentence_date = D("2026-06-01");
    s.end_date = D("2027-05-31");
    s.requirements.push_back({{}, sentence::RequirementType::kRehabilitationActivity, 10});
    s.requirements.push_back({{}, sentence::RequirementType::kUnpaidWork, 100});
    event.sentences.push_back(s);
    auto saved = *tx->sentences().Insert(id, event);
    rar_ = saved.sentences[0].requirements[0].id.value();
    ASSERT_TRUE(tx->Commit());
  }

  app::Actor Priya() { return {1, "priya", app::Role::kResponsibleOfficer, priya_, "req-1"}; }
  app::Actor Manager() { return {2, "sam", app::Role::kManager, std::nullopt, "req-2"}; }

  // A RAR session (or, with `rar` false, a supervision appointment) on `date` recorded with
  // `outcome`; returns the contact id.
  std::int64_t Failure(const char* date, const char* outcome = "UAAB", bool rar = true) {
    app::AppointmentRequest r;
    r.type = rar ? "rar_activity" : "offender_management";
    r.date = date;
    r.start_time = "10:00";
    r.location = "Leeds office";
    if (rar) {
      r.requirement = rar_;
    }
    r.outcome = outcome;
    auto booked = app::BookAppointment(ctx(), Priya(), kCrn, r);
    EXPECT_TRUE(booked) << (booked ? "" : booked.error().message);
    return booked ? booked->appointment.contact.id.value() : 0;
  }

  Status Decide(std::int64_t contact, const char* decision = "no_reasonable_excuse") {
    auto done = app::DecideFailure(ctx(), Priya(), kCrn, {contact, decision, "No explanation"});
    if (!done) {
      return done.error();
    }
    return Ok();
  }

  app::Worklist Worklist() {
    auto list = app::ViewWorklist(ctx(), Manager(), "T0001", "");
    EXPECT_TRUE(list) << (list ? "" : list.error().message);
    return list ? *list : app::Worklist{};
  }

  const enforcement::FailureState* StateOf(const app::EnforcementHistory& h, std::int64_t id) {
    for (const auto& o : h.orders) {
      for (const auto& f : o.state.failures) {
        if (f.id == id) {
          return &f;
        }
      }
    }
    return nullptr;
  }

  app::EnforcementHistory History() { return *app::ViewEnforcement(ctx(), Priya(), kCrn); }

  testing::TestDatabase db_{GetParam()};
  std::unique_ptr<store::SqlStore> store_;
  // Monday 23 November 2026.
  FakeClock clock_{*ParseInstant("2026-11-23T10:00:00Z")};
  app::Context ctx() { return {*store_, clock_}; }
  org::StaffId priya_;
  std::int64_t rar_ = 0;
};

TEST_P(EnforcementTest, WorklistCarriesWorkingDayDeadlinesAndFollowsEachStep) {
  std::int64_t first = Failure("2026-11-16");
  auto list = Worklist();
  ASSERT_EQ(list.items.size(), 1U);
  EXPECT_EQ(list.items[0].kind, app::WorkKind::kDecide);
  // ENF-4: 10 working days after Monday 16 November is Monday 30 November; by today it has waited
  // 17, 18, 19, 20 and 23 November = 5 working days (TIME-1).
  EXPECT_EQ(FormatDate(list.items[0].due), "2026-11-30");
  EXPECT_EQ(list.items[0].waited_working_days, 5);
  EXPECT_FALSE(list.items[0].overdue);

  ASSERT_TRUE(Decide(first));
  list = Worklist();
  ASSERT_EQ(list.items.size(), 1U);
  EXPECT_EQ(list.items[0].kind, app::WorkKind::kWarnOrBreach);

  auto warned = app::GiveWarning(ctx(), Priya(), kCrn, {first, D("2026-11-17"), ""});
  ASSERT_TRUE(warned) << warned.error().message;
  EXPECT_EQ(FormatDate(*warned->respond_by), "2026-11-24");  // 7 days to respond
  EXPECT_TRUE(Worklist().items.empty());

  // A failure after the warning, within its 12 months: breach is mandatory (ENF-1).
  std::int64_t second = Failure("2026-11-20", "AFTC");
  ASSERT_TRUE(Decide(second));
  list = Worklist();
  ASSERT_EQ(list.items.size(), 1U);
  EXPECT_EQ(list.items[0].kind, app::WorkKind::kBreachRequired);
  auto refused = app::GiveWarning(ctx(), Priya(), kCrn, {second, std::nullopt, ""});
  ASSERT_FALSE(refused);
  EXPECT_EQ(refused.error().code, ErrorCode::kFailedPrecondition);
  EXPECT_EQ(History().orders[0].state.warnings, 1) << "the refused warning saved nothing";

  auto breach = app::StartBreach(ctx(), Priya(), kCrn, {second, std::nullopt, ""});
  ASSERT_TRUE(breach) << breach.error().message;
  list = Worklist();
  ASSERT_EQ(list.items.size(), 1U);
  EXPECT_EQ(list.items[0].kind, app::WorkKind::kSubmitBreachPack);
  EXPECT_EQ(FormatDate(list.items[0].due), "2026-12-07");  // 10 working days after 23 November

  // ENF-5: the court adds RAR days; the requirement and its history follow in one transaction.
  app::CourtOutcomeRequest court;
  court.action = breach->id;
  court.outcome = "requirements_varied";
  court.variations.push_back({rar_, 15, std::nullopt});
  auto decided = app::RecordCourtOutcome(ctx(), Priya(), kCrn, court);
  ASSERT_TRUE(decided) << decided.error().message;
  EXPECT_FALSE(decided->orders[0].state.breach_pending);
  auto history = app::ViewRequirementHistory(ctx(), Priya(), kCrn, rar_);
  ASSERT_TRUE(history);
  EXPECT_EQ(history->requirement.length, 15);
  ASSERT_EQ(history->changes.size(), 1U);
  EXPECT_EQ(history->changes[0].kind, "varied");
  EXPECT_TRUE(Worklist().items.empty());
  // A second outcome for the same breach is refused.
  EXPECT_FALSE(app::RecordCourtOutcome(ctx(), Priya(), kCrn, court));
}

TEST_P(EnforcementTest, RevocationEndsTheOrderAndNoNewBreachCanStart) {
  std::int64_t first = Failure("2026-11-16");
  ASSERT_TRUE(Decide(first));
  auto breach = app::StartBreach(ctx(), Priya(), kCrn, {first, std::nullopt, ""});
  ASSERT_TRUE(breach);
  app::CourtOutcomeRequest court;
  court.action = breach->id;
  court.outcome = "revoked_and_resentenced";
  court.details = "Resentenced to 12 weeks' custody";
  ASSERT_TRUE(app::RecordCourtOutcome(ctx(), Priya(), kCrn, court));
  auto history = History();
  EXPECT_TRUE(history.orders[0].ended);
  auto rar = app::ViewRequirementHistory(ctx(), Priya(), kCrn, rar_);
  EXPECT_EQ(rar->requirement.status, sentence::RequirementStatus::kTerminated);
  // A missed supervision appointment entered late belongs to the revoked order (the latest
  // sentenced before it) and cannot start a breach.
  std::int64_t late = Failure("2026-11-18", "UAAB", false);
  EXPECT_FALSE(Decide(late)) << "an ended order's failures are closed";
  auto refused = app::StartBreach(ctx(), Priya(), kCrn, {late, std::nullopt, ""});
  ASSERT_FALSE(refused);
  EXPECT_NE(refused.error().message.find("ended"), std::string::npos);
}

TEST_P(EnforcementTest, CorrectionChangesTheRecordAndEveryCountFollows) {
  std::int64_t contact = Failure("2026-11-16");
  ASSERT_TRUE(Decide(contact));
  auto rar_before = *app::ViewRarStatuses(ctx(), Priya(), kCrn);
  EXPECT_EQ(rar_before[0].days.completed, 0);
  EXPECT_EQ(History().orders[0].state.unacceptable_failures, 1);

  auto warned = app::GiveWarning(ctx(), Priya(), kCrn, {contact, std::nullopt, ""});
  ASSERT_TRUE(warned);
  auto blocked =
      app::CorrectOutcome(ctx(), Priya(), kCrn, {contact, "ATTC", "", "Register shows attendance"});
  ASSERT_FALSE(blocked) << "a warning answers the failure: withdraw it first";
  ASSERT_TRUE(app::WithdrawAction(ctx(), Priya(), kCrn, warned->id, "Outcome recorded wrongly"));

  auto no_reason = app::CorrectOutcome(ctx(), Priya(), kCrn, {contact, "ATTC", "", ""});
  ASSERT_FALSE(no_reason);
  EXPECT_EQ(no_reason.error().fields[0].field, "reason");

  auto corrected =
      app::CorrectOutcome(ctx(), Priya(), kCrn, {contact, "ATTC", "", "Register shows attendance"});
  ASSERT_TRUE(corrected) << corrected.error().message;
  ASSERT_EQ(corrected->corrections.size(), 1U);
  EXPECT_EQ(corrected->corrections[0].old_outcome, contact::Outcome::kUnacceptableAbsence);
  // RAR-5: the day now counts as completed; the failure and its warning no longer count.
  auto rar_after = *app::ViewRarStatuses(ctx(), Priya(), kCrn);
  EXPECT_EQ(rar_after[0].days.completed, 1);
  for (const auto& o : corrected->orders) {
    EXPECT_EQ(o.state.unacceptable_failures, 0);
    EXPECT_EQ(o.state.warnings, 0);
  }
  EXPECT_TRUE(Worklist().items.empty());
}

TEST_P(EnforcementTest, RefusedDecisionsSaveNothingAndReviewsAreForManagers) {
  std::int64_t contact = Failure("2026-11-16");
  auto no_reason = app::DecideFailure(ctx(), Priya(), kCrn, {contact, "reasonable_excuse", " "});
  ASSERT_FALSE(no_reason);
  EXPECT_EQ(no_reason.error().fields[0].field, "reason");
  auto too_long = app::DecideFailure(
      ctx(), Priya(), kCrn, {contact, "awaiting_evidence", "GP letter promised", D("2026-11-24")});
  ASSERT_FALSE(too_long);  // 5 working days after 16 November is 23 November
  EXPECT_EQ(too_long.error().fields[0].error, "TOO_LATE");
  EXPECT_EQ(StateOf(History(), contact)->status, enforcement::FailureStatus::kAwaitingDecision);

  auto waiting = app::DecideFailure(
      ctx(), Priya(), kCrn, {contact, "awaiting_evidence", "GP letter promised", D("2026-11-23")});
  ASSERT_TRUE(waiting) << waiting.error().message;
  EXPECT_EQ(StateOf(*waiting, contact)->status, enforcement::FailureStatus::kAwaitingEvidence);
  EXPECT_EQ(Worklist().items[0].kind, app::WorkKind::kWaitingEvidence);

  EXPECT_EQ(app::ReviewDecision(ctx(), Priya(), kCrn, contact, true, "").error().code,
            ErrorCode::kPermissionDenied);
  auto reviewed = app::ReviewDecision(ctx(), Manager(), kCrn, contact, true, "");
  ASSERT_TRUE(reviewed) << reviewed.error().message;
  EXPECT_TRUE(reviewed->orders[0].failures[0].review_agreed.value_or(false));
}

INSTANTIATE_TEST_SUITE_P(BothEngines, EnforcementTest, ::testing::Values("sqlite", "postgres"),
                         [](const auto& test) { return test.param; });

}  // namespace
}  // namespace probity
