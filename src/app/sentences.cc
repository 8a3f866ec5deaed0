#include "app/sentences.h"

#include "app/appointment_input.h"
#include "app/audit.h"
#include "app/person_lookup.h"
#include "app/rar_days.h"
#include "app/tier.h"
#include "domain/person/text.h"

namespace probity::app {
namespace {

using sentence::RequirementStatus;
using sentence::RequirementType;

// Larger than any statutory limit, so a number past it is refused before it can overflow an int.
constexpr std::int64_t kMaxNumber = 100000;

// A refusal listing every field at fault; its message is the first problem and how many more.
Error Refused(std::vector<FieldError> fields) {
  Error error;
  error.code = ErrorCode::kInvalidArgument;
  error.message = fields.size() == 1
                      ? fields[0].message
                      : std::to_string(fields.size()) +
                            " things need correcting; the first: " + fields[0].message;
  error.fields = std::move(fields);
  return error;
}

// Reads the fields of an order request, collecting every problem in `errors`.
class OrderReader {
 public:
  std::optional<Date> ReadDate(const std::string& text, const std::string& field, bool required) {
    if (text.empty()) {
      if (required) {
        errors.push_back({field, sentence::kErrorRequired, "Enter the date as YYYY-MM-DD."});
      }
      return std::nullopt;
    }
    auto date = ParseDate(text);
    if (!date) {
      errors.push_back({field, "INVALID_FORMAT", "Enter a real date as YYYY-MM-DD."});
    }
    return date;
  }

  std::optional<int> ReadNumber(std::optional<std::int64_t> value, const std::string& field) {
    if (!value) {
      return std::nullopt;
    }
    if (*value < -kMaxNumber || *value > kMaxNumber) {
      errors.push_back({field, sentence::kErrorOutOfRange,
                        "Enter a number no larger than " + std::to_string(kMaxNumber) + "."});
      return std::nullopt;
    }
    return static_cast<int>(*value);
  }

  void ReadText(const std::string& text, const char* field, bool required) {
    if (required && person::Trim(text).empty()) {
      errors.push_back({field, sentence::kErrorRequired, "This is required."});
    }
    if (auto long_text = CheckText(text, field); !long_text) {
      errors.push_back(long_text.error().fields.at(0));
    }
  }

