// The SQL repositories behind app/ports.h. One class per aggregate, each bound to the connection
// of the transaction that made it. The SQL is written once for both engines (see db.h).
#pragma once

#include "app/ports.h"
#include "store/db.h"

namespace probity::store {

class SqlPersonRepository final : public app::PersonRepository {
 public:
  explicit SqlPersonRepository(Connection& c) : c_(c) {}
  Result<std::optional<person::Person>> FindByCrn(const std::string& crn) override;
  Result<std::vector<app::PersonSummary>> Search(const person::SearchQuery& query,
                                                 int limit) override;
  Result<person::PersonId> Insert(const person::Person& person) override;
  Result<std::string> AreaName(org::AreaId area) override;

 private:
  Connection& c_;
};

class SqlSentenceRepository final : public app::SentenceRepository {
 public:
  explicit SqlSentenceRepository(Connection& c) : c_(c) {}
  Result<std::vector<sentence::Event>> ForPerson(person::PersonId person) override;
  Result<sentence::Event> Insert(person::PersonId person, sentence::Event event) override;
  Status UpdateRequirement(const sentence::Requirement& requirement) override;
  Status AppendChange(const app::RequirementChange& change) override;
  Result<std::vector<app::RequirementChange>> Changes(sentence::RequirementId requirement) override;

 private:
  Connection& c_;
};

class SqlOrgRepository final : public app::OrgRepository {
 public:
  explicit SqlOrgRepository(Connection& c) : c_(c) {}
  Result<org::OrganisationId> InsertOrganisation(const org::Organisation& o) override;
  Result<org::AreaId> InsertArea(const org::Area& area) override;
  Result<org::TeamId> InsertTeam(const org::Team& team) override;
  Result<org::StaffId> InsertStaff(const org::Staff& staff) override;
  Result<std::optional<org::Staff>> FindStaff(org::StaffId id) override;
  Result<std::optional<org::Staff>> FindStaffByCode(const std::string& code) override;
  Result<std::string> TeamName(org::TeamId team) override;
  Result<std::optional<org::TeamId>> FindTeamByCode(const std::string& code) override;
  Result<std::vector<org::Staff>> TeamStaff(org::TeamId team) override;
  Result<std::vector<app::OfficerLoad>> Officers(int limit) override;

 private:
  Connection& c_;
};

class SqlAllocationRepository final : public app::AllocationRepository {
 public:
  explicit SqlAllocationRepository(Connection& c) : c_(c) {}
  Result<std::optional<app::AllocationView>> Current(person::PersonId person) override;
  Status Allocate(person::PersonId person, const org::Allocation& allocation) override;
  Status AllocateWithDetails(person::PersonId person, const org::Allocation& allocation,
                             const app::AllocationDetails& details) override;
  Result<std::vector<app::AllocationHistoryEntry>> History(person::PersonId person) override;
  Result<std::vector<app::AwaitingCase>> Awaiting(Date today, int limit) override;
  Result<std::optional<Date>> CurrentOrderSince(person::PersonId person, Date today) override;
  Result<std::vector<allocation::TeamOption>> TeamsInArea(org::AreaId area) override;
  Result<std::optional<allocation::TeamOption>> Team(org::TeamId team) override;
  Result<std::optional<allocation::TeamOption>> TeamByCode(const std::string& code) override;
  Result<std::vector<app::OfficerCases>> TeamOfficers(org::TeamId team) override;
  Result<allocation::Policy> Policy() override;
  Status SavePolicy(const allocation::Policy& policy, Instant at, const std::string& by) override;
  Result<std::vector<app::CaseloadEntry>> Caseload(org::StaffId officer, Date today) override;

