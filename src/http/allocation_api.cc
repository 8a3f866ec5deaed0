#include "http/allocation_api.h"

#include <boost/json.hpp>

#include "app/allocation.h"
#include "http/api_support.h"

namespace probity::http {
namespace {

namespace json = boost::json;

json::value DateOrNull(const std::optional<Date>& date) {
  return date ? json::value(FormatDate(*date)) : json::value(nullptr);
}

template <typename T>
json::value OrNull(const std::optional<T>& value) {
  return value ? json::value(*value) : json::value(nullptr);
}

json::object PolicyObject(const allocation::Policy& p) {
  return {{"policy", allocation::PolicyKindCode(p.kind)},
          {"name", allocation::PolicyKindName(p.kind)},
          {"rsrSendsToNps", p.rsr_sends_to_nps},
          {"targetWorkingDays", p.target_working_days}};
}

json::object DecisionObject(const allocation::Decision& d) {
  json::array reasons;
  for (const auto& r : d.reasons) {
    reasons.push_back({{"code", r.code}, {"text", r.text}});
  }
  json::value team = nullptr;
  if (d.team) {
    team = json::object{{"code", d.team->code},
                        {"name", d.team->name},
                        {"officers", d.team->officers},
                        {"activeCases", d.team->active_cases}};
  }
  return {{"organisation", org::OrganisationKindCode(d.organisation)},
          {"organisationName", org::OrganisationKindName(d.organisation)},
          {"team", std::move(team)},
          {"reasons", std::move(reasons)}};
}

json::object AllocationObject(const app::AllocationView& a) {
  return {{"organisation", a.organisation_name},
          {"area", a.area_name},
          {"team", a.team_name},
          {"officer", a.officer_name},
          {"staffCode", a.officer_code},
          {"allocatedOn", FormatDate(a.allocation.allocated_on)}};
}

json::object DetailsObject(const app::AllocationDetails& d) {
  return {{"reason", d.reason},
          {"allocatedBy", d.allocated_by},
          {"allocatedAt", d.allocated_at ? json::value(FormatInstant(*d.allocated_at)) : nullptr},
          {"sentenceDate", DateOrNull(d.sentence_date)},
          {"policy", d.policy},
          {"policyOverride", d.policy_override}};
}

std::string PendingJson(const app::PendingAllocations& pending) {
  json::array cases;
  for (const auto& c : pending.cases) {
    cases.push_back({{"crn", c.awaiting.crn},
                     {"name", c.awaiting.name},
                     {"area", c.awaiting.area_name},
                     {"sentenceDate", FormatDate(c.awaiting.sentence_date)},
                     {"workingDaysWaited", c.working_days_waited},
                     {"overdue", c.overdue},
                     {"decision", DecisionObject(c.decision)}});
  }
  return json::serialize(json::object{{"policy", PolicyObject(pending.policy)},
                                      {"count", cases.size()},
                                      {"cases", std::move(cases)}});
}

std::string CandidatesJson(const app::AllocationCandidates& v) {
  json::array candidates;
  for (const auto& c : v.candidates) {
    const org::Staff& s = c.officer.officer;
    candidates.push_back(
        {{"staffCode", s.code},
         {"name", s.first_name + " " + s.surname},
         {"grade", org::GradeCode(s.grade)},
         {"contractedHours", s.contracted_hours},
         {"team", c.officer.team_name},
         {"activeCases", c.workload.active_cases},
         {"points", OrNull(c.workload.points)},
         {"availablePoints", OrNull(c.workload.available_points)},
         {"capacityPercent",
          c.workload.capacity_thousandths
              ? json::value(static_cast<double>(*c.workload.capacity_thousandths) / 1000.0)
              : json::value(nullptr)}});
  }
  json::array history;
  for (const auto& h : v.history) {
    json::object entry = AllocationObject(h.view);
    entry["endedOn"] = DateOrNull(h.ended_on);
    for (auto& [key, value] : DetailsObject(h.details)) {
      entry[key] = value;
    }
    history.push_back(std::move(entry));
  }
  return json::serialize(
      json::object{{"crn", v.crn},
                   {"name", v.person_name},
                   {"area", v.area_name},
                   {"policy", PolicyObject(v.policy)},
                   {"decision", DecisionObject(v.decision)},
                   {"sentenceDate", DateOrNull(v.sentence_date)},
                   {"workingDaysWaited", v.working_days_waited},
                   {"overdue", v.overdue},
                   {"current", v.current ? json::value(AllocationObject(*v.current)) : nullptr},
                   {"candidates", std::move(candidates)},
                   {"history", std::move(history)}});
}

std::string AllocatedJson(const app::AllocationResult& r) {
  json::object body = DetailsObject(r.details);
  body["crn"] = r.crn;
  body["allocation"] = AllocationObject(r.allocation);
  body["workingDays"] = OrNull(r.working_days);
  body["withinTarget"] = r.within_target;
  return json::serialize(body);
}

std::string PolicyJson(const allocation::Policy& p) {
  return json::serialize(PolicyObject(p));
}

Result<app::AllocateCommand> ReadAllocate(const Request& r) {
  auto body = JsonObjectBody(r, {"staffCode", "reason", "policyOverride"});
  PROBITY_TRY(body);
  // Type errors name their field; missing values are the use case's to report, all at once.
  auto staff = StringMember(*body, "staffCode", false);
  PROBITY_TRY(staff);
  auto reason = StringMember(*body, "reason", false);
  PROBITY_TRY(reason);
  auto override_policy = BoolMember(*body, "policyOverride");
  PROBITY_TRY(override_policy);
  return app::AllocateCommand{std::move(*staff), std::move(*reason), *override_policy};
}

Result<allocation::Policy> ReadPolicy(const Request& r) {
  auto body = JsonObjectBody(r, {"policy", "rsrSendsToNps", "targetWorkingDays"});
  PROBITY_TRY(body);
  auto code = StringMember(*body, "policy", true);
  PROBITY_TRY(code);
  auto kind = allocation::ParsePolicyKind(*code);
  if (!kind) {
    return InvalidArgument("policy", "UNKNOWN_CODE", "Use unified or split_2014");
  }
  auto rsr = BoolMember(*body, "rsrSendsToNps");
  PROBITY_TRY(rsr);
  auto target = IntMember(*body, "targetWorkingDays", false);
  PROBITY_TRY(target);
  allocation::Policy policy{*kind, *rsr, 1};
  if (*target) {
    if (**target < 0 || **target > 30) {
      return InvalidArgument("targetWorkingDays", "OUT_OF_RANGE",
                             "The target is between 0 and 30 working days");
    }
    policy.target_working_days = static_cast<int>(**target);
  }
  return policy;
}

}  // namespace

void AddAllocationRoutes(Router& router, const app::Context& ctx) {
  router.Get("/api/v1/allocations/pending",
             Authenticated(ctx, [&ctx](Request& r, const app::Actor& actor) {
               return JsonOr(app::ListPendingAllocations(ctx, actor, r.Query("team"), false),
                             &PendingJson);
             }));
  router.Get("/api/v1/allocations/unallocated-overdue",
             Authenticated(ctx, [&ctx](Request& r, const app::Actor& actor) {
               return JsonOr(app::ListPendingAllocations(ctx, actor, r.Query("team"), true),
                             &PendingJson);
             }));
  router.Get("/api/v1/allocations/policy",
             Authenticated(ctx, [&ctx](Request& /*r*/, const app::Actor& actor) {
               return JsonOr(app::ViewAllocationPolicy(ctx, actor), &PolicyJson);
             }));
  router.Post("/api/v1/allocations/policy",
              Authenticated(ctx, [&ctx](Request& r, const app::Actor& actor) {
                auto policy = ReadPolicy(r);
                if (!policy) {
                  return Problem(policy.error());
                }
                return JsonOr(app::ChangeAllocationPolicy(ctx, actor, *policy), &PolicyJson);
              }));
  router.Get("/api/v1/people/{crn}/allocation/candidates",
             Authenticated(ctx, [&ctx](Request& r, const app::Actor& actor) {
               return JsonOr(app::ViewAllocationCandidates(ctx, actor, r.Param("crn")),
                             &CandidatesJson);
             }));
  router.Post("/api/v1/people/{crn}/allocation",
              Authenticated(ctx, [&ctx](Request& r, const app::Actor& actor) {
                auto command = ReadAllocate(r);
                if (!command) {
                  return Problem(command.error());
                }
                return JsonOr(app::AllocateCase(ctx, actor, r.Param("crn"), *command),
                              &AllocatedJson, 201);
              }));
}

}  // namespace probity::http
