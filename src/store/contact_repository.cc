#include <string>
#include <unordered_map>
#include <vector>

#include "store/repositories.h"

namespace probity::store {
namespace {

// The columns ReadContact reads, in its order, from a contact aliased `c`.
constexpr const char* kContactColumns =
    "c.contact_id, c.contact_type, c.contact_date, c.start_time, c.outcome, c.location,"
    " c.provider, c.notes, c.outcome_reason";
constexpr int kContactColumnCount = 9;

// A contact as RAR counting needs it, from columns contact_type, contact_date, outcome,
// contact_id starting at `first`.
contact::Contact ReadRarContact(const Row& r, int first) {
  contact::Contact c;
  c.type = contact::ParseContactType(r.Text(first)).value_or(contact::ContactType::kOther);
  c.date = DateColumn(r, first + 1);
  c.outcome = r.IsNull(first + 2) ? std::nullopt : contact::ParseOutcome(r.Text(first + 2));
  c.id = contact::ContactId(r.Int(first + 3));
  return c;
}

void ReadContact(const Row& r, int first, contact::Contact& c) {
  c.id = contact::ContactId(r.Int(first));
  c.type = contact::ParseContactType(r.Text(first + 1)).value_or(contact::ContactType::kOther);
  c.date = DateColumn(r, first + 2);
  c.start_time = r.Text(first + 3);
  c.outcome = r.IsNull(first + 4) ? std::nullopt : contact::ParseOutcome(r.Text(first + 4));
  c.location = r.Text(first + 5);
  c.provider = r.Text(first + 6);
  c.notes = r.Text(first + 7);
  c.outcome_reason = r.Text(first + 8);
}

// Contacts with their requirement and the name of the staff member delivering them.
Result<std::vector<app::ContactView>> ReadContactViews(Statement& q) {
  std::vector<app::ContactView> contacts;
  PROBITY_TRY(ForEachRow(q, [&](const Row& r) {
    app::ContactView v;
    ReadContact(r, 0, v.contact);
    if (auto requirement = r.OptInt(kContactColumnCount)) {
      v.requirement = sentence::RequirementId(*requirement);
    }
    v.staff_name = r.Text(kContactColumnCount + 1);
    contacts.push_back(std::move(v));
  }));
  return contacts;
}

std::string ViewQuery(const char* where_and_order) {
  return std::string("SELECT ") + kContactColumns +
         ", c.requirement_id, COALESCE(s.first_name || ' ' || s.surname, '')"
         " FROM contact c LEFT JOIN staff s ON s.staff_id = c.staff_id " +
         where_and_order;
}

}  // namespace

Result<std::vector<app::ContactView>> SqlContactRepository::Recent(person::PersonId person,
                                                                   Date until, int limit) {
  static const std::string kSql = ViewQuery(
      "WHERE c.person_id = $1 AND c.contact_date <= $2"
      " ORDER BY c.contact_date DESC, c.start_time DESC, c.contact_id DESC LIMIT $3");
  auto q = c_.Query(kSql, person.value(), FormatDate(until), limit);
  PROBITY_TRY(q);
  return ReadContactViews(**q);
}

Result<std::vector<app::ContactView>> SqlContactRepository::Upcoming(person::PersonId person,
                                                                     Date from, int limit) {
  static const std::string kSql = ViewQuery(
      "WHERE c.person_id = $1 AND c.contact_date >= $2"
      " ORDER BY c.contact_date, c.start_time, c.contact_id LIMIT $3");
  auto q = c_.Query(kSql, person.value(), FormatDate(from), limit);
  PROBITY_TRY(q);
  return ReadContactViews(**q);
}

Result<std::vector<contact::Contact>> SqlContactRepository::ForRequirement(
    sentence::RequirementId requirement) {
  // Only the columns RAR counting needs, so the covering index answers it (migration 0001).
  auto q = c_.Query(
      "SELECT contact_type, contact_date, outcome, contact_id FROM contact"
      " WHERE requirement_id = $1 ORDER BY contact_date",
      requirement.value());
  PROBITY_TRY(q);
  std::vector<contact::Contact> contacts;
  PROBITY_TRY(ForEachRow(**q, [&](const Row& r) { contacts.push_back(ReadRarContact(r, 0)); }));
  return contacts;
}

Result<std::vector<std::vector<contact::Contact>>> SqlContactRepository::ForRequirements(
    const std::vector<sentence::RequirementId>& requirements) {
  // One statement for up to kChunk requirements (unused places bound to 0, which no requirement
  // has), so the SQL text and its cached statement are the same whatever the caseload's size.
  constexpr std::size_t kChunk = 64;
  static const std::string kSql = [] {
    std::string text =
        "SELECT requirement_id, contact_type, contact_date, outcome, contact_id FROM contact"
        " WHERE requirement_id IN (";
    for (std::size_t i = 1; i <= kChunk; ++i) {
      text += (i == 1 ? "$" : ", $") + std::to_string(i);
    }
    return text + ") ORDER BY requirement_id, contact_date";
  }();
  std::unordered_map<std::int64_t, std::vector<std::size_t>> index;  // an id may repeat
  for (std::size_t i = 0; i < requirements.size(); ++i) {
    index[requirements[i].value()].push_back(i);
  }
  std::vector<std::vector<contact::Contact>> out(requirements.size());
  for (std::size_t first = 0; first < requirements.size(); first += kChunk) {
    auto q = c_.Prepare(kSql);
    PROBITY_TRY(q);
    for (std::size_t i = 0; i < kChunk; ++i) {
      std::size_t at = first + i;
      (*q)->Bind(static_cast<int>(i + 1),
                 at < requirements.size() ? requirements[at].value() : std::int64_t{0});
    }
    PROBITY_TRY(ForEachRow(**q, [&](const Row& r) {
      contact::Contact c = ReadRarContact(r, 1);
      for (std::size_t at : index.at(r.Int(0))) {
        out[at].push_back(c);
      }
    }));
  }
  return out;
}

Result<contact::ContactId> SqlContactRepository::Insert(const app::AppointmentRecord& a) {
  const contact::Contact& c = a.contact;
  auto q = c_.Query(
      "INSERT INTO contact (person_id, requirement_id, staff_id, contact_type, contact_date,"
      " start_time, outcome, location, notes, provider, group_session_id)"
      " VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11) RETURNING contact_id",
      a.person.value(), OptId(a.requirement), OptId(a.staff), contact::ContactTypeCode(c.type),
      FormatDate(c.date), c.start_time,
      c.outcome ? std::optional<std::string>(contact::OutcomeCode(*c.outcome)) : std::nullopt,
      c.location, c.notes, c.provider, a.group_session);
  PROBITY_TRY(q);
  auto id = InsertReturningId(**q);
  PROBITY_TRY(id);
  return contact::ContactId(*id);
}

Result<std::optional<app::AppointmentRecord>> SqlContactRepository::Find(contact::ContactId id) {
  static const std::string kSql = std::string("SELECT ") + kContactColumns +
                                  ", c.person_id, c.requirement_id, c.staff_id, c.group_session_id"
                                  " FROM contact c WHERE c.contact_id = $1";
  auto q = c_.Query(kSql, id.value());
  PROBITY_TRY(q);
  std::optional<app::AppointmentRecord> found;
  PROBITY_TRY(ForEachRow(**q, [&](const Row& r) {
    app::AppointmentRecord a;
    ReadContact(r, 0, a.contact);
    a.person = person::PersonId(r.Int(kContactColumnCount));
    if (auto requirement = r.OptInt(kContactColumnCount + 1)) {
      a.requirement = sentence::RequirementId(*requirement);
    }
    if (auto staff = r.OptInt(kContactColumnCount + 2)) {
      a.staff = org::StaffId(*staff);
    }
    a.group_session = r.OptInt(kContactColumnCount + 3);
    found = std::move(a);
  }));
  return found;
}

Status SqlContactRepository::RecordOutcome(contact::ContactId id, contact::Outcome outcome,
                                           const std::string& reason, const std::string& notes,
                                           Instant at, const std::string& by) {
  // `outcome IS NULL` makes a second, concurrent recording change nothing (checked below).
  auto q = c_.Query(
      "UPDATE contact SET outcome = $2, outcome_reason = $3,"
      " notes = CASE WHEN $4 = '' THEN notes ELSE $4 END,"
      " outcome_recorded_at = $5, outcome_recorded_by = $6"
      " WHERE contact_id = $1 AND outcome IS NULL",
      id.value(), contact::OutcomeCode(outcome), reason, notes, FormatInstant(at), by);
  PROBITY_TRY(q);
  PROBITY_TRY((*q)->Run());
  if ((*q)->changes() != 1) {
    return FailedPrecondition("The appointment's outcome was recorded by someone else first");
  }
  return Ok();
}

Status SqlContactRepository::CorrectOutcome(contact::ContactId id, contact::Outcome old_outcome,
                                            contact::Outcome new_outcome, const std::string& reason,
                                            Instant at, const std::string& by) {
  auto q = c_.Query(
      "UPDATE contact SET outcome = $3, outcome_reason = $4, outcome_recorded_at = $5,"
      " outcome_recorded_by = $6 WHERE contact_id = $1 AND outcome = $2",
      id.value(), contact::OutcomeCode(old_outcome), contact::OutcomeCode(new_outcome), reason,
      FormatInstant(at), by);
  PROBITY_TRY(q);
  PROBITY_TRY((*q)->Run());
  if ((*q)->changes() != 1) {
    return FailedPrecondition("The appointment's outcome was changed by someone else first");
  }
  return Ok();
}

}  // namespace probity::store