 private:
  Connection& c_;
};

class SqlContactRepository final : public app::ContactRepository {
 public:
  explicit SqlContactRepository(Connection& c) : c_(c) {}
  Result<std::vector<app::ContactView>> Recent(person::PersonId person, Date until,
                                               int limit) override;
  Result<std::vector<app::ContactView>> Upcoming(person::PersonId person, Date from,
                                                 int limit) override;
  Result<std::vector<std::vector<contact::Contact>>> ForRequirements(
      const std::vector<sentence::RequirementId>& requirements) override;
  Result<std::vector<contact::Contact>> ForRequirement(
      sentence::RequirementId requirement) override;
  Result<contact::ContactId> Insert(const app::AppointmentRecord& appointment) override;
  Result<std::optional<app::AppointmentRecord>> Find(contact::ContactId id) override;
  Status RecordOutcome(contact::ContactId id, contact::Outcome outcome, const std::string& reason,
                       const std::string& notes, Instant at, const std::string& by) override;
  Status CorrectOutcome(contact::ContactId id, contact::Outcome old_outcome,
                        contact::Outcome new_outcome, const std::string& reason, Instant at,
                        const std::string& by) override;

 private:
  Connection& c_;
};

class SqlGroupSessionRepository final : public app::GroupSessionRepository {
 public:
  explicit SqlGroupSessionRepository(Connection& c) : c_(c) {}
  Result<std::int64_t> Insert(const app::GroupSession& session, Instant at,
                              const std::string& by) override;
  Result<std::optional<app::GroupSession>> Find(std::int64_t id) override;
  Result<std::vector<app::GroupAttendee>> Attendees(std::int64_t id) override;
  Status Cancel(std::int64_t id, const std::string& reason, Instant at,
                const std::string& by) override;
  Status Move(std::int64_t id, Date date, const std::string& start_time) override;

 private:
  Connection& c_;
};

class SqlNoticeRepository final : public app::NoticeRepository {
 public:
  explicit SqlNoticeRepository(Connection& c) : c_(c) {}
  Result<std::int64_t> Insert(const app::Notice& notice,
                              const std::vector<person::PersonId>& people) override;
  Result<std::vector<app::Notice>> ForStaff(org::StaffId staff, int limit) override;
  Result<std::vector<app::Notice>> ForPerson(person::PersonId person, int limit) override;
  Result<bool> MarkRead(std::int64_t id, org::StaffId staff, Instant at) override;
  Result<int> MarkDayRead(org::StaffId staff, Date day, Instant at) override;
  Result<bool> DailyDigest(org::StaffId staff) override;
  Status SetDailyDigest(org::StaffId staff, bool on) override;

 private:
  // Links the people not yet linked; returns how many were new.
  Result<int> LinkPeople(std::int64_t notice, const std::vector<person::PersonId>& people);
  Result<std::vector<app::Notice>> Read(Statement& statement);

  Connection& c_;
};

class SqlRarPlanRepository final : public app::RarPlanRepository {
 public:
  explicit SqlRarPlanRepository(Connection& c) : c_(c) {}
  Result<std::optional<plan::Plan>> Latest(sentence::RequirementId requirement) override;
  Result<std::optional<plan::Plan>> Version(sentence::RequirementId requirement,
                                            int version) override;
  Status Save(sentence::RequirementId requirement, const plan::Plan& plan, Instant at,
              const std::string& by) override;
  Result<std::optional<app::CompletionRecord>> FindCompletion(
      sentence::RequirementId requirement) override;
  Status SaveCompletion(sentence::RequirementId requirement,
                        const app::CompletionRecord& record) override;
  Result<std::vector<app::EndedRar>> EndedWithoutCompletion(org::TeamId team, Date today, int limit,
                                                            int offset) override;

