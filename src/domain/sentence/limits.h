// The statutory limits on a community order (CO) or suspended sentence order (SSO) and its
// requirements (domain.md Part B §7, the Sentencing Code (SC2020) and legislation.gov.uk), and the
// rules for varying, completing and terminating a requirement (issue 3 part 1). Pure: no I/O and
// no clock; callers pass today. Every reading of §7 made here is listed, with its reason, in
// docs/rules/sentence-limits.md.
//
// Dates: a period of N months from a date ends on AddMonths(date, N) (core/date.h), the way
// Probity records order end dates; so a 3-year CO made on 1 May 2026 may end on 1 May 2029 and
// not on 2 May 2029.
//
// Errors are FieldErrors whose `field` is the camelCase JSON path a client sends ("endDate",
// "custodialMonths", "operationalEndDate", "requirements", "requirements[2].length",
// "requirements[0].dailyHours", "requirements[1].endDate", "requirements[3].type") and whose
// `error` is one of the stable codes below; `message` names the limit and its source.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "core/date.h"
#include "core/result.h"
#include "domain/sentence/sentence.h"

namespace probity::sentence {

// Stable error codes (FieldError::error).
inline constexpr char kErrorRequired[] = "REQUIRED";        // a value the law requires is missing
inline constexpr char kErrorNotAllowed[] = "NOT_ALLOWED";   // a value that does not apply here
inline constexpr char kErrorOutOfRange[] = "OUT_OF_RANGE";  // a number or date outside its limits
inline constexpr char kErrorAgeLimit[] = "AGE_LIMIT";       // the person's age rules it out
inline constexpr char kErrorNotAllowedTogether[] = "NOT_ALLOWED_TOGETHER";  // AAMR with an ATR
inline constexpr char kErrorBeforeConvictionDate[] = "BEFORE_CONVICTION_DATE";
inline constexpr char kErrorBeforeSentenceDate[] = "BEFORE_SENTENCE_DATE";
inline constexpr char kErrorAfterOrderEnd[] = "AFTER_ORDER_END";  // outlasts the order or period
inline constexpr char kErrorAfterOperationalEnd[] = "AFTER_OPERATIONAL_END";  // SSO supervision
inline constexpr char kErrorMustEqualEndDate[] = "MUST_EQUAL_END_DATE";       // SC2020 s.209(3)
inline constexpr char kErrorNoChange[] = "NO_CHANGE";         // a variation that changes nothing
inline constexpr char kErrorInThePast[] = "IN_THE_PAST";      // a new end date before today
inline constexpr char kErrorInTheFuture[] = "IN_THE_FUTURE";  // an ending dated after today
inline constexpr char kErrorNotActive[] = "NOT_ACTIVE";       // 409: already ended
inline constexpr char kErrorOrderEnded[] = "ORDER_ENDED";     // 409: nothing left to vary

// What the limits need to know beyond the sentence record.
struct OrderFacts {
  Date conviction_date{};  // the event's: the curfew limits depend on it (Sch 9 para 9(4A), (6))
  Date date_of_birth{};    // the person's: attendance centre is for under-25s when convicted
  // True: unpaid work must be done within 12 months of the order (SC2020 Sch 9 para 1), so a
  // recorded end date for it may be no later. False where that period does not bind: the Sentencing
  // Act 2026 provision removing it is in force for this order (its commencement is unverified,
  // domain.md §7), or a court has extended the period (Sch 10 para 21; Sch 16 para 27).
  bool unpaid_work_12_month_period = true;
};

// Every §7 limit the record shows broken, one FieldError per breach in the order of the fields;
// empty when the order keeps them all. Requirements of every status are checked against their
// own limits (they were made under them); "not together" rules compare active requirements only.
std::vector<FieldError> CheckOrderLimits(const Sentence& sentence, const OrderFacts& facts);

// The last day a requirement of `type` on `sentence` may run to: a CO's end date; an SSO's
// supervision period end, or for unpaid work its operational period end (§7: unpaid work
// supervision continues until the hours are done but not beyond the operational period).
Date RequirementPeriodEnd(const Sentence& sentence, RequirementType type);

// A court's amendment of one requirement (SC2020 Sch 10 for a CO, Sch 16 for an SSO): the new
// values, nullopt for those unchanged, and the reason, which is required. JSON: {"length",
// "endDate", "dailyHours", "reason"}. A variation cannot clear an end date.
struct RequirementVariation {
  std::optional<int> length{};       // in RequirementUnit(type)
  std::optional<Date> end_date{};    // the new date by which the requirement must be complied with
  std::optional<int> daily_hours{};  // curfew only
  std::string reason{};
};

// `current` as varied by `change` on `today`.
// Fails with kNotFound unless `current.id` is one of `sentence.requirements`' ids; with
// kFailedPrecondition (field "status": NOT_ACTIVE or ORDER_ENDED) unless `current` is
// active and `today` is not after RequirementPeriodEnd; with kInvalidArgument listing every
// problem: no reason ("reason" REQUIRED), nothing changed ("length" NO_CHANGE), a new end date
// before today ("endDate" IN_THE_PAST), and every limit of CheckOrderLimits the varied order
// breaks on a value the variation sets ("length", "endDate", "dailyHours") or newly breaks
// elsewhere (its order path). Breaches already on the record elsewhere are not the variation's.
// The unpaid work 12-month period is not applied: the court varying the order may extend it.
Result<Requirement> VaryRequirement(const Sentence& sentence, const Requirement& current,
                                    const RequirementVariation& change, const OrderFacts& facts,
                                    Date today);

// Completing a requirement or terminating it early. JSON: {"status", "reason", "endedOn"}.
struct RequirementEnding {
  RequirementStatus status = RequirementStatus::kCompleted;  // kCompleted or kTerminated
  std::string reason{};                                      // required
  Date ended_on{};
};

// `current` with its new status. The caller keeps `ending`'s reason and date (Requirement holds
// neither). Fails with kFailedPrecondition ("status" NOT_ACTIVE) unless `current` is active; with
// kInvalidArgument listing every problem: a status other than completed or terminated ("status"
// NOT_ALLOWED), no reason ("reason" REQUIRED), an end before the sentence date ("endedOn"
// BEFORE_SENTENCE_DATE), after today ("endedOn" IN_THE_FUTURE) or after RequirementPeriodEnd
// ("endedOn" AFTER_ORDER_END).
Result<Requirement> EndRequirement(const Sentence& sentence, const Requirement& current,
                                   const RequirementEnding& ending, Date today);

}  // namespace probity::sentence
