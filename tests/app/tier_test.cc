// Tiering and workload against a real store on both engines (issue 4 part 4): each change to an
// input recalculates and stores the tier in the same transaction (TIER-1), a refused request
// changes nothing, and an officer's workload points follow the stored tiers (WL-1).
#include "app/tier.h"

#include <gtest/gtest.h>

#include "app/cases.h"
#include "app/diary.h"
#include "app/enforcement.h"
#include "app/sentences.h"
#include "app/workload.h"
#include "store/sql_store.h"
#include "support/test_database.h"

namespace probity {
namespace {

Date D(const char* iso) {
  return *ParseDate(iso);
}

class TierTest : public ::testing::TestWithParam<std::string> {
 protected:
  void SetUp() override {
    store_ = std::move(*store::SqlStore::Open(db_.url(), 2));
    auto tx = std::move(*store_->Begin(app::TxKind::kWrite));
    organisation_ = *tx->org().InsertOrganisation({{}, "PS", "Probation Service"});
    area_ = *tx->org().InsertArea({{}, organisation_, "A001", "Leeds"});
    team_ = *tx->org().InsertTeam({{}, area_, "T0001", "Leeds Team 1"});
    priya_ = *tx->org().InsertStaff(
        {{}, team_, "S00001", "Priya", "Shah", org::Grade::kProbationOfficer, 30});
    person::Person p;
    p.crn = *person::Crn::Parse("X000001");
    p.first_name = "Ann";
    p.surname = "Test";
    p.sex = person::Sex::kFemale;
    p.date_of_birth = D("1990-01-01");
    p.home_area = area_;
    p.ogrs_two_year = 55;
    person_ = *tx->people().Insert(p);
    person::Person man = p;  // X000002: as Ann, but male (§4's women's factors do not apply)
    man.crn = *person::Crn::Parse("X000002");
    man.first_name = "Bob";
    man.sex = person::Sex::kMale;
    ASSERT_TRUE(tx->people().Insert(man));
    EXPECT_TRUE(
        tx->allocations().Allocate(person_, {organisation_, team_, priya_, D("2026-06-01")}));
    ASSERT_TRUE(tx->Commit());
  }

  app::Actor Priya() { return {1, "priya", app::Role::kResponsibleOfficer, priya_, "req-1"}; }
  app::Actor Admin() { return {2, "ada", app::Role::kAdministrator, std::nullopt, "req-2"}; }
  app::Context ctx() { return {*store_, clock_}; }

  // A community order with a RAR (a mandate for change, §4); returns the RAR's id.
  std::int64_t RecordOrder(const char* crn = "X000001") {
    app::OrderRequest o;
    o.conviction_date = "2026-11-20";
    o.offence_category = "theft_non_motor";
    o.court = "Leeds Magistrates' Court";
    o.order_type = "community_order";
    o.sentence_date = "2026-11-20";
    o.end_date = "2027-11-19";
    o.requirements.push_back({"rar", 10, std::nullopt, ""});
    auto recorded = app::RecordOrder(ctx(), Priya(), crn, o);
    EXPECT_TRUE(recorded) << recorded.error().message;
    return recorded ? recorded->event.sentences.at(0).requirements.at(0).id.value() : 0;
  }

  // A missed RAR session on 20 November judged without reasonable excuse, and a breach started
  // on it; returns the breach's id.
  std::int64_t StartBreach(std::int64_t rar, const char* crn = "X000001") {
    app::AppointmentRequest r;
    r.type = "rar_activity";
    r.date = "2026-11-20";
    r.start_time = "10:00";
    r.location = "Leeds office";
    r.requirement = rar;
    r.outcome = "UAAB";
    auto booked = app::BookAppointment(ctx(), Priya(), crn, r);
    EXPECT_TRUE(booked) << (booked ? "" : booked.error().message);
    if (!booked) {
      return 0;
    }
    const std::int64_t contact = booked->appointment.contact.id.value();
    auto decided =
        app::DecideFailure(ctx(), Priya(), crn, {contact, "no_reasonable_excuse", "None"});
    EXPECT_TRUE(decided) << (decided ? "" : decided.error().message);
    auto breach = app::StartBreach(ctx(), Priya(), crn, {contact, std::nullopt, ""});
    EXPECT_TRUE(breach) << (breach ? "" : breach.error().message);
    return breach ? breach->id : 0;
  }

  int Points(const std::vector<tier::TierFactor>& factors, const std::string& code) {
    int points = 0;
    for (const auto& f : factors) {
      points += f.code == code ? f.points : 0;
    }
    return points;
  }

