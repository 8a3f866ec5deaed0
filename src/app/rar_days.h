// Finding a person's requirements and counting a RAR's days inside a transaction: shared by the
// case views and the diary, so every page and check counts the same way (domain/rar).
#pragma once

#include <optional>
#include <vector>

#include "app/access_policy.h"
#include "app/ports.h"
#include "app/views.h"
#include "domain/rar/booking.h"

namespace probity::app {

struct RequirementRef {
  const sentence::Sentence* sentence = nullptr;
  const sentence::Requirement* requirement = nullptr;
};

// The requirement with `id` among the person's events, with its sentence; nullopt when the
// person has none with that id.
std::optional<RequirementRef> FindRequirement(const std::vector<sentence::Event>& events,
                                              sentence::RequirementId id);

// A person (access checked), their events, and one requirement among them. `ref` points into
// `events`, which moving the struct keeps valid.
struct PersonRequirement {
  person::Person person;
  std::vector<sentence::Event> events;
  RequirementRef ref;
};

// The first step of a use case on one requirement: fails kInvalidArgument (field requirementId)
// unless `id` is positive, and as FindPersonFor does; nullopt when the person has no requirement
// with that id.
Result<std::optional<PersonRequirement>> FindPersonRequirement(Tx& tx, const Actor& actor,
                                                               const std::string& crn,
                                                               std::int64_t id, CaseAction action);

// The relevant period of a sentence's RAR (RAR-1): the sentence date to the order's end (CO) or
// the supervision period's end (SSO).
rar::RelevantPeriod RarPeriod(const sentence::Sentence& sentence);

// The RAR days (RAR-5..RAR-7) and at-risk flag of one RAR requirement, from its contacts.
Result<RarSummary> SummariseRar(Tx& tx, const RequirementRef& rar, Date today);

// Checks that `appointment` may be booked on requirement `id` of the person's `events`: the
// requirement exists and is active, a RAR activity is on a RAR, and its date is inside the
// relevant period with a RAR day left for it (RAR-6). `moving` is an appointment of the person
// being moved to `appointment.date`, left out of the count. Returns the requirement's id.
// Errors name `requirementId` and `date`.
Result<std::optional<sentence::RequirementId>> CheckBooking(
    Tx& tx, const std::vector<sentence::Event>& events, std::optional<std::int64_t> id,
    const contact::Contact& appointment, Date today,
    std::optional<contact::ContactId> moving = std::nullopt);

// RAR-6 for an outcome recorded or corrected on `appointment`: when `outcome` makes its date
// instructed again (the appointment's outcome so far released it), the date must fit the days
// ordered. Fails as rar::CheckReinstatedRarDay (field `outcome`).
Status CheckOutcomeFitsRar(Tx& tx, const std::vector<sentence::Event>& events,
                           const AppointmentRecord& appointment, contact::Outcome outcome,
                           Date today);

}  // namespace probity::app
