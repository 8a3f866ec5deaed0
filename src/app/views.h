// Read models the use cases return: plain structs built from domain types, shaped for the
// pages and the API.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "core/date.h"
#include "domain/contact/contact.h"
#include "domain/org/org.h"
#include "domain/person/person.h"
#include "domain/rar/at_risk.h"
#include "domain/rar/day_count.h"
#include "domain/sentence/sentence.h"
#include "domain/tier/tier.h"

namespace probity::app {

// One line of a search result: enough to tell namesakes apart.
struct PersonSummary {
  person::PersonId id;
  std::string crn;
  std::string first_name;
  std::string surname;
  Date date_of_birth{};
  person::Sex sex = person::Sex::kMale;
  std::optional<std::string> pnc_number;
  std::string area_name;
  std::string officer_name;                  // current responsible officer, empty if unallocated
  std::optional<std::string> matched_alias;  // "Alias: Jimmy Browne" when found by an alias
};

struct AllocationView {
  org::Allocation allocation;
  std::string organisation_name;
  std::string area_name;
  std::string team_name;
  std::string officer_name;
  std::string officer_code;
};

struct ContactView {
  contact::Contact contact;
  std::optional<sentence::RequirementId> requirement;
  std::string staff_name;
};

// The RAR days of one requirement, counted by domain/rar (RAR-5..RAR-7).
struct RarSummary {
  sentence::RequirementId requirement;
  rar::RarDayCount days;
  Date period_end{};  // the end of the relevant period (RAR-1): the order or supervision end
  rar::RarRisk risk;  // RAR-7, at the default frequency until a sentence plan sets one
};

// Everything the case overview shows.
struct CaseRecord {
  person::Person person;
  std::string area_name;
  std::vector<sentence::Event> events;
  std::optional<AllocationView> allocation;
  std::vector<ContactView> recent_contacts;  // newest first, up to today
  std::vector<ContactView> upcoming;         // after today, soonest first
  std::vector<RarSummary> rar;
  // The tier with its points (TIER-1) as of today, recalculated on read (nullopt: never tiered).
  std::optional<tier::TierResult> tier;
  // The stored tier's code (the one caseloads and workload use) when it differs from `tier`,
  // because time alone has changed an input since it was stored; "" when they agree.
  std::string stale_tier;
};

// One row of an officer's caseload (as the store reads it, before RAR days are counted).
struct CaseloadEntry {
  person::PersonId person;
  std::string crn;
  std::string first_name;
  std::string surname;
  std::string tier;
  std::vector<person::Register> registers;
  std::optional<sentence::OrderType> order_type;  // the latest sentence's
  std::optional<Date> order_end;
  std::optional<sentence::RequirementId> rar_requirement;  // its active RAR, if any
  int rar_days_ordered = 0;
  std::optional<Date> next_appointment;
  std::string next_appointment_time;
  std::optional<contact::ContactType> next_appointment_type;
};

struct CaseloadRow {
  CaseloadEntry entry;
  std::optional<rar::RarDayCount> rar;  // when the order has a RAR
};

// An officer and how many cases they hold now.
struct OfficerLoad {
  org::Staff officer;
  std::string team_name;
  int cases = 0;
};

struct Caseload {
  org::Staff officer;
  std::string team_name;
  std::vector<CaseloadRow> rows;
};

}  // namespace probity::app
