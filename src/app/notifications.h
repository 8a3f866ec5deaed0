// One notification model for the whole system (issue 5 part 6): a notice per officer per event,
// listing every one of their people it touches (never one per person per session); the same
// event delivered twice merges into the first notice by its dedupe key; read and unread; and, for
// officers who choose it, one daily digest per day instead of separate notices.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "app/actor.h"
#include "app/ports.h"
#include "core/result.h"

namespace probity::app {

// One person an event touches, with their responsible officer.
struct NoticeRecipient {
  org::StaffId officer;
  person::PersonId person;
  std::string crn;
  std::string name;
};

// Sends `notice` (kind, title, body, dedupe_key, created_at) once to each officer among
// `recipients`, listing that officer's people; inside the caller's transaction. Returns the
// notices as stored.
Result<std::vector<Notice>> NotifyOfficers(Tx& tx, const std::vector<NoticeRecipient>& recipients,
                                           const Notice& notice);

// The signed-in officer's notices, newest first; with the daily digest on, one digest per day
// (id 0, digest_of set) gathering that day's notices. Showing a notice is a read of the records
// it names (audited "notices.view" per CRN).
Result<std::vector<Notice>> ViewNotices(const Context& ctx, const Actor& actor);
Status MarkNoticeRead(const Context& ctx, const Actor& actor, std::int64_t id);
// Marks every notice of `day` read (a digest read); returns how many were unread.
Result<int> MarkDigestRead(const Context& ctx, const Actor& actor, const std::string& day);
// Turns the daily digest on or off for the signed-in officer.
Status SetDailyDigest(const Context& ctx, const Actor& actor, bool on);

}  // namespace probity::app
