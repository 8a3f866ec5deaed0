// Contacts (appointments and what happened at them) and their outcome codes
// (domain.md §10, Delius codes; RAR-4 and RAR-5 decide which count as RAR days).
#pragma once

#include <optional>
#include <string>
#include <string_view>

#include "core/date.h"
#include "core/id.h"

namespace probity::contact {

struct ContactTag {};
using ContactId = Id<ContactTag>;

enum class ContactType {
  kRarActivity,         // a planned, structured RAR session (RAR-2, RAR-3)
  kOffenderManagement,  // supervision: never a RAR day (RAR-4)
  kHomeVisit,
  kUnpaidWorkSession,
  kProgrammeSession,
  kOther,
};
const char* ContactTypeCode(ContactType type);
const char* ContactTypeName(ContactType type);
std::optional<ContactType> ParseContactType(std::string_view code);

// Delius outcome codes that Probity records (domain.md §10).
enum class Outcome {
  kAttendedComplied,           // ATTC
  kAttendedFailedToComply,     // AFTC
  kSentHomeBehaviour,          // ATSH
  kSentHomeServiceIssues,      // ATSS: not the person's fault
  kFailureDeemedAcceptable,    // AFDA
  kFailedToAttend,             // AFTA
  kUnacceptableAbsence,        // UAAB
  kAcceptableAbsence,          // AAAA (reason recorded separately)
  kRescheduledServiceRequest,  // RSSR
  kRescheduledPersonRequest,   // RSOF
  kAppointmentWithdrawn,       // APPW
};
const char* OutcomeCode(Outcome outcome);  // the Delius code, e.g. "ATTC"
const char* OutcomeName(Outcome outcome);  // words for pages
std::optional<Outcome> ParseOutcome(std::string_view code);

// RAR-5: the outcomes that complete a RAR day (ATTC; ATSS and AFDA, where the person was not
// at fault).
bool CompletesRarDay(Outcome outcome);
// RAR-6: the outcomes after which the instruction stood (completed days plus failures to comply
// and unacceptable absences). Rescheduled, withdrawn and acceptable absences release the date.
bool InstructionStood(Outcome outcome);
// A failure that the enforcement rules (ENF-1) must consider.
bool IsFailure(Outcome outcome);

struct Contact {
  ContactId id;
  ContactType type = ContactType::kOther;
  Date date{};
  std::string start_time;          // "HH:MM"
  std::optional<Outcome> outcome;  // none yet: a future or unrecorded appointment
  std::string location;
  std::string provider;  // the third-party provider delivering it; empty when staff deliver
  std::string notes;
  std::string outcome_reason;  // why an absence was acceptable, or what happened
};

}  // namespace probity::contact
