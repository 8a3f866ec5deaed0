// JSON codecs for the API: camelCase on the wire, dates as "YYYY-MM-DD". Only http/ converts.
#pragma once

#include <string>

#include <boost/json/object.hpp>

#include "app/caseload.h"
#include "app/cases.h"
#include "app/diary.h"
#include "app/group_sessions.h"
#include "app/sentences.h"

namespace probity::http {

std::string PersonJson(const app::CaseRecord& record);
std::string SentencesJson(const app::CaseRecord& record);
std::string RarStatusJson(const app::RarSummary& summary);
// The RAR days of one requirement as the status endpoint shows them (for other encoders).
boost::json::object RarObject(const app::RarSummary& summary);
// A requirement as every endpoint shows it: id, type, name, length, unit, dailyHours, endDate,
// status.
boost::json::object RequirementObject(const sentence::Requirement& requirement);
// An event with its sentences and requirements; a RAR with a summary in `rar` gets "rarDays".
boost::json::object EventObject(const sentence::Event& event,
                                const std::vector<app::RarSummary>& rar);
std::string SearchJson(const app::SearchResult& result);
std::string CaseloadJson(const app::Caseload& caseload);
std::string DiaryResultJson(const app::DiaryResult& result);
std::string DiaryJson(const std::vector<app::ContactView>& appointments);
std::string GroupSessionJson(const app::GroupSessionView& view);
std::string NoticesJson(const std::vector<app::Notice>& notices);
// {"crn", "event"}: the recorded event as EventObject shows it.
std::string RecordedOrderJson(const app::RecordedOrder& order);
// {"crn", "requirement", "history": [{"id", "kind", "effectiveDate", "oldLength", "newLength",
// "oldEndDate", "newEndDate", "reason", "changedAt", "changedBy"}]}, oldest change first.
std::string RequirementHistoryJson(const app::RequirementHistory& history);

}  // namespace probity::http
