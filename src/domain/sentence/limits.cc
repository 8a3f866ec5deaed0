#include "domain/sentence/limits.h"

#include <algorithm>
#include <string_view>
#include <utility>

namespace probity::sentence {
namespace {

using std::chrono::days;

// SC2020 s.209(2): a CO's end date is not more than 3 years after the date of the order.
constexpr int kMaxCommunityOrderMonths = 36;
// SC2020 ss.264/277 (§7): a custodial term of at most 2 years may be suspended. Probity records
// whole months, so the least term it can hold (1 month) is above the unverified 14-day minimum.
constexpr int kMinCustodialMonths = 1;
constexpr int kMaxCustodialMonths = 24;
// SC2020 s.288 (§7): the operational and supervision periods are each 6 months to 2 years.
constexpr int kMinSsoPeriodMonths = 6;
constexpr int kMaxSsoPeriodMonths = 24;
// SC2020 Sch 9 para 1: unpaid work is done during a period of 12 months.
constexpr int kUnpaidWorkPeriodMonths = 12;
// SC2020 Sch 9 para 9(4): at least 2 hours of curfew in any day; at most 20 hours, or 16 for an
// offence convicted before PCSC Act 2022 s.150 came into force on 28 June 2022 (para 9(4A)).
constexpr int kMinCurfewDailyHours = 2;
constexpr int kMaxCurfewDailyHours = 20;
constexpr int kMaxCurfewDailyHoursBefore2022 = 16;
constexpr int kMaxCurfewMonths = 24;  // para 9(6): 2 years, or 12 months before 28 June 2022
constexpr int kMaxCurfewMonthsBefore2022 = 12;
constexpr Date kCurfewCommencement{std::chrono::year{2022} / std::chrono::June / 28};
// domain.md §7 (CJA 2003 s.214 [UNVERIFIED hours]): attendance centre only for under-25s.
constexpr int kAttendanceCentreAgeLimit = 25;

// What a requirement's `length` holds and its limits.
struct LengthRule {
  bool required = false;   // the court must state it
  int min = 1;             // every length is at least 1 of its unit
  int max = 0;             // 0: no statutory maximum
  bool is_period = false;  // a continuous period from the sentence date (months; AAMR days)
  const char* source = "";
};

// domain.md §7's table, one row per requirement type.
LengthRule LengthRuleFor(RequirementType type, bool convicted_before_2022) {
  switch (type) {
    case RequirementType::kRehabilitationActivity:
      return {true, 1, 0, false, "Sentencing Code Sch 9 para 4"};
    case RequirementType::kUnpaidWork:
      return {true, 40, 300, false, "Sentencing Code Sch 9 para 2"};
    case RequirementType::kCurfew:
      return convicted_before_2022
                 ? LengthRule{true, 1, kMaxCurfewMonthsBefore2022, true,
                              "Sentencing Code Sch 9 para 9(6), for an offence convicted before "
                              "28 June 2022"}
                 : LengthRule{true, 1, kMaxCurfewMonths, true, "Sentencing Code Sch 9 para 9(6)"};
    case RequirementType::kExclusion:
      return {true, 1, 24, true, "Criminal Justice Act 2003 s.205; Sentencing Code Sch 9 Part 6"};
    case RequirementType::kForeignTravelProhibition:
      return {true, 1, 12, true, "Sentencing Code Sch 9 Part 8"};
    case RequirementType::kAlcoholAbstinenceMonitoring:
      return {true, 1, 120, true, "Sentencing Council Imposition guideline 2025"};
    case RequirementType::kAttendanceCentre:
      return {true, 12, 36, false, "Sentencing Code Sch 9 Part 13"};
    case RequirementType::kProhibitedActivity:
      return {false, 1, 0, true, "Sentencing Council Imposition guideline 2025"};
    case RequirementType::kProgramme:
      return {false, 1, 0, false, ""};
    case RequirementType::kResidence:
    case RequirementType::kMentalHealthTreatment:
    case RequirementType::kDrugRehabilitation:
    case RequirementType::kAlcoholTreatment:
    case RequirementType::kElectronicMonitoring:
      return {false, 1, 0, true, ""};
  }
  return {};
}

std::string Long(Date date) {
  return FormatDateLong(date);
}

// "1 hour", "300 hours".
std::string Quantity(int n, std::string_view unit) {
  std::string text = std::to_string(n) + " ";
  text += n == 1 && unit.ends_with('s') ? unit.substr(0, unit.size() - 1) : unit;
  return text;
}

std::string Entered(int n) {
  return std::to_string(n) + (n == 1 ? " was entered." : " were entered.");
}

std::string Entered(Date date) {
  return Long(date) + " was entered.";
}

std::string Sourced(std::string_view text, std::string_view source) {
  std::string out(text);
  if (!source.empty()) {
    out += " (";
    out += source;
    out += ")";
  }
  return out;
}

// "unpaid work" for "Unpaid work", to sit inside a sentence.
std::string Lower(std::string name) {
  if (!name.empty() && name[0] >= 'A' && name[0] <= 'Z') {
    name[0] = static_cast<char>(name[0] - 'A' + 'a');
  }
  return name;
}

bool IsBlank(std::string_view text) {
  return text.find_first_not_of(" \t\r\n") == std::string_view::npos;
}

// The date `n` of `unit` ("months" or "days") after `from`.
Date After(Date from, int n, std::string_view unit) {
  return unit == "days" ? from + days{n} : AddMonths(from, n);
}

class LimitChecker {
 public:
  LimitChecker(const Sentence& sentence, const OrderFacts& facts)
      : sentence_(sentence),
        facts_(facts),
        before_2022_(facts.conviction_date < kCurfewCommencement) {}

