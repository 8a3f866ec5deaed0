#include "store/repositories.h"

namespace probity::store {
namespace {

void ReadContact(const Row& r, int first, contact::Contact& c) {
  c.id = contact::ContactId(r.Int(first));
  c.type = contact::ParseContactType(r.Text(first + 1)).value_or(contact::ContactType::kOther);
  c.date = DateColumn(r, first + 2);
  c.start_time = r.Text(first + 3);
  c.outcome = r.IsNull(first + 4) ? std::nullopt : contact::ParseOutcome(r.Text(first + 4));
  c.location = r.Text(first + 5);
  c.notes = r.Text(first + 6);
}

}  // namespace

Result<std::vector<app::ContactView>> SqlContactRepository::Recent(person::PersonId person,
                                                                   Date until, int limit) {
  auto q = c_.Query(
      "SELECT c.contact_id, c.contact_type, c.contact_date, c.start_time, c.outcome, c.location,"
      " c.notes, c.requirement_id, COALESCE(s.first_name || ' ' || s.surname, '')"
      " FROM contact c LEFT JOIN staff s ON s.staff_id = c.staff_id"
      " WHERE c.person_id = $1 AND c.contact_date <= $2"
      " ORDER BY c.contact_date DESC, c.start_time DESC, c.contact_id DESC LIMIT $3",
      person.value(), FormatDate(until), limit);
  PROBITY_TRY(q);
  std::vector<app::ContactView> contacts;
  while (true) {
    auto more = (*q)->Step();
    PROBITY_TRY(more);
    if (!*more) {
      break;
    }
    const Row& r = (*q)->row();
    app::ContactView v;
    ReadContact(r, 0, v.contact);
    if (auto requirement = r.OptInt(7)) {
      v.requirement = sentence::RequirementId(*requirement);
    }
    v.staff_name = r.Text(8);
    contacts.push_back(std::move(v));
  }
  return contacts;
}

Result<std::vector<contact::Contact>> SqlContactRepository::ForRequirement(
    sentence::RequirementId requirement) {
  // Only the columns RAR counting needs, so the covering index answers it (migration 0001).
  auto q = c_.Query(
      "SELECT contact_type, contact_date, outcome FROM contact"
      " WHERE requirement_id = $1 ORDER BY contact_date",
      requirement.value());
  PROBITY_TRY(q);
  std::vector<contact::Contact> contacts;
  while (true) {
    auto more = (*q)->Step();
    PROBITY_TRY(more);
    if (!*more) {
      break;
    }
    const Row& r = (*q)->row();
    contact::Contact c;
    c.type = contact::ParseContactType(r.Text(0)).value_or(contact::ContactType::kOther);
    c.date = DateColumn(r, 1);
    c.outcome = r.IsNull(2) ? std::nullopt : contact::ParseOutcome(r.Text(2));
    contacts.push_back(std::move(c));
  }
  return contacts;
}

Result<contact::ContactId> SqlContactRepository::Insert(
    person::PersonId person, std::optional<sentence::RequirementId> requirement,
    std::optional<org::StaffId> staff, const contact::Contact& c) {
  auto q = c_.Query(
      "INSERT INTO contact (person_id, requirement_id, staff_id, contact_type, contact_date,"
      " start_time, outcome, location, notes) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)"
      " RETURNING contact_id",
      person.value(),
      requirement ? std::optional<std::int64_t>(requirement->value()) : std::nullopt,
      staff ? std::optional<std::int64_t>(staff->value()) : std::nullopt,
      contact::ContactTypeCode(c.type), FormatDate(c.date), c.start_time,
      c.outcome ? std::optional<std::string>(contact::OutcomeCode(*c.outcome)) : std::nullopt,
      c.location, c.notes);
  PROBITY_TRY(q);
  auto id = InsertReturningId(**q);
  PROBITY_TRY(id);
  return contact::ContactId(*id);
}

}  // namespace probity::store
