// Group sessions: one session, many attendees, each with their own appointment. Cancelling or
// moving the session changes every attendee's appointment in one transaction and tells each
// affected responsible officer once, in one grouped notice (issue 3 part 3; HMIP found one
// cancelled programme produced 12 pages of alerts).
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "app/actor.h"
#include "app/notifications.h"
#include "app/ports.h"
#include "core/result.h"

namespace probity::app {

struct GroupAttendeeRequest {
  std::string crn;
  // For a RAR activity: the person's RAR; may be left out when they have exactly one active RAR.
  std::optional<std::int64_t> requirement;
};

struct GroupSessionRequest {
  std::string title;
  std::string type;  // a contact type code: rar_activity, programme, unpaid_work...
  std::string date;
  std::string start_time;
  std::string location;
  std::string staff_code;  // who delivers; empty: the signed-in officer
  std::string provider;
  std::vector<GroupAttendeeRequest> attendees;
};

struct GroupSessionView {
  GroupSession session;
  std::vector<GroupAttendee> attendees;
};

// Creates the session and books every attendee, each checked as a single booking is (RAR-6);
// any refusal saves nothing and names the attendee (`attendees[2].requirementId`...).
Result<GroupSessionView> CreateGroupSession(const Context& ctx, const Actor& actor,
                                            const GroupSessionRequest& request);

Result<GroupSessionView> ViewGroupSession(const Context& ctx, const Actor& actor, std::int64_t id);

// Cancels the session: every attendee's appointment without an outcome is withdrawn (APPW,
// which releases the RAR date) and each affected officer gets one notice listing their people.
// Returns the notices sent.
Result<std::vector<Notice>> CancelGroupSession(const Context& ctx, const Actor& actor,
                                               std::int64_t id, const std::string& reason);

// Cancels several sessions in one action (e.g. a programme's remaining sessions): all or none,
// and each affected officer gets ONE notice listing all their people across the sessions
// (issue 5 part 6: 12 sessions for 3 people is one notice per officer). Errors name
// "sessionIds" (empty, duplicate, too many) or "sessionIds[i]" (unknown).
Result<std::vector<Notice>> CancelGroupSessions(const Context& ctx, const Actor& actor,
                                                const std::vector<std::int64_t>& ids,
                                                const std::string& reason);

// Moves the session to a new date and time; each attendee's RAR period and budget are checked
// for the new date (nothing moves if any would break). One notice per affected officer.
Result<std::vector<Notice>> MoveGroupSession(const Context& ctx, const Actor& actor,
                                             std::int64_t id, const std::string& date,
                                             const std::string& start_time,
                                             const std::string& reason);

}  // namespace probity::app
