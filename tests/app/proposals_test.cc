// Court proposals against a real store on both engines (issue 4 part 2): the area's catalogue
// kept by managers, proposals built from a person's record and the catalogue (PROP-1..PROP-5),
// frozen once made, audited, and — for a record with no OGRS score — a refusal that says what is
// missing and stores nothing.
#include "app/proposals.h"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include "app/sentences.h"
#include "domain/risk/ogrs3.h"
#include "store/sql_store.h"
#include "support/test_database.h"

namespace probity {
namespace {

using ::testing::HasSubstr;

Date D(const char* iso) {
  return *ParseDate(iso);
}

proposal::Intervention Activity(const char* code, const char* need, int days) {
  proposal::Intervention i;
  i.code = code;
  i.name = std::string("Service ") + code;
  i.provider = "In-house";
  i.need_areas = {need};
  i.typical_days = days;
  return i;
}

std::vector<std::string> Fields(const Error& error) {
  std::vector<std::string> out;
  for (const auto& f : error.fields) {
    out.push_back(f.field + ":" + f.error);
  }
  return out;
}

class ProposalsTest : public ::testing::TestWithParam<std::string> {
 protected:
  void SetUp() override {
    store_ = std::move(*store::SqlStore::Open(db_.url(), 2));
    auto tx = std::move(*store_->Begin(app::TxKind::kWrite));
    auto organisation = *tx->org().InsertOrganisation({{}, "PS", "Probation Service"});
    area_ = *tx->org().InsertArea({{}, organisation, "A001", "Leeds"});
    for (auto [crn, ogrs] : {std::pair{"X000001", std::optional<int>(60)},
                             std::pair{"X000002", std::optional<int>()}}) {
      person::Person p;
      p.crn = *person::Crn::Parse(crn);
      p.first_name = "Sam";
      p.surname = "Test";
      p.sex = person::Sex::kMale;
      p.date_of_birth = D("1991-07-17");
      p.home_area = area_;
      p.ogrs_two_year = ogrs;
      EXPECT_TRUE(tx->people().Insert(p));
    }
    ASSERT_TRUE(tx->Commit());
    for (const auto& i : {Activity("HOUSING", "accommodation", 4), Activity("WORK", "ete", 6)}) {
      auto added = app::AddIntervention(ctx(), Manager(), "A001", i);
      ASSERT_TRUE(added) << added.error().message;
    }
  }

  app::Actor Court() { return {1, "cora", app::Role::kCourtOfficer, std::nullopt, "req-1"}; }
  app::Actor Manager() { return {2, "mo", app::Role::kManager, std::nullopt, "req-2"}; }
  app::Actor Officer() { return {3, "ro", app::Role::kResponsibleOfficer, std::nullopt, "req-3"}; }
  app::Context ctx() { return {*store_, clock_}; }

  static app::ProposalRequest TwoNeedsIn(const char* area) {
    app::ProposalRequest r;
    r.needs = {{"accommodation", "severe", true, false, false},
               {"ete", "standard", true, false, false},
               {"finance_benefits_debt", "", false, false, false}};  // a form row left empty
    r.area = area;
    return r;
  }

  std::vector<app::AuditEntry> AuditOf(const std::string& record) {
    auto tx = std::move(*store_->Begin(app::TxKind::kRead));
    return *tx->audit().ForRecord("person", record, 10);
  }

