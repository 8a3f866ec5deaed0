#include "web/view_models.h"

#include <algorithm>
#include <array>
#include <functional>

#include "http/request.h"
#include "web/tier_view.h"

namespace probity::web {
namespace {

const char* FlagColour(person::Register r) {
  switch (r) {
    case person::Register::kRoshVeryHigh:
    case person::Register::kRoshHigh:
    case person::Register::kMappa:
      return "red";
    case person::Register::kDomesticAbuse:
    case person::Register::kChildProtection:
    case person::Register::kStalking:
    case person::Register::kRiskToChildren:
    case person::Register::kTerrorism:
      return "orange";
    case person::Register::kRoshMedium:
    case person::Register::kRoshLow:
    case person::Register::kIntegratedOffenderManagement:
    case person::Register::kMentalHealth:
    case person::Register::kSelfHarm:
    case person::Register::kVulnerability:
    case person::Register::kChildConcerns:
    case person::Register::kPublicInterest:
    case person::Register::kAdultAtRisk:
    case person::Register::kStreetGangs:
    case person::Register::kUnsupervised:
      return "grey";
  }
  return "grey";
}

Data Flags(const std::vector<person::Register>& registers) {
  Data flags = List();
  for (auto r : registers) {
    Data flag;
    flag.set("name", person::RegisterName(r));
    flag.set("colour", FlagColour(r));
    flags.push_back(flag);
  }
  return flags;
}

// RAR-7 in words, for the case page's "At risk" tag.
std::string RiskReason(const rar::RarRisk& risk) {
  std::string reason;
  if (risk.cannot_fit) {
    reason = std::to_string(risk.days_to_deliver) + " days still to deliver; " +
             std::to_string(risk.days_that_fit) + " fit before the order ends at one a week.";
  }
  if (risk.no_early_activity) {
    reason += (reason.empty() ? "" : " ") + std::string("No RAR activity in the first 8 weeks.");
  }
  return reason;
}

std::string RarText(const rar::RarDayCount& days) {
  return std::to_string(days.completed) + " of " + std::to_string(days.ordered) + " days";
}

struct Column {
  const char* key;
  const char* label;
};
constexpr std::array<Column, 7> kColumns = {{{"name", "Name"},
                                             {"crn", "CRN"},
                                             {"tier", "Tier"},
                                             {"order", "Order"},
                                             {"rar", "RAR days used"},
                                             {"next", "Next appointment"},
                                             {"flags", "Flags"}}};

// A key that sorts rows for one column; missing values sort last.
std::string SortKey(const app::CaseloadRow& row, const std::string& column) {
  const auto& e = row.entry;
  if (column == "crn") {
    return e.crn;
  }
  if (column == "tier") {
    return e.tier.empty() ? "~" : e.tier;
  }
  if (column == "order") {
    return e.order_end ? FormatDate(*e.order_end) : "~";
  }
  if (column == "rar") {
    // Zero-padded so text order is number order.
    char buf[16];
    std::snprintf(buf, sizeof buf, "%06d", row.rar ? row.rar->completed : 999999);
    return buf;
  }
  if (column == "next") {
    return e.next_appointment ? FormatDate(*e.next_appointment) + e.next_appointment_time : "~";
  }
  if (column == "flags") {
    return std::to_string(9 - std::min<std::size_t>(9, e.registers.size()));
  }
  return e.surname + "\x1f" + e.first_name + "\x1f" + e.crn;
}

}  // namespace

Data CaseloadPage(app::Caseload caseload, const std::string& sort, bool descending,
                  const std::string& staff_query) {
  std::string column = "name";
  for (const auto& c : kColumns) {
    if (sort == c.key) {
      column = sort;
    }
  }
  // Each row's key is built once, not once per comparison.
  std::vector<std::pair<std::string, std::size_t>> keys;
  keys.reserve(caseload.rows.size());
  for (std::size_t i = 0; i < caseload.rows.size(); ++i) {
    keys.emplace_back(SortKey(caseload.rows[i], column), i);
  }
  std::stable_sort(keys.begin(), keys.end(), [&](const auto& a, const auto& b) {
    return descending ? b.first < a.first : a.first < b.first;
  });
  std::vector<app::CaseloadRow> sorted;
  sorted.reserve(keys.size());
  for (const auto& [key, i] : keys) {
    sorted.push_back(std::move(caseload.rows[i]));
  }
  caseload.rows = std::move(sorted);
  Data page;
  std::string officer = caseload.officer.first_name + " " + caseload.officer.surname;
  page.set("officer_name", officer);
  page.set("team_name", caseload.team_name);
  page.set("heading", staff_query.empty() ? "My caseload" : "Caseload of " + officer);
  page.set("count", std::to_string(caseload.rows.size()));
  std::string base =
      "/caseload?" + (staff_query.empty() ? "" : "staff=" + http::UrlEncode(staff_query) + "&");
  Data columns = List();
  for (const auto& c : kColumns) {
    Data col;
    bool active = column == c.key;
    bool next_descending = active && !descending;
    col.set("label", c.label);
    col.set("href", base + "sort=" + c.key + "&order=" + (next_descending ? "desc" : "asc"));
    col.set("aria_sort", active ? (descending ? "descending" : "ascending") : "none");
    columns.push_back(col);
  }
  page.set("columns", columns);
  Data& rows = SetChild(page, "rows", List());
  for (const auto& row : caseload.rows) {
    const auto& e = row.entry;
    Data r;
    r.set("name", e.surname + ", " + e.first_name);
    r.set("crn", e.crn);
    r.set("tier", e.tier.empty() ? "Not tiered" : e.tier);
    r.set("order_type", e.order_type ? sentence::OrderTypeName(*e.order_type) : "No order");
    if (e.order_end) {
      r.set("order_end", FormatDateLong(*e.order_end));
    }
    r.set("rar", row.rar ? RarText(*row.rar) : "No RAR");
    std::string next = "None booked";
    if (e.next_appointment) {
      next = FormatDateLong(*e.next_appointment) + " " + e.next_appointment_time;
      if (e.next_appointment_type) {
        next += " (" + std::string(contact::ContactTypeName(*e.next_appointment_type)) + ")";
      }
    }
    r.set("next_appointment", next);
    r.set("flags", Flags(e.registers));
    rows.push_back(r);
  }
  return page;
}

Data SearchResults(const app::SearchResult& result) {
  Data page;
  page.set("searched", true);
  std::size_t n = result.people.size();
  page.set("result_count", n == 0   ? std::string("No people found")
                           : n == 1 ? std::string("1 person found")
                                    : std::to_string(n) + " people found");
  page.set("truncated", result.truncated);
  page.set("has_results", n > 0);
  Data results = List();
  for (const auto& s : result.people) {
    Data r;
    r.set("name", s.surname + ", " + s.first_name);
    r.set("crn", s.crn);
    r.set("dob", FormatDateLong(s.date_of_birth));
    r.set("pnc", s.pnc_number.value_or(""));
    r.set("area", s.area_name);
    r.set("officer", s.officer_name.empty() ? "Unallocated" : s.officer_name);
    if (s.matched_alias) {
      r.set("alias", *s.matched_alias);
    }
    results.push_back(r);
  }
  page.set("results", results);
  return page;
}

namespace {

Data ContactRow(const app::ContactView& c) {
  Data cd;
  cd.set("id", std::to_string(c.contact.id.value()));
  cd.set("date", FormatDateLong(c.contact.date));
  cd.set("time", c.contact.start_time);
  cd.set("type", contact::ContactTypeName(c.contact.type));
  cd.set("location", c.contact.location);
  cd.set("outcome", c.contact.outcome ? contact::OutcomeName(*c.contact.outcome) : "Not recorded");
  cd.set("staff", c.contact.provider.empty() ? c.staff_name : c.contact.provider);
  cd.set("notes",
         c.contact.outcome_reason.empty()
             ? c.contact.notes
             : c.contact.outcome_reason + (c.contact.notes.empty() ? "" : ". ") + c.contact.notes);
  return cd;
}

Data ContactTypeOptions() {
  Data options = List();
  for (auto type : {contact::ContactType::kRarActivity, contact::ContactType::kOffenderManagement,
                    contact::ContactType::kHomeVisit, contact::ContactType::kUnpaidWorkSession,
                    contact::ContactType::kProgrammeSession, contact::ContactType::kOther}) {
    Data option;
    option.set("code", contact::ContactTypeCode(type));
    option.set("name", contact::ContactTypeName(type));
    options.push_back(option);
  }
  return options;
}

Data OutcomeOptions() {
  Data options = List();
  for (const char* code :
       {"ATTC", "AFTC", "ATSH", "ATSS", "AFDA", "AFTA", "UAAB", "AAAA", "RSSR", "RSOF", "APPW"}) {
    Data option;
    option.set("code", code);
    option.set("name", contact::OutcomeName(*contact::ParseOutcome(code)));
    options.push_back(option);
  }
  return options;
}

}  // namespace

Data CasePage(const app::CaseRecord& record) {
  const auto& p = record.person;
  Data page;
  page.set("crn", p.crn.str());
  page.set("name", p.FullName());
  page.set("flags", Flags(p.registers));
  Data details = List();
  auto add = [&details](const std::string& key, const std::string& value) {
    Data d;
    d.set("key", key);
    d.set("value", value);
    details.push_back(d);
  };
  add("Date of birth", FormatDateLong(p.date_of_birth));
  add("Sex", p.sex == person::Sex::kMale ? "Male" : "Female");
  add("PNC number", p.pnc_number.value_or("None"));
  std::string aliases;
  for (const auto& a : p.aliases) {
    aliases += (aliases.empty() ? "" : "; ") + a.first_name + " " + a.surname;
  }
  add("Aliases", aliases.empty() ? "None" : aliases);
  add("Area", record.area_name);
  // The tier as of today (recalculated on read); the stored one too when time has moved it.
  add("Tier", !record.tier ? (p.tier.empty() ? "Not tiered" : p.tier)
              : record.stale_tier.empty()
                  ? record.tier->Code()
                  : record.tier->Code() + " (stored: " + record.stale_tier + ")");
  add("OGRS (2 year)", p.ogrs_two_year ? std::to_string(*p.ogrs_two_year) + "%" : "Not assessed");
  page.set("details", details);
  page.set("tier_panel", TierPanel(p.crn.str(), record.tier, "", record.stale_tier));

  if (record.allocation) {
    const auto& a = *record.allocation;
    Data allocation;
    allocation.set("officer", a.officer_name);
    allocation.set("team", a.team_name);
    allocation.set("area", a.area_name);
    allocation.set("organisation", a.organisation_name);
    allocation.set("allocated_on", FormatDateLong(a.allocation.allocated_on));
    page.set("allocation", allocation);
  }

  Data events = List();
  Data requirement_options = List();
  for (const auto& e : record.events) {
    Data event;
    event.set("title", "Event " + std::to_string(e.id.value()));
    event.set("offence", e.offence_description);
    event.set("convicted", FormatDateLong(e.conviction_date));
    event.set("court", e.court);
    Data sentences = List();
    for (const auto& s : e.sentences) {
      Data sd;
      sd.set("order_type", sentence::OrderTypeName(s.type));
      sd.set("sentence_date", FormatDateLong(s.sentence_date));
      sd.set("end_date", FormatDateLong(s.end_date));
      Data requirements = List();
      for (const auto& r : s.requirements) {
        Data rd;
        rd.set("name", sentence::RequirementTypeName(r.type));
        rd.set("length",
               r.length ? std::to_string(*r.length) + " " + sentence::RequirementUnit(r.type) : "");
        rd.set("status", sentence::RequirementStatusCode(r.status));
        if (r.type == sentence::RequirementType::kRehabilitationActivity) {
          rd.set("plan_link", "/cases/" + p.crn.str() + "/requirements/" +
                                  std::to_string(r.id.value()) + "/plan");
        }
        if (r.status == sentence::RequirementStatus::kActive) {
          Data option;
          option.set("id", std::to_string(r.id.value()));
          option.set("label", std::string(sentence::RequirementTypeName(r.type)) + " (" +
                                  sentence::OrderTypeName(s.type) + " to " +
                                  FormatDateLong(s.end_date) + ")");
          requirement_options.push_back(option);
        }
        std::string rar;
        for (const auto& summary : record.rar) {
          if (summary.requirement == r.id) {
            const auto& d = summary.days;
            rar = std::to_string(d.completed) + " completed, " + std::to_string(d.instructed) +
                  " instructed, " + std::to_string(d.booked) + " booked, " +
                  std::to_string(d.remaining) + " remaining of " + std::to_string(d.ordered);
            rd.set("rar_at_risk", summary.risk.at_risk());
            rd.set("rar_risk_reason", RiskReason(summary.risk));
          }
        }
        rd.set("rar", rar);
        requirements.push_back(rd);
      }
      sd.set("requirements", requirements);
      sentences.push_back(sd);
    }
    event.set("sentences", sentences);
    events.push_back(event);
  }
  page.set("events", events);

  page.set("requirement_options", requirement_options);
  Data contacts = List();
  for (const auto& c : record.recent_contacts) {
    Data cd = ContactRow(c);
    cd.set("needs_outcome", !c.contact.outcome.has_value());
    contacts.push_back(cd);
  }
  Data upcoming = List();
  for (const auto& c : record.upcoming) {
    upcoming.push_back(ContactRow(c));
  }
  page.set("upcoming", upcoming);
  page.set("has_upcoming", !record.upcoming.empty());
  page.set("type_options", ContactTypeOptions());
  page.set("outcome_options", OutcomeOptions());
  page.set("contacts", contacts);
  return page;
}

}  // namespace probity::web
