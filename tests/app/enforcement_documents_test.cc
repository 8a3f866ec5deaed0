// Warning letters and breach packs (issue 5 part 4) against a real store on both engines: built
// from the record (ENF-2's words, the chronology, RAR days against ordered), submitted once and
// frozen so later changes to the record never reach them; refusals store nothing.
#include "app/enforcement_documents.h"

#include <algorithm>

#include <gtest/gtest.h>

#include "app/diary.h"
#include "app/enforcement.h"
#include "store/sql_store.h"
#include "support/test_database.h"

namespace probity {
namespace {

using enforcement::ActionKind;

Date D(const char* iso) {
  return *ParseDate(iso);
}

// All the document's words (fields as "label: value", table cells one per line), to search.
std::string Text(const app::EnforcementDocument& doc) {
  std::string out;
  for (const auto& b : doc.blocks) {
    out += b.text;
    out += b.value.empty() ? "\n" : ": " + b.value + "\n";
    for (const auto& row : b.rows) {
      for (const auto& cell : row) {
        out += cell + "\n";
      }
    }
  }
  return out;
}

bool Has(const app::EnforcementDocument& doc, const std::string& words) {
  return Text(doc).find(words) != std::string::npos;
}

class EnforcementDocumentsTest : public ::testing::TestWithParam<std::string> {
 protected:
  void SetUp() override {
    store_ = std::move(*store::SqlStore::Open(db_.url(), 2));
    auto tx = std::move(*store_->Begin(app::TxKind::kWrite));
    auto organisation = *tx->org().InsertOrganisation({{}, "PS", "Probation Service"});
    auto area = *tx->org().InsertArea({{}, organisation, "A001", "Leeds"});
    auto team = *tx->org().InsertTeam({{}, area, "T0001", "Leeds Team 1"});
    priya_ = *tx->org().InsertStaff(
        {{}, team, "S00001", "Priya", "Shah", org::Grade::kProbationOfficer, 37});
    // Zoë Ó'Brien, on a community order (1 Jun 2026 to 31 May 2027) with a 20-day RAR.
    person::Person p;
    p.crn = *person::Crn::Parse("X000001");
    p.first_name = "Zoë";
    p.surname = "Ó'Brien";
    p.date_of_birth = D("1990-01-01");
    p.home_area = area;
    auto id = *tx->people().Insert(p);
    EXPECT_TRUE(tx->allocations().Allocate(id, {organisation, team, priya_, D("2026-06-01")}));
    sentence::Event event;
    event.conviction_date = D("2026-06-01");
    event.offence_category = "theft_non_motor";
    event.offence_description = "Theft from a shop";
    event.court = "Leeds Magistrates";
    sentence::Sentence s;
    s.sentence_date = D("2026-06-01");
    s.end_date = D("2027-05-31");
    s.requirements.push_back({{}, sentence::RequirementType::kRehabilitationActivity, 20});
    event.sentences.push_back(s);
    rar_ = tx->sentences().Insert(id, event)->sentences[0].requirements[0].id.value();
    ASSERT_TRUE(tx->Commit());
  }

  app::Actor Priya() { return {1, "priya", app::Role::kResponsibleOfficer, priya_, "req-1"}; }

  // A RAR activity today with its outcome recorded; returns the contact's id.
  std::int64_t Attend(const char* outcome) {
    app::AppointmentRequest r;
    r.type = "rar_activity";
    r.date = FormatDate(clock_.Today());
    r.start_time = "10:00";
    r.location = "Leeds office";
    r.requirement = rar_;
    r.outcome = outcome;
    auto booked = app::BookAppointment(ctx(), Priya(), kCrn, r);
    EXPECT_TRUE(booked) << booked.error().message;
    return booked ? booked->appointment.contact.id.value() : 0;
  }

  // ENF-3: a failure judged without reasonable excuse.
  void Judge(std::int64_t contact) {
    app::DecisionRequest d{contact, "no_reasonable_excuse", "No contact and no evidence offered",
                           std::nullopt};
    auto decided = app::DecideFailure(ctx(), Priya(), kCrn, d);
    ASSERT_TRUE(decided) << decided.error().message;
  }

