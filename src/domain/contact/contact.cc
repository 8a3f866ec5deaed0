#include "domain/contact/contact.h"

#include <array>

namespace probity::contact {
namespace {

struct OutcomeInfo {
  Outcome outcome;
  const char* code;
  const char* name;
};

constexpr std::array<OutcomeInfo, 11> kOutcomes = {{
    {Outcome::kAttendedComplied, "ATTC", "Attended and complied"},
    {Outcome::kAttendedFailedToComply, "AFTC", "Attended but failed to comply"},
    {Outcome::kSentHomeBehaviour, "ATSH", "Sent home (behaviour)"},
    {Outcome::kSentHomeServiceIssues, "ATSS", "Sent home (service issues)"},
    {Outcome::kFailureDeemedAcceptable, "AFDA", "Failure to comply deemed acceptable"},
    {Outcome::kFailedToAttend, "AFTA", "Failed to attend"},
    {Outcome::kUnacceptableAbsence, "UAAB", "Unacceptable absence"},
    {Outcome::kAcceptableAbsence, "AAAA", "Acceptable absence"},
    {Outcome::kRescheduledServiceRequest, "RSSR", "Rescheduled (service request)"},
    {Outcome::kRescheduledPersonRequest, "RSOF", "Rescheduled (person's request)"},
    {Outcome::kAppointmentWithdrawn, "APPW", "Appointment withdrawn"},
}};

struct TypeInfo {
  ContactType type;
  const char* code;
  const char* name;
};

constexpr std::array<TypeInfo, 6> kTypes = {{
    {ContactType::kRarActivity, "rar_activity", "RAR activity"},
    {ContactType::kOffenderManagement, "offender_management", "Supervision"},
    {ContactType::kHomeVisit, "home_visit", "Home visit"},
    {ContactType::kUnpaidWorkSession, "unpaid_work", "Unpaid work session"},
    {ContactType::kProgrammeSession, "programme", "Programme session"},
    {ContactType::kOther, "other", "Other"},
}};

}  // namespace

const char* OutcomeCode(Outcome outcome) {
  for (const auto& o : kOutcomes) {
    if (o.outcome == outcome) {
      return o.code;
    }
  }
  return "";
}

const char* OutcomeName(Outcome outcome) {
  for (const auto& o : kOutcomes) {
    if (o.outcome == outcome) {
      return o.name;
    }
  }
  return "";
}

std::optional<Outcome> ParseOutcome(std::string_view code) {
  for (const auto& o : kOutcomes) {
    if (code == o.code) {
      return o.outcome;
    }
  }
  return std::nullopt;
}

const char* ContactTypeCode(ContactType type) {
  for (const auto& t : kTypes) {
    if (t.type == type) {
      return t.code;
    }
  }
  return "other";
}

const char* ContactTypeName(ContactType type) {
  for (const auto& t : kTypes) {
    if (t.type == type) {
      return t.name;
    }
  }
  return "Other";
}

std::optional<ContactType> ParseContactType(std::string_view code) {
  for (const auto& t : kTypes) {
    if (code == t.code) {
      return t.type;
    }
  }
  return std::nullopt;
}

bool CompletesRarDay(Outcome outcome) {
  switch (outcome) {
    case Outcome::kAttendedComplied:
    case Outcome::kSentHomeServiceIssues:
    case Outcome::kFailureDeemedAcceptable:
      return true;
    case Outcome::kAttendedFailedToComply:
    case Outcome::kSentHomeBehaviour:
    case Outcome::kFailedToAttend:
    case Outcome::kUnacceptableAbsence:
    case Outcome::kAcceptableAbsence:
    case Outcome::kRescheduledServiceRequest:
    case Outcome::kRescheduledPersonRequest:
    case Outcome::kAppointmentWithdrawn:
      return false;
  }
  return false;
}

bool IsFailure(Outcome outcome) {
  switch (outcome) {
    case Outcome::kAttendedFailedToComply:
    case Outcome::kSentHomeBehaviour:
    case Outcome::kFailedToAttend:
    case Outcome::kUnacceptableAbsence:
      return true;
    case Outcome::kAttendedComplied:
    case Outcome::kSentHomeServiceIssues:
    case Outcome::kFailureDeemedAcceptable:
    case Outcome::kAcceptableAbsence:
    case Outcome::kRescheduledServiceRequest:
    case Outcome::kRescheduledPersonRequest:
    case Outcome::kAppointmentWithdrawn:
      return false;
  }
  return false;
}

bool InstructionStood(Outcome outcome) {
  return CompletesRarDay(outcome) || IsFailure(outcome);
}

}  // namespace probity::contact
