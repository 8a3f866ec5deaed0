// Allocation against a real store on both engines (issue 4 part 3): the pending and overdue lists
// (TIME-2 in working days), ALLOC-1 and ALLOC-2 decisions on stored teams, an allocation that
// records who, when and why with its audit entry, refusals that change nothing, and overrides.
#include "app/allocation.h"

#include <gtest/gtest.h>

#include "app/tier.h"
#include "store/sql_store.h"
#include "support/test_database.h"

namespace probity {
namespace {

Date D(const char* iso) {
  return *ParseDate(iso);
}

// Leeds has a Probation Service team (Priya, Tom and their SPO Sam), an NPS team (Nia) and a
// CRC team (Col); York has its own Probation Service team (Yan). Three people in Leeds were
// sentenced on Thursday 19, Friday 20 and Monday 23 November 2026; it is Monday 23 November.
class AllocationTest : public ::testing::TestWithParam<std::string> {
 protected:
  void SetUp() override {
    store_ = std::move(*store::SqlStore::Open(db_.url(), 2));
    auto tx = std::move(*store_->Begin(app::TxKind::kWrite));
    auto ps = *tx->org().InsertOrganisation({{}, "PS", "Probation Service"});
    auto nps = *tx->org().InsertOrganisation(
        {{}, "NPS", "NPS North East", org::OrganisationKind::kNationalProbationService});
    auto crc = *tx->org().InsertOrganisation(
        {{}, "CRC", "Leeds CRC", org::OrganisationKind::kCommunityRehabilitationCompany});
    auto leeds = *tx->org().InsertArea({{}, ps, "A001", "Leeds"});
    auto york = *tx->org().InsertArea({{}, ps, "A002", "York"});
    auto ps_team = *tx->org().InsertTeam({{}, leeds, "T0001", "Leeds Team 1"});
    auto nps_team = *tx->org().InsertTeam({{}, leeds, "T0002", "Leeds NPS", nps});
    auto crc_team = *tx->org().InsertTeam({{}, leeds, "T0003", "Leeds CRC", crc});
    auto york_team = *tx->org().InsertTeam({{}, york, "T0004", "York Team 1"});
    auto staff = [&](org::TeamId team, const char* code, const char* first, org::Grade grade) {
      return *tx->org().InsertStaff({{}, team, code, first, "Test", grade, 37});
    };
    priya_ = staff(ps_team, "S00001", "Priya", org::Grade::kProbationOfficer);
    staff(ps_team, "S00002", "Tom", org::Grade::kProbationServicesOfficer);
    sam_ = staff(ps_team, "S00003", "Sam", org::Grade::kSeniorProbationOfficer);
    staff(nps_team, "S00004", "Nia", org::Grade::kProbationOfficer);
    staff(crc_team, "S00005", "Col", org::Grade::kProbationOfficer);
    staff(york_team, "S00006", "Yan", org::Grade::kProbationOfficer);
    struct Who {
      const char* crn;
      const char* sentenced;
      std::vector<person::Register> registers;
    } people[] = {
        {"X000001", "2026-11-19", {person::Register::kRoshHigh}},
        {"X000002", "2026-11-20", {person::Register::kRoshLow}},  // tier B2 (set below)
        {"X000003", "2026-11-23", {person::Register::kRoshMedium, person::Register::kMappa}},
        {"X000004", "", {}},  // no order: nothing to allocate
    };
    for (const auto& who : people) {
      person::Person p;
      p.crn = *person::Crn::Parse(who.crn);
      p.first_name = "Ann";
      p.surname = who.crn;
      p.date_of_birth = D("1990-01-01");
      p.home_area = leeds;
      p.registers = who.registers;
      p.tier = std::string(who.crn) == "X000002" ? "B2" : "";
      auto id = *tx->people().Insert(p);
      for (auto type : who.registers) {
        // The dated registrations ALLOC-2 reads, as tiering does (person.registers mirrors them).
        tier::Registration r{0, type, D("2026-01-05"), std::nullopt};
        if (type == person::Register::kMappa) {
          r.level = tier::MappaLevel::kM2;
        }
        ASSERT_TRUE(tx->tiers().AddRegistration(id, r, "test"));
      }
      if (*who.sentenced == '\0') {
        continue;
      }
      sentence::Event event;
      event.conviction_date = D(who.sentenced);
      event.offence_category = "theft_non_motor";
      event.court = "Leeds Magistrates";
      sentence::Sentence s;
      s.sentence_date = D(who.sentenced);
      s.end_date = s.sentence_date + std::chrono::days{365};
      s.requirements.push_back({{}, sentence::RequirementType::kRehabilitationActivity, 5});
      event.sentences.push_back(s);
      ASSERT_TRUE(tx->sentences().Insert(id, event));
    }
    ASSERT_TRUE(tx->Commit());
  }

