#include "app/diary.h"

#include "app/appointment_input.h"
#include "app/audit.h"
#include "app/person_lookup.h"
#include "app/ports.h"
#include "app/rar_days.h"
#include "domain/contact/recording.h"

namespace probity::app {
namespace {

// Appointments a diary view shows at most.
constexpr int kDiaryLimit = 100;

Result<std::optional<RarSummary>> RarAfter(Tx& tx, const std::vector<sentence::Event>& events,
                                           std::optional<sentence::RequirementId> id, Date today) {
  if (!id) {
    return std::optional<RarSummary>();
  }
  auto ref = FindRequirement(events, *id);
  if (!ref || ref->requirement->type != sentence::RequirementType::kRehabilitationActivity) {
    return std::optional<RarSummary>();
  }
  auto summary = SummariseRar(tx, *ref, today);
  PROBITY_TRY(summary);
  return std::optional<RarSummary>(std::move(*summary));
}

}  // namespace

Result<DiaryResult> BookAppointment(const Context& ctx, const Actor& actor, const std::string& crn,
                                    const AppointmentRequest& request) {
  Date today = ctx.clock.Today();
  auto appointment = ParseAppointment(request, today);
  PROBITY_TRY(appointment);

  auto tx = ctx.store.Begin(TxKind::kWrite);
  PROBITY_TRY(tx);
  auto person = FindPersonFor(**tx, actor, crn, CaseAction::kChange);
  PROBITY_TRY(person);
  auto events = (*tx)->sentences().ForPerson(person->id);
  PROBITY_TRY(events);

  auto requirement = CheckBooking(**tx, *events, request.requirement, *appointment, today);
  PROBITY_TRY(requirement);
  auto staff = ResolveStaff(**tx, actor, request.staff_code);
  PROBITY_TRY(staff);

  AppointmentRecord record{*appointment, person->id, *requirement, *staff, std::nullopt};
  auto id = (*tx)->contacts().Insert(record);
  PROBITY_TRY(id);
  PROBITY_TRY((*tx)->audit().Append(
      MakeAudit(ctx, actor, "contact.create", "person",
                person->crn.str() + "/contact/" + std::to_string(id->value()))));
  auto rar = RarAfter(**tx, *events, *requirement, today);
  PROBITY_TRY(rar);
  PROBITY_TRY((*tx)->Commit());

  DiaryResult result;
  result.appointment.contact = std::move(*appointment);
  result.appointment.contact.id = *id;
  result.appointment.requirement = *requirement;
  result.rar = std::move(*rar);
  return result;
}

Result<DiaryResult> RecordOutcome(const Context& ctx, const Actor& actor, const std::string& crn,
                                  const OutcomeRequest& request) {
  Date today = ctx.clock.Today();
  if (request.contact <= 0) {
    return InvalidArgument("contactId", "INVALID_FORMAT",
                           "A contact id is a positive whole number");
  }
  auto outcome = contact::ParseOutcome(request.outcome);
  if (!outcome) {
    return InvalidArgument("outcome", "UNKNOWN_OUTCOME",
                           "Choose an outcome code such as ATTC, AFTC, UAAB, AAAA, RSSR");
  }
  PROBITY_TRY(CheckText(request.reason, "reason"));
  PROBITY_TRY(CheckText(request.notes, "notes"));

  auto tx = ctx.store.Begin(TxKind::kWrite);
  PROBITY_TRY(tx);
  auto person = FindPersonFor(**tx, actor, crn, CaseAction::kChange);
  PROBITY_TRY(person);
  auto found = (*tx)->contacts().Find(contact::ContactId(request.contact));
  PROBITY_TRY(found);
  if (!*found || (*found)->person != person->id) {
    return NotFound(person->crn.str() + " has no appointment with id " +
                    std::to_string(request.contact));
  }
  AppointmentRecord& appointment = **found;
  PROBITY_TRY(contact::CheckOutcome(appointment.contact, *outcome, request.reason, today));
  PROBITY_TRY((*tx)->contacts().RecordOutcome(appointment.contact.id, *outcome, request.reason,
                                              request.notes, ctx.clock.Now(), actor.username));
  PROBITY_TRY((*tx)->audit().Append(
      MakeAudit(ctx, actor, "contact.outcome", "person",
                person->crn.str() + "/contact/" + std::to_string(request.contact))));
  auto events = (*tx)->sentences().ForPerson(person->id);
  PROBITY_TRY(events);
  auto rar = RarAfter(**tx, *events, appointment.requirement, today);
  PROBITY_TRY(rar);
  PROBITY_TRY((*tx)->Commit());

  DiaryResult result;
  result.appointment.contact = std::move(appointment.contact);
  result.appointment.contact.outcome = outcome;
  result.appointment.contact.outcome_reason = request.reason;
  if (!request.notes.empty()) {
    result.appointment.contact.notes = request.notes;
  }
  result.appointment.requirement = appointment.requirement;
  result.rar = std::move(*rar);
  return result;
}

Result<std::vector<ContactView>> ViewDiary(const Context& ctx, const Actor& actor,
                                           const std::string& crn) {
  auto tx = ctx.store.Begin(TxKind::kRead);
  PROBITY_TRY(tx);
  auto person = FindPersonFor(**tx, actor, crn, CaseAction::kView);
  PROBITY_TRY(person);
  auto diary = (*tx)->contacts().Upcoming(person->id, ctx.clock.Today(), kDiaryLimit);
  tx->reset();
  PROBITY_TRY(diary);
  PROBITY_TRY(ctx.store.RecordAudit(
      {MakeAudit(ctx, actor, "person.diary.view", "person", person->crn.str())}));
  return diary;
}

}  // namespace probity::app
