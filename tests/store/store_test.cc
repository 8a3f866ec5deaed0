// The store on both engines: every test runs once on SQLite and once on PostgreSQL.
#include <gtest/gtest.h>

#include "store/db.h"
#include "store/migrate.h"
#include "store/sql_store.h"
#include "support/test_database.h"

namespace probity {
namespace {

Date D(const char* iso) {
  return *ParseDate(iso);
}
Instant T(const char* iso) {
  return *ParseInstant(iso);
}

class StoreTest : public ::testing::TestWithParam<std::string> {
 protected:
  void SetUp() override {
    auto store = store::SqlStore::Open(db_.url(), 2);
    ASSERT_TRUE(store) << store.error().message;
    store_ = std::move(*store);
  }

  std::unique_ptr<app::Tx> Write() {
    auto tx = store_->Begin(app::TxKind::kWrite);
    EXPECT_TRUE(tx) << tx.error().message;
    return std::move(*tx);
  }

  struct Org {
    org::OrganisationId organisation;
    org::TeamId team;
    org::StaffId officer;
    org::AreaId area;
  };

  Org MakeOrg(app::Tx& tx) {
    Org o;
    o.organisation = *tx.org().InsertOrganisation({{}, "PS", "Probation Service"});
    o.area = *tx.org().InsertArea({{}, o.organisation, "N07", "Leeds"});
    o.team = *tx.org().InsertTeam({{}, o.area, "N07T01", "Leeds North"});
    o.officer = *tx.org().InsertStaff(
        {{}, o.team, "N07A001", "Priya", "Shah", org::Grade::kProbationOfficer, 37});
    return o;
  }

  static person::Person MakePerson(const char* crn, const char* first, const char* surname,
                                   const char* dob) {
    person::Person p;
    p.crn = *person::Crn::Parse(crn);
    p.first_name = first;
    p.surname = surname;
    p.date_of_birth = D(dob);
    p.tier = "B2";
    p.ogrs_two_year = 62;
    p.registers = {person::Register::kMappa, person::Register::kRoshHigh};
    return p;
  }

