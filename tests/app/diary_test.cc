// The diary and group sessions against a real store on both engines: RAR-6 refusals that save
// nothing, outcomes changing the counts, and one grouped notice per officer.
#include "app/diary.h"

#include <algorithm>

#include <gtest/gtest.h>

#include "app/group_sessions.h"
#include "app/rar_plan.h"
#include "store/sql_store.h"
#include "support/test_database.h"

namespace probity {
namespace {

Date D(const char* iso) {
  return *ParseDate(iso);
}

class DiaryTest : public ::testing::TestWithParam<std::string> {
 protected:
  void SetUp() override {
    store_ = std::move(*store::SqlStore::Open(db_.url(), 2));
    auto tx = std::move(*store_->Begin(app::TxKind::kWrite));
    auto organisation = *tx->org().InsertOrganisation({{}, "PS", "Probation Service"});
    auto area = *tx->org().InsertArea({{}, organisation, "A001", "Leeds"});
    auto team = *tx->org().InsertTeam({{}, area, "T0001", "Leeds Team 1"});
    priya_ = *tx->org().InsertStaff(
        {{}, team, "S00001", "Priya", "Shah", org::Grade::kProbationOfficer, 37});
    tom_ = *tx->org().InsertStaff(
        {{}, team, "S00002", "Tom", "Hale", org::Grade::kProbationOfficer, 37});
    // Three people, each on a community order with a 3-day RAR (1 Jun 2026 to 31 May 2027):
    // the first two are Priya's cases, the third Tom's.
    const char* crns[] = {"X000001", "X000002", "X000003"};
    const char* names[] = {"Ann", "Ben", "Cal"};
    for (int i = 0; i < 3; ++i) {
      person::Person p;
      p.crn = *person::Crn::Parse(crns[i]);
      p.first_name = names[i];
      p.surname = "Test";
      p.date_of_birth = D("1990-01-01");
      p.home_area = area;
      auto id = *tx->people().Insert(p);
      org::StaffId officer = i < 2 ? priya_ : tom_;
      EXPECT_TRUE(tx->allocations().Allocate(id, {organisation, team, officer, D("2026-06-01")}));
      sentence::Event event;
      event.conviction_date = D("2026-06-01");
      event.offence_category = "theft_non_motor";
      event.court = "Leeds Magistrates";
      sentence::Sentence s;
      s.sentence_date = D("2026-06-01");
      s.end_date = D("2027-05-31");
      s.requirements.push_back({{}, sentence::RequirementType::kRehabilitationActivity, 3});
      event.sentences.push_back(s);
      auto saved = *tx->sentences().Insert(id, event);
      rar_[i] = saved.sentences[0].requirements[0].id.value();
    }
    ASSERT_TRUE(tx->Commit());
  }

  app::Actor Priya() { return {1, "priya", app::Role::kResponsibleOfficer, priya_, "req-1"}; }

  Result<app::DiaryResult> BookRar(int who, const char* date) {
    app::AppointmentRequest r;
    r.type = "rar_activity";
    r.date = date;
    r.start_time = "10:00";
    r.location = "Leeds office";
    r.requirement = rar_[who];
    return app::BookAppointment(ctx(), Priya(), Crn(who), r);
  }

  static std::string Crn(int who) { return "X00000" + std::to_string(who + 1); }

  int Contacts(int who) {
    auto tx = std::move(*store_->Begin(app::TxKind::kRead));
    return static_cast<int>(
        tx->contacts().ForRequirement(sentence::RequirementId(rar_[who]))->size());
  }