 private:
  Result<std::optional<plan::Plan>> Load(std::int64_t plan_id, plan::Plan plan);
  Connection& c_;
};

class SqlUserRepository final : public app::UserRepository {
 public:
  explicit SqlUserRepository(Connection& c) : c_(c) {}
  Result<std::optional<app::UserRecord>> FindByUsername(const std::string& username) override;
  Result<std::int64_t> Insert(const app::UserRecord& user, Instant now) override;
  Status CreateSession(std::int64_t user, const std::string& token_hash,
                       const std::string& csrf_token, Instant now, Instant expires) override;
  Result<std::optional<app::SessionRecord>> FindSession(const std::string& token_hash) override;
  Status DeleteSession(const std::string& token_hash) override;
  Status CreateApiToken(std::int64_t user, const std::string& token_hash, Instant now) override;
  Result<std::optional<app::UserRecord>> FindApiToken(const std::string& token_hash) override;

 private:
  Connection& c_;
};

class SqlAuditRepository final : public app::AuditRepository {
 public:
  explicit SqlAuditRepository(Connection& c) : c_(c) {}
  Status Append(const app::AuditEntry& entry) override;
  Result<std::vector<app::AuditEntry>> ForRecord(const std::string& record_type,
                                                 const std::string& record_id, int limit) override;

 private:
  Connection& c_;
};

class SqlTierRepository final : public app::TierRepository {
 public:
  explicit SqlTierRepository(Connection& c) : c_(c) {}
  Result<std::optional<tier::Assessment>> FindAssessment(person::PersonId person) override;
  Status SaveAssessment(person::PersonId person, const tier::Assessment& assessment, Instant at,
                        const std::string& by) override;
  Result<std::vector<tier::Registration>> Registrations(person::PersonId person) override;
  Result<std::int64_t> AddRegistration(person::PersonId person,
                                       const tier::Registration& registration,
                                       const std::string& by) override;
  Result<bool> EndRegistration(person::PersonId person, std::int64_t id, Date on,
                               const std::string& by) override;
  Status SetOgrsTwoYear(person::PersonId person, std::optional<int> percent) override;
  Result<std::optional<app::TierRecord>> Latest(person::PersonId person) override;
  Status SaveTier(person::PersonId person, const app::TierRecord& record,
                  const std::vector<person::Register>& active) override;

 private:
  Connection& c_;
};

class SqlWorkloadRepository final : public app::WorkloadRepository {
 public:
  explicit SqlWorkloadRepository(Connection& c) : c_(c) {}
  Result<std::vector<workload::PointsTable>> PointsTables() override;
  Result<std::int64_t> InsertPointsTable(const workload::PointsTable& table, Instant at,
                                         const std::string& by) override;
  Result<std::vector<app::WorkloadCase>> Cases(org::StaffId officer, Date today) override;
  Result<int> ReductionHundredths(org::StaffId officer, Date today) override;

 private:
  Connection& c_;
};

// The register codes of a person row's `registers` column (space-separated); unknown ones are
// skipped.
std::vector<person::Register> ParseRegisters(const std::string& codes);

// Reads staff columns 0-6: staff_id, team_id, code, first_name, surname, grade, contracted_hours.
org::Staff ReadStaff(const Row& row);

// Reads an ISO date column; a malformed value (never written by Probity) reads as the epoch.
Date DateColumn(const Row& row, int column);
std::optional<Date> OptDateColumn(const Row& row, int column);
// An optional date as an optional column value.
std::optional<std::string> OptDateText(const std::optional<Date>& date);
// Returns the id of the row an INSERT ... RETURNING made.
Result<std::int64_t> InsertReturningId(Statement& statement);

// Steps `statement` to the end, calling `read(row)` for each row.
template <typename ReadRow>
Status ForEachRow(Statement& statement, ReadRow&& read) {
  while (true) {
    auto more = statement.Step();
    PROBITY_TRY(more);
    if (!*more) {
      return Ok();
    }
    read(statement.row());
  }
}

// An optional id as an optional column value.
template <typename IdType>
std::optional<std::int64_t> OptId(const std::optional<IdType>& id) {
  return id ? std::optional<std::int64_t>(id->value()) : std::nullopt;
}

}  // namespace probity::store