  testing::TestDatabase db_{GetParam()};
  std::unique_ptr<store::SqlStore> store_;
};

TEST_P(StoreTest, MigrationsAreRecordedAndIdempotent) {
  auto connection = store::OpenConnection(db_.url());
  ASSERT_TRUE(connection);
  auto again = store::Migrate(**connection);
  ASSERT_TRUE(again) << again.error().message;
  EXPECT_TRUE(again->empty());  // SqlStore::Open applied them already
  auto version = store::SchemaVersion(**connection);
  ASSERT_TRUE(version);
  EXPECT_EQ(*version, store::MigrationsFor((*connection)->engine()).back().version);
}

TEST_P(StoreTest, PersonRoundTripsWithAliases) {
  auto tx = Write();
  auto o = MakeOrg(*tx);
  auto p = MakePerson("X320741", "James", "Brown", "1985-04-12");
  p.pnc_number = "2004/0046583U";
  p.home_area = o.area;
  p.aliases.push_back({"Jim", "Browne", D("1985-04-21")});
  auto id = tx->people().Insert(p);
  ASSERT_TRUE(id) << id.error().message;
  ASSERT_TRUE(tx->Commit());

  auto read_tx = store_->Begin(app::TxKind::kRead);
  ASSERT_TRUE(read_tx);
  auto found = (*read_tx)->people().FindByCrn("X320741");
  ASSERT_TRUE(found) << found.error().message;
  ASSERT_TRUE(found->has_value());
  const auto& got = **found;
  EXPECT_EQ(got.id, *id);
  EXPECT_EQ(got.FullName(), "James Brown");
  EXPECT_EQ(FormatDate(got.date_of_birth), "1985-04-12");
  EXPECT_EQ(got.pnc_number.value_or(""), "2004/0046583U");
  EXPECT_EQ(got.tier, "B2");
  EXPECT_EQ(got.ogrs_two_year, 62);
  ASSERT_EQ(got.registers.size(), 2U);
  EXPECT_EQ(got.registers[0], person::Register::kMappa);
  ASSERT_EQ(got.aliases.size(), 1U);
  EXPECT_EQ(got.aliases[0].surname, "Browne");
  EXPECT_EQ(*(*read_tx)->people().AreaName(got.home_area), "Leeds");

  auto missing = (*read_tx)->people().FindByCrn("X000000");
  ASSERT_TRUE(missing);
  EXPECT_FALSE(missing->has_value());
}

TEST_P(StoreTest, DuplicateCrnIsRefusedAndTheTransactionChangesNothing) {
  {
    auto tx = Write();
    ASSERT_TRUE(tx->people().Insert(MakePerson("A111111", "Ann", "Lee", "1990-01-01")));
    ASSERT_TRUE(tx->Commit());
  }
  {
    auto tx = Write();
    ASSERT_TRUE(tx->people().Insert(MakePerson("B222222", "Bob", "Lee", "1991-01-01")));
    auto dup = tx->people().Insert(MakePerson("A111111", "Ann", "Lee", "1990-01-01"));
    ASSERT_FALSE(dup);
    EXPECT_EQ(dup.error().code, ErrorCode::kFailedPrecondition);
    // tx is dropped uncommitted: B222222 must not survive.
  }
  auto tx = Write();
  EXPECT_TRUE(tx->people().FindByCrn("A111111")->has_value());
  EXPECT_FALSE(tx->people().FindByCrn("B222222")->has_value());
}

TEST_P(StoreTest, SearchFindsByNamePrefixDateOfBirthAliasCrnAndPnc) {
  auto tx = Write();
  auto jim1 = MakePerson("C100001", "James", "Brown", "1980-02-01");
  auto jim2 = MakePerson("C100002", "James", "Brown", "1992-07-30");
  auto other = MakePerson("C100003", "Jane", "Browning", "1975-05-05");
  other.pnc_number = "2004/0046583U";
  auto aliased = MakePerson("C100004", "Kevin", "Smith", "1988-08-08");
  aliased.aliases.push_back({"Jim", "Brown", std::nullopt});
  for (const auto& p : {jim1, jim2, other, aliased}) {
    ASSERT_TRUE(tx->people().Insert(p));
  }
  auto search = [&](const char* q, const char* dob) {
    auto query = person::ParseSearchQuery(q, dob);
    EXPECT_TRUE(query);
    auto found = tx->people().Search(*query, 50);
    EXPECT_TRUE(found) << found.error().message;
    std::vector<std::string> crns;
    for (const auto& s : *found) {
      crns.push_back(s.crn + (s.matched_alias ? "(alias)" : ""));
    }
    return crns;
  };
  using V = std::vector<std::string>;
  EXPECT_EQ(search("James Brown", ""), (V{"C100001", "C100002"}));
  EXPECT_EQ(search("James Brown", "1992-07-30"), (V{"C100002"}));
  // In order of the name that matched: Brown James, Brown James, Brown Jim (alias), Browning.
  EXPECT_EQ(search("brown", ""), (V{"C100001", "C100002", "C100004(alias)", "C100003"}));
  EXPECT_EQ(search("Jim Brown", ""), (V{"C100004(alias)"}));
  EXPECT_EQ(search("c100003", ""), (V{"C100003"}));
  EXPECT_EQ(search("04/46583U", ""), (V{"C100003"}));
  EXPECT_EQ(search("Zed Nobody", ""), V{});
}

TEST_P(StoreTest, SentencesAllocationsContactsAndCaseload) {
  auto tx = Write();
  auto o = MakeOrg(*tx);
  auto person = *tx->people().Insert(MakePerson("D123456", "Sam", "Okafor", "1995-03-03"));

  sentence::Event event;
  event.conviction_date = D("2026-05-01");
  event.offence_category = "theft_non_motor";
  event.offence_description = "Theft from a shop";
  event.court = "Leeds Magistrates' Court";
  sentence::Sentence order;
  order.type = sentence::OrderType::kCommunityOrder;
  order.sentence_date = D("2026-05-01");
  order.end_date = D("2027-05-01");
  order.requirements.push_back({{},
                                sentence::RequirementType::kRehabilitationActivity,
                                20,
                                sentence::RequirementStatus::kActive});
  order.requirements.push_back(
      {{}, sentence::RequirementType::kUnpaidWork, 120, sentence::RequirementStatus::kActive});
  event.sentences.push_back(order);
  auto saved = tx->sentences().Insert(person, event);
  ASSERT_TRUE(saved) << saved.error().message;
  auto rar = saved->sentences[0].requirements[0].id;

  ASSERT_TRUE(
      tx->allocations().Allocate(person, {o.organisation, o.team, o.officer, D("2026-05-02")}));

  auto add = [&](const char* date, contact::ContactType type, std::optional<contact::Outcome> out,
                 bool on_rar) {
    contact::Contact c;
    c.type = type;
    c.date = D(date);
    c.start_time = "10:00";
    c.outcome = out;
    auto id = tx->contacts().Insert(
        {c, person, on_rar ? std::optional(rar) : std::nullopt, o.officer, std::nullopt});
    ASSERT_TRUE(id) << id.error().message;
  };
  add("2026-11-02", contact::ContactType::kRarActivity, contact::Outcome::kAttendedComplied, true);
  add("2026-11-02", contact::ContactType::kRarActivity, contact::Outcome::kAttendedComplied, true);
  add("2026-11-09", contact::ContactType::kOffenderManagement, contact::Outcome::kAttendedComplied,
      false);
  add("2026-11-30", contact::ContactType::kRarActivity, std::nullopt, true);
  ASSERT_TRUE(tx->Commit());

  auto read = *store_->Begin(app::TxKind::kRead);
  auto events = read->sentences().ForPerson(person);
  ASSERT_TRUE(events) << events.error().message;
  ASSERT_EQ(events->size(), 1U);
  ASSERT_EQ((*events)[0].sentences.size(), 1U);
  EXPECT_EQ((*events)[0].sentences[0].RarDaysOrdered(), 20);
  EXPECT_EQ((*events)[0].sentences[0].requirements[1].length, 120);

  auto allocation = read->allocations().Current(person);
  ASSERT_TRUE(allocation && allocation->has_value());
  EXPECT_EQ((*allocation)->officer_name, "Priya Shah");
  EXPECT_EQ((*allocation)->team_name, "Leeds North");

  auto recent = read->contacts().Recent(person, D("2026-11-23"), 10);
  ASSERT_TRUE(recent);
  ASSERT_EQ(recent->size(), 3U);  // the future booking is not "recent"
  EXPECT_EQ(FormatDate((*recent)[0].contact.date), "2026-11-09");
  EXPECT_EQ((*recent)[0].staff_name, "Priya Shah");

  auto for_rar = read->contacts().ForRequirement(rar);
  ASSERT_TRUE(for_rar);
  EXPECT_EQ(for_rar->size(), 3U);

  auto caseload = read->allocations().Caseload(o.officer, D("2026-11-23"));
  ASSERT_TRUE(caseload) << caseload.error().message;
  ASSERT_EQ(caseload->size(), 1U);
  const auto& row = (*caseload)[0];
  EXPECT_EQ(row.crn, "D123456");
  EXPECT_EQ(row.order_type, sentence::OrderType::kCommunityOrder);
  EXPECT_EQ(FormatDate(*row.order_end), "2027-05-01");
  EXPECT_EQ(row.rar_requirement, rar);
  EXPECT_EQ(row.rar_days_ordered, 20);
  ASSERT_TRUE(row.next_appointment);
  EXPECT_EQ(FormatDate(*row.next_appointment), "2026-11-30");
  EXPECT_EQ(row.next_appointment_type, contact::ContactType::kRarActivity);
}

TEST_P(StoreTest, ReallocationEndsThePreviousAllocation) {
  auto tx = Write();
  auto o = MakeOrg(*tx);
  auto second = *tx->org().InsertStaff(
      {{}, o.team, "N07A002", "Tom", "Hughes", org::Grade::kProbationServicesOfficer, 30});
  auto person = *tx->people().Insert(MakePerson("E123456", "Lee", "Park", "1990-01-01"));
  ASSERT_TRUE(
      tx->allocations().Allocate(person, {o.organisation, o.team, o.officer, D("2026-01-01")}));
  ASSERT_TRUE(
      tx->allocations().Allocate(person, {o.organisation, o.team, second, D("2026-02-01")}));
  EXPECT_EQ((*tx->allocations().Current(person))->officer_name, "Tom Hughes");
  EXPECT_TRUE(tx->allocations().Caseload(o.officer, D("2026-02-01"))->empty());
  EXPECT_EQ(tx->allocations().Caseload(second, D("2026-02-01"))->size(), 1U);
}

TEST_P(StoreTest, UsersSessionsAndApiTokens) {
  auto tx = Write();
  app::UserRecord user{0, "alice", "$argon2id$fake", "responsible_officer", std::nullopt};
  auto id = tx->users().Insert(user, T("2026-11-23T09:00:00Z"));
  ASSERT_TRUE(id) << id.error().message;
  ASSERT_TRUE(tx->users().CreateSession(*id, "hash1", "csrf1", T("2026-11-23T09:00:00Z"),
                                        T("2026-11-23T17:00:00Z")));
  auto session = tx->users().FindSession("hash1");
  ASSERT_TRUE(session && session->has_value());
  EXPECT_EQ((*session)->user.username, "alice");
  EXPECT_EQ((*session)->csrf_token, "csrf1");
  EXPECT_EQ(FormatInstant((*session)->expires_at), "2026-11-23T17:00:00Z");
  ASSERT_TRUE(tx->users().DeleteSession("hash1"));
  EXPECT_FALSE(tx->users().FindSession("hash1")->has_value());
  ASSERT_TRUE(tx->users().CreateApiToken(*id, "tokenhash", T("2026-11-23T09:00:00Z")));
  EXPECT_EQ((*tx->users().FindApiToken("tokenhash"))->username, "alice");
  EXPECT_FALSE(tx->users().FindApiToken("other")->has_value());
  ASSERT_TRUE(tx->Commit());

  // A failed statement ends a PostgreSQL transaction, so the duplicate goes in its own.
  auto again = Write();
  auto duplicate = again->users().Insert(user, T("2026-11-23T09:00:00Z"));
  ASSERT_FALSE(duplicate);
  EXPECT_EQ(duplicate.error().code, ErrorCode::kFailedPrecondition);
}

TEST_P(StoreTest, AuditLogIsAppendOnly) {
  {
    auto tx = Write();
    ASSERT_TRUE(tx->audit().Append({T("2026-11-23T09:00:00Z"), "alice", "responsible_officer",
                                    "person.view", "person", "X320741", "req-1", ""}));
    ASSERT_TRUE(tx->Commit());
  }
  auto connection = store::OpenConnection(db_.url());
  ASSERT_TRUE(connection);
  EXPECT_FALSE((*connection)->ExecuteScript("UPDATE audit_event SET username = 'mallory'"));
  EXPECT_FALSE((*connection)->ExecuteScript("DELETE FROM audit_event"));
  auto tx = Write();
  auto entries = tx->audit().ForRecord("person", "X320741", 10);
  ASSERT_TRUE(entries);
  ASSERT_EQ(entries->size(), 1U);
  EXPECT_EQ((*entries)[0].username, "alice");
  EXPECT_EQ((*entries)[0].request_id, "req-1");
}

TEST_P(StoreTest, PingAnswers) {
  EXPECT_TRUE(store_->Ping());
  EXPECT_EQ(store_->engine_name(), GetParam() == "sqlite" ? "sqlite" : "postgresql");
}

INSTANTIATE_TEST_SUITE_P(BothEngines, StoreTest, ::testing::Values("sqlite", "postgres"),
                         [](const auto& test) { return test.param; });

}  // namespace
}  // namespace probity