  std::vector<FieldError> Check() && {
    if (sentence_.sentence_date < facts_.conviction_date) {
      Add("sentenceDate", kErrorBeforeConvictionDate,
          "A sentence cannot be passed before the conviction on " + Long(facts_.conviction_date) +
              "; " + Entered(sentence_.sentence_date));
    }
    switch (sentence_.type) {
      case OrderType::kCommunityOrder:
        CheckCommunityOrder();
        break;
      case OrderType::kSuspendedSentenceOrder:
        CheckSuspendedSentenceOrder();
        break;
    }
    for (std::size_t i = 0; i < sentence_.requirements.size(); ++i) {
      CheckRequirement(i);
    }
    return std::move(errors_);
  }

 private:
  void Add(std::string field, const char* code, std::string message) {
    errors_.push_back({std::move(field), code, std::move(message)});
  }

  void CheckCommunityOrder() {
    const Date sentenced = sentence_.sentence_date;
    const Date latest = AddMonths(sentenced, kMaxCommunityOrderMonths);
    if (sentence_.end_date <= sentenced) {
      Add("endDate", kErrorOutOfRange,
          "A community order must end after its sentence date, " + Long(sentenced) +
              " (Sentencing Code s.209); " + Entered(sentence_.end_date));
    } else if (sentence_.end_date > latest) {
      Add("endDate", kErrorOutOfRange,
          "A community order must end no more than 3 years after the sentence date, by " +
              Long(latest) + " (Sentencing Code s.209(2)); " + Entered(sentence_.end_date));
    }
    CheckLastRequirementDate();
    if (sentence_.custodial_months) {
      Add("custodialMonths", kErrorNotAllowed,
          "A community order has no custodial term; only a suspended sentence order has one.");
    }
    if (sentence_.operational_end) {
      Add("operationalEndDate", kErrorNotAllowed,
          "A community order has no operational period; only a suspended sentence order has one.");
    }
    if (sentence_.requirements.empty()) {
      Add("requirements", kErrorRequired,
          "A community order must impose at least one requirement (Sentencing Code s.200(1)); "
          "none were entered.");
    }
  }