  void NextWeek() { clock_.Advance(std::chrono::days(7)); }

  // 2 Nov attended; 9 Nov failed and warned; 16 Nov failed again: breach (ENF-1).
  void WarnThenBreach() {
    Attend("ATTC");
    NextWeek();
    first_failure_ = Attend("UAAB");
    Judge(first_failure_);
    auto warning = app::GiveWarning(ctx(), Priya(), kCrn, {first_failure_, std::nullopt, ""});
    ASSERT_TRUE(warning) << warning.error().message;
    warning_ = warning->id;
    NextWeek();
    second_failure_ = Attend("UAAB");
    Judge(second_failure_);
    auto breach = app::StartBreach(ctx(), Priya(), kCrn, {second_failure_, std::nullopt, ""});
    ASSERT_TRUE(breach) << breach.error().message;
    breach_ = breach->id;
  }

  std::optional<app::FrozenDocument> Stored(std::int64_t action) {
    auto tx = std::move(*store_->Begin(app::TxKind::kRead));
    return *tx->enforcement().FindDocument(action);
  }

  int Audited(const std::string& action) {
    auto tx = std::move(*store_->Begin(app::TxKind::kRead));
    auto entries = *tx->audit().ForRecord(
        "person", "X000001/enforcement/" + std::to_string(breach_ ? breach_ : warning_), 100);
    return static_cast<int>(std::count_if(entries.begin(), entries.end(),
                                          [&](const auto& e) { return e.action == action; }));
  }

