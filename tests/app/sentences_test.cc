// Recording orders and varying, terminating and completing requirements against a real store on
// both engines (issue 3 part 1): every broken limit reported at once with nothing saved, each
// change kept in the requirement's history with its reason, and RAR-6 and RAR-9 respected.
#include "app/sentences.h"

#include <gtest/gtest.h>

#include "app/diary.h"
#include "store/sql_store.h"
#include "support/test_database.h"

namespace probity {
namespace {

Date D(const char* iso) {
  return *ParseDate(iso);
}

// The fields a refusal names, in order.
std::vector<std::string> Fields(const Error& error) {
  std::vector<std::string> fields;
  for (const auto& f : error.fields) {
    fields.push_back(f.field + ":" + f.error);
  }
  return fields;
}

class SentencesTest : public ::testing::TestWithParam<std::string> {
 protected:
  void SetUp() override {
    store_ = std::move(*store::SqlStore::Open(db_.url(), 2));
    auto tx = std::move(*store_->Begin(app::TxKind::kWrite));
    auto organisation = *tx->org().InsertOrganisation({{}, "PS", "Probation Service"});
    auto area = *tx->org().InsertArea({{}, organisation, "A001", "Leeds"});
    auto team = *tx->org().InsertTeam({{}, area, "T0001", "Leeds Team 1"});
    priya_ = *tx->org().InsertStaff(
        {{}, team, "S00001", "Priya", "Shah", org::Grade::kProbationOfficer, 37});
    for (const char* crn : {"X000001", "X000002"}) {
      person::Person p;
      p.crn = *person::Crn::Parse(crn);
      p.first_name = "Ann";
      p.surname = "Test";
      p.date_of_birth = D("1990-01-01");
      p.home_area = area;
      person_ids_.push_back(*tx->people().Insert(p));
      EXPECT_TRUE(tx->allocations().Allocate(person_ids_.back(),
                                             {organisation, team, priya_, D("2026-06-01")}));
    }
    ASSERT_TRUE(tx->Commit());
  }

  app::Actor Priya() { return {1, "priya", app::Role::kResponsibleOfficer, priya_, "req-1"}; }
  app::Context ctx() { return {*store_, clock_}; }

  // A community order made on 20 Nov 2026 for a year: 120 hours' unpaid work, a 3-day RAR and a
  // 6-month curfew of 10 hours a day.
  static app::OrderRequest CommunityOrder() {
    app::OrderRequest o;
    o.conviction_date = "2026-11-20";
    o.offence_category = "theft_non_motor";
    o.offence_description = "Shop theft";
    o.court = "Leeds Magistrates";
    o.order_type = "community_order";
    o.sentence_date = "2026-11-20";
    o.end_date = "2027-11-19";
    o.requirements = {{"unpaid_work", 120, std::nullopt, "2027-11-19"},
                      {"rar", 3, std::nullopt, ""},
                      {"curfew", 6, 10, ""}};
    return o;
  }

  // Records CommunityOrder() for X000001; returns its requirement ids (unpaid work, RAR, curfew).
  std::vector<std::int64_t> Record() {
    auto saved = app::RecordOrder(ctx(), Priya(), "X000001", CommunityOrder());
    EXPECT_TRUE(saved) << saved.error().message;
    std::vector<std::int64_t> ids;
    for (const auto& r : saved->event.sentences.at(0).requirements) {
      ids.push_back(r.id.value());
    }
    return ids;
  }

  std::vector<sentence::Event> Events(int who = 0) {
    auto tx = std::move(*store_->Begin(app::TxKind::kRead));
    return *tx->sentences().ForPerson(person_ids_.at(static_cast<std::size_t>(who)));
  }

  int Audits(const std::string& id) {
    auto tx = std::move(*store_->Begin(app::TxKind::kRead));
    return static_cast<int>(tx->audit().ForRecord("person", id, 100)->size());
  }