  testing::TestDatabase db_{GetParam()};
  std::unique_ptr<store::SqlStore> store_;
  FakeClock clock_{*ParseInstant("2026-11-23T10:00:00Z")};
  org::AreaId area_;
};

TEST_P(ProposalsTest, ManagersKeepTheCatalogueAndBadEntriesChangeNothing) {
  auto view = app::ViewCatalogue(ctx(), Officer(), "Leeds", false);  // by name as well as code
  ASSERT_TRUE(view) << view.error().message;
  ASSERT_EQ(view->entries.size(), 2U);

  auto by_officer = app::AddIntervention(ctx(), Officer(), "A001", Activity("FBD", "ete", 3));
  ASSERT_FALSE(by_officer);
  EXPECT_EQ(by_officer.error().code, ErrorCode::kPermissionDenied);
  auto twice = app::AddIntervention(ctx(), Manager(), "A001", Activity("WORK", "ete", 3));
  ASSERT_FALSE(twice);
  EXPECT_EQ(Fields(twice.error()), std::vector<std::string>{"code:DUPLICATE"});
  auto bad = Activity("FBD", "housing", 0);
  auto refused = app::AddIntervention(ctx(), Manager(), "A001", bad);
  ASSERT_FALSE(refused);
  EXPECT_EQ(Fields(refused.error()),
            (std::vector<std::string>{"needAreas[0]:UNKNOWN_CODE", "typicalDays:OUT_OF_RANGE"}));
  auto unknown_area = app::AddIntervention(ctx(), Manager(), "Atlantis", Activity("X", "ete", 3));
  ASSERT_FALSE(unknown_area);
  EXPECT_EQ(unknown_area.error().code, ErrorCode::kNotFound);
  EXPECT_EQ(app::ViewCatalogue(ctx(), Officer(), "A001", true)->entries.size(), 2U);

  auto withdrawn = app::WithdrawIntervention(ctx(), Manager(), "A001", "WORK");
  ASSERT_TRUE(withdrawn) << withdrawn.error().message;
  EXPECT_EQ(withdrawn->entries.size(), 1U);
  EXPECT_EQ(app::ViewCatalogue(ctx(), Officer(), "A001", true)->entries.size(), 2U);
  EXPECT_EQ(app::WithdrawIntervention(ctx(), Manager(), "A001", "WORK").error().code,
            ErrorCode::kNotFound);
}

TEST_P(ProposalsTest, AProposalFromTheRecordUsesTheAreasInterventionsAndIsFrozen) {
  auto start = app::StartProposal(ctx(), Court(), "X000001");
  ASSERT_TRUE(start) << start.error().message;
  EXPECT_EQ(start->ogrs_on_record, 60);
  EXPECT_EQ(start->area_code, "A001");  // the person's home area
  EXPECT_EQ(start->needs.size(), 10U);  // every RAR-10 area, to fill in

  auto made = app::MakeProposal(ctx(), Court(), "X000001", TwoNeedsIn("A001"));
  ASSERT_TRUE(made) << made.error().message;
  // OGRS 60: medium, 15-25 (PROP-1). HOUSING 4 + WORK 6 = 10 anticipated, under 15 (PROP-5).
  EXPECT_EQ(made->ogrs_source, "record");
  EXPECT_EQ(made->needs.size(), 2U);  // the empty row is not a need
  EXPECT_EQ(made->result.anticipated_days, 10);
  EXPECT_EQ(made->result.proposed_days, 15);
  EXPECT_EQ(made->area_name, "Leeds");

  // Withdrawing an intervention later does not change what was put before the court.
  ASSERT_TRUE(app::WithdrawIntervention(ctx(), Manager(), "A001", "HOUSING"));
  auto again = app::ViewProposal(ctx(), Court(), "X000001", made->id);
  ASSERT_TRUE(again) << again.error().message;
  EXPECT_EQ(again->proposal.result.rationale, made->result.rationale);
  ASSERT_EQ(again->proposal.result.activity.size(), 2U);
  EXPECT_EQ(again->proposal.result.activity[0].intervention.code, "HOUSING");
  EXPECT_EQ(again->proposal.needs.size(), 2U);
  EXPECT_EQ(again->proposal.needs[0].severity, "severe");

  // A new proposal now finds no housing service: the officer's sessions instead (2 days a point).
  auto later = app::MakeProposal(ctx(), Court(), "X000001", TwoNeedsIn("A001"));
  ASSERT_TRUE(later);
  EXPECT_EQ(later->result.anticipated_days, 4 + 6);  // 2 points x 2 days + WORK 6
  EXPECT_EQ(later->result.officer_needs, std::vector<std::string>{"accommodation"});

  auto list = app::ListProposals(ctx(), Court(), "X000001");
  ASSERT_TRUE(list);
  ASSERT_EQ(list->size(), 2U);
  EXPECT_EQ(list->front().id, later->id);  // newest first

  auto audit = AuditOf("X000001/proposal/" + std::to_string(made->id));
  ASSERT_FALSE(audit.empty());
  EXPECT_EQ(audit.back().action, "proposal.make");
  EXPECT_EQ(audit.back().username, "cora");
}

TEST_P(ProposalsTest, WithoutOgrsOnTheRecordItSaysWhatIsMissingAndStoresNothing) {
  // Issue 4: "a proposal for a person with no OGRS inputs says what is missing rather than
  // guessing". X000002 has no score and no conviction on record.
  auto refused = app::MakeProposal(ctx(), Court(), "X000002", TwoNeedsIn("A001"));
  ASSERT_FALSE(refused);
  EXPECT_EQ(Fields(refused.error()),
            (std::vector<std::string>{"sanctionCount:REQUIRED", "ageAtFirstSanction:REQUIRED",
                                      "convictionDate:REQUIRED", "offenceCategory:REQUIRED"}));
  EXPECT_THAT(refused.error().message, HasSubstr("no OGRS3 score"));
  EXPECT_TRUE(app::ListProposals(ctx(), Court(), "X000002")->empty());

  auto bad_area = TwoNeedsIn("Atlantis");
  bad_area.sanction_count = 2;
  bad_area.age_at_first_sanction = 21;
  bad_area.conviction_date = "2021-08-05";
  bad_area.offence_category = "other";
  auto unknown = app::MakeProposal(ctx(), Court(), "X000002", bad_area);
  ASSERT_FALSE(unknown);
  EXPECT_EQ(Fields(unknown.error()), std::vector<std::string>{"area:UNKNOWN_CODE"});
  EXPECT_TRUE(app::ListProposals(ctx(), Court(), "X000002")->empty());

  // With the missing inputs, OGRS3 is calculated from them and the record (sex, date of birth):
  // the same inputs as the OGRS-1 worked example, but followed up from the conviction date.
  auto with_inputs = bad_area;
  with_inputs.area = "A001";
  auto made = app::MakeProposal(ctx(), Court(), "X000002", with_inputs);
  ASSERT_TRUE(made) << made.error().message;
  auto expected = risk::CalculateOgrs3(
      {"male", D("1991-07-17"), D("2021-08-05"), std::nullopt, 2, 21, "other"});
  EXPECT_EQ(made->ogrs_two_year, expected->two_year_percent);
  EXPECT_EQ(made->ogrs_source, "calculated");
  // Under 25% with no justification: no days (PROP-2).
  EXPECT_LT(made->ogrs_two_year, 25);
  EXPECT_EQ(made->result.proposed_days, std::nullopt);

  auto analyst = app::Actor{4, "ana", app::Role::kAnalyst, std::nullopt, "req-4"};
  EXPECT_EQ(app::MakeProposal(ctx(), analyst, "X000001", TwoNeedsIn("")).error().code,
            ErrorCode::kPermissionDenied);
}

TEST_P(ProposalsTest, TheCalculatorUsesANamedAreasCatalogue) {
  proposal::RarProposalInput in;
  in.ogrs_two_year_percent = 60;
  in.needs = {{"accommodation", "severe", true, false, false},
              {"ete", "standard", true, false, false}};
  in.area = "leeds";  // names match whatever their case
  auto with_area = app::ProposeRarInArea(ctx(), in);
  ASSERT_TRUE(with_area);
  EXPECT_EQ(with_area->anticipated_days, 10);
  in.area = "Somewhere else";
  auto elsewhere = app::ProposeRarInArea(ctx(), in);
  ASSERT_TRUE(elsewhere);
  EXPECT_EQ(elsewhere->anticipated_days, std::nullopt);  // needs alone: 15 + 3 = 18
  EXPECT_EQ(elsewhere->proposed_days, 18);
}

INSTANTIATE_TEST_SUITE_P(BothEngines, ProposalsTest, ::testing::Values("sqlite", "postgres"),
                         [](const auto& test) { return test.param; });

}  // namespace
}  // namespace probity