  static constexpr const char* kCrn = "X000001";
  testing::TestDatabase db_{GetParam()};
  std::unique_ptr<store::SqlStore> store_;
  FakeClock clock_{*ParseInstant("2026-11-02T10:00:00Z")};
  app::Context ctx() { return {*store_, clock_}; }
  org::StaffId priya_;
  std::int64_t rar_ = 0;
  std::int64_t first_failure_ = 0;
  std::int64_t second_failure_ = 0;
  std::int64_t warning_ = 0;
  std::int64_t breach_ = 0;
};

TEST_P(EnforcementDocumentsTest, Enf2TheWarningLetterSaysWhatTheLawRequires) {
  WarnThenBreach();

  auto letter = app::ViewEnforcementDocument(ctx(), Priya(), kCrn, warning_, ActionKind::kWarning);

  ASSERT_TRUE(letter) << letter.error().message;
  const auto& doc = letter->document;
  EXPECT_EQ(doc.kind, "warning_letter");
  EXPECT_FALSE(letter->submitted);
  // ENF-2: describes the failure (date, type, outcome)...
  EXPECT_TRUE(Has(doc,
                  "On 9 November 2026 you did not comply with your order: your RAR "
                  "activity appointment at 10:00 (Leeds office) was recorded as "
                  "\"Unacceptable absence\"."))
      << Text(doc);
  // ...says it is unacceptable...
  EXPECT_TRUE(Has(doc, "This failure to comply with your order is unacceptable."));
  // ...and that a further failure within 12 months of the warning's date (9 Nov 2026, so on or
  // before 8 Nov 2027: SC2020 Sch 10 para 6(1)(b)) makes the person liable to the court.
  EXPECT_TRUE(Has(doc,
                  "within 12 months of the date of this warning (that is, on or before "
                  "8 November 2027), you will be liable to be brought back before the court"));
  // Issue 5 part 4: 7 days to respond (warning given 9 Nov).
  EXPECT_TRUE(Has(doc, "by contacting your responsible officer by 16 November 2026"));
  EXPECT_TRUE(Has(doc, "Responsible officer: Priya Shah"));
  EXPECT_TRUE(Has(doc, "To: Zoë Ó'Brien"));
  EXPECT_TRUE(Has(doc, "Rule applied: SC2020-SCH10"));
}

TEST_P(EnforcementDocumentsTest, TheBreachPackHasTheOrderChronologyAndRarDays) {
  WarnThenBreach();

  auto pack = app::ViewEnforcementDocument(ctx(), Priya(), kCrn, breach_, ActionKind::kBreach);

  ASSERT_TRUE(pack) << pack.error().message;
  const auto& doc = pack->document;
  EXPECT_EQ(doc.kind, "breach_pack");
  // Breach on Mon 16 Nov 2026 + 10 working days (TIME-1) = Mon 30 Nov 2026.
  ASSERT_TRUE(pack->due);
  EXPECT_EQ(FormatDate(*pack->due), "2026-11-30");
  EXPECT_TRUE(Has(doc, "Report due by: 30 November 2026"));
  EXPECT_TRUE(Has(doc, "Court: Leeds Magistrates"));
  EXPECT_TRUE(Has(doc, "Made on: 1 June 2026"));
  EXPECT_TRUE(Has(doc, "Ends on: 31 May 2027"));
  EXPECT_TRUE(Has(doc, "Rehabilitation activity requirement\n20 days\nActive\n"));
  // RAR-5: one attended session (2 Nov) is one day delivered of 20.
  EXPECT_TRUE(Has(doc, "1 delivered of 20 ordered"));
  // The chronology, in date order, with the failures marked.
  std::string text = Text(doc);
  auto made = text.find("Order made");
  auto attended = text.find("2 November 2026\nRAR activity appointment at 10:00");
  auto failed = text.find("9 November 2026\nFAILURE: RAR activity");
  auto warned = text.find("9 November 2026\nWarning given");
  auto breach = text.find("16 November 2026\nBreach started (this report)");
  ASSERT_NE(made, std::string::npos) << text;
  ASSERT_NE(attended, std::string::npos) << text;
  ASSERT_NE(failed, std::string::npos) << text;
  ASSERT_NE(warned, std::string::npos) << text;
  ASSERT_NE(breach, std::string::npos) << text;
  EXPECT_LT(made, attended);
  EXPECT_LT(attended, failed);
  EXPECT_LT(failed, warned);
  EXPECT_LT(warned, breach);
  EXPECT_TRUE(Has(doc,
                  "No reasonable excuse: No contact and no evidence offered (recorded by "
                  "priya)"));
  EXPECT_TRUE(Has(doc, "Failures without reasonable excuse: 2"));
  EXPECT_TRUE(Has(doc, "Rule: SC2020-SCH10 (Sentencing Code 2020, Schedule 10"));
}

TEST_P(EnforcementDocumentsTest, ASubmittedPackIsFrozenWhateverTheRecordDoesNext) {
  WarnThenBreach();
  auto draft = app::ViewEnforcementDocument(ctx(), Priya(), kCrn, breach_, std::nullopt);
  ASSERT_TRUE(draft);

  auto submitted = app::SubmitEnforcementDocument(ctx(), Priya(), kCrn, breach_, std::nullopt);

  ASSERT_TRUE(submitted) << submitted.error().message;
  ASSERT_TRUE(submitted->submitted);
  EXPECT_EQ(submitted->submitted->submitted_by, "priya");
  EXPECT_EQ(submitted->document, draft->document);  // what was reviewed is what is kept
  auto stored = Stored(breach_);
  ASSERT_TRUE(stored);
  EXPECT_EQ(stored->kind, "breach_pack");
  EXPECT_EQ(stored->content, app::SerialiseDocument(draft->document));
  // The record moves on: another session attended, the failure decision reviewed.
  NextWeek();
  Attend("ATTC");
  app::Actor manager{9, "mo", app::Role::kManager, priya_, "req-m"};
  ASSERT_TRUE(app::ReviewDecision(ctx(), manager, kCrn, second_failure_, true, "Agreed"));
  auto later = app::ViewEnforcementDocument(ctx(), Priya(), kCrn, breach_, ActionKind::kBreach);
  ASSERT_TRUE(later) << later.error().message;
  EXPECT_EQ(later->document, draft->document);
  EXPECT_FALSE(Has(later->document, "2 delivered of 20 ordered"));
  ASSERT_TRUE(later->submitted);
  EXPECT_EQ(FormatInstant(later->submitted->submitted_at), "2026-11-16T10:00:00Z");
  EXPECT_TRUE(later->action.submitted_at);
  // A second submission is refused and changes nothing.
  auto again = app::SubmitEnforcementDocument(ctx(), Priya(), kCrn, breach_, std::nullopt);
  ASSERT_FALSE(again);
  EXPECT_EQ(again.error().code, ErrorCode::kFailedPrecondition);
  EXPECT_EQ(Stored(breach_)->content, stored->content);
  EXPECT_EQ(Audited("enforcement.document.submit"), 1);
  EXPECT_EQ(Audited("enforcement.document.view"), 2);
}

TEST_P(EnforcementDocumentsTest, WrongKindsUnknownAndWithdrawnActionsAreRefusedStoringNothing) {
  WarnThenBreach();

  auto letter_for_breach =
      app::SubmitEnforcementDocument(ctx(), Priya(), kCrn, breach_, ActionKind::kWarning);
  auto pack_for_warning =
      app::ViewEnforcementDocument(ctx(), Priya(), kCrn, warning_, ActionKind::kBreach);
  auto unknown = app::SubmitEnforcementDocument(ctx(), Priya(), kCrn, 9999, std::nullopt);
  auto zero = app::ViewEnforcementDocument(ctx(), Priya(), kCrn, 0, std::nullopt);

  ASSERT_FALSE(letter_for_breach);
  EXPECT_EQ(letter_for_breach.error().code, ErrorCode::kFailedPrecondition);
  ASSERT_FALSE(pack_for_warning);
  EXPECT_EQ(pack_for_warning.error().code, ErrorCode::kFailedPrecondition);
  ASSERT_FALSE(unknown);
  EXPECT_EQ(unknown.error().code, ErrorCode::kNotFound);
  ASSERT_FALSE(zero);
  EXPECT_EQ(zero.error().fields.at(0).field, "actionId");
  EXPECT_FALSE(Stored(breach_));
  // EA07: a withdrawn breach has no pack to view or submit.
  ASSERT_TRUE(app::WithdrawAction(ctx(), Priya(), kCrn, breach_, "Recorded in error"));
  auto withdrawn = app::SubmitEnforcementDocument(ctx(), Priya(), kCrn, breach_, std::nullopt);
  ASSERT_FALSE(withdrawn);
  EXPECT_EQ(withdrawn.error().code, ErrorCode::kFailedPrecondition);
  EXPECT_FALSE(app::ViewEnforcementDocument(ctx(), Priya(), kCrn, breach_, std::nullopt));
  EXPECT_FALSE(Stored(breach_));
  EXPECT_EQ(Audited("enforcement.document.submit"), 0);
}

INSTANTIATE_TEST_SUITE_P(BothEngines, EnforcementDocumentsTest,
                         ::testing::Values("sqlite", "postgres"),
                         [](const auto& test) { return test.param; });

TEST(SerialiseDocument, ReadsBackEveryBlockWithTabsLineBreaksAndUtf8) {
  app::EnforcementDocument doc;
  doc.kind = "breach_pack";
  doc.title = "Breach report – Zoë Ó'Brien (X000001)";
  using Kind = app::DocumentBlock::Kind;
  doc.blocks.push_back({Kind::kTitle, "Breach report for court", "", {}, {}});
  doc.blocks.push_back({Kind::kField, "Reason", "Tab\there,\nnew line, back\\slash\r", {}, {}});
  doc.blocks.push_back({Kind::kTable,
                        "",
                        "",
                        {{"Date", 20}, {"Event", 80}},
                        {{"1 June 2026", "Order made"}, {"", ""}}});
  doc.blocks.push_back({Kind::kTable, "", "", {{"Empty", 100}}, {}});
  doc.blocks.push_back({Kind::kSignature, "Signed", "", {}, {}});

  auto read = app::ParseDocument(app::SerialiseDocument(doc));

  ASSERT_TRUE(read) << read.error().message;
  EXPECT_EQ(*read, doc);
  EXPECT_FALSE(app::ParseDocument("not a document\n"));
  EXPECT_FALSE(app::ParseDocument("probity-document 1\nrow\tbefore a table\n"));
  EXPECT_FALSE(app::ParseDocument("probity-document 1\nfield\tbad escape \\q\tx\n"));
}

}  // namespace
}  // namespace probity