  static sentence::RequirementVariation Vary(std::optional<int> length, std::string reason) {
    sentence::RequirementVariation v;
    v.length = length;
    v.reason = std::move(reason);
    return v;
  }

  testing::TestDatabase db_{GetParam()};
  std::unique_ptr<store::SqlStore> store_;
  FakeClock clock_{*ParseInstant("2026-11-23T10:00:00Z")};
  org::StaffId priya_;
  std::vector<person::PersonId> person_ids_;
};

TEST_P(SentencesTest, RecordsACommunityOrderWithItsRequirementsAndTheirDetails) {
  auto saved = app::RecordOrder(ctx(), Priya(), "X000001", CommunityOrder());
  ASSERT_TRUE(saved) << saved.error().message;
  EXPECT_EQ(saved->crn, "X000001");
  EXPECT_GT(saved->event.id.value(), 0);
  ASSERT_EQ(saved->event.sentences.at(0).requirements.size(), 3U);
  EXPECT_GT(saved->event.sentences[0].requirements[2].id.value(), 0);

  auto events = Events();
  ASSERT_EQ(events.size(), 1U);
  EXPECT_EQ(events[0].court, "Leeds Magistrates");
  const auto& s = events[0].sentences.at(0);
  EXPECT_EQ(s.end_date, D("2027-11-19"));
  ASSERT_EQ(s.requirements.size(), 3U);
  EXPECT_EQ(s.requirements[0].end_date, D("2027-11-19"));  // unpaid work within 12 months
  EXPECT_EQ(s.requirements[2].daily_hours, 10);            // curfew hours a day
  EXPECT_EQ(Audits("X000001/event/" + std::to_string(saved->event.id.value())), 1);
}

TEST_P(SentencesTest, RefusesEveryBrokenLimitAtOnceAndSavesNothing) {
  auto o = CommunityOrder();
  o.end_date = "2029-11-21";  // more than 3 years (SC2020 s.209(2))
  o.requirements = {{"unpaid_work", 39, std::nullopt, ""}, {"unpaid_work", 301, std::nullopt, ""}};
  auto refused = app::RecordOrder(ctx(), Priya(), "X000001", o);
  ASSERT_FALSE(refused);
  EXPECT_EQ(refused.error().code, ErrorCode::kInvalidArgument);
  auto fields = Fields(refused.error());
  for (const char* expected : {"endDate:OUT_OF_RANGE", "requirements[0].length:OUT_OF_RANGE",
                               "requirements[1].length:OUT_OF_RANGE"}) {
    EXPECT_NE(std::find(fields.begin(), fields.end(), expected), fields.end()) << expected;
  }
  EXPECT_TRUE(Events().empty());

  // Unreadable input is reported field by field too, before the limits.
  o = CommunityOrder();
  o.order_type = "probation_order";
  o.sentence_date = "2026-02-30";
  o.requirements[1].type = "community_service";
  auto unreadable = app::RecordOrder(ctx(), Priya(), "X000001", o);
  ASSERT_FALSE(unreadable);
  EXPECT_EQ(Fields(unreadable.error()),
            (std::vector<std::string>{"sentenceDate:INVALID_FORMAT", "orderType:UNKNOWN_CODE",
                                      "requirements[1].type:UNKNOWN_CODE"}));
  o = CommunityOrder();
  o.conviction_date = "2026-11-24";  // tomorrow
  o.sentence_date = "2026-11-24";
  auto future = app::RecordOrder(ctx(), Priya(), "X000001", o);
  ASSERT_FALSE(future);
  EXPECT_EQ(Fields(future.error()), (std::vector<std::string>{"convictionDate:IN_THE_FUTURE",
                                                              "sentenceDate:IN_THE_FUTURE"}));
  EXPECT_TRUE(Events().empty());
}

TEST_P(SentencesTest, SuspendedSentenceOrderNeedsItsTermAndOperationalPeriod) {
  auto o = CommunityOrder();
  o.order_type = "suspended_sentence_order";
  o.end_date = "2027-11-19";
  o.operational_end_date = "2029-11-21";  // over 2 years (SC2020 s.288)
  auto refused = app::RecordOrder(ctx(), Priya(), "X000001", o);
  ASSERT_FALSE(refused);
  auto fields = Fields(refused.error());
  for (const char* expected : {"custodialMonths:REQUIRED", "operationalEndDate:OUT_OF_RANGE"}) {
    EXPECT_NE(std::find(fields.begin(), fields.end(), expected), fields.end()) << expected;
  }
  o.custodial_months = 6;
  o.operational_end_date = "2028-05-19";
  auto saved = app::RecordOrder(ctx(), Priya(), "X000001", o);
  ASSERT_TRUE(saved) << saved.error().message;
  EXPECT_EQ(Events()[0].sentences[0].operational_end, D("2028-05-19"));
  EXPECT_EQ(Events()[0].sentences[0].custodial_months, 6);
}

TEST_P(SentencesTest, VariationIsKeptInTheHistoryWithItsReasonAndRefusalsChangeNothing) {
  auto ids = Record();
  auto no_reason = app::VaryRequirement(ctx(), Priya(), "X000001", ids[0], Vary(150, " "));
  ASSERT_FALSE(no_reason);
  EXPECT_EQ(Fields(no_reason.error()), (std::vector<std::string>{"reason:REQUIRED"}));
  auto too_many = app::VaryRequirement(ctx(), Priya(), "X000001", ids[0], Vary(301, "Court"));
  ASSERT_FALSE(too_many);
  EXPECT_EQ(Fields(too_many.error()), (std::vector<std::string>{"length:OUT_OF_RANGE"}));
  EXPECT_EQ(Events()[0].sentences[0].requirements[0].length, 120);

  auto varied = app::VaryRequirement(ctx(), Priya(), "X000001", ids[0],
                                     Vary(150, "Leeds Magistrates varied the order on review"));
  ASSERT_TRUE(varied) << varied.error().message;
  EXPECT_EQ(varied->requirement.length, 150);
  ASSERT_EQ(varied->changes.size(), 1U);
  const auto& change = varied->changes[0];
  EXPECT_EQ(change.kind, "varied");
  EXPECT_EQ(change.old_length, 120);
  EXPECT_EQ(change.new_length, 150);
  EXPECT_EQ(change.old_end_date, D("2027-11-19"));
  EXPECT_EQ(change.effective_date, D("2026-11-23"));
  EXPECT_EQ(change.reason, "Leeds Magistrates varied the order on review");
  EXPECT_EQ(change.changed_by, "priya");
  EXPECT_EQ(Events()[0].sentences[0].requirements[0].length, 150);
  EXPECT_EQ(Audits("X000001/requirement/" + std::to_string(ids[0])), 1);

  sentence::RequirementVariation hours;
  hours.daily_hours = 21;  // over 20 hours a day (Sch 9 para 9(4))
  hours.reason = "Court";
  auto too_long = app::VaryRequirement(ctx(), Priya(), "X000001", ids[2], hours);
  ASSERT_FALSE(too_long);
  EXPECT_EQ(Fields(too_long.error()), (std::vector<std::string>{"dailyHours:OUT_OF_RANGE"}));
  EXPECT_EQ(Events()[0].sentences[0].requirements[2].daily_hours, 10);
}

TEST_P(SentencesTest, TerminatedRequirementCannotBeVariedOrEndedAgain) {
  auto ids = Record();
  app::EndingRequest ending{"terminated", "", std::nullopt};
  auto no_reason = app::EndRequirement(ctx(), Priya(), "X000001", ids[2], ending);
  ASSERT_FALSE(no_reason);
  EXPECT_EQ(Fields(no_reason.error()), (std::vector<std::string>{"reason:REQUIRED"}));
  ending.reason = "Revoked on application: moved address";
  auto ended = app::EndRequirement(ctx(), Priya(), "X000001", ids[2], ending);
  ASSERT_TRUE(ended) << ended.error().message;
  EXPECT_EQ(ended->requirement.status, sentence::RequirementStatus::kTerminated);
  ASSERT_EQ(ended->changes.size(), 1U);
  EXPECT_EQ(ended->changes[0].kind, "terminated");
  EXPECT_EQ(ended->changes[0].effective_date, D("2026-11-23"));

  auto vary = app::VaryRequirement(ctx(), Priya(), "X000001", ids[2], Vary(3, "Court"));
  ASSERT_FALSE(vary);
  EXPECT_EQ(vary.error().code, ErrorCode::kFailedPrecondition);
  EXPECT_EQ(Fields(vary.error()), (std::vector<std::string>{"status:NOT_ACTIVE"}));
  EXPECT_FALSE(app::EndRequirement(ctx(), Priya(), "X000001", ids[2], ending));
  auto history = app::ViewRequirementHistory(ctx(), Priya(), "X000001", ids[2]);
  ASSERT_TRUE(history) << history.error().message;
  EXPECT_EQ(history->changes.size(), 1U);

  // Unpaid work completed: a completion with its reason.
  app::EndingRequest done{"completed", "All 120 hours worked", D("2026-11-22")};
  auto completed = app::EndRequirement(ctx(), Priya(), "X000001", ids[0], done);
  ASSERT_TRUE(completed) << completed.error().message;
  EXPECT_EQ(completed->changes.at(0).kind, "completed");
  EXPECT_EQ(completed->changes.at(0).effective_date, D("2026-11-22"));
  // Someone else's requirement is not found.
  EXPECT_EQ(app::ViewRequirementHistory(ctx(), Priya(), "X000002", ids[0]).error().code,
            ErrorCode::kNotFound);
}

TEST_P(SentencesTest, Rar6VariationCannotGoBelowTheDaysInstructedAndRar9CompletionIsSeparate) {
  auto ids = Record();
  for (const char* date : {"2026-11-30", "2026-12-07"}) {
    app::AppointmentRequest r;
    r.type = "rar_activity";
    r.date = date;
    r.start_time = "10:00";
    r.location = "Leeds office";
    r.requirement = ids[1];
    auto booked = app::BookAppointment(ctx(), Priya(), "X000001", r);
    ASSERT_TRUE(booked) << booked.error().message;
  }
  auto below = app::VaryRequirement(ctx(), Priya(), "X000001", ids[1], Vary(1, "Court"));
  ASSERT_FALSE(below);
  EXPECT_EQ(Fields(below.error()), (std::vector<std::string>{"length:BELOW_DAYS_INSTRUCTED"}));
  EXPECT_NE(below.error().message.find("2 days instructed"), std::string::npos);
  auto to_two = app::VaryRequirement(ctx(), Priya(), "X000001", ids[1], Vary(2, "Court"));
  ASSERT_TRUE(to_two) << to_two.error().message;
  EXPECT_EQ(to_two->requirement.length, 2);

  app::EndingRequest complete{"completed", "All days done", std::nullopt};
  auto refused = app::EndRequirement(ctx(), Priya(), "X000001", ids[1], complete);
  ASSERT_FALSE(refused);
  EXPECT_EQ(Fields(refused.error()), (std::vector<std::string>{"status:USE_RAR_COMPLETION"}));
  app::EndingRequest terminate{"terminated", "Order revoked", std::nullopt};
  auto terminated = app::EndRequirement(ctx(), Priya(), "X000001", ids[1], terminate);
  ASSERT_TRUE(terminated) << terminated.error().message;
  EXPECT_EQ(terminated->changes.size(), 2U);
}

INSTANTIATE_TEST_SUITE_P(BothEngines, SentencesTest, ::testing::Values("sqlite", "postgres"),
                         [](const auto& test) { return test.param; });

}  // namespace
}  // namespace probity
