// Use cases that read people's records: view a case, search for a person. Each checks access
// through access_policy.h and records a durable audit entry (DPA 2018 s.62, ADR 0008) before
// returning what it read.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "app/actor.h"
#include "app/views.h"
#include "core/result.h"

namespace probity::app {

// Contacts shown on a case overview.
inline constexpr int kRecentContacts = 20;
// Search results shown at most; a narrower query (add a first name or date of birth) finds more.
inline constexpr int kSearchLimit = 50;

// The case overview: personal details, sentences and requirements with RAR days counted,
// allocation and recent contacts. kInvalidArgument for a malformed CRN, kNotFound when no person
// has it, kPermissionDenied from the access policy.
Result<CaseRecord> ViewCase(const Context& ctx, const Actor& actor, const std::string& crn);

// The sentences and requirements of a person (API), with RAR days counted.
Result<CaseRecord> ViewSentences(const Context& ctx, const Actor& actor, const std::string& crn);

// The RAR days of one RAR requirement of a person (RAR-5..RAR-7), with the at-risk flag.
// kInvalidArgument (field requirementId) for an id that is not positive; kNotFound when the
// person has no RAR requirement with that id.
Result<RarSummary> ViewRarStatus(const Context& ctx, const Actor& actor, const std::string& crn,
                                 std::int64_t requirement);

// Every RAR requirement of a person, oldest first, with its days and at-risk flag.
Result<std::vector<RarSummary>> ViewRarStatuses(const Context& ctx, const Actor& actor,
                                                const std::string& crn);

struct SearchResult {
  std::vector<PersonSummary> people;
  bool truncated = false;  // more than kSearchLimit matched
};

// Finds people by CRN, PNC number or name (with an optional date of birth).
Result<SearchResult> SearchPeople(const Context& ctx, const Actor& actor, const std::string& q,
                                  const std::string& date_of_birth);

}  // namespace probity::app