  // SC2020 s.209(3): where a CO with two or more requirements gives each its own date, the last
  // of them must be the end date. A later one is reported on its requirement (AFTER_ORDER_END).
  void CheckLastRequirementDate() {
    const auto& requirements = sentence_.requirements;
    if (requirements.size() < 2 ||
        !std::all_of(requirements.begin(), requirements.end(),
                     [](const Requirement& r) { return r.end_date.has_value(); })) {
      return;
    }
    Date last = *requirements.front().end_date;
    for (const auto& r : requirements) {
      last = std::max(last, *r.end_date);
    }
    if (last < sentence_.end_date) {
      Add("endDate", kErrorMustEqualEndDate,
          "When every requirement has its own end date, the last of them must be the order's end "
          "date (Sentencing Code s.209(3)); the last is " +
              Long(last) + " but the order ends on " + Long(sentence_.end_date) + ".");
    }
  }

  // A period of 6 months to 2 years from the sentence date (SC2020 s.288).
  void CheckSsoPeriod(const char* field, const char* what, Date end) {
    const Date earliest = AddMonths(sentence_.sentence_date, kMinSsoPeriodMonths);
    const Date latest = AddMonths(sentence_.sentence_date, kMaxSsoPeriodMonths);
    if (end < earliest || end > latest) {
      Add(field, kErrorOutOfRange,
          std::string(what) +
              " must be between 6 months and 2 years from the sentence date, ending between " +
              Long(earliest) + " and " + Long(latest) + " (Sentencing Code s.288); " +
              Entered(end));
    }
  }

  void CheckSuspendedSentenceOrder() {
    CheckSsoPeriod("endDate", "The supervision period", sentence_.end_date);
    if (sentence_.operational_end && sentence_.end_date > *sentence_.operational_end) {
      Add("endDate", kErrorAfterOperationalEnd,
          "The supervision period must not end after the operational period, which ends on " +
              Long(*sentence_.operational_end) + " (Sentencing Code s.288); " +
              Entered(sentence_.end_date));
    }
    if (!sentence_.custodial_months) {
      Add("custodialMonths", kErrorRequired,
          "A suspended sentence order must state its custodial term in months (Sentencing Code "
          "ss.264 and 277).");
    } else if (*sentence_.custodial_months < kMinCustodialMonths ||
               *sentence_.custodial_months > kMaxCustodialMonths) {
      Add("custodialMonths", kErrorOutOfRange,
          "A suspended custodial term must be between 1 and 24 months, as only a term of 2 years "
          "or less may be suspended (Sentencing Code ss.264 and 277); " +
              Entered(*sentence_.custodial_months));
    }
    if (!sentence_.operational_end) {
      Add("operationalEndDate", kErrorRequired,
          "A suspended sentence order must state when its operational period ends (Sentencing "
          "Code s.288).");
    } else {
      CheckSsoPeriod("operationalEndDate", "The operational period", *sentence_.operational_end);
    }
  }

  // "the end of the order on 1 May 2027", or for an SSO its supervision or operational period.
  std::string PeriodEndText(RequirementType type) const {
    std::string on = Long(RequirementPeriodEnd(sentence_, type));
    switch (sentence_.type) {
      case OrderType::kCommunityOrder:
        return "the end of the order on " + on;
      case OrderType::kSuspendedSentenceOrder:
        return type == RequirementType::kUnpaidWork ? "the end of the operational period on " + on
                                                    : "the end of the supervision period on " + on;
    }
    return on;
  }

  // Where the law puts a requirement inside its order: SC2020 s.209 (CO), s.288 (SSO).
  const char* PeriodSource() const {
    switch (sentence_.type) {
      case OrderType::kCommunityOrder:
        return "Sentencing Code s.209";
      case OrderType::kSuspendedSentenceOrder:
        return "Sentencing Code s.288";
    }
    return "";
  }