  app::Actor Manager() { return {1, "sam", app::Role::kManager, sam_, "req-1"}; }
  app::Actor Officer() { return {2, "priya", app::Role::kResponsibleOfficer, priya_, "req-2"}; }
  app::Actor Admin() { return {3, "ada", app::Role::kAdministrator, std::nullopt, "req-3"}; }
  app::Context ctx() { return {*store_, clock_}; }

  std::vector<std::string> Crns(const app::PendingAllocations& pending) {
    std::vector<std::string> crns;
    for (const auto& c : pending.cases) {
      crns.push_back(c.awaiting.crn);
    }
    return crns;
  }

  std::vector<app::AuditEntry> Audits(const std::string& crn) {
    auto tx = std::move(*store_->Begin(app::TxKind::kRead));
    return *tx->audit().ForRecord("person", crn, 100);
  }

  testing::TestDatabase db_{GetParam()};
  std::unique_ptr<store::SqlStore> store_;
  FakeClock clock_{*ParseInstant("2026-11-23T10:00:00Z")};
  org::StaffId priya_;
  org::StaffId sam_;
};

TEST_P(AllocationTest, ListsCasesAwaitingAllocationWithWorkingDaysWaitedAndOverdue) {
  auto pending = app::ListPendingAllocations(ctx(), Manager(), "", false);
  ASSERT_TRUE(pending) << pending.error().message;
  // Longest waiting first; X000004 has no order.
  EXPECT_EQ(Crns(*pending), (std::vector<std::string>{"X000001", "X000002", "X000003"}));
  // TIME-1/TIME-2: Thu 19 -> Mon 23 is 2 working days (Fri, Mon): overdue against 1.
  EXPECT_EQ(pending->cases[0].working_days_waited, 2);
  EXPECT_TRUE(pending->cases[0].overdue);
  // Fri 20 -> Mon 23 is 1 working day: within the target.
  EXPECT_EQ(pending->cases[1].working_days_waited, 1);
  EXPECT_FALSE(pending->cases[1].overdue);
  EXPECT_EQ(pending->cases[2].working_days_waited, 0);

  auto overdue = app::ListPendingAllocations(ctx(), Manager(), "", true);
  ASSERT_TRUE(overdue);
  EXPECT_EQ(Crns(*overdue), (std::vector<std::string>{"X000001"}));
  EXPECT_EQ(Audits("X000001").size(), 2U);  // each list that showed the person is audited
}

TEST_P(AllocationTest, Alloc1SendsEveryCaseToTheProbationServiceTeamOfTheArea) {
  auto pending = app::ListPendingAllocations(ctx(), Manager(), "T0001", false);
  ASSERT_TRUE(pending) << pending.error().message;
  EXPECT_EQ(pending->cases.size(), 3U);
  for (const auto& c : pending->cases) {
    EXPECT_EQ(c.decision.organisation, org::OrganisationKind::kProbationService);
    ASSERT_TRUE(c.decision.team);
    EXPECT_EQ(c.decision.team->code, "T0001");
  }
  EXPECT_TRUE(app::ListPendingAllocations(ctx(), Manager(), "T0002", false)->cases.empty());
  auto unknown = app::ListPendingAllocations(ctx(), Manager(), "T9999", false);
  ASSERT_FALSE(unknown);
  EXPECT_EQ(unknown.error().fields.at(0).field, "team");
}

TEST_P(AllocationTest, Alloc2SendsHighRoshAndMappaToTheNpsAndTheRestToTheCrc) {
  ASSERT_TRUE(
      app::ChangeAllocationPolicy(ctx(), Admin(), {allocation::PolicyKind::kSplit2014, false, 1}));
  auto nps = app::ListPendingAllocations(ctx(), Manager(), "T0002", false);
  ASSERT_TRUE(nps);
  // High RoSH (X000001) and MAPPA (X000003) to the NPS (ALLOC-2).
  EXPECT_EQ(Crns(*nps), (std::vector<std::string>{"X000001", "X000003"}));
  auto crc = app::ListPendingAllocations(ctx(), Manager(), "T0003", false);
  EXPECT_EQ(Crns(*crc), (std::vector<std::string>{"X000002"}));

  auto view = app::ViewAllocationCandidates(ctx(), Manager(), "X000002");
  ASSERT_TRUE(view) << view.error().message;
  EXPECT_EQ(view->decision.organisation, org::OrganisationKind::kCommunityRehabilitationCompany);
  ASSERT_EQ(view->candidates.size(), 1U);
  EXPECT_EQ(view->candidates[0].officer.officer.code, "S00005");
  auto done = app::AllocateCase(ctx(), Manager(), "X000002", {"S00005", "CRC for Leeds", false});
  ASSERT_TRUE(done) << done.error().message;
  EXPECT_EQ(done->allocation.organisation_name, "Leeds CRC");
  EXPECT_EQ(done->details.policy, "split_2014");
}

// Issue 4 audit: ALLOC-2 took the highest RoSH ever registered while TIER-1 took the most recent.
// Both now read the current one (tier::CurrentRosh), so a downgrade moves the case to the CRC.
TEST_P(AllocationTest, Alloc2ReadsTheMostRecentRoshAsTieringDoes) {
  ASSERT_TRUE(
      app::ChangeAllocationPolicy(ctx(), Admin(), {allocation::PolicyKind::kSplit2014, false, 1}));
  auto before = app::ViewAllocationCandidates(ctx(), Manager(), "X000001");
  ASSERT_TRUE(before) << before.error().message;
  EXPECT_EQ(before->decision.organisation, org::OrganisationKind::kNationalProbationService);

  auto downgraded = app::AddRegistration(ctx(), Officer(), "X000001", {"RMRH", "", "2026-11-20"});
  ASSERT_TRUE(downgraded) << downgraded.error().message;

  auto after = app::ViewAllocationCandidates(ctx(), Manager(), "X000001");
  ASSERT_TRUE(after) << after.error().message;
  EXPECT_EQ(after->decision.organisation, org::OrganisationKind::kCommunityRehabilitationCompany);
  EXPECT_NE(after->decision.reasons.at(0).text.find("medium RoSH"), std::string::npos);
  // The tier scores the same register: RMRH's 10 points, not RHRH's 20.
  ASSERT_TRUE(downgraded->tier);
  int rosh_points = 0;
  for (const auto& f : downgraded->tier->result.protect_factors) {
    if (f.code == "rosh") {
      EXPECT_EQ(f.detail, "RMRH");
      rosh_points += f.points;
    }
  }
  EXPECT_EQ(rosh_points, 10);
}

TEST_P(AllocationTest, AllocatesToAnOfficerOfThePolicysTeamRecordingWhoWhenAndWhy) {
  auto view = app::ViewAllocationCandidates(ctx(), Manager(), "X000001");
  ASSERT_TRUE(view) << view.error().message;
  // The team's officers but not its SPO, with their current cases (WL-1 seam).
  ASSERT_EQ(view->candidates.size(), 2U);
  EXPECT_EQ(view->candidates[0].workload.active_cases, 0);
  EXPECT_EQ(view->candidates[0].workload.points, 0);
  EXPECT_EQ(view->working_days_waited, 2);

  auto done = app::AllocateCase(ctx(), Manager(), "X000001", {"S00001", "  Has capacity  ", false});
  ASSERT_TRUE(done) << done.error().message;
  EXPECT_EQ(done->allocation.officer_code, "S00001");
  EXPECT_EQ(done->allocation.allocation.allocated_on, D("2026-11-23"));
  EXPECT_EQ(done->details.reason, "Has capacity");
  EXPECT_EQ(done->details.allocated_by, "sam");
  EXPECT_EQ(done->details.sentence_date, D("2026-11-19"));
  EXPECT_EQ(done->working_days, 2);  // TIME-2: 2 working days, so not within 1
  EXPECT_FALSE(done->within_target);
  EXPECT_FALSE(done->details.policy_override);

  auto audits = Audits("X000001");
  ASSERT_FALSE(audits.empty());
  EXPECT_EQ(audits[0].action, "person.allocate");
  EXPECT_EQ(audits[0].reason, "Has capacity");
  EXPECT_EQ(audits[0].username, "sam");

  // No longer pending; its officer now holds one case.
  auto pending = app::ListPendingAllocations(ctx(), Manager(), "", false);
  EXPECT_EQ(Crns(*pending), (std::vector<std::string>{"X000002", "X000003"}));
  view = app::ViewAllocationCandidates(ctx(), Manager(), "X000001");
  ASSERT_TRUE(view->current);
  EXPECT_EQ(view->current->officer_code, "S00001");
  ASSERT_EQ(view->history.size(), 1U);
  EXPECT_EQ(view->history[0].details.reason, "Has capacity");
}

TEST_P(AllocationTest, CandidatesShowEachOfficersWl1WorkloadLeastLoadedFirst) {
  ASSERT_TRUE(app::AllocateCase(ctx(), Manager(), "X000002", {"S00001", "First", false}));

  auto view = app::ViewAllocationCandidates(ctx(), Manager(), "X000001");
  ASSERT_TRUE(view) << view.error().message;
  ASSERT_EQ(view->candidates.size(), 2U);
  const auto& tom = view->candidates[0];
  const auto& priya = view->candidates[1];
  EXPECT_EQ(tom.officer.officer.code, "S00002");  // 0 % before 5.285 %
  EXPECT_EQ(tom.workload.capacity_thousandths, 0);
  EXPECT_EQ(priya.workload.active_cases, 1);
  // WL-1 (§5): a community B2 case is 115 points; 2176 available at 37 hours; 115 / 2176 =
  // 5.2849...% -> 5.285 (3 dp, half up).
  EXPECT_EQ(priya.workload.points, 115);
  EXPECT_EQ(priya.workload.available_points, 2176);
  EXPECT_EQ(priya.workload.capacity_thousandths, 5285);
}

TEST_P(AllocationTest, ReallocatingEndsTheCurrentAllocation) {
  ASSERT_TRUE(app::AllocateCase(ctx(), Manager(), "X000002", {"S00001", "First", false}));
  auto again = app::AllocateCase(ctx(), Manager(), "X000002", {"S00001", "Same officer", false});
  ASSERT_FALSE(again);
  EXPECT_EQ(again.error().code, ErrorCode::kFailedPrecondition);
  clock_.Advance(std::chrono::days{1});
  auto moved = app::AllocateCase(ctx(), Manager(), "X000002", {"S00002", "Priya is off", false});
  ASSERT_TRUE(moved) << moved.error().message;
  EXPECT_FALSE(moved->details.sentence_date);  // a move does not restart TIME-2
  auto view = app::ViewAllocationCandidates(ctx(), Manager(), "X000002");
  ASSERT_EQ(view->history.size(), 2U);
  EXPECT_EQ(view->history[0].view.officer_code, "S00002");
  EXPECT_FALSE(view->history[0].ended_on);
  EXPECT_EQ(view->history[1].ended_on, D("2026-11-24"));
}

TEST_P(AllocationTest, RefusesBadInputAndConflictsChangingNothing) {
  auto before = Audits("X000001").size();
  auto missing = app::AllocateCase(ctx(), Manager(), "X000001", {"", " ", false});
  ASSERT_FALSE(missing);
  ASSERT_EQ(missing.error().fields.size(), 2U);
  EXPECT_EQ(missing.error().fields[0].field, "staffCode");
  EXPECT_EQ(missing.error().fields[1].field, "reason");
  auto unknown = app::AllocateCase(ctx(), Manager(), "X000001", {"S99999", "Why", false});
  ASSERT_FALSE(unknown);
  EXPECT_EQ(unknown.error().fields.at(0).field, "staffCode");
  auto too_long =
      app::AllocateCase(ctx(), Manager(), "X000001", {"S00001", std::string(2001, 'x'), false});
  EXPECT_EQ(too_long.error().fields.at(0).error, "OUT_OF_RANGE");
  // Outside the policy's team without an override: a conflict (409).
  auto outside = app::AllocateCase(ctx(), Manager(), "X000001", {"S00006", "Near home", false});
  ASSERT_FALSE(outside);
  EXPECT_EQ(outside.error().code, ErrorCode::kFailedPrecondition);
  auto no_order = app::AllocateCase(ctx(), Manager(), "X000004", {"S00001", "Why", false});
  EXPECT_EQ(no_order.error().code, ErrorCode::kFailedPrecondition);
  auto officer = app::AllocateCase(ctx(), Officer(), "X000001", {"S00001", "Mine", false});
  EXPECT_EQ(officer.error().code, ErrorCode::kPermissionDenied);
  EXPECT_EQ(app::ListPendingAllocations(ctx(), Manager(), "", false)->cases.size(), 3U);
  EXPECT_EQ(Audits("X000001").size(), before + 1);  // only the list read above
}

TEST_P(AllocationTest, AnOverrideWithAReasonAllocatesOutsideThePolicysTeam) {
  auto done = app::AllocateCase(ctx(), Manager(), "X000001", {"S00006", "Moving to York", true});
  ASSERT_TRUE(done) << done.error().message;
  EXPECT_TRUE(done->details.policy_override);
  EXPECT_EQ(done->allocation.team_name, "York Team 1");
  EXPECT_EQ(Audits("X000001")[0].action, "person.allocate.override");
}

TEST_P(AllocationTest, ThePolicyIsStoredAndOnlyAdministratorsChangeIt) {
  EXPECT_EQ(app::ViewAllocationPolicy(ctx(), Manager())->kind, allocation::PolicyKind::kUnified);
  auto refused = app::ChangeAllocationPolicy(ctx(), Manager(), {});
  EXPECT_EQ(refused.error().code, ErrorCode::kPermissionDenied);
  auto bad =
      app::ChangeAllocationPolicy(ctx(), Admin(), {allocation::PolicyKind::kUnified, false, 31});
  EXPECT_EQ(bad.error().fields.at(0).field, "targetWorkingDays");
  ASSERT_TRUE(
      app::ChangeAllocationPolicy(ctx(), Admin(), {allocation::PolicyKind::kSplit2014, true, 3}));
  auto policy = app::ViewAllocationPolicy(ctx(), Manager());
  EXPECT_EQ(policy->kind, allocation::PolicyKind::kSplit2014);
  EXPECT_TRUE(policy->rsr_sends_to_nps);
  EXPECT_EQ(policy->target_working_days, 3);
  // TIME-2 configurable: with 3 days nothing is overdue yet.
  EXPECT_TRUE(app::ListPendingAllocations(ctx(), Manager(), "", true)->cases.empty());
}

INSTANTIATE_TEST_SUITE_P(BothEngines, AllocationTest, ::testing::Values("sqlite", "postgres"),
                         [](const auto& test) { return test.param; });

}  // namespace
}  // namespace probity