  testing::TestDatabase db_{GetParam()};
  std::unique_ptr<store::SqlStore> store_;
  FakeClock clock_{*ParseInstant("2026-11-23T10:00:00Z")};
  app::Context ctx() { return {*store_, clock_}; }
  org::StaffId priya_;
  org::StaffId tom_;
  std::int64_t rar_[3] = {};
};

TEST_P(DiaryTest, Rar6BookingsStopAtTheDaysOrderedAndTheRefusalSavesNothing) {
  ASSERT_TRUE(BookRar(0, "2026-11-30"));
  ASSERT_TRUE(BookRar(0, "2026-12-07"));
  auto third = BookRar(0, "2026-12-14");
  ASSERT_TRUE(third) << third.error().message;
  // RAR-6: 3 future dates booked = 3 instructed of 3 ordered; 0 remain.
  EXPECT_EQ(third->rar->days.instructed, 3);
  EXPECT_EQ(third->rar->days.booked, 3);
  EXPECT_EQ(third->rar->days.remaining, 0);
  auto fourth = BookRar(0, "2026-12-21");
  ASSERT_FALSE(fourth);
  EXPECT_EQ(fourth.error().code, ErrorCode::kFailedPrecondition);
  EXPECT_NE(fourth.error().message.find("0 remain"), std::string::npos);
  EXPECT_EQ(fourth.error().fields.at(0).field, "date");
  EXPECT_EQ(Contacts(0), 3);  // nothing saved
  // RAR-3: a second session on an instructed date is the same day, so it is allowed.
  auto same_day = BookRar(0, "2026-12-14");
  ASSERT_TRUE(same_day) << same_day.error().message;
  EXPECT_EQ(same_day->rar->days.instructed, 3);
}

TEST_P(DiaryTest, BookingRefusesDatesOutsideTheOrderAndUnknownFields) {
  auto after = BookRar(0, "2027-06-01");  // the day after the order ends
  ASSERT_FALSE(after);
  EXPECT_EQ(after.error().fields.at(0).error, "OUTSIDE_ORDER");
  app::AppointmentRequest r;
  r.type = "rar_activity";
  r.date = "2026-12-01";
  r.start_time = "25:00";
  r.location = "Office";
  auto bad_time = app::BookAppointment(ctx(), Priya(), Crn(0), r);
  ASSERT_FALSE(bad_time);
  EXPECT_EQ(bad_time.error().fields.at(0).field, "time");
  r.start_time = "09:00";
  auto no_requirement = app::BookAppointment(ctx(), Priya(), Crn(0), r);
  ASSERT_FALSE(no_requirement);
  EXPECT_EQ(no_requirement.error().fields.at(0).field, "requirementId");
  r.requirement = rar_[1];  // someone else's requirement
  auto not_theirs = app::BookAppointment(ctx(), Priya(), Crn(0), r);
  ASSERT_FALSE(not_theirs);
  EXPECT_EQ(not_theirs.error().fields.at(0).error, "UNKNOWN_REQUIREMENT");
  EXPECT_EQ(Contacts(0) + Contacts(1), 0);
}

TEST_P(DiaryTest, OutcomesChangeTheCountsAndFutureAppointmentsHaveNone) {
  auto today = BookRar(0, "2026-11-23");
  auto future = BookRar(0, "2026-11-30");
  ASSERT_TRUE(today && future);
  app::OutcomeRequest too_soon{future->appointment.contact.id.value(), "ATTC", "", ""};
  auto refused = app::RecordOutcome(ctx(), Priya(), Crn(0), too_soon);
  ASSERT_FALSE(refused);
  EXPECT_EQ(refused.error().fields.at(0).error, "FUTURE_APPOINTMENT");

  app::OutcomeRequest attended{today->appointment.contact.id.value(), "ATTC", "", "Session 1"};
  auto recorded = app::RecordOutcome(ctx(), Priya(), Crn(0), attended);
  ASSERT_TRUE(recorded) << recorded.error().message;
  // RAR-5: one completed date (23 Nov); RAR-6: 2 instructed (23 Nov done, 30 Nov booked).
  EXPECT_EQ(recorded->rar->days.completed, 1);
  EXPECT_EQ(recorded->rar->days.instructed, 2);
  EXPECT_EQ(recorded->rar->days.remaining, 1);
  auto again = app::RecordOutcome(ctx(), Priya(), Crn(0), attended);
  ASSERT_FALSE(again);
  EXPECT_EQ(again.error().code, ErrorCode::kFailedPrecondition);
  // Another person's appointment is not found under this CRN.
  auto wrong_person = app::RecordOutcome(ctx(), Priya(), Crn(1), attended);
  ASSERT_FALSE(wrong_person);
  EXPECT_EQ(wrong_person.error().code, ErrorCode::kNotFound);
}

app::GroupSessionRequest ThreePersonSession(const std::int64_t (&rar)[3]) {
  app::GroupSessionRequest r;
  r.title = "Thinking skills group";
  r.type = "rar_activity";
  r.date = "2026-12-02";
  r.start_time = "14:00";
  r.location = "Leeds office, room 2";
  for (int i = 0; i < 3; ++i) {
    r.attendees.push_back({"X00000" + std::to_string(i + 1), rar[i]});
  }
  return r;
}

TEST_P(DiaryTest, CancellingAGroupSessionTellsEachOfficerOnceAndReleasesTheDays) {
  auto session = app::CreateGroupSession(ctx(), Priya(), ThreePersonSession(rar_));
  ASSERT_TRUE(session) << session.error().message;
  ASSERT_EQ(session->attendees.size(), 3U);
  EXPECT_EQ(Contacts(2), 1);

  auto notices = app::CancelGroupSession(ctx(), Priya(), session->session.id, "Facilitator ill");
  ASSERT_TRUE(notices) << notices.error().message;
  // Three people, two officers: two notices, Priya's listing both her people.
  ASSERT_EQ(notices->size(), 2U);
  app::Actor tom{2, "tom", app::Role::kResponsibleOfficer, tom_, "req-2"};
  auto priyas = app::ViewNotices(ctx(), Priya());
  auto toms = app::ViewNotices(ctx(), tom);
  ASSERT_TRUE(priyas && toms);
  ASSERT_EQ(priyas->size(), 1U);
  ASSERT_EQ(toms->size(), 1U);
  EXPECT_EQ(priyas->at(0).crns, (std::vector<std::string>{"X000001", "X000002"}));
  EXPECT_EQ(toms->at(0).crns, (std::vector<std::string>{"X000003"}));
  EXPECT_FALSE(priyas->at(0).read);
  {  // a notice names people, so showing it is audited against each of them
    auto tx = std::move(*store_->Begin(app::TxKind::kRead));
    auto entries = *tx->audit().ForRecord("person", "X000002", 100);
    EXPECT_TRUE(std::any_of(entries.begin(), entries.end(),
                            [](const app::AuditEntry& e) { return e.action == "notices.view"; }));
  }
  // RAR-6: a withdrawn appointment releases its date: all 3 days remain again.
  auto after = BookRar(2, "2026-12-09");
  ASSERT_TRUE(after);
  EXPECT_EQ(after->rar->days.instructed, 1);
  // Cancelling twice is refused; reading a notice marks it read.
  EXPECT_FALSE(app::CancelGroupSession(ctx(), Priya(), session->session.id, "again"));
  ASSERT_TRUE(app::MarkNoticeRead(ctx(), Priya(), priyas->at(0).id));
  EXPECT_TRUE(app::ViewNotices(ctx(), Priya())->at(0).read);
  EXPECT_FALSE(app::MarkNoticeRead(ctx(), tom, priyas->at(0).id));  // not Tom's notice
}

TEST_P(DiaryTest, MovingASessionChecksEveryAttendeeAndMovesAllOrNone) {
  auto session = app::CreateGroupSession(ctx(), Priya(), ThreePersonSession(rar_));
  ASSERT_TRUE(session) << session.error().message;
  std::int64_t id = session->session.id;
  // Cal (third attendee) has 3 other dates booked: moving the session to a new date would
  // need a 4th... but the moved session's own date is released, so it still fits: 3 of 3.
  ASSERT_TRUE(BookRar(2, "2026-12-09"));
  ASSERT_TRUE(BookRar(2, "2026-12-16"));
  auto moved = app::MoveGroupSession(ctx(), Priya(), id, "2026-12-03", "15:00", "Room booked");
  ASSERT_TRUE(moved) << moved.error().message;
  EXPECT_EQ(moved->size(), 2U);
  // Outside the order for everyone: refused, naming the first attendee; nothing moves.
  auto outside = app::MoveGroupSession(ctx(), Priya(), id, "2027-06-02", "15:00", "Later");
  ASSERT_FALSE(outside);
  EXPECT_EQ(outside.error().fields.at(0).field, "attendees[0].date");
  auto view = app::ViewGroupSession(ctx(), Priya(), id);
  ASSERT_TRUE(view);
  EXPECT_EQ(FormatDate(view->session.date), "2026-12-03");
  EXPECT_EQ(view->session.start_time, "15:00");
}

TEST_P(DiaryTest, AGroupSessionWithOneBadAttendeeSavesNothing) {
  auto request = ThreePersonSession(rar_);
  request.attendees[1].requirement = rar_[0];  // Ann's RAR given for Ben
  auto refused = app::CreateGroupSession(ctx(), Priya(), request);
  ASSERT_FALSE(refused);
  EXPECT_EQ(refused.error().fields.at(0).field, "attendees[1].requirementId");
  EXPECT_EQ(Contacts(0) + Contacts(1) + Contacts(2), 0);
}

plan::Plan TwoDayPlan(int days) {
  plan::Plan p;
  p.needs.push_back({need::NeedArea::kFinanceBenefitsDebt, plan::OffendingLink::kStronglyLinked,
                     false, "Rent arrears", ""});
  p.objectives.push_back(
      {"Manage money", "A budget kept for 3 months", {need::NeedArea::kFinanceBenefitsDebt}});
  plan::Activity a;
  a.description = "Budgeting sessions";
  a.need = need::NeedArea::kFinanceBenefitsDebt;
  a.rar_days = days;
  p.activities.push_back(a);
  return p;
}

TEST_P(DiaryTest, Rar8PlansAreVersionedAndNeverExceedTheDaysOrdered) {
  // RAR-8: 4 planned days against 3 ordered is refused and nothing is saved.
  auto over = app::SaveRarPlan(ctx(), Priya(), Crn(0), rar_[0], TwoDayPlan(4));
  ASSERT_FALSE(over);
  EXPECT_EQ(over.error().fields.at(0).error, "EXCEEDS_RAR_DAYS_ORDERED");
  EXPECT_FALSE(app::ViewRarPlan(ctx(), Priya(), Crn(0), rar_[0])->plan);

  auto draft = app::SaveRarPlan(ctx(), Priya(), Crn(0), rar_[0], TwoDayPlan(2));
  ASSERT_TRUE(draft) << draft.error().message;
  EXPECT_EQ(draft->plan->version, 1);
  EXPECT_EQ(draft->check.planned, 2);
  EXPECT_EQ(draft->check.remaining, 1);
  auto agreed = app::AgreeRarPlan(ctx(), Priya(), Crn(0), rar_[0]);
  ASSERT_TRUE(agreed) << agreed.error().message;
  EXPECT_EQ(agreed->plan->status, plan::PlanStatus::kAgreed);
  EXPECT_EQ(FormatDate(*agreed->plan->agreed_on), "2026-11-23");
  // RAR-8: amending an agreed plan makes version 2; version 1 stays as agreed.
  auto amended = app::SaveRarPlan(ctx(), Priya(), Crn(0), rar_[0], TwoDayPlan(3));
  ASSERT_TRUE(amended) << amended.error().message;
  EXPECT_EQ(amended->plan->version, 2);
  EXPECT_EQ(amended->plan->status, plan::PlanStatus::kDraft);
  auto first = app::ViewRarPlan(ctx(), Priya(), Crn(0), rar_[0], 1);
  ASSERT_TRUE(first);
  EXPECT_EQ(first->plan->status, plan::PlanStatus::kAgreed);
  EXPECT_EQ(first->plan->activities.at(0).rar_days, 2);
  EXPECT_EQ(first->latest_version, 2);
}

TEST_P(DiaryTest, Rar9CompletionWithFewerDaysNeedsReasonsAndLeavesTheManagersList) {
  ASSERT_TRUE(app::SaveRarPlan(ctx(), Priya(), Crn(0), rar_[0], TwoDayPlan(2)));
  ASSERT_TRUE(app::AgreeRarPlan(ctx(), Priya(), Crn(0), rar_[0]));
  // After the order ends (31 May 2027) with 0 of 3 days completed, the manager sees it.
  clock_.Advance(std::chrono::days(200));  // 11 June 2027
  app::Actor manager{9, "mo", app::Role::kManager, priya_, "req-m"};
  auto missing = app::ListMissingCompletions(ctx(), manager);
  ASSERT_TRUE(missing) << missing.error().message;
  ASSERT_EQ(missing->size(), 3U);  // all three people's RARs ended undelivered
  EXPECT_EQ(missing->at(0).days.ordered, 3);
  EXPECT_FALSE(app::ListMissingCompletions(ctx(), Priya()));  // officers do not see it

  rar::Completion completion;
  completion.objectives.push_back({rar::ObjectiveOutcome::kPartlyAchieved, ""});
  completion.confirmed = true;
  // RAR-9: fewer days than ordered (0 of 3) without rationale, progress and outcome: refused.
  auto refused = app::CompleteRar(ctx(), Priya(), Crn(0), rar_[0], completion);
  ASSERT_FALSE(refused);
  EXPECT_EQ(refused.error().fields.size(), 3U);
  completion.rationale = "Found work; sessions moved to evenings were not available";
  completion.progress = "Budget in place";
  completion.outcome_achieved = "Arrears cleared";
  auto done = app::CompleteRar(ctx(), Priya(), Crn(0), rar_[0], completion);
  ASSERT_TRUE(done) << done.error().message;
  ASSERT_TRUE(done->completion);
  EXPECT_TRUE(done->completion->completed.fewer_days_than_ordered);
  EXPECT_EQ(app::ListMissingCompletions(ctx(), manager)->size(), 2U);
  EXPECT_FALSE(app::CompleteRar(ctx(), Priya(), Crn(0), rar_[0], completion));  // only once
}

INSTANTIATE_TEST_SUITE_P(BothEngines, DiaryTest, ::testing::Values("sqlite", "postgres"),
                         [](const auto& test) { return test.param; });

}  // namespace
}  // namespace probity
