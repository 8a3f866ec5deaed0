#include "http/json.h"

#include <boost/json.hpp>

namespace probity::http {
namespace {

namespace json = boost::json;

json::value DateOrNull(const std::optional<Date>& date) {
  if (!date) {
    return nullptr;
  }
  return json::value(FormatDate(*date));
}

template <typename T>
json::value OrNull(const std::optional<T>& value) {
  if (!value) {
    return nullptr;
  }
  return json::value(*value);
}

json::array Registers(const std::vector<person::Register>& registers) {
  json::array out;
  for (auto r : registers) {
    out.push_back({{"code", person::RegisterCode(r)}, {"name", person::RegisterName(r)}});
  }
  return out;
}

// Exactly issue 3's shape for GET .../rar and `probity rar status`.
json::object RarCountObject(const app::RarSummary& summary) {
  const rar::RarDayCount& days = summary.days;
  json::array completed;
  for (auto d : days.completed_dates) {
    completed.emplace_back(FormatDate(d));
  }
  json::array instructed;
  for (auto d : days.instructed_dates) {
    instructed.emplace_back(FormatDate(d));
  }
  return {{"ordered", days.ordered},
          {"completed", days.completed},
          {"instructed", days.instructed},
          {"booked", days.booked},
          {"remaining", days.remaining},
          {"atRisk", summary.risk.at_risk()},
          {"completedDates", std::move(completed)},
          {"instructedDates", std::move(instructed)}};
}

// The count with why it is at risk and when the relevant period ends, for the views that show
// them (a sentence's requirements, the plan).
json::object RarJson(const app::RarSummary& summary) {
  json::array reasons;
  if (summary.risk.cannot_fit) {
    reasons.emplace_back("DAYS_DO_NOT_FIT_BEFORE_END");
  }
  if (summary.risk.no_early_activity) {
    reasons.emplace_back("NO_ACTIVITY_IN_FIRST_8_WEEKS");
  }
  json::object out = RarCountObject(summary);
  out["unrecorded"] = summary.days.unrecorded;
  out["atRiskReasons"] = std::move(reasons);
  out["periodEnd"] = FormatDate(summary.period_end);
  return out;
}

json::object ContactObject(const app::ContactView& view) {
  const contact::Contact& c = view.contact;
  json::value requirement = nullptr;
  if (view.requirement) {
    requirement = view.requirement->value();
  }
  return {{"id", c.id.value()},
          {"type", contact::ContactTypeCode(c.type)},
          {"date", FormatDate(c.date)},
          {"startTime", c.start_time},
          {"location", c.location},
          {"requirementId", std::move(requirement)},
          {"provider", c.provider},
          {"outcome", c.outcome ? json::value(contact::OutcomeCode(*c.outcome)) : nullptr},
          {"outcomeReason", c.outcome_reason},
          {"staff", view.staff_name},
          {"notes", c.notes}};
}

json::array EventsJson(const app::CaseRecord& record) {
  json::array events;
  for (const auto& e : record.events) {
    events.push_back(EventObject(e, record.rar));
  }
  return events;
}

}  // namespace

json::object RequirementObject(const sentence::Requirement& r) {
  return {{"id", r.id.value()},
          {"type", sentence::RequirementTypeCode(r.type)},
          {"name", sentence::RequirementTypeName(r.type)},
          {"length", OrNull(r.length)},
          {"unit", sentence::RequirementUnit(r.type)},
          {"dailyHours", OrNull(r.daily_hours)},
          {"endDate", DateOrNull(r.end_date)},
          {"status", sentence::RequirementStatusCode(r.status)}};
}

json::object EventObject(const sentence::Event& e, const std::vector<app::RarSummary>& rar) {
  json::array sentences;
  for (const auto& s : e.sentences) {
    json::array requirements;
    for (const auto& r : s.requirements) {
      json::object req = RequirementObject(r);
      for (const auto& summary : rar) {
        if (summary.requirement == r.id) {
          req["rarDays"] = RarJson(summary);
        }
      }
      requirements.push_back(std::move(req));
    }
    sentences.push_back({{"id", s.id.value()},
                         {"orderType", sentence::OrderTypeCode(s.type)},
                         {"sentenceDate", FormatDate(s.sentence_date)},
                         {"endDate", FormatDate(s.end_date)},
                         {"custodialMonths", OrNull(s.custodial_months)},
                         {"operationalEndDate", DateOrNull(s.operational_end)},
                         {"requirements", std::move(requirements)}});
  }
  return {{"id", e.id.value()},
          {"convictionDate", FormatDate(e.conviction_date)},
          {"offenceCategory", e.offence_category},
          {"offenceDescription", e.offence_description},
          {"court", e.court},
          {"sentences", std::move(sentences)}};
}

std::string PersonJson(const app::CaseRecord& record) {
  const auto& p = record.person;
  json::array aliases;
  for (const auto& a : p.aliases) {
    aliases.push_back({{"firstName", a.first_name},
                       {"surname", a.surname},
                       {"dateOfBirth", DateOrNull(a.date_of_birth)}});
  }
  json::value allocation = nullptr;
  if (record.allocation) {
    const auto& a = *record.allocation;
    allocation = json::object{{"organisation", a.organisation_name},
                              {"area", a.area_name},
                              {"team", a.team_name},
                              {"officer", {{"code", a.officer_code}, {"name", a.officer_name}}},
                              {"allocatedOn", FormatDate(a.allocation.allocated_on)}};
  }
  json::array contacts;
  for (const auto& c : record.recent_contacts) {
    contacts.push_back(ContactObject(c));
  }
  json::object body{{"crn", p.crn.str()},
                    {"firstName", p.first_name},
                    {"middleNames", p.middle_names},
                    {"surname", p.surname},
                    {"dateOfBirth", FormatDate(p.date_of_birth)},
                    {"sex", person::SexCode(p.sex)},
                    {"pncNumber", OrNull(p.pnc_number)},
                    {"aliases", std::move(aliases)},
                    {"area", record.area_name},
                    {"tier", p.tier},
                    {"ogrsTwoYearPercent", OrNull(p.ogrs_two_year)},
                    {"registers", Registers(p.registers)},
                    {"allocation", std::move(allocation)},
                    {"recentContacts", std::move(contacts)}};
  return json::serialize(body);
}

boost::json::object RarObject(const app::RarSummary& summary) {
  json::object body = RarJson(summary);
  body["requirementId"] = summary.requirement.value();
  return body;
}

std::string RarStatusJson(const app::RarSummary& summary) {
  return json::serialize(RarCountObject(summary));
}

std::string SentencesJson(const app::CaseRecord& record) {
  return json::serialize(
      json::object{{"crn", record.person.crn.str()}, {"events", EventsJson(record)}});
}

std::string SearchJson(const app::SearchResult& result) {
  json::array people;
  for (const auto& s : result.people) {
    people.push_back({{"crn", s.crn},
                      {"firstName", s.first_name},
                      {"surname", s.surname},
                      {"dateOfBirth", FormatDate(s.date_of_birth)},
                      {"sex", person::SexCode(s.sex)},
                      {"pncNumber", OrNull(s.pnc_number)},
                      {"area", s.area_name},
                      {"officer", s.officer_name},
                      {"matchedAlias", OrNull(s.matched_alias)}});
  }
  return json::serialize(json::object{
      {"count", people.size()}, {"truncated", result.truncated}, {"results", std::move(people)}});
}

std::string CaseloadJson(const app::Caseload& caseload) {
  json::array cases;
  for (const auto& row : caseload.rows) {
    const auto& e = row.entry;
    json::value next = nullptr;
    if (e.next_appointment) {
      next = json::object{
          {"date", FormatDate(*e.next_appointment)},
          {"time", e.next_appointment_time},
          {"type",
           e.next_appointment_type ? contact::ContactTypeCode(*e.next_appointment_type) : "other"}};
    }
    cases.push_back(
        {{"crn", e.crn},
         {"firstName", e.first_name},
         {"surname", e.surname},
         {"tier", e.tier},
         {"orderType", e.order_type ? json::value(sentence::OrderTypeCode(*e.order_type))
                                    : json::value(nullptr)},
         {"orderEndDate", DateOrNull(e.order_end)},
         {"rarDaysCompleted", row.rar ? json::value(row.rar->completed) : json::value(nullptr)},
         {"rarDaysOrdered", row.rar ? json::value(row.rar->ordered) : json::value(nullptr)},
         {"nextAppointment", std::move(next)},
         {"flags", Registers(e.registers)}});
  }
  const auto& o = caseload.officer;
  return json::serialize(json::object{
      {"officer",
       {{"code", o.code}, {"name", o.first_name + " " + o.surname}, {"team", caseload.team_name}}},
      {"count", cases.size()},
      {"cases", std::move(cases)}});
}

std::string DiaryResultJson(const app::DiaryResult& result) {
  json::object body{{"appointment", ContactObject(result.appointment)}};
  if (result.rar) {
    body["rar"] = RarObject(*result.rar);
  } else {
    body["rar"] = nullptr;
  }
  return json::serialize(body);
}

std::string DiaryJson(const std::vector<app::ContactView>& appointments) {
  json::array out;
  for (const auto& a : appointments) {
    out.push_back(ContactObject(a));
  }
  return json::serialize(json::object{{"appointments", std::move(out)}});
}

std::string GroupSessionJson(const app::GroupSessionView& view) {
  const app::GroupSession& s = view.session;
  json::array attendees;
  for (const auto& a : view.attendees) {
    attendees.push_back(
        {{"crn", a.crn},
         {"name", a.name},
         {"contactId", a.contact.value()},
         {"requirementId", a.requirement ? json::value(a.requirement->value()) : nullptr},
         {"outcome", a.outcome ? json::value(contact::OutcomeCode(*a.outcome)) : nullptr}});
  }
  return json::serialize(json::object{{"id", s.id},
                                      {"title", s.title},
                                      {"type", contact::ContactTypeCode(s.type)},
                                      {"date", FormatDate(s.date)},
                                      {"startTime", s.start_time},
                                      {"location", s.location},
                                      {"provider", s.provider},
                                      {"status", s.cancelled ? "cancelled" : "scheduled"},
                                      {"attendees", std::move(attendees)}});
}

std::string NoticesJson(const std::vector<app::Notice>& notices) {
  json::array out;
  for (const auto& n : notices) {
    json::array crns;
    for (const auto& crn : n.crns) {
      crns.emplace_back(crn);
    }
    out.push_back({{"id", n.id},
                   {"kind", n.kind},
                   {"title", n.title},
                   {"body", n.body},
                   {"createdAt", FormatInstant(n.created_at)},
                   {"read", n.read},
                   {"digestOf", n.digest_of ? json::value(FormatDate(*n.digest_of)) : nullptr},
                   {"crns", std::move(crns)}});
  }
  return json::serialize(json::object{{"count", out.size()}, {"notices", std::move(out)}});
}

std::string RecordedOrderJson(const app::RecordedOrder& order) {
  return json::serialize(json::object{{"crn", order.crn}, {"event", EventObject(order.event, {})}});
}

std::string RequirementHistoryJson(const app::RequirementHistory& history) {
  json::array changes;
  for (const auto& c : history.changes) {
    changes.push_back({{"id", c.id},
                       {"kind", c.kind},
                       {"effectiveDate", FormatDate(c.effective_date)},
                       {"oldLength", OrNull(c.old_length)},
                       {"newLength", OrNull(c.new_length)},
                       {"oldEndDate", DateOrNull(c.old_end_date)},
                       {"newEndDate", DateOrNull(c.new_end_date)},
                       {"reason", c.reason},
                       {"changedAt", FormatInstant(c.changed_at)},
                       {"changedBy", c.changed_by}});
  }
  return json::serialize(json::object{{"crn", history.crn},
                                      {"requirement", RequirementObject(history.requirement)},
                                      {"history", std::move(changes)}});
}

}  // namespace probity::http
