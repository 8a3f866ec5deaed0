#include "app/group_sessions.h"

#include <map>
#include <set>

#include "app/access_policy.h"
#include "app/appointment_input.h"
#include "app/audit.h"
#include "app/notifications.h"
#include "app/person_lookup.h"
#include "app/rar_days.h"
#include "domain/contact/recording.h"

namespace probity::app {
namespace {

// Attendees of one group session at most (a large programme group is about 12).
constexpr std::size_t kMaxAttendees = 50;
// Sessions cancelled in one action at most (a programme runs for about 12 to 30 sessions).
constexpr std::size_t kMaxSessionsCancelled = 60;

// Prefixes the field names of an attendee's error with `attendees[i].`, so the form or client
// can tell which attendee is at fault.
Error ForAttendee(Error error, std::size_t index, const std::string& crn) {
  std::string prefix = "attendees[" + std::to_string(index) + "]";
  error.message = crn + ": " + error.message;
  if (error.fields.empty()) {
    error.fields.push_back({prefix + ".crn", ErrorCodeName(error.code), error.message});
  }
  for (auto& field : error.fields) {
    field.field = prefix + "." + field.field;
    field.message = crn + ": " + field.message;
  }
  return error;
}

// The officers to tell about a change to these attendees' appointments.
std::vector<NoticeRecipient> Recipients(const std::vector<GroupAttendee>& attendees) {
  std::vector<NoticeRecipient> out;
  for (const auto& a : attendees) {
    if (a.officer) {
      out.push_back({*a.officer, a.person, a.crn, a.name});
    }
  }
  return out;
}

Result<GroupSessionView> LoadSession(Tx& tx, std::int64_t id) {
  if (id <= 0) {
    return InvalidArgument("id", "INVALID_FORMAT", "A session id is a positive whole number");
  }
  auto session = tx.group_sessions().Find(id);
  PROBITY_TRY(session);
  if (!*session) {
    return NotFound("No group session has id " + std::to_string(id));
  }
  auto attendees = tx.group_sessions().Attendees(id);
  PROBITY_TRY(attendees);
  return GroupSessionView{std::move(**session), std::move(*attendees)};
}

std::vector<GroupAttendee> StillOpen(const std::vector<GroupAttendee>& attendees) {
  std::vector<GroupAttendee> open;
  for (const auto& a : attendees) {
    if (!a.outcome) {
      open.push_back(a);
    }
  }
  return open;
}

Status RequireReason(const std::string& reason) {
  if (reason.find_first_not_of(" \t") == std::string::npos) {
    return InvalidArgument("reason", "REQUIRED", "Give the reason, for the people affected");
  }
  return CheckText(reason, "reason");
}

// The person's one active RAR, when they have exactly one (a group RAR activity form need not
// ask which requirement it is for).
std::optional<std::int64_t> OnlyActiveRar(const std::vector<sentence::Event>& events) {
  std::optional<std::int64_t> found;
  for (const auto& e : events) {
    for (const auto& s : e.sentences) {
      for (const auto& r : s.requirements) {
        if (r.type == sentence::RequirementType::kRehabilitationActivity &&
            r.status == sentence::RequirementStatus::kActive) {
          if (found) {
            return std::nullopt;  // more than one: the caller must say which
          }
          found = r.id.value();
        }
      }
    }
  }
  return found;
}

std::string SessionLabel(const GroupSession& s) {
  return "\"" + s.title + "\" on " + FormatDateLong(s.date) + " at " + s.start_time;
}

}  // namespace

Result<GroupSessionView> CreateGroupSession(const Context& ctx, const Actor& actor,
                                            const GroupSessionRequest& request) {
  PROBITY_TRY(CheckGroupSessionAccess(actor));
  Date today = ctx.clock.Today();
  if (request.title.find_first_not_of(" \t") == std::string::npos) {
    return InvalidArgument("title", "REQUIRED", "Give the session a title");
  }
  PROBITY_TRY(CheckText(request.title, "title"));
  AppointmentRequest shape{request.type,
                           request.date,
                           request.start_time,
                           request.location,
                           std::nullopt,
                           request.staff_code,
                           request.provider,
                           "",
                           "",
                           ""};
  auto appointment = ParseAppointment(shape, today);
  PROBITY_TRY(appointment);
  if (request.attendees.empty()) {
    return InvalidArgument("attendees", "REQUIRED", "Add at least one person to the session");
  }
  if (request.attendees.size() > kMaxAttendees) {
    return InvalidArgument("attendees", "TOO_MANY",
                           "A session has at most " + std::to_string(kMaxAttendees) + " people");
  }

  auto tx = ctx.store.Begin(TxKind::kWrite);
  PROBITY_TRY(tx);
  auto staff = ResolveStaff(**tx, actor, request.staff_code);
  PROBITY_TRY(staff);
  GroupSession session{0,
                       request.title,
                       appointment->type,
                       appointment->date,
                       request.start_time,
                       request.location,
                       *staff,
                       request.provider,
                       false};
  auto id = (*tx)->group_sessions().Insert(session, ctx.clock.Now(), actor.username);
  PROBITY_TRY(id);
  for (std::size_t i = 0; i < request.attendees.size(); ++i) {
    const auto& a = request.attendees[i];
    auto person = FindPersonFor(**tx, actor, a.crn, CaseAction::kChange);
    if (!person) {
      return ForAttendee(person.error(), i, a.crn);
    }
    auto events = (*tx)->sentences().ForPerson(person->id);
    PROBITY_TRY(events);
    std::optional<std::int64_t> chosen = a.requirement;
    if (!chosen && appointment->type == contact::ContactType::kRarActivity) {
      chosen = OnlyActiveRar(*events);
    }
    auto requirement = CheckBooking(**tx, *events, chosen, *appointment, today);
    if (!requirement) {
      return ForAttendee(requirement.error(), i, a.crn);
    }
    auto contact = (*tx)->contacts().Insert({*appointment, person->id, *requirement, *staff, *id});
    PROBITY_TRY(contact);
    PROBITY_TRY((*tx)->audit().Append(
        MakeAudit(ctx, actor, "contact.create", "person",
                  person->crn.str() + "/contact/" + std::to_string(contact->value()))));
  }
  auto view = LoadSession(**tx, *id);
  PROBITY_TRY(view);
  PROBITY_TRY((*tx)->Commit());
  return view;
}

Result<GroupSessionView> ViewGroupSession(const Context& ctx, const Actor& actor, std::int64_t id) {
  PROBITY_TRY(CheckGroupSessionAccess(actor));
  auto tx = ctx.store.Begin(TxKind::kRead);
  PROBITY_TRY(tx);
  auto view = LoadSession(**tx, id);
  tx->reset();
  PROBITY_TRY(view);
  std::vector<AuditEntry> entries;
  for (const auto& a : view->attendees) {
    entries.push_back(MakeAudit(ctx, actor, "group_session.view", "person", a.crn));
  }
  PROBITY_TRY(ctx.store.RecordAudit(std::move(entries)));
  return view;
}

Result<std::vector<Notice>> CancelGroupSessions(const Context& ctx, const Actor& actor,
                                                const std::vector<std::int64_t>& ids,
                                                const std::string& reason) {
  PROBITY_TRY(CheckGroupSessionAccess(actor));
  PROBITY_TRY(RequireReason(reason));
  if (ids.empty()) {
    return InvalidArgument("sessionIds", "REQUIRED", "Name at least one session to cancel");
  }
  if (ids.size() > kMaxSessionsCancelled) {
    return InvalidArgument(
        "sessionIds", "TOO_MANY",
        "Cancel at most " + std::to_string(kMaxSessionsCancelled) + " sessions at once");
  }
  std::set<std::int64_t> unique(ids.begin(), ids.end());
  if (unique.size() != ids.size()) {
    return InvalidArgument("sessionIds", "DUPLICATE", "A session is named twice");
  }
  auto tx = ctx.store.Begin(TxKind::kWrite);
  PROBITY_TRY(tx);
  std::vector<GroupAttendee> affected;
  std::vector<std::string> labels;
  for (std::size_t i = 0; i < ids.size(); ++i) {
    auto view = LoadSession(**tx, ids[i]);
    if (!view) {
      Error error = view.error();
      error.fields.push_back(
          {"sessionIds[" + std::to_string(i) + "]", ErrorCodeName(error.code), error.message});
      return error;
    }
    if (view->session.cancelled) {
      return FailedPrecondition("Session " + std::to_string(ids[i]) + " (" +
                                SessionLabel(view->session) + ") is already cancelled");
    }
    auto open = StillOpen(view->attendees);
    PROBITY_TRY((*tx)->group_sessions().Cancel(ids[i], reason, ctx.clock.Now(), actor.username));
    for (const auto& a : open) {
      PROBITY_TRY((*tx)->audit().Append(
          MakeAudit(ctx, actor, "contact.withdrawn", "person",
                    a.crn + "/contact/" + std::to_string(a.contact.value()))));
    }
    affected.insert(affected.end(), open.begin(), open.end());
    labels.push_back(SessionLabel(view->session));
  }
  Notice notice;
  notice.created_at = ctx.clock.Now();
  notice.kind = "group_session.cancelled";
  notice.title = ids.size() == 1 ? "Cancelled: " + labels.front()
                                 : "Cancelled: " + std::to_string(ids.size()) + " sessions";
  notice.body =
      (ids.size() == 1 ? "The session was cancelled (" : "The sessions were cancelled (") + reason +
      ").";
  if (ids.size() > 1) {
    notice.body += " Sessions:";
    for (const auto& label : labels) {
      notice.body += " " + label + (&label == &labels.back() ? "." : ";");
    }
  }
  notice.body +=
      " The appointments were withdrawn, which does not use RAR days; book replacements where "
      "needed.";
  notice.dedupe_key = "group_session.cancelled:";
  for (std::int64_t id : unique) {
    notice.dedupe_key += std::to_string(id) + ",";
  }
  auto sent = NotifyOfficers(**tx, Recipients(affected), notice);
  PROBITY_TRY(sent);
  PROBITY_TRY((*tx)->Commit());
  return sent;
}

Result<std::vector<Notice>> CancelGroupSession(const Context& ctx, const Actor& actor,
                                               std::int64_t id, const std::string& reason) {
  return CancelGroupSessions(ctx, actor, {id}, reason);
}

Result<std::vector<Notice>> MoveGroupSession(const Context& ctx, const Actor& actor,
                                             std::int64_t id, const std::string& date_text,
                                             const std::string& start_time,
                                             const std::string& reason) {
  PROBITY_TRY(CheckGroupSessionAccess(actor));
  Date today = ctx.clock.Today();
  auto date = ParseDate(date_text);
  if (!date) {
    return InvalidArgument("date", "INVALID_FORMAT", "Enter a real date as YYYY-MM-DD");
  }
  if (*date < today) {
    return InvalidArgument("date", "IN_THE_PAST", "A session can only move to today or later");
  }
  if (!contact::IsValidStartTime(start_time)) {
    return InvalidArgument("time", "INVALID_FORMAT", "Enter a start time as HH:MM, e.g. 09:30");
  }
  PROBITY_TRY(RequireReason(reason));

  auto tx = ctx.store.Begin(TxKind::kWrite);
  PROBITY_TRY(tx);
  auto view = LoadSession(**tx, id);
  PROBITY_TRY(view);
  if (view->session.cancelled) {
    return FailedPrecondition("A cancelled session cannot be moved");
  }
  auto affected = StillOpen(view->attendees);
  contact::Contact moved;
  moved.type = view->session.type;
  moved.date = *date;
  for (std::size_t i = 0; i < affected.size(); ++i) {
    const auto& a = affected[i];
    auto events = (*tx)->sentences().ForPerson(a.person);
    PROBITY_TRY(events);
    std::optional<std::int64_t> requirement;
    if (a.requirement) {
      requirement = a.requirement->value();
    }
    auto checked = CheckBooking(**tx, *events, requirement, moved, today, a.contact);
    if (!checked) {
      return ForAttendee(checked.error(), i, a.crn);
    }
  }
  PROBITY_TRY((*tx)->group_sessions().Move(id, *date, start_time));
  for (const auto& a : affected) {
    PROBITY_TRY(
        (*tx)->audit().Append(MakeAudit(ctx, actor, "contact.moved", "person",
                                        a.crn + "/contact/" + std::to_string(a.contact.value()))));
  }
  Notice notice;
  notice.created_at = ctx.clock.Now();
  notice.kind = "group_session.moved";
  notice.title = "Moved: " + SessionLabel(view->session);
  notice.dedupe_key =
      "group_session.moved:" + std::to_string(id) + ":" + FormatDate(*date) + ":" + start_time;
  notice.body = "The session moved to " + FormatDateLong(*date) + " at " + start_time + " (" +
                reason + "). Each appointment moved with it; tell the people affected.";
  auto sent = NotifyOfficers(**tx, Recipients(affected), notice);
  PROBITY_TRY(sent);
  PROBITY_TRY((*tx)->Commit());
  return sent;
}

}  // namespace probity::app