  testing::TestDatabase db_{GetParam()};
  std::unique_ptr<store::SqlStore> store_;
  FakeClock clock_{*ParseInstant("2026-11-23T10:00:00Z")};
  org::OrganisationId organisation_;
  org::AreaId area_;
  org::TeamId team_;
  org::StaffId priya_;
  person::PersonId person_;
};

TEST_P(TierTest, EachInputChangeRecalculatesAndStoresTheTier) {
  // No order yet: no mandate for change, so change level 0 (§4).
  app::RegistrationRequest high{"RHRH", "", "2026-10-01"};
  auto added = app::AddRegistration(ctx(), Priya(), "X000001", high);
  ASSERT_TRUE(added) << added.error().message;
  EXPECT_EQ(added->tier->result.Code(), "B0");

  // An order with a RAR gives a mandate; with no assessment the change level is 2 (§4).
  RecordOrder();
  auto view = app::ViewTier(ctx(), Priya(), "X000001");
  ASSERT_TRUE(view);
  EXPECT_EQ(view->tier->result.Code(), "B2");
  EXPECT_EQ(view->tier->reason, "order.create");

  // An assessment: RSR 7.5 % (20, overlapping RoSH's 20), women's self-control 2; needs
  // thinking & behaviour severe (4) + attitudes standard (2) + OGRS 55 % (5) = 11 -> 2.
  app::AssessmentRequest a;
  a.assessed_on = "2026-11-22";
  a.rsr_percent = 7.5;
  a.rosh = "high";
  a.needs = {{"thinking_behaviour", "severe"}, {"attitudes", "standard"}};
  a.temper_control = true;
  auto assessed = app::RecordAssessment(ctx(), Priya(), "X000001", a);
  ASSERT_TRUE(assessed) << assessed.error().message;
  EXPECT_EQ(assessed->tier->result.protect_points, 22);
  EXPECT_EQ(assessed->tier->result.change_points, 11);
  EXPECT_EQ(assessed->tier->result.Code(), "B2");
  ASSERT_TRUE(assessed->assessment);
  EXPECT_EQ(assessed->assessment->rsr_hundredths, 750);

  // MAPPA level 2: 150 -> A; then removing it goes back to B.
  auto mappa = app::AddRegistration(ctx(), Priya(), "X000001", {"MAPP", "M2", ""});
  ASSERT_TRUE(mappa) << mappa.error().message;
  EXPECT_EQ(mappa->tier->result.Code(), "A2");
  std::int64_t mappa_id = mappa->registrations.back().id;
  auto removed = app::RemoveRegistration(ctx(), Priya(), "X000001", mappa_id);
  ASSERT_TRUE(removed) << removed.error().message;
  EXPECT_EQ(removed->tier->result.Code(), "B2");
  EXPECT_EQ(removed->registrations.size(), 1U);

  // The person row carries the tier and the active register codes.
  auto tx = std::move(*store_->Begin(app::TxKind::kRead));
  auto person = std::move(**tx->people().FindByCrn("X000001"));
  EXPECT_EQ(person.tier, "B2");
  EXPECT_EQ(person.registers, std::vector<person::Register>{person::Register::kRoshHigh});
  auto audit = tx->audit().ForRecord("person", "X000001/assessment", 10);
  ASSERT_TRUE(audit);
  EXPECT_EQ(audit->size(), 1U);
}

TEST_P(TierTest, RefusedRequestsNameTheFieldAndChangeNothing) {
  app::AssessmentRequest a;
  a.assessed_on = "2026-11-24";  // tomorrow
  a.rsr_percent = 7.555;
  a.rosh = "severe";
  a.needs = {{"finance_benefits_debt", "severe"}, {"ete", "huge"}};
  auto refused = app::RecordAssessment(ctx(), Priya(), "X000001", a);
  ASSERT_FALSE(refused);
  EXPECT_EQ(refused.error().code, ErrorCode::kInvalidArgument);
  std::vector<std::string> fields;
  for (const auto& f : refused.error().fields) {
    fields.push_back(f.field + ":" + f.error);
  }
  EXPECT_EQ(fields, (std::vector<std::string>{"assessedOn:IN_THE_FUTURE", "rsr:TOO_PRECISE",
                                              "rosh:UNKNOWN_CODE", "needs:UNKNOWN_CODE",
                                              "needs.ete:UNKNOWN_CODE"}));
  auto no_level = app::AddRegistration(ctx(), Priya(), "X000001", {"MAPP", "", ""});
  ASSERT_FALSE(no_level);
  EXPECT_EQ(no_level.error().fields.at(0).field, "level");
  auto unknown = app::AddRegistration(ctx(), Priya(), "X000001", {"XXXX", "", ""});
  ASSERT_FALSE(unknown);
  EXPECT_EQ(unknown.error().fields.at(0).field, "register");
  EXPECT_EQ(app::RemoveRegistration(ctx(), Priya(), "X000001", 999).error().code,
            ErrorCode::kNotFound);

  auto view = app::ViewTier(ctx(), Priya(), "X000001");
  ASSERT_TRUE(view);
  EXPECT_FALSE(view->tier);
  EXPECT_FALSE(view->assessment);
  EXPECT_TRUE(view->registrations.empty());
}

// Issue 4 audit: §4's women's breach/recall factor was never scored. A breach the court decided,
// on an order current or ended within the year, now scores 2 for a woman (tier.md point 5).
TEST_P(TierTest, ABreachTheCourtDecidedScoresTheWomensEnforcementFactor) {
  const std::int64_t rar = RecordOrder();
  const std::int64_t breach = StartBreach(rar);
  ASSERT_NE(breach, 0);
  // Started but not decided: no outcome yet, so nothing scores.
  auto pending = app::ViewTier(ctx(), Priya(), "X000001");
  ASSERT_TRUE(pending && pending->tier);
  EXPECT_EQ(Points(pending->tier->result.protect_factors, "women_enforcement"), 0);
  const int before = pending->tier->result.protect_points;

  app::CourtOutcomeRequest court;
  court.action = breach;
  court.outcome = "fine";
  court.details = "£50";
  auto decided = app::RecordCourtOutcome(ctx(), Priya(), "X000001", court);
  ASSERT_TRUE(decided) << decided.error().message;

  // Recalculated in the court outcome's transaction.
  auto view = app::ViewTier(ctx(), Priya(), "X000001");
  ASSERT_TRUE(view && view->tier);
  EXPECT_EQ(view->tier->reason, "enforcement.court_outcome");
  EXPECT_EQ(Points(view->tier->result.protect_factors, "women_enforcement"), 2);
  EXPECT_EQ(view->tier->result.protect_points, before + 2);
}

TEST_P(TierTest, ABreachTheCourtDecidedScoresNothingForAMan) {
  const std::int64_t rar = RecordOrder("X000002");
  const std::int64_t breach = StartBreach(rar, "X000002");
  app::CourtOutcomeRequest court;
  court.action = breach;
  court.outcome = "order_continued";
  ASSERT_TRUE(app::RecordCourtOutcome(ctx(), Priya(), "X000002", court));
  auto view = app::ViewTier(ctx(), Priya(), "X000002");
  ASSERT_TRUE(view && view->tier);
  EXPECT_EQ(view->tier->reason, "enforcement.court_outcome");
  EXPECT_EQ(Points(view->tier->result.protect_factors, "women_enforcement"), 0);
}

// Issue 4 audit: nothing updated person.ogrs_two_year, so OGRS (a change input) never changed.
TEST_P(TierTest, TheAssessmentCarriesOgrsWhichReTiersAndIsAudited) {
  RecordOrder();
  app::AssessmentRequest a;
  a.assessed_on = "2026-11-22";
  a.needs = {{"thinking_behaviour", "severe"}, {"attitudes", "standard"}};  // 6
  auto first = app::RecordAssessment(ctx(), Priya(), "X000001", a);
  ASSERT_TRUE(first) << first.error().message;
  EXPECT_EQ(first->ogrs_two_year_percent, 55);       // left out: the person's stays
  EXPECT_EQ(first->tier->result.change_points, 11);  // 6 + floor(55 / 10)

  a.ogrs_two_year_percent = 100;
  auto refused = app::RecordAssessment(ctx(), Priya(), "X000001", a);
  ASSERT_FALSE(refused);
  ASSERT_EQ(refused.error().fields.size(), 1U);
  EXPECT_EQ(refused.error().fields[0].field, "ogrsTwoYearPercent");
  EXPECT_EQ(refused.error().fields[0].error, "OUT_OF_RANGE");
  EXPECT_EQ(app::ViewTier(ctx(), Priya(), "X000001")->ogrs_two_year_percent, 55);

  a.ogrs_two_year_percent = 92;
  auto second = app::RecordAssessment(ctx(), Priya(), "X000001", a);
  ASSERT_TRUE(second) << second.error().message;
  EXPECT_EQ(second->ogrs_two_year_percent, 92);
  EXPECT_EQ(Points(second->tier->result.change_factors, "ogrs"), 9);
  EXPECT_EQ(second->tier->result.change_points, 15);
  EXPECT_EQ(second->tier->result.Code(), "D2");
  ASSERT_TRUE(app::RecordAssessment(ctx(), Priya(), "X000001", a));  // 92 again: no change

  auto tx = std::move(*store_->Begin(app::TxKind::kRead));
  EXPECT_EQ((**tx->people().FindByCrn("X000001")).ogrs_two_year, 92);
  auto audit = tx->audit().ForRecord("person", "X000001", 10);
  ASSERT_TRUE(audit);
  int updates = 0;
  for (const auto& e : *audit) {
    if (e.action == "person.ogrs.update") {
      ++updates;
      EXPECT_NE(e.reason.find("55% -> 92%"), std::string::npos) << e.reason;
    }
  }
  EXPECT_EQ(updates, 1);  // the same value again is no change
}

// Issue 4 audit: the mandate for change reads today's date, but tiers were stored only on
// writes, so the case page kept a tier time had changed. It now recalculates on read.
TEST_P(TierTest, TheCasePageShowsTheTierAsOfTodayWhenTimeAloneHasChangedIt) {
  RecordOrder();  // ends 19 November 2027
  ASSERT_TRUE(app::AddRegistration(ctx(), Priya(), "X000001", {"RHRH", "", ""}));  // B2
  auto now = app::ViewCase(ctx(), Priya(), "X000001");
  ASSERT_TRUE(now) << now.error().message;
  ASSERT_TRUE(now->tier);
  EXPECT_EQ(now->tier->Code(), "B2");
  EXPECT_EQ(now->stale_tier, "");

  clock_.Set(*ParseInstant("2027-11-22T10:00:00Z"));  // the order has ended: no mandate (§4)
  auto later = app::ViewCase(ctx(), Priya(), "X000001");
  ASSERT_TRUE(later) << later.error().message;
  ASSERT_TRUE(later->tier);
  EXPECT_EQ(later->tier->Code(), "B0");
  EXPECT_EQ(later->tier->change_factors.at(0).code, "no_mandate");
  EXPECT_EQ(later->stale_tier, "B2");
  // A read stores nothing: the stored tier waits for the next change to the record.
  EXPECT_EQ(app::ViewTier(ctx(), Priya(), "X000001")->tier->result.Code(), "B2");
  ASSERT_TRUE(app::AddRegistration(ctx(), Priya(), "X000001", {"RMDO", "", ""}));
  EXPECT_EQ(app::ViewTier(ctx(), Priya(), "X000001")->tier->result.Code(), "B0");
  EXPECT_EQ(app::ViewCase(ctx(), Priya(), "X000001")->stale_tier, "");
}

TEST_P(TierTest, WorkloadPointsFollowTheStoredTiersAndTheTableInForce) {
  RecordOrder();  // D2: no registers, no assessment
  ASSERT_TRUE(app::AddRegistration(ctx(), Priya(), "X000001", {"RHRH", "", ""}));  // B2
  auto view = app::ViewWorkload(ctx(), Priya(), "S00001");
  ASSERT_TRUE(view) << view.error().message;
  ASSERT_EQ(view->cases.size(), 1U);
  EXPECT_EQ(view->cases[0].c.tier, "B2");
  EXPECT_EQ(view->points, 115);                 // §5 community B2
  EXPECT_EQ(view->available, 1764);             // 2176 x 30 / 37
  EXPECT_EQ(view->capacity_thousandths, 6519);  // 115 / 1764 = 6.5192 %
  EXPECT_EQ(view->table_effective_from, D("2000-01-01"));

  // An administrator adds a table from today on; an officer may not.
  workload::PointsTable t = workload::Section5Table(D("2026-11-23"));
  t.points[0][5] = 120;  // community B2
  EXPECT_EQ(app::AddPointsTable(ctx(), Priya(), t).error().code, ErrorCode::kPermissionDenied);
  auto added = app::AddPointsTable(ctx(), Admin(), t);
  ASSERT_TRUE(added) << added.error().message;
  EXPECT_EQ(app::AddPointsTable(ctx(), Admin(), t).error().code, ErrorCode::kFailedPrecondition);
  EXPECT_EQ(app::ViewWorkload(ctx(), Priya(), "S00001")->points, 120);
  EXPECT_EQ(app::ListPointsTables(ctx(), Priya())->size(), 2U);
}

INSTANTIATE_TEST_SUITE_P(BothEngines, TierTest, ::testing::Values("sqlite", "postgres"),
                         [](const auto& test) { return test.param; });

}  // namespace
}  // namespace probity