  void CheckRequirement(std::size_t i) {
    const Requirement& r = sentence_.requirements[i];
    const std::string path = "requirements[" + std::to_string(i) + "].";
    const std::string name = RequirementTypeName(r.type);
    const std::string unit = RequirementUnit(r.type);
    const LengthRule rule = LengthRuleFor(r.type, before_2022_);
    const Date sentenced = sentence_.sentence_date;
    const Date period_end = RequirementPeriodEnd(sentence_, r.type);

    CheckTypeAllowed(r, path + "type", name);

    if (!r.length) {
      if (rule.required) {
        Add(path + "length", kErrorRequired,
            Sourced(name + " must state its length in " + unit, rule.source) + ".");
      }
    } else if (*r.length < rule.min || (rule.max > 0 && *r.length > rule.max)) {
      std::string limit = rule.max > 0 ? name + " must be between " + std::to_string(rule.min) +
                                             " and " + Quantity(rule.max, unit)
                                       : name + " must be at least " + Quantity(rule.min, unit) +
                                             (rule.required ? ", with no maximum" : "");
      Add(path + "length", kErrorOutOfRange,
          Sourced(limit, rule.source) + "; " + Entered(*r.length));
    } else if (rule.is_period && After(sentenced, *r.length, unit) > period_end) {
      // §7 "Prohibited activity": up to the length of the order; any other period likewise.
      std::string source = PeriodSource();
      if (r.type == RequirementType::kProhibitedActivity) {
        source += "; ";
        source += rule.source;
      }
      Add(path + "length", kErrorAfterOrderEnd,
          Sourced(name + " of " + Quantity(*r.length, unit) + " would run to " +
                      Long(After(sentenced, *r.length, unit)) + ", after " + PeriodEndText(r.type),
                  source) +
              ".");
    }

    CheckDailyHours(r, path + "dailyHours", name);

    if (!r.end_date) {
      return;
    }
    const Date end = *r.end_date;
    if (end < sentenced) {
      Add(path + "endDate", kErrorBeforeSentenceDate,
          name + " cannot end before the sentence date, " + Long(sentenced) + "; " + Entered(end));
    } else if (end > period_end) {
      Add(path + "endDate", kErrorAfterOrderEnd,
          Sourced(name + " must end by " + PeriodEndText(r.type), PeriodSource()) + "; " +
              Entered(end));
    }
    if (r.type == RequirementType::kUnpaidWork && facts_.unpaid_work_12_month_period) {
      const Date latest = AddMonths(sentenced, kUnpaidWorkPeriodMonths);
      if (end > latest) {
        Add(path + "endDate", kErrorOutOfRange,
            "Unpaid work must be done within 12 months of the sentence date, by " + Long(latest) +
                ", unless the court extends that period (Sentencing Code Sch 9 para 1); " +
                Entered(end));
      }
    } else if (rule.is_period && rule.max > 0 && end > After(sentenced, rule.max, unit)) {
      Add(path + "endDate", kErrorOutOfRange,
          Sourced(name + " must end within " + Quantity(rule.max, unit) +
                      " of the sentence date, by " + Long(After(sentenced, rule.max, unit)),
                  rule.source) +
              "; " + Entered(end));
    }
  }

  void CheckTypeAllowed(const Requirement& r, const std::string& field, const std::string& name) {
    if (r.type == RequirementType::kAttendanceCentre) {
      int age = AgeInYears(facts_.date_of_birth, facts_.conviction_date);
      if (age >= kAttendanceCentreAgeLimit) {
        Add(field, kErrorAgeLimit,
            name +
                " is only for people aged under 25 when convicted (Sentencing Code s.207(3); "
                "Criminal Justice Act 2003 s.214); this person was " +
                std::to_string(age) + " on " + Long(facts_.conviction_date) + ".");
      }
    }
    // Sentencing Council Imposition guideline 2025 (§7): no AAMR with an alcohol treatment
    // requirement. Only requirements in force together can clash.
    if (r.type == RequirementType::kAlcoholAbstinenceMonitoring &&
        r.status == RequirementStatus::kActive &&
        std::any_of(sentence_.requirements.begin(), sentence_.requirements.end(),
                    [](const Requirement& other) {
                      return other.type == RequirementType::kAlcoholTreatment &&
                             other.status == RequirementStatus::kActive;
                    })) {
      Add(field, kErrorNotAllowedTogether,
          name +
              " cannot be imposed with an alcohol treatment requirement, and this order has one "
              "(Sentencing Council Imposition guideline 2025).");
    }
  }

