#include "web/assessment_pages.h"

#include <charconv>
#include <map>
#include <tuple>
#include <utility>
#include <vector>

#include "app/tier.h"
#include "http/problem.h"
#include "http/request.h"
#include "web/page_support.h"

namespace probity::web {
namespace {

using http::Request;
using http::Response;

bool Checked(const FormFields* typed, const std::string& name, bool otherwise) {
  return typed == nullptr ? otherwise : Typed(typed, name, "") == "yes";
}

// The message for `field` in a refused form, "" when it is not at fault.
std::string ErrorFor(const Error* refused, const std::string& field) {
  if (refused != nullptr) {
    for (const auto& f : refused->fields) {
      if (f.field == field) {
        return f.message;
      }
    }
  }
  return "";
}

// "7.50" for 750 hundredths, as the RSR is typed.
std::string Hundredths(int hundredths) {
  std::string fraction = std::to_string(hundredths % 100);
  return std::to_string(hundredths / 100) + "." + (fraction.size() == 1 ? "0" : "") + fraction;
}

Response AssessmentPage(const app::Context& ctx, Request& request, const app::Session& session,
                        const Error* refused, const FormFields* typed) {
  auto view = app::ViewTier(ctx, session.actor, request.Param("crn"));
  if (!view) {
    return ErrorPage(&session, view.error());
  }
  const tier::Assessment* a = view->assessment ? &*view->assessment : nullptr;
  Data page;
  page.set("crn", view->crn);
  page.set("name", view->name);
  page.set("female", view->female);
  page.set("tier", view->tier ? view->tier->result.Code() : "Not tiered");
  SetIfAny(page, "current_assessed_on", a != nullptr ? FormatDateLong(a->assessed_on) : "");
  page.set("assessed_on",
           Typed(typed, "assessedOn", a != nullptr ? FormatDate(a->assessed_on) : ""));
  page.set("rsr", Typed(typed, "rsr",
                        a != nullptr && a->rsr_hundredths ? Hundredths(*a->rsr_hundredths) : ""));
  page.set("ogrs",
           Typed(typed, "ogrsTwoYearPercent",
                 view->ogrs_two_year_percent ? std::to_string(*view->ogrs_two_year_percent) : ""));
  const std::string rosh =
      Typed(typed, "rosh", a != nullptr && a->rosh ? tier::RoshCode(*a->rosh) : "");
  Data rosh_options = List();
  for (auto [code, label] :
       {std::pair{"", "Not recorded"}, std::pair{"low", "Low"}, std::pair{"medium", "Medium"},
        std::pair{"high", "High"}, std::pair{"very_high", "Very high"}}) {
    Data option;
    option.set("code", code);
    option.set("label", label);
    option.set("selected", rosh == code);
    rosh_options.push_back(option);
  }
  page.set("rosh_options", rosh_options);
  Data needs = List();
  for (tier::Need need : tier::kNeeds) {
    const std::string code = tier::NeedCode(need);
    const std::string field = "needs." + code;
    const std::string severity =
        Typed(typed, field,
              tier::NeedSeverityCode(a != nullptr ? a->needs[static_cast<std::size_t>(need)]
                                                  : tier::NeedSeverity::kNoNeed));
    Data row;
    row.set("field", field);
    row.set("name", tier::NeedName(need));
    row.set("weight", std::to_string(tier::NeedWeight(need)));
    Data options = List();
    for (auto [value, label] : {std::pair{"no_need", "No need"}, std::pair{"standard", "Standard"},
                                std::pair{"severe", "Severe"}}) {
      Data option;
      option.set("value", value);
      option.set("label", label);
      option.set("selected", severity == value);
      options.push_back(option);
    }
    row.set("options", options);
    SetIfAny(row, "error", ErrorFor(refused, field));
    needs.push_back(row);
  }
  page.set("needs", needs);
  Data flags = List();
  for (auto [name, label, on] :
       {std::tuple{"parentingResponsibilities", "Parenting responsibilities",
                   a != nullptr && a->parenting_responsibilities},
        std::tuple{"impulsivity", "Impulsivity", a != nullptr && a->impulsivity},
        std::tuple{"temperControl", "Temper control", a != nullptr && a->temper_control}}) {
    Data flag;
    flag.set("id", name);
    flag.set("label", label);
    flag.set("checked", Checked(typed, name, on));
    flags.push_back(flag);
  }
  page.set("flags", flags);
  for (auto [field, key] :
       {std::pair{"assessedOn", "assessed_on_error"}, std::pair{"rsr", "rsr_error"},
        std::pair{"rosh", "rosh_error"}, std::pair{"ogrsTwoYearPercent", "ogrs_error"},
        std::pair{"needs", "needs_error"}}) {
    SetIfAny(page, key, ErrorFor(refused, field));
  }
  page.set("csrf_token", session.csrf_token);
  return FormPage(refused, "assessment", std::move(page),
                  LayoutFor(session, "Record an assessment – " + view->name, nullptr));
}

Response PostAssessment(const app::Context& ctx, Request& request, const app::Session& session) {
  FormFields form = request.Form();
  app::AssessmentRequest a;
  // The form's text is read as numbers here; the use case checks every value's range.
  std::vector<FieldError> unreadable;
  a.assessed_on = form["assessedOn"];
  if (const std::string& text = form["rsr"]; !text.empty()) {
    double rsr = 0;
    auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), rsr);
    if (ec != std::errc() || end != text.data() + text.size()) {
      unreadable.push_back(
          {"rsr", "INVALID_FORMAT", "Enter RSR as a percentage, for example 6.95."});
    } else {
      a.rsr_percent = rsr;
    }
  }
  a.rosh = form["rosh"];
  for (tier::Need need : tier::kNeeds) {
    const std::string code = tier::NeedCode(need);
    if (const std::string& severity = form["needs." + code]; !severity.empty()) {
      a.needs.emplace_back(code, severity);
    }
  }
  a.parenting_responsibilities = form["parentingResponsibilities"] == "yes";
  a.impulsivity = form["impulsivity"] == "yes";
  a.temper_control = form["temperControl"] == "yes";
  if (const std::string& text = form["ogrsTwoYearPercent"]; !text.empty()) {
    if (auto ogrs = http::ParseWholeNumber(text)) {
      a.ogrs_two_year_percent = *ogrs;
    } else {
      unreadable.push_back({"ogrsTwoYearPercent", "INVALID_FORMAT",
                            "Enter OGRS3 (2 year) as a whole percentage, for example 55."});
    }
  }
  if (!unreadable.empty()) {
    Error refused = InvalidArgument(std::move(unreadable));
    return AssessmentPage(ctx, request, session, &refused, &form);
  }
  auto saved = app::RecordAssessment(ctx, session.actor, request.Param("crn"), a);
  if (!saved) {
    return AssessmentPage(ctx, request, session, &saved.error(), &form);
  }
  return Response::Redirect("/cases/" + saved->crn + "?tier=assessment#tier-panel");
}

