#include "app/rar_days.h"

#include "app/person_lookup.h"

namespace probity::app {

std::optional<RequirementRef> FindRequirement(const std::vector<sentence::Event>& events,
                                              sentence::RequirementId id) {
  for (const auto& event : events) {
    for (const auto& sentence : event.sentences) {
      for (const auto& requirement : sentence.requirements) {
        if (requirement.id == id) {
          return RequirementRef{&sentence, &requirement};
        }
      }
    }
  }
  return std::nullopt;
}

Result<std::optional<PersonRequirement>> FindPersonRequirement(Tx& tx, const Actor& actor,
                                                               const std::string& crn,
                                                               std::int64_t id, CaseAction action) {
  if (id <= 0) {
    return InvalidArgument("requirementId", "INVALID_FORMAT",
                           "A requirement id is a positive whole number");
  }
  auto person = FindPersonFor(tx, actor, crn, action);
  PROBITY_TRY(person);
  auto events = tx.sentences().ForPerson(person->id);
  PROBITY_TRY(events);
  PersonRequirement found{std::move(*person), std::move(*events), {}};
  auto ref = FindRequirement(found.events, sentence::RequirementId(id));
  if (!ref) {
    return std::optional<PersonRequirement>();
  }
  found.ref = *ref;
  return std::optional(std::move(found));
}

rar::RelevantPeriod RarPeriod(const sentence::Sentence& sentence) {
  return {sentence.sentence_date, sentence.end_date};
}

namespace {

RarSummary Summarise(const RequirementRef& rar, const std::vector<contact::Contact>& contacts,
                     Date today) {
  auto days = rar::CountRarDays(rar.requirement->length.value_or(0), contacts, today);
  // A RAR that is completed or terminated has nothing left to deliver, so nothing is at risk.
  auto risk = rar.requirement->status == sentence::RequirementStatus::kActive
                  ? rar::AssessRarRisk(days, rar.sentence->sentence_date, rar.sentence->end_date,
                                       today, rar::kDefaultRarDaysPerWeek)
                  : rar::RarRisk{};
  return RarSummary{rar.requirement->id, std::move(days), rar.sentence->end_date, risk};
}

}  // namespace

Result<RarSummary> SummariseRar(Tx& tx, const RequirementRef& rar, Date today) {
  auto contacts = tx.contacts().ForRequirement(rar.requirement->id);
  PROBITY_TRY(contacts);
  return Summarise(rar, *contacts, today);
}

Result<std::optional<sentence::RequirementId>> CheckBooking(
    Tx& tx, const std::vector<sentence::Event>& events, std::optional<std::int64_t> id,
    const contact::Contact& appointment, Date today, std::optional<contact::ContactId> moving) {
  bool is_rar_activity = appointment.type == contact::ContactType::kRarActivity;
  if (!id) {
    if (is_rar_activity) {
      return InvalidArgument("requirementId", "REQUIRED",
                             "Choose the rehabilitation activity requirement this activity is "
                             "for");
    }
    return std::optional<sentence::RequirementId>();
  }
  auto ref = FindRequirement(events, sentence::RequirementId(*id));
  if (!ref) {
    return InvalidArgument("requirementId", "UNKNOWN_REQUIREMENT",
                           "This person has no requirement with id " + std::to_string(*id));
  }
  if (ref->requirement->status != sentence::RequirementStatus::kActive) {
    return InvalidArgument("requirementId", "NOT_ACTIVE",
                           "That requirement has ended; appointments cannot be booked on it");
  }
  if (!is_rar_activity) {
    return std::optional(ref->requirement->id);
  }
  if (ref->requirement->type != sentence::RequirementType::kRehabilitationActivity) {
    return InvalidArgument("requirementId", "NOT_A_RAR",
                           "A RAR activity must be booked against a rehabilitation activity "
                           "requirement");
  }
  auto contacts = tx.contacts().ForRequirement(ref->requirement->id);
  PROBITY_TRY(contacts);
  if (moving) {
    std::erase_if(*contacts, [&](const contact::Contact& c) { return c.id == *moving; });
  }
  auto summary = Summarise(*ref, *contacts, today);
  PROBITY_TRY(rar::CheckRarBooking(summary.days, appointment.date, RarPeriod(*ref->sentence)));
  return std::optional(ref->requirement->id);
}

Status CheckOutcomeFitsRar(Tx& tx, const std::vector<sentence::Event>& events,
                           const AppointmentRecord& appointment, contact::Outcome outcome,
                           Date today) {
  const contact::Contact& c = appointment.contact;
  bool released_until_now = c.outcome && !contact::InstructionStood(*c.outcome);
  if (c.type != contact::ContactType::kRarActivity || !appointment.requirement ||
      !released_until_now || !contact::InstructionStood(outcome)) {
    return Ok();
  }
  auto ref = FindRequirement(events, *appointment.requirement);
  if (!ref) {
    return Ok();
  }
  auto contacts = tx.contacts().ForRequirement(*appointment.requirement);
  PROBITY_TRY(contacts);
  std::erase_if(*contacts, [&](const contact::Contact& other) { return other.id == c.id; });
  return rar::CheckReinstatedRarDay(Summarise(*ref, *contacts, today).days, c.date);
}

}  // namespace probity::app
