// The ports app/ declares and store/ implements: repositories that speak domain types, opened
// inside one transaction (a Tx). Use cases never see SQL.
#pragma once

#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "app/views.h"
#include "core/result.h"
#include "domain/allocation/policy.h"
#include "domain/person/search_query.h"
#include "domain/plan/plan.h"
#include "domain/rar/completion.h"
#include "domain/tier/tier.h"
#include "domain/workload/workload.h"

namespace probity::app {

class EnforcementRepository;  // app/enforcement_store.h
class ProposalRepository;     // app/proposal_store.h

class PersonRepository {
 public:
  virtual ~PersonRepository() = default;
  // The person with aliases; nullopt when no person has this CRN.
  virtual Result<std::optional<person::Person>> FindByCrn(const std::string& crn) = 0;
  // At most `limit` matches ordered by surname, first name, date of birth.
  virtual Result<std::vector<PersonSummary>> Search(const person::SearchQuery& query,
                                                    int limit) = 0;
  // Inserts the person and aliases; returns the new id. Fails kFailedPrecondition on a
  // duplicate CRN or PNC number.
  virtual Result<person::PersonId> Insert(const person::Person& person) = 0;
  virtual Result<std::string> AreaName(org::AreaId area) = 0;
};

// One change a court made to a requirement (issue 3 part 1): a variation, or its completion or
// early termination. Length and end date are recorded before and after (unchanged ones as both).
struct RequirementChange {
  std::int64_t id = 0;
  sentence::RequirementId requirement;
  std::string kind;  // "varied" | "terminated" | "completed"
  Date effective_date{};
  std::optional<int> old_length;
  std::optional<int> new_length;
  std::optional<Date> old_end_date;
  std::optional<Date> new_end_date;
  std::string reason;
  Instant changed_at{};
  std::string changed_by;
};

class SentenceRepository {
 public:
  virtual ~SentenceRepository() = default;
  // Events with their sentences and requirements, newest conviction first.
  virtual Result<std::vector<sentence::Event>> ForPerson(person::PersonId person) = 0;
  // Inserts the event with its sentences and requirements; returns it with ids set.
  virtual Result<sentence::Event> Insert(person::PersonId person, sentence::Event event) = 0;
  // Stores the requirement's length, end date, hours a day and status (by its id).
  virtual Status UpdateRequirement(const sentence::Requirement& requirement) = 0;
  // Appends one row to the requirement's change history (change.id is ignored).
  virtual Status AppendChange(const RequirementChange& change) = 0;
  // The requirement's change history, oldest first.
  virtual Result<std::vector<RequirementChange>> Changes(sentence::RequirementId requirement) = 0;
};

class OrgRepository {
 public:
  virtual ~OrgRepository() = default;
  virtual Result<org::OrganisationId> InsertOrganisation(const org::Organisation& o) = 0;
  virtual Result<org::AreaId> InsertArea(const org::Area& area) = 0;
  virtual Result<org::TeamId> InsertTeam(const org::Team& team) = 0;
  virtual Result<org::StaffId> InsertStaff(const org::Staff& staff) = 0;
  virtual Result<std::optional<org::Staff>> FindStaff(org::StaffId id) = 0;
  virtual Result<std::optional<org::Staff>> FindStaffByCode(const std::string& code) = 0;
  virtual Result<std::string> TeamName(org::TeamId team) = 0;
  virtual Result<std::optional<org::TeamId>> FindTeamByCode(const std::string& code) = 0;
  // Staff of the team, by surname.
  virtual Result<std::vector<org::Staff>> TeamStaff(org::TeamId team) = 0;
  // The first `limit` officers (by staff code) with their current number of cases.
  virtual Result<std::vector<OfficerLoad>> Officers(int limit) = 0;
};

// Who allocated a case, when and why, and what the policy said (ALLOC-1/2, TIME-2): kept on the
// allocation row.
struct AllocationDetails {
  std::optional<Date> sentence_date;  // the sentence that awaited allocation; nullopt: a move
  std::string reason;
  std::string allocated_by;
  std::optional<Instant> allocated_at;
  std::string policy;    // allocation::PolicyKindCode
  std::string decision;  // the policy's reason codes, space-separated
  bool policy_override = false;
};

// One allocation as recorded, for a case's history (newest first).
struct AllocationHistoryEntry {
  AllocationView view;
  std::optional<Date> ended_on;
  AllocationDetails details;
};

// A person with a current order and no current allocation (awaiting allocation, TIME-2).
struct AwaitingCase {
  person::PersonId person;
  std::string crn;
  std::string name;  // "First Surname"
  org::AreaId area;
  std::string area_name;
  std::vector<person::Register> registers;
  Date sentence_date{};  // the earliest current order's sentence date
};

// An officer who could take a case, with how many cases they hold now.
struct OfficerCases {
  org::Staff officer;
  std::string team_name;
  int active_cases = 0;
};

class AllocationRepository {
 public:
  virtual ~AllocationRepository() = default;
  virtual Result<std::optional<AllocationView>> Current(person::PersonId person) = 0;
  // Ends the current allocation (if any) on `allocation.allocated_on` and starts this one.
  virtual Status Allocate(person::PersonId person, const org::Allocation& allocation) = 0;
  // The same, keeping who, when and why.
  virtual Status AllocateWithDetails(person::PersonId person, const org::Allocation& allocation,
                                     const AllocationDetails& details) = 0;
  // The person's allocations, newest first.
  virtual Result<std::vector<AllocationHistoryEntry>> History(person::PersonId person) = 0;
  // People with an order current on `today` (sentenced on or before it, ending on or after it)
  // and no current allocation, longest waiting first; at most `limit`.
  virtual Result<std::vector<AwaitingCase>> Awaiting(Date today, int limit) = 0;
  // The earliest sentence date of the person's orders current on `today`; nullopt when none.
  virtual Result<std::optional<Date>> CurrentOrderSince(person::PersonId person, Date today) = 0;
  // The teams serving `area` (every organisation), with officers and current cases.
  virtual Result<std::vector<allocation::TeamOption>> TeamsInArea(org::AreaId area) = 0;
  // One team as an option (its organisation resolved); nullopt when there is no such team.
  virtual Result<std::optional<allocation::TeamOption>> Team(org::TeamId team) = 0;
  virtual Result<std::optional<allocation::TeamOption>> TeamByCode(const std::string& code) = 0;
  // The team's staff other than senior probation officers, with their current cases.
  virtual Result<std::vector<OfficerCases>> TeamOfficers(org::TeamId team) = 0;
  // The service's policy (one row; ALLOC-1 until changed) and changing it.
  virtual Result<allocation::Policy> Policy() = 0;
  virtual Status SavePolicy(const allocation::Policy& policy, Instant at,
                            const std::string& by) = 0;
  // The officer's current cases with their latest order and next appointment on/after `today`.
  virtual Result<std::vector<CaseloadEntry>> Caseload(org::StaffId officer, Date today) = 0;
};

// An appointment as stored, with the links the diary use cases check.
struct AppointmentRecord {
  contact::Contact contact;
  person::PersonId person;
  std::optional<sentence::RequirementId> requirement;
  std::optional<org::StaffId> staff;
  std::optional<std::int64_t> group_session;
};

class ContactRepository {
 public:
  virtual ~ContactRepository() = default;
  // The `limit` most recent contacts up to and including `until`, newest first.
  virtual Result<std::vector<ContactView>> Recent(person::PersonId person, Date until,
                                                  int limit) = 0;
  // Appointments from `from` on (today's and future ones), soonest first.
  virtual Result<std::vector<ContactView>> Upcoming(person::PersonId person, Date from,
                                                    int limit) = 0;
  // Every RAR activity contact recorded against the requirement (for RAR-5..7 counting).
  virtual Result<std::vector<contact::Contact>> ForRequirement(
      sentence::RequirementId requirement) = 0;
  // The same for several requirements at once (a caseload's RARs): one list per id, in the order
  // of `requirements`.
  virtual Result<std::vector<std::vector<contact::Contact>>> ForRequirements(
      const std::vector<sentence::RequirementId>& requirements) = 0;
  // Inserts the appointment (contact.id is ignored); returns the new id.
  virtual Result<contact::ContactId> Insert(const AppointmentRecord& appointment) = 0;
  virtual Result<std::optional<AppointmentRecord>> Find(contact::ContactId id) = 0;
  // Records what happened; `by` is the username, `at` when it was recorded.
  virtual Status RecordOutcome(contact::ContactId id, contact::Outcome outcome,
                               const std::string& reason, const std::string& notes, Instant at,
                               const std::string& by) = 0;
  // Replaces a recorded outcome (a correction); kFailedPrecondition when the outcome is no longer
  // `old_outcome` (someone changed it first).
  virtual Status CorrectOutcome(contact::ContactId id, contact::Outcome old_outcome,
                                contact::Outcome new_outcome, const std::string& reason, Instant at,
                                const std::string& by) = 0;
};

// A session that several people attend (a group RAR activity, a programme session).
struct GroupSession {
  std::int64_t id = 0;
  std::string title;
  contact::ContactType type = contact::ContactType::kRarActivity;
  Date date{};
  std::string start_time;
  std::string location;
  std::optional<org::StaffId> staff;
  std::string provider;
  bool cancelled = false;
};

// One attendee's appointment at a group session, with their current responsible officer.
struct GroupAttendee {
  contact::ContactId contact;
  person::PersonId person;
  std::string crn;
  std::string name;
  std::optional<sentence::RequirementId> requirement;
  std::optional<contact::Outcome> outcome;
  std::optional<org::StaffId> officer;  // the person's current responsible officer
};

class GroupSessionRepository {
 public:
  virtual ~GroupSessionRepository() = default;
  virtual Result<std::int64_t> Insert(const GroupSession& session, Instant at,
                                      const std::string& by) = 0;
  virtual Result<std::optional<GroupSession>> Find(std::int64_t id) = 0;
  virtual Result<std::vector<GroupAttendee>> Attendees(std::int64_t id) = 0;
  // Cancels the session and withdraws (APPW) every attendee's appointment with no outcome yet.
  virtual Status Cancel(std::int64_t id, const std::string& reason, Instant at,
                        const std::string& by) = 0;
  // Moves the session and every attendee's appointment with no outcome yet.
  virtual Status Move(std::int64_t id, Date date, const std::string& start_time) = 0;
};

// A notice to an officer: one per event, listing every case of theirs it touches.
struct Notice {
  std::int64_t id = 0;  // 0 for a daily digest (see digest_of)
  org::StaffId staff;
  Instant created_at{};
  std::string kind;  // e.g. "group_session.cancelled"
  std::string title;
  std::string body;
  std::vector<std::string> crns;  // the officer's cases it concerns
  bool read = false;
  // The same event delivered again (a retry, a second path to the same change) finds the notice
  // by this key and adds to it instead of making another. Empty: never merged.
  std::string dedupe_key;
  std::optional<Date> digest_of;  // set on a daily digest: the day it gathers
};

class NoticeRepository {
 public:
  virtual ~NoticeRepository() = default;
  // Inserts the notice and its links to `people`; returns its id. When the officer already has a
  // notice with the same non-empty dedupe_key, links `people` to that one instead, appends
  // `notice.body` to it only if it has not got it, marks it unread only if either added
  // something, and returns its id.
  virtual Result<std::int64_t> Insert(const Notice& notice,
                                      const std::vector<person::PersonId>& people) = 0;
  // The officer's newest notices first.
  virtual Result<std::vector<Notice>> ForStaff(org::StaffId staff, int limit) = 0;
  // Notices naming the person, newest first (for the person's timeline).
  virtual Result<std::vector<Notice>> ForPerson(person::PersonId person, int limit) = 0;
  // Marks one of the officer's notices read; false when they have no such notice.
  virtual Result<bool> MarkRead(std::int64_t id, org::StaffId staff, Instant at) = 0;
  // Marks every notice the officer received on `day` read; returns how many were unread.
  virtual Result<int> MarkDayRead(org::StaffId staff, Date day, Instant at) = 0;
  // Whether the officer reads notices as one daily digest (default false).
  virtual Result<bool> DailyDigest(org::StaffId staff) = 0;
  virtual Status SetDailyDigest(org::StaffId staff, bool on) = 0;
};

// The RAR completion as recorded (RAR-9).
struct CompletionRecord {
  rar::Completion completion;
  rar::CompletedRar completed;
  Instant recorded_at{};
  std::string recorded_by;
};

// A RAR requirement whose order has ended, for the manager's list of missing completions.
struct EndedRar {
  person::PersonId person;
  std::string crn;
  std::string name;
  std::string officer_name;
  sentence::RequirementId requirement;
  int ordered = 0;
  Date order_end{};
};

class RarPlanRepository {
 public:
  virtual ~RarPlanRepository() = default;
  // The newest version of the requirement's plan; nullopt when it has none.
  virtual Result<std::optional<plan::Plan>> Latest(sentence::RequirementId requirement) = 0;
  virtual Result<std::optional<plan::Plan>> Version(sentence::RequirementId requirement,
                                                    int version) = 0;
  // Inserts plan.version, or replaces it when that version exists (only drafts are replaced:
  // the use case never passes an agreed version that is already stored).
  virtual Status Save(sentence::RequirementId requirement, const plan::Plan& plan, Instant at,
                      const std::string& by) = 0;
  virtual Result<std::optional<CompletionRecord>> FindCompletion(
      sentence::RequirementId requirement) = 0;
  virtual Status SaveCompletion(sentence::RequirementId requirement,
                                const CompletionRecord& record) = 0;
  // RAR requirements not terminated by a court, with no completion record, whose order ended
  // before `today` (a status of "completed" without the RAR-9 record still counts as missing), of
  // people currently allocated to the team's officers; oldest end first, `limit` rows after
  // skipping `offset` (so a caller filtering them can read on).
  virtual Result<std::vector<EndedRar>> EndedWithoutCompletion(org::TeamId team, Date today,
                                                               int limit, int offset) = 0;
};

struct UserRecord {
  std::int64_t id = 0;
  std::string username;
  std::string password_hash;
  std::string role;
  std::optional<org::StaffId> staff;
};

struct SessionRecord {
  UserRecord user;
  std::string csrf_token;
  Instant expires_at{};
};

class UserRepository {
 public:
  virtual ~UserRepository() = default;
  virtual Result<std::optional<UserRecord>> FindByUsername(const std::string& username) = 0;
  virtual Result<std::int64_t> Insert(const UserRecord& user, Instant now) = 0;
  virtual Status CreateSession(std::int64_t user, const std::string& token_hash,
                               const std::string& csrf_token, Instant now, Instant expires) = 0;
  virtual Result<std::optional<SessionRecord>> FindSession(const std::string& token_hash) = 0;
  virtual Status DeleteSession(const std::string& token_hash) = 0;
  virtual Status CreateApiToken(std::int64_t user, const std::string& token_hash, Instant now) = 0;
  virtual Result<std::optional<UserRecord>> FindApiToken(const std::string& token_hash) = 0;
};

// One audit entry (DPA 2018 s.62: who, role, when, what, which record, from which request, why).
struct AuditEntry {
  Instant occurred_at{};
  std::string username;
  std::string role;
  std::string action;       // e.g. "person.view", "person.search", "caseload.view"
  std::string record_type;  // e.g. "person", "caseload", "search"
  std::string record_id;    // e.g. the CRN, the officer code, the search text
  std::string request_id;
  std::string reason;
};

class AuditRepository {
 public:
  virtual ~AuditRepository() = default;
  virtual Status Append(const AuditEntry& entry) = 0;
  // Newest first.
  virtual Result<std::vector<AuditEntry>> ForRecord(const std::string& record_type,
                                                    const std::string& record_id, int limit) = 0;
};

// The person's current tier with the points behind it (TIER-1), and what made it change.
struct TierRecord {
  tier::TierResult result;
  Instant calculated_at{};
  std::string reason;  // the use case that recalculated it, e.g. "assessment.record"
};

// The tier inputs and the stored tier (issue 4 part 4). Registrations are the dated registers
// of domain/tier/tier.h; person.registers holds the codes of the active ones.
class TierRepository {
 public:
  virtual ~TierRepository() = default;
  virtual Result<std::optional<tier::Assessment>> FindAssessment(person::PersonId person) = 0;
  // Inserts the person's assessment or replaces the one they have.
  virtual Status SaveAssessment(person::PersonId person, const tier::Assessment& assessment,
                                Instant at, const std::string& by) = 0;
  // The active registrations, oldest first.
  virtual Result<std::vector<tier::Registration>> Registrations(person::PersonId person) = 0;
  virtual Result<std::int64_t> AddRegistration(person::PersonId person,
                                               const tier::Registration& registration,
                                               const std::string& by) = 0;
  // Ends the person's active registration `id` on `on`; false when they have none with that id.
  virtual Result<bool> EndRegistration(person::PersonId person, std::int64_t id, Date on,
                                       const std::string& by) = 0;
  // Sets the person's OGRS3 2-year % (person.ogrs_two_year, a change-level input); nullopt
  // clears it.
  virtual Status SetOgrsTwoYear(person::PersonId person, std::optional<int> percent) = 0;
  virtual Result<std::optional<TierRecord>> Latest(person::PersonId person) = 0;
  // Stores the calculation and sets person.tier to its code and person.registers to `active`.
  virtual Status SaveTier(person::PersonId person, const TierRecord& record,
                          const std::vector<person::Register>& active) = 0;
};

// One of an officer's current cases as workload measurement counts it (WL-1).
struct WorkloadCase {
  std::string crn;
  std::string name;
  std::string tier;
  bool current_order = false;  // an order not past its end date
};

class WorkloadRepository {
 public:
  virtual ~WorkloadRepository() = default;
  // Every points table, oldest effective_from first.
  virtual Result<std::vector<workload::PointsTable>> PointsTables() = 0;
  // Fails kFailedPrecondition when a table with the same effective_from exists.
  virtual Result<std::int64_t> InsertPointsTable(const workload::PointsTable& table, Instant at,
                                                 const std::string& by) = 0;
  // The officer's currently allocated cases, by CRN.
  virtual Result<std::vector<WorkloadCase>> Cases(org::StaffId officer, Date today) = 0;
  // The officer's reductions in force on `today`, in hundredths of an hour.
  virtual Result<int> ReductionHundredths(org::StaffId officer, Date today) = 0;
};

// One transaction and the repositories bound to it. Rolls back when destroyed uncommitted.
class Tx {
 public:
  virtual ~Tx() = default;
  virtual PersonRepository& people() = 0;
  virtual SentenceRepository& sentences() = 0;
  virtual OrgRepository& org() = 0;
  virtual AllocationRepository& allocations() = 0;
  virtual ContactRepository& contacts() = 0;
  virtual GroupSessionRepository& group_sessions() = 0;
  virtual NoticeRepository& notices() = 0;
  virtual RarPlanRepository& rar_plans() = 0;
  virtual EnforcementRepository& enforcement() = 0;
  virtual UserRepository& users() = 0;
  virtual AuditRepository& audit() = 0;
  virtual TierRepository& tiers() = 0;
  virtual WorkloadRepository& workload() = 0;
  virtual ProposalRepository& proposals() = 0;
  virtual Status Commit() = 0;
};

enum class TxKind { kRead, kWrite };

class Store {
 public:
  virtual ~Store() = default;
  // Blocks until a connection is free. Thread-safe.
  virtual Result<std::unique_ptr<Tx>> Begin(TxKind kind) = 0;
  // Durably appends audit entries for a read that ran in a kRead transaction; returns once they
  // are committed (grouped with other callers' entries into one commit). Thread-safe.
  virtual Status RecordAudit(std::vector<AuditEntry> entries) = 0;
  // OK when the database answers a query.
  virtual Status Ping() = 0;
  virtual std::string engine_name() const = 0;
  virtual Result<int> schema_version() = 0;
};

}  // namespace probity::app