Response RegistrationsPage(const app::Context& ctx, Request& request, const app::Session& session,
                           const Error* refused, const FormFields* typed) {
  auto view = app::ViewTier(ctx, session.actor, request.Param("crn"));
  if (!view) {
    return ErrorPage(&session, view.error());
  }
  Data page;
  page.set("crn", view->crn);
  page.set("name", view->name);
  page.set("tier", view->tier ? view->tier->result.Code() : "Not tiered");
  Data rows = List();
  for (const auto& r : view->registrations) {
    Data row;
    row.set("id", std::to_string(r.id));
    row.set("code", person::RegisterCode(r.type));
    row.set("name", person::RegisterName(r.type));
    row.set("level", r.level ? tier::MappaLevelCode(*r.level) : "");
    row.set("registered_on", FormatDateLong(r.registered_on));
    rows.push_back(row);
  }
  page.set("has_registrations", !view->registrations.empty());
  page.set("registrations", rows);
  const std::string chosen = Typed(typed, "register", "");
  Data registers = List();
  for (int i = 0; i <= static_cast<int>(person::Register::kUnsupervised); ++i) {
    const auto r = static_cast<person::Register>(i);
    Data option;
    option.set("code", person::RegisterCode(r));
    option.set("name", person::RegisterName(r));
    option.set("selected", chosen == person::RegisterCode(r));
    registers.push_back(option);
  }
  page.set("registers", registers);
  const std::string level = Typed(typed, "level", "");
  Data levels = List();
  for (const char* code : {"M1", "M2", "M3"}) {
    Data option;
    option.set("code", code);
    option.set("selected", level == code);
    levels.push_back(option);
  }
  page.set("levels", levels);
  page.set("registered_on", Typed(typed, "registeredOn", ""));
  for (auto [field, key] :
       {std::pair{"register", "register_error"}, std::pair{"level", "level_error"},
        std::pair{"registeredOn", "registered_on_error"}}) {
    SetIfAny(page, key, ErrorFor(refused, field));
  }
  page.set("csrf_token", session.csrf_token);
  return FormPage(refused, "registrations", std::move(page),
                  LayoutFor(session, "Registrations – " + view->name, nullptr));
}

Response PostRegistration(const app::Context& ctx, Request& request, const app::Session& session) {
  FormFields form = request.Form();
  app::RegistrationRequest r{form["register"], form["level"], form["registeredOn"]};
  auto added = app::AddRegistration(ctx, session.actor, request.Param("crn"), r);
  if (!added) {
    return RegistrationsPage(ctx, request, session, &added.error(), &form);
  }
  return Response::Redirect("/cases/" + added->crn + "?tier=registration#tier-panel");
}

Response PostRemoval(const app::Context& ctx, Request& request, const app::Session& session) {
  const std::int64_t id = http::ParseWholeNumber(request.Param("id")).value_or(0);
  auto removed = app::RemoveRegistration(ctx, session.actor, request.Param("crn"), id);
  if (!removed) {
    return RegistrationsPage(ctx, request, session, &removed.error(), nullptr);
  }
  return Response::Redirect("/cases/" + removed->crn + "?tier=removed#tier-panel");
}

}  // namespace

std::string TierUpdatedMessage(const std::string& what) {
  if (what == "assessment") {
    return "The assessment has been saved.";
  }
  if (what == "registration") {
    return "The registration has been added.";
  }
  if (what == "removed") {
    return "The registration has been removed.";
  }
  return "";
}

void AddAssessmentPages(http::Router& router, const app::Context& ctx) {
  router.Get("/cases/{crn}/assessment", Page(ctx, [&ctx](Request& r, const app::Session& s) {
               return AssessmentPage(ctx, r, s, nullptr, nullptr);
             }));
  router.Post("/cases/{crn}/assessment", Form(ctx, [&ctx](Request& r, const app::Session& s) {
                return PostAssessment(ctx, r, s);
              }));
  router.Get("/cases/{crn}/registrations", Page(ctx, [&ctx](Request& r, const app::Session& s) {
               return RegistrationsPage(ctx, r, s, nullptr, nullptr);
             }));
  router.Post("/cases/{crn}/registrations", Form(ctx, [&ctx](Request& r, const app::Session& s) {
                return PostRegistration(ctx, r, s);
              }));
  router.Post(
      "/cases/{crn}/registrations/{id}/removal",
      Form(ctx, [&ctx](Request& r, const app::Session& s) { return PostRemoval(ctx, r, s); }));
}

}  // namespace probity::web
