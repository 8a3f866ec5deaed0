// Use cases against a real store: access policy, audit entries, and that refused requests
// change nothing.
#include <gtest/gtest.h>

#include "app/access_policy.h"
#include "app/auth.h"
#include "app/caseload.h"
#include "app/cases.h"
#include "store/sql_store.h"
#include "support/test_database.h"

namespace probity {
namespace {

class UseCaseTest : public ::testing::TestWithParam<std::string> {
 protected:
  void SetUp() override {
    store_ = std::move(*store::SqlStore::Open(db_.url(), 2));
    auto tx = std::move(*store_->Begin(app::TxKind::kWrite));
    auto organisation = *tx->org().InsertOrganisation({{}, "PS", "Probation Service"});
    auto area = *tx->org().InsertArea({{}, organisation, "A001", "Leeds"});
    auto team = *tx->org().InsertTeam({{}, area, "T0001", "Leeds Team 1"});
    officer_ = *tx->org().InsertStaff(
        {{}, team, "S00001", "Priya", "Shah", org::Grade::kProbationOfficer, 37});
    person::Person p;
    p.crn = *person::Crn::Parse("X320741");
    p.first_name = "Sam";
    p.surname = "Okafor";
    p.date_of_birth = *ParseDate("1995-03-03");
    p.home_area = area;
    auto id = *tx->people().Insert(p);
    ASSERT_TRUE(
        tx->allocations().Allocate(id, {organisation, team, officer_, *ParseDate("2026-01-02")}));
    ASSERT_TRUE(tx->Commit());
  }

  app::Actor Officer() {
    return {1, "priya", app::Role::kResponsibleOfficer, officer_, "req-officer"};
  }

  int AuditRows(const std::string& type, const std::string& id) {
    auto tx = std::move(*store_->Begin(app::TxKind::kRead));
    return static_cast<int>(tx->audit().ForRecord(type, id, 1000)->size());
  }

  testing::TestDatabase db_{GetParam()};
  std::unique_ptr<store::SqlStore> store_;
  FakeClock clock_{*ParseInstant("2026-11-23T10:00:00Z")};
  app::Context ctx() { return {*store_, clock_}; }
  org::StaffId officer_;
};

TEST_P(UseCaseTest, ViewingACaseWritesOneAuditEntryWithTheRequestId) {
  auto record = app::ViewCase(ctx(), Officer(), "x320741");
  ASSERT_TRUE(record) << record.error().message;
  EXPECT_EQ(record->person.FullName(), "Sam Okafor");
  auto tx = std::move(*store_->Begin(app::TxKind::kRead));
  auto entries = *tx->audit().ForRecord("person", "X320741", 10);
  ASSERT_EQ(entries.size(), 1U);
  EXPECT_EQ(entries[0].action, "person.view");
  EXPECT_EQ(entries[0].username, "priya");
  EXPECT_EQ(entries[0].role, "responsible_officer");
  EXPECT_EQ(entries[0].request_id, "req-officer");
  EXPECT_EQ(FormatInstant(entries[0].occurred_at), "2026-11-23T10:00:00Z");
}

TEST_P(UseCaseTest, BadOrUnknownCrnIsRefusedWithoutAnAuditEntry) {
  auto malformed = app::ViewCase(ctx(), Officer(), "X1");
  ASSERT_FALSE(malformed);
  EXPECT_EQ(malformed.error().code, ErrorCode::kInvalidArgument);
  EXPECT_EQ(malformed.error().fields.at(0).field, "crn");
  auto unknown = app::ViewCase(ctx(), Officer(), "Z999999");
  ASSERT_FALSE(unknown);
  EXPECT_EQ(unknown.error().code, ErrorCode::kNotFound);
  EXPECT_EQ(AuditRows("person", "X1") + AuditRows("person", "Z999999"), 0);
}

TEST_P(UseCaseTest, ProviderStaffAreDeniedAndTheAttemptIsLogged) {
  app::Actor provider{2, "provider.user", app::Role::kProviderStaff, std::nullopt, "req-p"};
  auto denied = app::ViewCase(ctx(), provider, "X320741");
  ASSERT_FALSE(denied);
  EXPECT_EQ(denied.error().code, ErrorCode::kPermissionDenied);
  auto tx = std::move(*store_->Begin(app::TxKind::kRead));
  auto entries = *tx->audit().ForRecord("person", "X320741", 10);
  ASSERT_EQ(entries.size(), 1U);
  EXPECT_EQ(entries[0].action, "person.view.denied");
}

TEST_P(UseCaseTest, AnOfficerSeesOnlyTheirOwnCaseload) {
  auto own = app::ViewCaseload(ctx(), Officer(), "");
  ASSERT_TRUE(own) << own.error().message;
  ASSERT_EQ(own->rows.size(), 1U);
  EXPECT_EQ(own->rows[0].entry.crn, "X320741");
  app::Actor other{3, "tom", app::Role::kResponsibleOfficer, org::StaffId(999), "req-t"};
  auto refused = app::ViewCaseload(ctx(), other, "S00001");
  ASSERT_FALSE(refused);
  EXPECT_EQ(refused.error().code, ErrorCode::kPermissionDenied);
  app::Actor manager{4, "mo", app::Role::kManager, std::nullopt, "req-m"};
  EXPECT_TRUE(app::ViewCaseload(ctx(), manager, "S00001"));
}

TEST_P(UseCaseTest, SignInIssuesASessionThatSignOutEnds) {
  ASSERT_TRUE(app::AddUser(ctx(), {"priya", "a-long-password", "responsible_officer", "S00001"}));
  EXPECT_FALSE(app::SignIn(ctx(), "priya", "wrong-password"));
  auto signed_in = app::SignIn(ctx(), "priya", "a-long-password");
  ASSERT_TRUE(signed_in) << signed_in.error().message;
  auto session = app::AuthenticateSession(ctx(), signed_in->session_token);
  ASSERT_TRUE(session);
  EXPECT_EQ(session->actor.staff, officer_);
  EXPECT_EQ(session->csrf_token, signed_in->csrf_token);
  clock_.Advance(std::chrono::hours(9));  // past kSessionLifetime
  EXPECT_FALSE(app::AuthenticateSession(ctx(), signed_in->session_token));
  clock_.Advance(-std::chrono::hours(9));
  ASSERT_TRUE(app::SignOut(ctx(), signed_in->session_token));
  EXPECT_FALSE(app::AuthenticateSession(ctx(), signed_in->session_token));
}

TEST_P(UseCaseTest, AddUserNamesTheFieldAtFault) {
  struct Case {
    app::NewUser user;
    const char* field;
  } cases[] = {
      {{"A", "a-long-password", "manager", ""}, "username"},
      {{"alice", "short", "manager", ""}, "password"},
      {{"alice", "a-long-password", "king", ""}, "role"},
      {{"alice", "a-long-password", "manager", "S99999"}, "staff"},
  };
  for (const auto& c : cases) {
    auto added = app::AddUser(ctx(), c.user);
    ASSERT_FALSE(added) << c.field;
    EXPECT_EQ(added.error().fields.at(0).field, c.field);
  }
  auto tx = std::move(*store_->Begin(app::TxKind::kRead));
  EXPECT_FALSE(tx->users().FindByUsername("alice")->has_value());
}

INSTANTIATE_TEST_SUITE_P(BothEngines, UseCaseTest, ::testing::Values("sqlite", "postgres"),
                         [](const auto& test) { return test.param; });

}  // namespace
}  // namespace probity
