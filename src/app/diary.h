// The diary: booking appointments and recording what happened at them (issue 3 parts 3 and 4).
// RAR days are never typed in: each booking is checked against the days the court ordered
// (RAR-6) and each outcome changes the counts the domain computes (RAR-5..RAR-7).
#pragma once

#include <cstdint>
#include <optional>
#include <string>

#include "app/actor.h"
#include "app/views.h"
#include "core/result.h"

namespace probity::app {

// As typed on the form or sent to the API; the use case parses and checks every field.
struct AppointmentRequest {
  std::string type;        // a contact type code, e.g. "rar_activity"
  std::string date;        // "YYYY-MM-DD"
  std::string start_time;  // "HH:MM"
  std::string location;
  std::optional<std::int64_t> requirement;  // required for a RAR activity
  std::string staff_code;                   // who delivers; empty: the signed-in officer
  std::string provider;                     // a third-party provider delivering it, if any
  std::string notes;
  // Recording a contact that has already happened: its outcome (a Delius code) and reason.
  std::string outcome;
  std::string outcome_reason;
};

struct DiaryResult {
  ContactView appointment;
  std::optional<RarSummary> rar;  // the requirement's RAR days after the change
};

// Books an appointment for the person (audited "contact.create"). Errors name the field:
// type, date, time, location, requirementId, staffCode, outcome, reason; a RAR activity on a new
// date when no RAR days remain is kFailedPrecondition saying how many remain (RAR-6).
Result<DiaryResult> BookAppointment(const Context& ctx, const Actor& actor, const std::string& crn,
                                    const AppointmentRequest& request);

struct OutcomeRequest {
  std::int64_t contact = 0;
  std::string outcome;  // a Delius outcome code, e.g. "ATTC"
  std::string reason;   // required for an acceptable absence
  std::string notes;
};

// Records what happened at one of the person's appointments (audited "contact.outcome").
// kInvalidArgument for a future appointment or a bad code; kNotFound when the person has no such
// appointment; kFailedPrecondition when an outcome is already recorded.
Result<DiaryResult> RecordOutcome(const Context& ctx, const Actor& actor, const std::string& crn,
                                  const OutcomeRequest& request);

// A person's appointments from today on, soonest first (audited "person.diary.view").
Result<std::vector<ContactView>> ViewDiary(const Context& ctx, const Actor& actor,
                                           const std::string& crn);

}  // namespace probity::app
