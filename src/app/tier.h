// Tiering use cases (TIER-1, issue 4 part 4): record or replace a person's assessment, add or
// remove a registration, and view the tier with the points behind it. Every change recalculates
// the tier (domain/tier/tier.h) and stores it in the same transaction, audited against the
// person; a refused request changes nothing.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "app/actor.h"
#include "app/ports.h"
#include "core/result.h"

namespace probity::app {

// The tier and its inputs as a page or the API shows them.
struct TierView {
  std::string crn;
  std::string name;                          // the person's full name, for pages
  bool female = false;                       // §4's women's factors apply
  std::optional<int> ogrs_two_year_percent;  // the person's OGRS3 2-year % (a change input)
  std::optional<TierRecord> tier;            // nullopt: never calculated
  std::optional<tier::Assessment> assessment;
  std::vector<tier::Registration> registrations;  // active, oldest first
};

// An assessment as typed or sent. Dates are "YYYY-MM-DD".
struct AssessmentRequest {
  std::string assessed_on;
  std::optional<double> rsr_percent;  // 0..99.99, at most 2 decimal places
  std::string rosh;                   // "" | "low" | "medium" | "high" | "very_high"
  std::vector<std::pair<std::string, std::string>> needs;  // need code -> severity code
  bool parenting_responsibilities = false;
  bool impulsivity = false;
  bool temper_control = false;
  // The OGRS3 2-year % (0..99) the assessment carries; it replaces the person's
  // (person.ogrs_two_year). nullopt leaves the person's as it is.
  std::optional<std::int64_t> ogrs_two_year_percent;
};

struct RegistrationRequest {
  std::string register_code;  // a Delius register code, e.g. "RMDO", "MAPP"
  std::string level;          // MAPP only: "M1" | "M2" | "M3"
  std::string registered_on;  // "" reads as today
};

// The tier, its points and its inputs (audited "tier.view").
Result<TierView> ViewTier(const Context& ctx, const Actor& actor, const std::string& crn);

// Records the person's assessment, replacing any they have (audited "assessment.record"), and
// recalculates the tier. An OGRS that differs from the person's replaces it in the same
// transaction (audited "person.ogrs.update", the old and new values as the reason).
// kInvalidArgument naming each field at fault: assessedOn (REQUIRED, INVALID_FORMAT,
// IN_THE_FUTURE), rsr (OUT_OF_RANGE, TOO_PRECISE), rosh and needs.<code> (UNKNOWN_CODE), needs
// (UNKNOWN_CODE for an unknown need), ogrsTwoYearPercent (OUT_OF_RANGE).
Result<TierView> RecordAssessment(const Context& ctx, const Actor& actor, const std::string& crn,
                                  const AssessmentRequest& request);

// Adds a registration (audited "registration.add") and recalculates the tier. kInvalidArgument
// naming register (REQUIRED, UNKNOWN_CODE), level (REQUIRED for MAPP, NOT_ALLOWED otherwise,
// UNKNOWN_CODE) or registeredOn (INVALID_FORMAT, IN_THE_FUTURE).
Result<TierView> AddRegistration(const Context& ctx, const Actor& actor, const std::string& crn,
                                 const RegistrationRequest& request);

// Ends the person's active registration `id` today (audited "registration.remove") and
// recalculates the tier. kNotFound when they have no active registration with that id.
Result<TierView> RemoveRegistration(const Context& ctx, const Actor& actor, const std::string& crn,
                                    std::int64_t id);

// The tier as the inputs stand in `tx` on today's date, and the codes of the active registers.
struct CurrentTier {
  tier::TierResult result;
  std::vector<person::Register> active;
};

// TIER-1 from `person`'s inputs in `tx` as of today, not stored. The stored tier can lag it
// when only time has passed (an order past its end date, a decided breach a year old):
// docs/rules/tier.md point 10.
Result<CurrentTier> CalculateCurrentTier(const Context& ctx, Tx& tx, const person::Person& person);

// TIER-1: recalculates `person`'s tier from the inputs as they stand in `tx` and stores it
// (the caller commits). For every use case that changes an input (assessment, OGRS,
// registrations, orders and requirements, a breach's court outcome). `person.ogrs_two_year` and
// `person.sex` are read from the struct passed in.
Status RecalculateTier(const Context& ctx, Tx& tx, const person::Person& person,
                       const std::string& reason);

}  // namespace probity::app