  std::vector<FieldError> errors;
};

sentence::Event ReadOrder(const OrderRequest& request, Date today, OrderReader& in) {
  sentence::Event event;
  in.ReadText(request.offence_category, "offenceCategory", true);
  in.ReadText(request.offence_description, "offenceDescription", false);
  in.ReadText(request.court, "court", true);
  event.offence_category = request.offence_category;
  event.offence_description = request.offence_description;
  event.court = request.court;
  sentence::Sentence s;
  auto convicted = in.ReadDate(request.conviction_date, "convictionDate", true);
  auto sentenced = in.ReadDate(request.sentence_date, "sentenceDate", true);
  auto end = in.ReadDate(request.end_date, "endDate", true);
  s.operational_end = in.ReadDate(request.operational_end_date, "operationalEndDate", false);
  s.custodial_months = in.ReadNumber(request.custodial_months, "custodialMonths");
  for (auto [date, field] :
       {std::pair{&convicted, "convictionDate"}, std::pair{&sentenced, "sentenceDate"}}) {
    if (*date && **date > today) {
      in.errors.push_back(
          {field, sentence::kErrorInTheFuture,
           "Record an order once the court has made it; today is " + FormatDateLong(today) + "."});
    }
  }
  event.conviction_date = convicted.value_or(Date{});
  s.sentence_date = sentenced.value_or(Date{});
  s.end_date = end.value_or(Date{});
  if (request.order_type.empty()) {
    in.errors.push_back({"orderType", sentence::kErrorRequired,
                         "Choose community_order or suspended_sentence_order."});
  } else if (auto type = sentence::ParseOrderType(request.order_type)) {
    s.type = *type;
  } else {
    in.errors.push_back({"orderType", "UNKNOWN_CODE",
                         "Unknown order type " + request.order_type +
                             "; use community_order or suspended_sentence_order."});
  }
  for (std::size_t i = 0; i < request.requirements.size(); ++i) {
    const RequirementRequest& r = request.requirements[i];
    const std::string at = "requirements[" + std::to_string(i) + "].";
    sentence::Requirement requirement;
    if (auto type = sentence::ParseRequirementType(r.type)) {
      requirement.type = *type;
    } else {
      in.errors.push_back({at + "type", r.type.empty() ? sentence::kErrorRequired : "UNKNOWN_CODE",
                           "Unknown requirement type \"" + r.type + "\"."});
    }
    requirement.length = in.ReadNumber(r.length, at + "length");
    requirement.daily_hours = in.ReadNumber(r.daily_hours, at + "dailyHours");
    requirement.end_date = in.ReadDate(r.end_date, at + "endDate", false);
    s.requirements.push_back(requirement);
  }
  event.sentences.push_back(std::move(s));
  return event;
}

std::string RecordId(const std::string& crn, sentence::RequirementId requirement) {
  return crn + "/requirement/" + std::to_string(requirement.value());
}

// The person's requirement `id` with its sentence and the facts its limits depend on.
struct Found : PersonRequirement {
  sentence::OrderFacts facts;
};

Result<Found> Find(Tx& tx, const Actor& actor, const std::string& crn, std::int64_t id,
                   CaseAction action) {
  auto person_requirement = FindPersonRequirement(tx, actor, crn, id, action);
  PROBITY_TRY(person_requirement);
  if (!*person_requirement) {
    return NotFound(crn + " has no requirement with id " + std::to_string(id));
  }
  Found found{std::move(**person_requirement), {}};
  found.facts.date_of_birth = found.person.date_of_birth;
  for (const auto& event : found.events) {
    for (const auto& s : event.sentences) {
      if (&s == found.ref.sentence) {
        found.facts.conviction_date = event.conviction_date;
      }
    }
  }
  return found;
}

// Saves `changed` (the requirement after the change) with its history row and audits it as
// `action` (the caller commits); returns the requirement with its whole history.
Result<RequirementHistory> Save(const Context& ctx, const Actor& actor, Tx& tx, const Found& found,
                                const sentence::Requirement& changed, RequirementChange change,
                                const char* action) {
  const sentence::Requirement& before = *found.ref.requirement;
  change.requirement = before.id;
  change.old_length = before.length;
  change.new_length = changed.length;
  change.old_end_date = before.end_date;
  change.new_end_date = changed.end_date;
  change.changed_at = ctx.clock.Now();
  change.changed_by = actor.username;
  PROBITY_TRY(tx.sentences().UpdateRequirement(changed));
  PROBITY_TRY(tx.sentences().AppendChange(change));
  PROBITY_TRY(RecalculateTier(ctx, tx, found.person, action));  // TIER-1: the mandate may change
  const std::string crn = found.person.crn.str();
  PROBITY_TRY(tx.audit().Append(MakeAudit(ctx, actor, action, "person", RecordId(crn, before.id))));
  auto changes = tx.sentences().Changes(before.id);
  PROBITY_TRY(changes);
  return RequirementHistory{crn, changed, std::move(*changes)};
}

// RAR-6: a RAR cannot be varied to fewer days than are already instructed.
Result<std::optional<FieldError>> CheckRarDays(Tx& tx, const Found& found,
                                               const sentence::RequirementVariation& variation,
                                               Date today) {
  if (found.ref.requirement->type != RequirementType::kRehabilitationActivity ||
      !variation.length) {
    return std::optional<FieldError>();
  }
  auto rar = SummariseRar(tx, found.ref, today);
  PROBITY_TRY(rar);
  const int instructed = rar->days.instructed;
  if (*variation.length >= instructed) {
    return std::optional<FieldError>();
  }
  return std::optional<FieldError>(
      FieldError{"length", "BELOW_DAYS_INSTRUCTED",
                 "This RAR already has " + std::to_string(instructed) +
                     " days instructed (completed, failed or booked), so it cannot be varied to " +
                     std::to_string(*variation.length) + " days (RAR-6)."});
}

}  // namespace

Result<RecordedOrder> RecordOrder(const Context& ctx, const Actor& actor, const std::string& crn,
                                  const OrderRequest& request) {
  const Date today = ctx.clock.Today();
  OrderReader in;
  sentence::Event event = ReadOrder(request, today, in);
  auto tx = ctx.store.Begin(TxKind::kWrite);
  PROBITY_TRY(tx);
  auto person = FindPersonFor(**tx, actor, crn, CaseAction::kChange);
  PROBITY_TRY(person);
  if (!in.errors.empty()) {
    return Refused(std::move(in.errors));
  }
  sentence::OrderFacts facts;
  facts.conviction_date = event.conviction_date;
  facts.date_of_birth = person->date_of_birth;
  auto broken = sentence::CheckOrderLimits(event.sentences.front(), facts);
  if (!broken.empty()) {
    return Refused(std::move(broken));
  }
  auto saved = (*tx)->sentences().Insert(person->id, std::move(event));
  PROBITY_TRY(saved);
  PROBITY_TRY(RecalculateTier(ctx, **tx, *person, "order.create"));  // TIER-1: the mandate
  PROBITY_TRY((*tx)->audit().Append(
      MakeAudit(ctx, actor, "order.create", "person",
                person->crn.str() + "/event/" + std::to_string(saved->id.value()))));
  PROBITY_TRY((*tx)->Commit());
  return RecordedOrder{person->crn.str(), std::move(*saved)};
}

Result<RequirementHistory> VaryRequirementIn(const Context& ctx, const Actor& actor, Tx& tx,
                                             const std::string& crn, std::int64_t requirement,
                                             const sentence::RequirementVariation& variation) {
  const Date today = ctx.clock.Today();
  auto found = Find(tx, actor, crn, requirement, CaseAction::kChange);
  PROBITY_TRY(found);
  PROBITY_TRY(CheckText(variation.reason, "reason"));
  auto varied = sentence::VaryRequirement(*found->ref.sentence, *found->ref.requirement, variation,
                                          found->facts, today);
  if (!varied && varied.error().code != ErrorCode::kInvalidArgument) {
    return varied.error();
  }
  auto rar = CheckRarDays(tx, *found, variation, today);
  PROBITY_TRY(rar);
  if (!varied || *rar) {
    std::vector<FieldError> fields = varied ? std::vector<FieldError>() : varied.error().fields;
    if (*rar) {
      fields.push_back(**rar);
    }
    return Refused(std::move(fields));
  }
  RequirementChange change;
  change.kind = "varied";
  change.effective_date = today;
  change.reason = variation.reason;
  return Save(ctx, actor, tx, *found, *varied, std::move(change), "requirement.vary");
}

Result<RequirementHistory> VaryRequirement(const Context& ctx, const Actor& actor,
                                           const std::string& crn, std::int64_t requirement,
                                           const sentence::RequirementVariation& variation) {
  auto tx = ctx.store.Begin(TxKind::kWrite);
  PROBITY_TRY(tx);
  auto history = VaryRequirementIn(ctx, actor, **tx, crn, requirement, variation);
  PROBITY_TRY(history);
  PROBITY_TRY((*tx)->Commit());
  return history;
}

Result<RequirementHistory> EndRequirementIn(const Context& ctx, const Actor& actor, Tx& tx,
                                            const std::string& crn, std::int64_t requirement,
                                            const EndingRequest& request) {
  const Date today = ctx.clock.Today();
  auto found = Find(tx, actor, crn, requirement, CaseAction::kChange);
  PROBITY_TRY(found);
  PROBITY_TRY(CheckText(request.reason, "reason"));
  sentence::RequirementEnding ending;
  // An unknown status reads as active, which sentence::EndRequirement refuses as NOT_ALLOWED.
  ending.status =
      sentence::ParseRequirementStatus(request.status).value_or(RequirementStatus::kActive);
  ending.reason = request.reason;
  ending.ended_on = request.ended_on.value_or(today);
  const sentence::Requirement& current = *found->ref.requirement;
  if (current.type == RequirementType::kRehabilitationActivity &&
      current.status == RequirementStatus::kActive &&
      ending.status == RequirementStatus::kCompleted) {
    return InvalidArgument("status", "USE_RAR_COMPLETION",
                           "A RAR is completed through the RAR completion, which records the "
                           "outcome against the agreed plan (RAR-9): POST .../requirements/" +
                               std::to_string(requirement) + "/completion.");
  }
  auto ended = sentence::EndRequirement(*found->ref.sentence, current, ending, today);
  PROBITY_TRY(ended);
  RequirementChange change;
  change.kind = sentence::RequirementStatusCode(ending.status);
  change.effective_date = ending.ended_on;
  change.reason = ending.reason;
  return Save(ctx, actor, tx, *found, *ended, std::move(change), "requirement.end");
}

Result<RequirementHistory> EndRequirement(const Context& ctx, const Actor& actor,
                                          const std::string& crn, std::int64_t requirement,
                                          const EndingRequest& request) {
  auto tx = ctx.store.Begin(TxKind::kWrite);
  PROBITY_TRY(tx);
  auto history = EndRequirementIn(ctx, actor, **tx, crn, requirement, request);
  PROBITY_TRY(history);
  PROBITY_TRY((*tx)->Commit());
  return history;
}

Result<RequirementHistory> ViewRequirementHistory(const Context& ctx, const Actor& actor,
                                                  const std::string& crn,
                                                  std::int64_t requirement) {
  auto tx = ctx.store.Begin(TxKind::kRead);
  PROBITY_TRY(tx);
  auto found = Find(**tx, actor, crn, requirement, CaseAction::kView);
  PROBITY_TRY(found);
  auto changes = (*tx)->sentences().Changes(found->ref.requirement->id);
  PROBITY_TRY(changes);
  RequirementHistory history{found->person.crn.str(), *found->ref.requirement, std::move(*changes)};
  tx->reset();
  PROBITY_TRY(ctx.store.RecordAudit({MakeAudit(ctx, actor, "requirement.history.view", "person",
                                               RecordId(history.crn, history.requirement.id))}));
  return history;
}

}  // namespace probity::app