  void CheckDailyHours(const Requirement& r, const std::string& field, const std::string& name) {
    if (r.type != RequirementType::kCurfew) {
      if (r.daily_hours) {
        Add(field, kErrorNotAllowed,
            "Hours a day apply only to a curfew, not to " + Lower(name) + "; " +
                Entered(*r.daily_hours));
      }
      return;
    }
    const int max = before_2022_ ? kMaxCurfewDailyHoursBefore2022 : kMaxCurfewDailyHours;
    const std::string limit =
        "Curfew must be between 2 and " + std::to_string(max) + " hours a day" +
        (before_2022_ ? " for an offence convicted before 28 June 2022 (Sentencing Code Sch 9 "
                        "para 9(4), (4A))"
                      : " (Sentencing Code Sch 9 para 9(4), (4A))");
    if (!r.daily_hours) {
      Add(field, kErrorRequired, limit + "; none were entered.");
    } else if (*r.daily_hours < kMinCurfewDailyHours || *r.daily_hours > max) {
      Add(field, kErrorOutOfRange, limit + "; " + Entered(*r.daily_hours));
    }
  }

  const Sentence& sentence_;
  const OrderFacts& facts_;
  const bool before_2022_;  // convicted before PCSC Act 2022 s.150 came into force
  std::vector<FieldError> errors_;
};

Error ValidationError(std::vector<FieldError> fields) {
  std::string message;
  for (const auto& f : fields) {
    message += message.empty() ? "" : " ";
    message += f.message;
  }
  return {ErrorCode::kInvalidArgument, std::move(message), std::move(fields)};
}

Error Conflict(std::string field, const char* code, std::string message) {
  Error error = FailedPrecondition(message);
  error.fields.push_back({std::move(field), code, std::move(message)});
  return error;
}

Error NotActive(const Requirement& current, std::string_view action) {
  return Conflict("status", kErrorNotActive,
                  std::string(RequirementTypeName(current.type)) + " is already " +
                      RequirementStatusCode(current.status) + " and cannot be " +
                      std::string(action) + ".");
}

}  // namespace

std::vector<FieldError> CheckOrderLimits(const Sentence& sentence, const OrderFacts& facts) {
  return LimitChecker(sentence, facts).Check();
}

Date RequirementPeriodEnd(const Sentence& sentence, RequirementType type) {
  if (sentence.type == OrderType::kSuspendedSentenceOrder && type == RequirementType::kUnpaidWork &&
      sentence.operational_end) {
    return *sentence.operational_end;
  }
  return sentence.end_date;
}

Result<Requirement> VaryRequirement(const Sentence& sentence, const Requirement& current,
                                    const RequirementVariation& change, const OrderFacts& facts,
                                    Date today) {
  const auto& requirements = sentence.requirements;
  auto found = std::find_if(requirements.begin(), requirements.end(),
                            [&current](const Requirement& r) { return r.id == current.id; });
  if (found == requirements.end()) {
    return NotFound("Requirement " + std::to_string(current.id.value()) +
                    " is not part of this sentence.");
  }
  if (current.status != RequirementStatus::kActive) {
    return NotActive(current, "varied");
  }
  const Date period_end = RequirementPeriodEnd(sentence, current.type);
  if (today > period_end) {
    return Conflict("status", kErrorOrderEnded,
                    std::string(RequirementTypeName(current.type)) + " ran until " +
                        Long(period_end) + ", so it can no longer be varied.");
  }

  std::vector<FieldError> errors;
  if (IsBlank(change.reason)) {
    errors.push_back({"reason", kErrorRequired, "Give the court's reason for the variation."});
  }
  Requirement varied = current;
  varied.length = change.length ? change.length : current.length;
  varied.end_date = change.end_date ? change.end_date : current.end_date;
  varied.daily_hours = change.daily_hours ? change.daily_hours : current.daily_hours;
  if (varied.length == current.length && varied.end_date == current.end_date &&
      varied.daily_hours == current.daily_hours) {
    errors.push_back({"length", kErrorNoChange,
                      "A variation must change the length, end date or hours a day; nothing new "
                      "was entered."});
  }
  if (change.end_date && *change.end_date < today) {
    errors.push_back({"endDate", kErrorInThePast,
                      "A varied end date cannot be in the past (today is " + Long(today) + "); " +
                          Entered(*change.end_date)});
  }

  // The court varying the order may extend the unpaid work period (Sch 10 para 21; Sch 16
  // para 27), so the 12-month limit binds only the order as made.
  OrderFacts varying = facts;
  varying.unpaid_work_12_month_period = false;
  const auto index = static_cast<std::size_t>(found - requirements.begin());
  Sentence before = sentence;
  before.requirements[index] = current;
  Sentence after = sentence;
  after.requirements[index] = varied;
  const std::vector<FieldError> already = CheckOrderLimits(before, varying);
  const std::string prefix = "requirements[" + std::to_string(index) + "].";
  for (FieldError& e : CheckOrderLimits(after, varying)) {
    bool on_changed_value = (change.length && e.field == prefix + "length") ||
                            (change.end_date && e.field == prefix + "endDate") ||
                            (change.daily_hours && e.field == prefix + "dailyHours");
    bool is_new = std::none_of(already.begin(), already.end(), [&e](const FieldError& old) {
      return old.field == e.field && old.error == e.error;
    });
    if (!on_changed_value && !is_new) {
      continue;
    }
    if (e.field.starts_with(prefix)) {
      e.field = e.field.substr(prefix.size());
    }
    errors.push_back(std::move(e));
  }
  if (!errors.empty()) {
    return ValidationError(std::move(errors));
  }
  return varied;
}

Result<Requirement> EndRequirement(const Sentence& sentence, const Requirement& current,
                                   const RequirementEnding& ending, Date today) {
  if (current.status != RequirementStatus::kActive) {
    return NotActive(current, "ended again");
  }
  std::vector<FieldError> errors;
  if (ending.status == RequirementStatus::kActive) {
    errors.push_back({"status", kErrorNotAllowed,
                      "A requirement can only be ended as completed or terminated."});
  }
  if (IsBlank(ending.reason)) {
    errors.push_back(
        {"reason", kErrorRequired, "Give the reason the requirement was completed or terminated."});
  }
  const Date period_end = RequirementPeriodEnd(sentence, current.type);
  if (ending.ended_on < sentence.sentence_date) {
    errors.push_back({"endedOn", kErrorBeforeSentenceDate,
                      "A requirement cannot end before the sentence date, " +
                          Long(sentence.sentence_date) + "; " + Entered(ending.ended_on)});
  } else if (ending.ended_on > today) {
    errors.push_back({"endedOn", kErrorInTheFuture,
                      "A requirement cannot be recorded as ended on a future date (today is " +
                          Long(today) + "); " + Entered(ending.ended_on)});
  } else if (ending.ended_on > period_end) {
    errors.push_back({"endedOn", kErrorAfterOrderEnd,
                      "A requirement ends by the end of its order or period on " +
                          Long(period_end) + "; " + Entered(ending.ended_on)});
  }
  if (!errors.empty()) {
    return ValidationError(std::move(errors));
  }
  Requirement ended = current;
  ended.status = ending.status;
  return ended;
}

}  // namespace probity::sentence
