#include "domain/contact/recording.h"

#include <cctype>
#include <string>

namespace probity::contact {
namespace {

constexpr int kHoursPerDay = 24;
constexpr int kMinutesPerHour = 60;

bool IsTrimmedEmpty(std::string_view text) {
  for (char c : text) {
    if (std::isspace(static_cast<unsigned char>(c)) == 0) {
      return false;
    }
  }
  return true;
}

}  // namespace

bool IsValidStartTime(std::string_view text) {
  if (text.size() != 5 || text[2] != ':') {
    return false;
  }
  for (std::size_t i : {0U, 1U, 3U, 4U}) {
    if (std::isdigit(static_cast<unsigned char>(text[i])) == 0) {
      return false;
    }
  }
  int hours = (text[0] - '0') * 10 + (text[1] - '0');
  int minutes = (text[3] - '0') * 10 + (text[4] - '0');
  return hours < kHoursPerDay && minutes < kMinutesPerHour;
}

Status CheckOutcome(const Contact& appointment, Outcome outcome, std::string_view reason,
                    Date today) {
  if (appointment.date > today) {
    return InvalidArgument("outcome", "FUTURE_APPOINTMENT",
                           "The appointment on " + FormatDate(appointment.date) +
                               " has not happened yet; record its outcome on or after that date.");
  }
  if (appointment.outcome) {
    Error error = FailedPrecondition(std::string("This appointment already has an outcome (") +
                                     OutcomeName(*appointment.outcome) +
                                     "); correct it instead of recording another.");
    error.fields.push_back({"outcome", "OUTCOME_ALREADY_RECORDED", error.message});
    return error;
  }
  if (outcome == Outcome::kAcceptableAbsence && IsTrimmedEmpty(reason)) {
    return InvalidArgument("reason", "REQUIRED",
                           "Give the reason the absence is acceptable (for example medical, "
                           "religious observance, employment).");
  }
  return Ok();
}

}  // namespace probity::contact
