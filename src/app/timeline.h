// A person's timeline (issue 5 part 6): every dated thing on their record in one list, newest
// first: sentences, appointments and outcomes, corrections, decisions on failures, warnings,
// breaches and court outcomes, requirement changes, and the notices sent about them.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "app/actor.h"
#include "core/date.h"
#include "core/result.h"

namespace probity::app {

struct TimelineEntry {
  Date date{};
  std::optional<Instant> at;  // when it was recorded, where known (orders same-day entries)
  std::string kind;           // e.g. "contact", "decision", "warning", "notice"
  std::string title;
  std::string detail;
};

struct Timeline {
  std::string crn;
  std::string name;
  std::vector<TimelineEntry> entries;
};

// Audited "person.timeline.view".
Result<Timeline> ViewTimeline(const Context& ctx, const Actor& actor, const std::string& crn);

// How many appointments and notices the timeline reads at most.
inline constexpr int kTimelineContacts = 300;
inline constexpr int kTimelineNotices = 50;

}  // namespace probity::app
