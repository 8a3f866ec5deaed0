#include "app/tier.h"

#include <algorithm>
#include <cmath>

#include "app/audit.h"
#include "app/enforcement_store.h"
#include "app/person_lookup.h"

namespace probity::app {
namespace {

// The largest OGRS3 percentage (OGRS-1 clamps to 1..99; 0 is accepted as the calculators do).
constexpr std::int64_t kMaxOgrsPercent = 99;

// A date typed on a form or sent in JSON: "" reads as `empty_means` (nullopt: required).
std::optional<Date> ReadDate(const std::string& text, const char* field, Date today,
                             std::optional<Date> empty_means, std::vector<FieldError>& errors) {
  if (text.empty()) {
    if (!empty_means) {
      errors.push_back({field, "REQUIRED", "Enter the date as YYYY-MM-DD."});
    }
    return empty_means;
  }
  auto date = ParseDate(text);
  if (!date) {
    errors.push_back({field, "INVALID_FORMAT", "Enter a real date as YYYY-MM-DD."});
    return std::nullopt;
  }
  if (*date > today) {
    errors.push_back({field, "IN_THE_FUTURE", "The date cannot be after today."});
    return std::nullopt;
  }
  return date;
}

Result<tier::Assessment> ReadAssessment(const AssessmentRequest& request, Date today) {
  std::vector<FieldError> errors;
  tier::Assessment a;
  a.assessed_on =
      ReadDate(request.assessed_on, "assessedOn", today, std::nullopt, errors).value_or(Date{});
  if (request.rsr_percent) {
    // §2: RSR is a percentage to 2 dp in [0, 99.99].
    const double hundredths = *request.rsr_percent * 100;
    const double whole = std::round(hundredths);
    if (!std::isfinite(hundredths) || whole < 0 || whole > 9999) {
      errors.push_back({"rsr", "OUT_OF_RANGE", "RSR is a percentage from 0 to 99.99."});
    } else if (std::fabs(hundredths - whole) > 1e-6) {
      errors.push_back({"rsr", "TOO_PRECISE", "RSR has at most 2 decimal places."});
    } else {
      a.rsr_hundredths = static_cast<int>(whole);
    }
  }
  if (!request.rosh.empty()) {
    a.rosh = tier::ParseRosh(request.rosh);
    if (!a.rosh) {
      errors.push_back({"rosh", "UNKNOWN_CODE", "RoSH is one of low, medium, high and very_high."});
    }
  }
  for (const auto& [code, severity] : request.needs) {
    auto need = tier::ParseNeed(code);
    if (!need) {
      errors.push_back({"needs", "UNKNOWN_CODE", "Unknown need \"" + code + "\"."});
      continue;
    }
    auto s = tier::ParseNeedSeverity(severity);
    if (!s) {
      errors.push_back({"needs." + code, "UNKNOWN_CODE",
                        "A need's severity is one of no_need, standard and severe."});
      continue;
    }
    a.needs[static_cast<std::size_t>(*need)] = *s;
  }
  a.parenting_responsibilities = request.parenting_responsibilities;
  a.impulsivity = request.impulsivity;
  a.temper_control = request.temper_control;
  // OGRS-1 reports whole percentages; the change level reads floor(% / 10) (§4).
  if (request.ogrs_two_year_percent &&
      (*request.ogrs_two_year_percent < 0 || *request.ogrs_two_year_percent > kMaxOgrsPercent)) {
    errors.push_back({"ogrsTwoYearPercent", "OUT_OF_RANGE",
                      "OGRS3 (2 year) is a whole percentage from 0 to 99."});
  }
  if (!errors.empty()) {
    return InvalidArgument(std::move(errors));
  }
  return a;
}

Result<tier::Registration> ReadRegistration(const RegistrationRequest& request, Date today) {
  std::vector<FieldError> errors;
  tier::Registration r;
  auto type = person::ParseRegister(request.register_code);
  if (!type) {
    errors.push_back({"register", request.register_code.empty() ? "REQUIRED" : "UNKNOWN_CODE",
                      "Choose a register by its code, e.g. RMDO or MAPP."});
  } else {
    r.type = *type;
  }
  if (type == person::Register::kMappa) {
    r.level = tier::ParseMappaLevel(request.level);
    if (!r.level) {
      errors.push_back({"level", request.level.empty() ? "REQUIRED" : "UNKNOWN_CODE",
                        "A MAPPA registration has a level: M1, M2 or M3."});
    }
  } else if (!request.level.empty()) {
    errors.push_back({"level", "NOT_ALLOWED", "Only a MAPPA registration has a level."});
  }
  r.registered_on =
      ReadDate(request.registered_on, "registeredOn", today, today, errors).value_or(today);
  if (!errors.empty()) {
    return InvalidArgument(std::move(errors));
  }
  return r;
}

Result<TierView> LoadView(Tx& tx, const person::Person& person) {
  TierView view;
  view.crn = person.crn.str();
  view.name = person.FullName();
  view.female = person.sex == person::Sex::kFemale;
  view.ogrs_two_year_percent = person.ogrs_two_year;
  auto latest = tx.tiers().Latest(person.id);
  PROBITY_TRY(latest);
  view.tier = std::move(*latest);
  auto assessment = tx.tiers().FindAssessment(person.id);
  PROBITY_TRY(assessment);
  view.assessment = *assessment;
  auto registrations = tx.tiers().Registrations(person.id);
  PROBITY_TRY(registrations);
  view.registrations = std::move(*registrations);
  return view;
}

// Recalculates and stores the tier, audits `action`, commits, and returns the new view.
Result<TierView> Finish(const Context& ctx, const Actor& actor, Tx& tx,
                        const person::Person& person, const std::string& action,
                        const std::string& record_id) {
  PROBITY_TRY(RecalculateTier(ctx, tx, person, action));
  PROBITY_TRY(tx.audit().Append(MakeAudit(ctx, actor, action, "person", record_id)));
  auto view = LoadView(tx, person);
  PROBITY_TRY(view);
  PROBITY_TRY(tx.Commit());
  return view;
}

// §4's breach/recall outcome from the enforcement records: each breach (not withdrawn) with a
// court outcome, and the day its order ends (the court's revocation, else the order's end date).
std::vector<tier::DecidedBreach> DecidedBreaches(const EnforcementRecords& records) {
  auto breach_of = [&records](std::int64_t action) -> const ActionRecord* {
    for (const auto& a : records.actions) {
      if (a.id == action && a.kind == enforcement::ActionKind::kBreach && !a.withdrawn) {
        return &a;
      }
    }
    return nullptr;
  };
  std::vector<tier::DecidedBreach> decided;
  for (const auto& outcome : records.court_outcomes) {
    const ActionRecord* breach = breach_of(outcome.action);
    if (breach == nullptr) {
      continue;
    }
    for (const auto& order : records.orders) {
      if (order.id != breach->sentence) {
        continue;
      }
      Date ends = order.end_date;
      for (const auto& other : records.court_outcomes) {
        const ActionRecord* revoked = breach_of(other.action);
        if (other.kind == enforcement::CourtOutcomeKind::kRevokedAndResentenced &&
            revoked != nullptr && revoked->sentence == order.id) {
          ends = std::min(ends, other.date);
        }
      }
      decided.push_back({ends});
    }
  }
  return decided;
}

}  // namespace

Result<CurrentTier> CalculateCurrentTier(const Context& ctx, Tx& tx, const person::Person& person) {
  auto assessment = tx.tiers().FindAssessment(person.id);
  PROBITY_TRY(assessment);
  auto registrations = tx.tiers().Registrations(person.id);
  PROBITY_TRY(registrations);
  auto events = tx.sentences().ForPerson(person.id);
  PROBITY_TRY(events);
  CurrentTier current;
  for (const auto& r : *registrations) {
    if (std::find(current.active.begin(), current.active.end(), r.type) == current.active.end()) {
      current.active.push_back(r.type);
    }
  }
  const Date today = ctx.clock.Today();
  const bool mandate = tier::HasMandateForChange(*events, today);
  const bool female = person.sex == person::Sex::kFemale;
  auto inputs = tier::InputsFor(*assessment, std::move(*registrations), female,
                                person.ogrs_two_year, mandate);
  if (female) {
    // §4's breach/recall factor scores only for women, so only they need the records read.
    auto records = tx.enforcement().ForPerson(person.id);
    PROBITY_TRY(records);
    inputs.previous_enforcement = tier::HasPreviousEnforcement(DecidedBreaches(*records), today);
  }
  current.result = tier::CalculateTier(inputs);
  return current;
}

Status RecalculateTier(const Context& ctx, Tx& tx, const person::Person& person,
                       const std::string& reason) {
  auto current = CalculateCurrentTier(ctx, tx, person);
  PROBITY_TRY(current);
  TierRecord record{std::move(current->result), ctx.clock.Now(), reason};
  return tx.tiers().SaveTier(person.id, record, current->active);
}

Result<TierView> ViewTier(const Context& ctx, const Actor& actor, const std::string& crn) {
  auto tx = ctx.store.Begin(TxKind::kRead);
  PROBITY_TRY(tx);
  auto person = FindPersonFor(**tx, actor, crn, CaseAction::kView);
  PROBITY_TRY(person);
  auto view = LoadView(**tx, *person);
  PROBITY_TRY(view);
  tx->reset();
  PROBITY_TRY(ctx.store.RecordAudit({MakeAudit(ctx, actor, "tier.view", "person", view->crn)}));
  return view;
}

Result<TierView> RecordAssessment(const Context& ctx, const Actor& actor, const std::string& crn,
                                  const AssessmentRequest& request) {
  auto tx = ctx.store.Begin(TxKind::kWrite);
  PROBITY_TRY(tx);
  auto person = FindPersonFor(**tx, actor, crn, CaseAction::kChange);
  PROBITY_TRY(person);
  auto assessment = ReadAssessment(request, ctx.clock.Today());
  PROBITY_TRY(assessment);
  PROBITY_TRY(
      (*tx)->tiers().SaveAssessment(person->id, *assessment, ctx.clock.Now(), actor.username));
  if (request.ogrs_two_year_percent &&
      person->ogrs_two_year != static_cast<int>(*request.ogrs_two_year_percent)) {
    const auto percent = [](std::optional<int> p) {
      return p ? std::to_string(*p) + "%" : std::string("none");
    };
    const std::optional<int> ogrs = static_cast<int>(*request.ogrs_two_year_percent);
    AuditEntry audit = MakeAudit(ctx, actor, "person.ogrs.update", "person", person->crn.str());
    audit.reason = "OGRS3 2-year " + percent(person->ogrs_two_year) + " -> " + percent(ogrs) +
                   " with the assessment of " + FormatDate(assessment->assessed_on);
    PROBITY_TRY((*tx)->tiers().SetOgrsTwoYear(person->id, ogrs));
    PROBITY_TRY((*tx)->audit().Append(audit));
    person->ogrs_two_year = ogrs;  // the tier below reads the new value
  }
  return Finish(ctx, actor, **tx, *person, "assessment.record", person->crn.str() + "/assessment");
}

Result<TierView> AddRegistration(const Context& ctx, const Actor& actor, const std::string& crn,
                                 const RegistrationRequest& request) {
  auto tx = ctx.store.Begin(TxKind::kWrite);
  PROBITY_TRY(tx);
  auto person = FindPersonFor(**tx, actor, crn, CaseAction::kChange);
  PROBITY_TRY(person);
  auto registration = ReadRegistration(request, ctx.clock.Today());
  PROBITY_TRY(registration);
  auto id = (*tx)->tiers().AddRegistration(person->id, *registration, actor.username);
  PROBITY_TRY(id);
  return Finish(ctx, actor, **tx, *person, "registration.add",
                person->crn.str() + "/registration/" + std::to_string(*id));
}

Result<TierView> RemoveRegistration(const Context& ctx, const Actor& actor, const std::string& crn,
                                    std::int64_t id) {
  auto tx = ctx.store.Begin(TxKind::kWrite);
  PROBITY_TRY(tx);
  auto person = FindPersonFor(**tx, actor, crn, CaseAction::kChange);
  PROBITY_TRY(person);
  auto ended = (*tx)->tiers().EndRegistration(person->id, id, ctx.clock.Today(), actor.username);
  PROBITY_TRY(ended);
  if (!*ended) {
    return NotFound(person->crn.str() + " has no active registration with id " +
                    std::to_string(id));
  }
  return Finish(ctx, actor, **tx, *person, "registration.remove",
                person->crn.str() + "/registration/" + std::to_string(id));
}

}  // namespace probity::app
