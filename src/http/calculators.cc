#include "http/calculators.h"

#include <functional>

#include <boost/json.hpp>

#include "app/proposals.h"
#include "domain/proposal/rar_proposal.h"
#include "domain/risk/ogrs3.h"
#include "http/authenticate.h"
#include "http/json_body.h"
#include "http/problem.h"
#include "http/proposal_json.h"

namespace probity::http {
namespace {

namespace json = boost::json;

Result<risk::Ogrs3Input> ReadOgrs3(const json::object& body) {
  std::vector<FieldError> faults;
  JsonFields in(body, "", faults);
  auto sex = in.String("sex", Presence::kRequired);
  auto born = in.DateValue("dateOfBirth", Presence::kRequired);
  auto convicted = in.DateValue("convictionDate", Presence::kRequired);
  auto follow_up = in.DateValue("followUpStartDate", Presence::kOptional);
  auto sanctions = in.Int("sanctionCount", Presence::kRequired);
  auto first_age = in.Int("ageAtFirstSanction", Presence::kRequired);
  auto offence = in.String("offenceCategory", Presence::kRequired);
  in.RejectUnknown({"sex", "dateOfBirth", "convictionDate", "followUpStartDate", "sanctionCount",
                    "ageAtFirstSanction", "offenceCategory"});
  if (!faults.empty()) {
    return InvalidArgument(std::move(faults));
  }
  return risk::Ogrs3Input{*sex, *born, *convicted, follow_up, *sanctions, *first_age, *offence};
}

std::string Ogrs3Json(const risk::Ogrs3Score& score) {
  json::object out{{"oneYear", score.one_year},
                   {"twoYear", score.two_year},
                   {"oneYearPercent", score.one_year_percent},
                   {"twoYearPercent", score.two_year_percent},
                   {"band", risk::OgrsBandCode(score.band)}};
  return json::serialize(out);
}

proposal::Need ReadNeed(JsonFields& in) {
  proposal::Need need;
  need.area = in.String("area", Presence::kRequired).value_or("");
  need.severity = in.String("severity", Presence::kRequired).value_or("");
  need.linked_to_offending = in.Bool("linkedToOffending", Presence::kRequired).value_or(false);
  need.dependent = in.Bool("dependent", Presence::kOptional).value_or(false);
  need.diagnosed = in.Bool("diagnosed", Presence::kOptional).value_or(false);
  in.RejectUnknown({"area", "severity", "linkedToOffending", "dependent", "diagnosed"});
  return need;
}

Result<proposal::RarProposalInput> ReadRarProposal(const json::object& body) {
  std::vector<FieldError> faults;
  JsonFields in(body, "", faults);
  proposal::RarProposalInput input;
  // Absent is for the domain to explain (what OGRS3 needs), not a bare REQUIRED.
  input.ogrs_two_year_percent = in.Int("ogrsTwoYearPercent", Presence::kOptional);
  if (const json::array* needs = in.Array("needs", Presence::kRequired)) {
    if (needs->size() > proposal::kNeedAreaCount) {
      in.Fault("needs", "TOO_MANY", "Give each of the 10 need areas at most once");
    } else {
      for (std::size_t i = 0; i < needs->size(); ++i) {
        const json::value& element = (*needs)[i];
        if (!element.is_object()) {
          in.Fault(in.ElementName("needs", i), "INVALID_TYPE",
                   in.ElementName("needs", i) + " must be an object");
          continue;
        }
        JsonFields need(element.get_object(), in.ElementName("needs", i) + ".", faults);
        input.needs.push_back(ReadNeed(need));
      }
    }
  }
  input.sexual_offending = in.Bool("sexualOffending", Presence::kRequired).value_or(false);
  input.exceptional_justification = in.String("exceptionalJustification", Presence::kOptional);
  input.area = in.String("area", Presence::kOptional);
  in.RejectUnknown(
      {"ogrsTwoYearPercent", "needs", "sexualOffending", "exceptionalJustification", "area"});
  if (!faults.empty()) {
    return InvalidArgument(std::move(faults));
  }
  return input;
}

std::string RarProposalJson(const proposal::RarProposal& p) {
  return json::serialize(RarProposalObject(p));
}

// A calculator endpoint: sign-in first (401), then the body read into the domain's input (400
// naming each field), then the pure calculation (400 for values outside its domain), then 200.
template <typename Input, typename Output>
Handler Calculator(const app::Context& ctx, Result<Input> (*read)(const json::object&),
                   std::function<Result<Output>(const Input&)> calculate,
                   std::string (*write)(const Output&)) {
  return [&ctx, read, calculate = std::move(calculate), write](Request& request) {
    auto session = Authenticate(ctx, request);
    if (!session) {
      return Problem(session.error());
    }
    auto body = ParseJsonObject(request.body);
    if (!body) {
      return Problem(body.error());
    }
    auto input = read(*body);
    if (!input) {
      return Problem(input.error());
    }
    auto output = calculate(*input);
    if (!output) {
      return Problem(output.error());
    }
    return Response::Json(200, write(*output));
  };
}

}  // namespace

void AddCalculatorRoutes(Router& router, const app::Context& ctx) {
  router.Post("/api/v1/calculators/ogrs3", Calculator<risk::Ogrs3Input, risk::Ogrs3Score>(
                                               ctx, &ReadOgrs3, &risk::CalculateOgrs3, &Ogrs3Json));
  // PROP-5: an `area` naming an area with interventions listed brings in its catalogue (a read
  // of reference data, not of anyone's record).
  router.Post("/api/v1/calculators/rar-proposal",
              Calculator<proposal::RarProposalInput, proposal::RarProposal>(
                  ctx, &ReadRarProposal,
                  [&ctx](const proposal::RarProposalInput& input) {
                    return app::ProposeRarInArea(ctx, input);
                  },
                  &RarProposalJson));
}

}  // namespace probity::http
