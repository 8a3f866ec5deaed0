// JSON codecs for the API: camelCase on the wire, dates as "YYYY-MM-DD". Only http/ converts.
#pragma once

#include <string>

#include "app/caseload.h"
#include "app/cases.h"
#include "app/diary.h"
#include "app/group_sessions.h"

namespace probity::http {

std::string PersonJson(const app::CaseRecord& record);
std::string SentencesJson(const app::CaseRecord& record);
std::string RarStatusJson(const app::RarSummary& summary);
std::string SearchJson(const app::SearchResult& result);
std::string CaseloadJson(const app::Caseload& caseload);
std::string DiaryResultJson(const app::DiaryResult& result);
std::string DiaryJson(const std::vector<app::ContactView>& appointments);
std::string GroupSessionJson(const app::GroupSessionView& view);
std::string NoticesJson(const std::vector<app::Notice>& notices);

}  // namespace probity::http
