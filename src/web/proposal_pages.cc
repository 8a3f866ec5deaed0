#include "web/proposal_pages.h"

#include <charconv>
#include <map>

#include "app/access_policy.h"
#include "app/proposals.h"
#include "domain/need/need_area.h"
#include "http/problem.h"
#include "web/page_support.h"
#include "web/proposal_sheet.h"

namespace probity::web {
namespace {

using http::Request;
using http::Response;

// The message for `field` in a refused form, "" when it is not at fault.
std::string ErrorFor(const Error* refused, std::string_view field) {
  if (refused != nullptr) {
    for (const auto& f : refused->fields) {
      if (f.field.rfind(field, 0) == 0) {
        return f.message;
      }
    }
  }
  return "";
}

// The box a need area offers for RAR-10's treatment requirements.
const char* TreatmentLabel(need::NeedArea area) {
  switch (area) {
    case need::NeedArea::kAlcoholMisuse:
    case need::NeedArea::kDrugMisuse:
      return "Dependent";
    case need::NeedArea::kEmotionalManagement:
      return "Diagnosed";
    default:
      return nullptr;
  }
}

Response ProposalForm(const app::Context& ctx, Request& request, const app::Session& session,
                      const Error* refused, const FormFields* typed) {
  auto start = app::StartProposal(ctx, session.actor, request.Param("crn"));
  if (!start) {
    return ErrorPage(&session, start.error());
  }
  Data page;
  page.set("crn", start->crn);
  page.set("name", start->name);
  if (start->ogrs_on_record) {
    page.set("ogrs", std::to_string(*start->ogrs_on_record));
  }
  SetIfAny(page, "offence", start->offence_description);
  page.set("offence_category", start->offence_category);
  page.set("convicted", start->conviction_date ? FormatDateLong(*start->conviction_date) : "");
  page.set("court", start->court);
  bool assessed = false;
  Data needs = List();
  for (const auto& n : start->needs) {
    auto area = need::ParseNeedArea(n.area);
    std::string severity = Typed(typed, "severity-" + n.area, n.severity);
    assessed = assessed || !n.severity.empty();
    Data row;
    row.set("code", n.area);
    row.set("name", area ? need::NeedAreaName(*area) : n.area);
    row.set("none", severity.empty());
    row.set("standard", severity == "standard");
    row.set("severe", severity == "severe");
    row.set("linked", Typed(typed, "linked-" + n.area, "") == "yes");
    if (const char* label = area ? TreatmentLabel(*area) : nullptr) {
      row.set("treatment_label", label);
      row.set("treatment", Typed(typed, "treatment-" + n.area, "") == "yes");
    }
    needs.push_back(row);
  }
  page.set("needs", needs);
  page.set("assessed", assessed);
  page.set("sexual_offending", typed != nullptr ? Typed(typed, "sexualOffending", "") == "yes"
                                                : start->sexual_offending);
  std::string area = Typed(typed, "area", start->area_code);
  Data areas = List();
  for (const auto& a : start->areas) {
    Data option;
    option.set("code", a.code);
    option.set("name", a.name);
    option.set("selected", a.code == area);
    areas.push_back(option);
  }
  page.set("areas", areas);
  page.set("justification", Typed(typed, "exceptionalJustification", ""));
  struct OgrsField {
    const char* id;
    const char* label;
    const char* hint;
    std::string from_record;
  };
  const OgrsField ogrs_fields[] = {
      {"sanctionCount", "Number of sanctions",
       "All cautions and convictions, the current one included", ""},
      {"ageAtFirstSanction", "Age at first sanction", "In whole years", ""},
      {"convictionDate", "Date of conviction", "YYYY-MM-DD",
       start->conviction_date ? FormatDate(*start->conviction_date) : ""},
      {"offenceCategory", "Offence category (OGRS3)",
       "For example violence, burglary_domestic or other", start->offence_category},
  };
  Data fields = List();
  for (const auto& f : ogrs_fields) {
    Data field;
    field.set("id", f.id);
    field.set("label", f.label);
    field.set("hint", f.hint);
    field.set("value", Typed(typed, f.id, f.from_record));
    SetIfAny(field, "error", ErrorFor(refused, f.id));
    fields.push_back(field);
  }
  page.set("ogrs_fields", fields);
  SetIfAny(page, "needs_error", ErrorFor(refused, "needs"));
  SetIfAny(page, "area_error", ErrorFor(refused, "area"));
  SetIfAny(page, "justification_error", ErrorFor(refused, "exceptionalJustification"));
  Data earlier = List();
  for (const auto& p : start->earlier) {
    Data row;
    row.set("crn", start->crn);
    row.set("id", std::to_string(p.id));
    row.set("made", FormatInstant(p.proposed_at));
    row.set("by", p.proposed_by);
    row.set("area", p.area_name.empty() ? "None" : p.area_name);
    row.set("days", p.result.proposed_days ? std::to_string(*p.result.proposed_days) : "None");
    earlier.push_back(row);
  }
  page.set("has_earlier", !start->earlier.empty());
  page.set("earlier", earlier);
  page.set("csrf_token", session.csrf_token);
  return FormPage(refused, "proposal_form", std::move(page),
                  LayoutFor(session, "RAR proposal – " + start->name, nullptr));
}

// A whole number typed in a form; nullopt when blank, kInvalidArgument naming it otherwise.
Result<std::optional<int>> NumberField(const FormFields& form, const char* name) {
  auto it = form.find(name);
  if (it == form.end() || it->second.empty()) {
    return std::optional<int>();
  }
  int value = 0;
  const std::string& text = it->second;
  auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), value);
  if (ec != std::errc() || end != text.data() + text.size()) {
    return InvalidArgument(name, "INVALID_FORMAT", "Enter a whole number");
  }
  return std::optional<int>(value);
}

Response PostProposal(const app::Context& ctx, Request& request, const app::Session& session) {
  FormFields form = request.Form();
  app::ProposalRequest q;
  for (auto area : need::kNeedAreas) {
    std::string code = need::NeedAreaCode(area);
    proposal::Need n;
    n.area = code;
    n.severity = form["severity-" + code];
    n.linked_to_offending = form["linked-" + code] == "yes";
    bool treatment = form["treatment-" + code] == "yes";
    n.diagnosed = treatment && area == need::NeedArea::kEmotionalManagement;
    n.dependent = treatment && area != need::NeedArea::kEmotionalManagement;
    q.needs.push_back(std::move(n));
  }
  q.sexual_offending = form["sexualOffending"] == "yes";
  q.justification = form["exceptionalJustification"];
  q.area = form["area"];
  q.conviction_date = form["convictionDate"];
  q.offence_category = form["offenceCategory"];
  for (auto [name, into] : {std::pair{"sanctionCount", &q.sanction_count},
                            std::pair{"ageAtFirstSanction", &q.age_at_first_sanction}}) {
    auto number = NumberField(form, name);
    if (!number) {
      return ProposalForm(ctx, request, session, &number.error(), &form);
    }
    *into = *number;
  }
  auto made = app::MakeProposal(ctx, session.actor, request.Param("crn"), q);
  if (!made) {
    return ProposalForm(ctx, request, session, &made.error(), &form);
  }
  return Response::Redirect("/cases/" + request.Param("crn") + "/proposals/" +
                            std::to_string(made->id));
}

std::int64_t ProposalId(const Request& request) {
  std::string text = request.Param("id");
  if (text.size() > 4 && text.ends_with(".pdf")) {
    text.resize(text.size() - 4);
  }
  std::int64_t id = 0;
  auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), id);
  return ec == std::errc() && end == text.data() + text.size() ? id : 0;
}

Response ShowProposal(const app::Context& ctx, Request& request, const app::Session& session) {
  auto view = app::ViewProposal(ctx, session.actor, request.Param("crn"), ProposalId(request));
  if (!view) {
    return ErrorPage(&session, view.error());
  }
  ProposalSheet sheet = SheetFor(*view);
  if (request.Param("id").ends_with(".pdf")) {
    return PdfPage(session, RenderProposalPdf(sheet),
                   "rar-proposal-" + view->crn + "-" + std::to_string(view->proposal.id) + ".pdf");
  }
  Data page;
  page.set("crn", view->crn);
  page.set("name", view->name);
  page.set("id", std::to_string(view->proposal.id));
  page.set("headline", sheet.headline);
  page.set("subline", sheet.subline);
  Data fields = List();
  for (const auto& [label, value] : sheet.fields) {
    Data field;
    field.set("label", label);
    field.set("value", value);
    fields.push_back(field);
  }
  page.set("fields", fields);
  Data flags = List();
  for (const auto& [code, text] : sheet.flags) {
    Data flag;
    flag.set("code", code);
    flag.set("text", text);
    flags.push_back(flag);
  }
  page.set("has_flags", !sheet.flags.empty());
  page.set("flags", flags);
  Data rationale = List();
  for (const auto& sentence : sheet.rationale) {
    rationale.push_back(Data(sentence));
  }
  page.set("rationale", rationale);
  page.set("area", sheet.area);
  Data interventions = List();
  for (const auto& row : sheet.interventions) {
    Data item;
    item.set("use", row[0]);
    item.set("name", row[1]);
    item.set("provider", row[2]);
    item.set("needs", row[3]);
    item.set("days", row[4]);
    interventions.push_back(item);
  }
  page.set("has_interventions", !sheet.interventions.empty());
  page.set("interventions", interventions);
  Data needs = List();
  for (const auto& row : sheet.needs) {
    Data item;
    item.set("name", row[0]);
    item.set("severity", row[1]);
    item.set("linked", row[2]);
    needs.push_back(item);
  }
  page.set("needs", needs);
  page.set("by", view->proposal.proposed_by);
  page.set("made", sheet.made.substr(sheet.made.find(" on ") + 4));
  return Response::Html(
      200, RenderPage("proposal", std::move(page), LayoutFor(session, sheet.title, nullptr)));
}

Response AreasPage(const app::Context& ctx, const app::Session& session) {
  auto areas = app::ListAreas(ctx, session.actor);
  if (!areas) {
    return ErrorPage(&session, areas.error());
  }
  Data page;
  Data list = List();
  for (const auto& a : *areas) {
    Data item;
    item.set("code", a.code);
    item.set("name", a.name);
    list.push_back(item);
  }
  page.set("areas", list);
  return Response::Html(200, RenderPage("areas", std::move(page),
                                        LayoutFor(session, "Interventions", "nav_interventions")));
}

Response CataloguePage(const app::Context& ctx, Request& request, const app::Session& session,
                       const Error* refused, const FormFields* typed) {
  bool withdrawn = request.Query("withdrawn") == "true";
  auto view = app::ViewCatalogue(ctx, session.actor, request.Param("area"), withdrawn);
  if (!view) {
    return ErrorPage(&session, view.error());
  }
  bool can_edit = app::CheckCatalogueAccess(session.actor).has_value();
  Data page;
  page.set("area", view->area.name);
  page.set("area_code", view->area.code);
  page.set("withdrawn", withdrawn);
  page.set("can_edit", can_edit);
  page.set("csrf_token", session.csrf_token);
  Data kinds = List();
  for (auto kind :
       {proposal::InterventionKind::kRarActivity, proposal::InterventionKind::kAccreditedProgramme,
        proposal::InterventionKind::kTreatment}) {
    Data rows = List();
    for (const auto& e : view->entries) {
      const auto& i = e.intervention;
      if (i.kind != kind) {
        continue;
      }
      Data row;
      row.set("code", i.code);
      row.set("name", i.name);
      row.set("description", i.description);
      row.set("provider", i.provider);
      std::string needs;
      for (const auto& code : i.need_areas) {
        auto area = need::ParseNeedArea(code);
        needs += (needs.empty() ? "" : ", ") + std::string(area ? need::NeedAreaName(*area) : code);
      }
      row.set("needs", needs + (i.sexual_offending ? " (sexual offending)" : ""));
      row.set("delivery", i.delivery == proposal::Delivery::kGroup ? "Group" : "One-to-one");
      row.set("days", std::to_string(i.typical_days));
      SetIfAny(row, "withdrawn_on", e.withdrawn_on ? FormatDateLong(*e.withdrawn_on) : "");
      row.set("area_code", view->area.code);
      row.set("can_edit", can_edit);
      row.set("csrf_token", session.csrf_token);
      rows.push_back(row);
    }
    Data section;
    section.set("code", proposal::InterventionKindCode(kind));
    section.set("name", proposal::InterventionKindName(kind));
    section.set("rows", rows);
    section.set("can_edit", can_edit);
    kinds.push_back(section);
  }
  page.set("kinds", kinds);
  struct TextField {
    const char* id;
    const char* label;
    const char* width;
  };
  Data fields = List();
  for (const TextField& f : {TextField{"code", "Code (letters, digits and hyphens)", "10"},
                             TextField{"name", "Name", ""}, TextField{"provider", "Provider", "20"},
                             TextField{"typicalDays", "Typical RAR days (or sessions)", "3"},
                             TextField{"description", "Description", ""}}) {
    Data field;
    field.set("id", f.id);
    field.set("label", f.label);
    SetIfAny(field, "width", f.width);
    field.set("value", Typed(typed, f.id, ""));
    SetIfAny(field, "error", ErrorFor(refused, f.id));
    fields.push_back(field);
  }
  page.set("text_fields", fields);
  std::string kind = Typed(typed, "kind", "rar_activity");
  Data kind_options = List();
  for (auto k :
       {proposal::InterventionKind::kRarActivity, proposal::InterventionKind::kAccreditedProgramme,
        proposal::InterventionKind::kTreatment}) {
    Data option;
    option.set("value", proposal::InterventionKindCode(k));
    option.set("label", proposal::InterventionKindName(k));
    option.set("selected", kind == proposal::InterventionKindCode(k));
    kind_options.push_back(option);
  }
  page.set("kind_options", kind_options);
  page.set("group", Typed(typed, "delivery", "") == "group");
  Data need_options = List();
  for (auto area : need::kNeedAreas) {
    std::string code = need::NeedAreaCode(area);
    Data option;
    option.set("code", code);
    option.set("name", need::NeedAreaName(area));
    option.set("checked", Typed(typed, "need-" + code, "") == "yes");
    need_options.push_back(option);
  }
  page.set("need_options", need_options);
  page.set("sexual", Typed(typed, "sexualOffending", "") == "yes");
  SetIfAny(page, "needs_error", ErrorFor(refused, "needAreas"));
  SetIfAny(page, "sexual_error", ErrorFor(refused, "sexualOffending"));
  return FormPage(refused, "catalogue", std::move(page),
                  LayoutFor(session, "Interventions in " + view->area.name, "nav_interventions"));
}

Response PostIntervention(const app::Context& ctx, Request& request, const app::Session& session) {
  FormFields form = request.Form();
  proposal::Intervention i;
  i.code = form["code"];
  i.name = form["name"];
  i.provider = form["provider"];
  i.description = form["description"];
  i.kind = proposal::ParseInterventionKind(form["kind"])
               .value_or(proposal::InterventionKind::kRarActivity);
  i.delivery = proposal::ParseDelivery(form["delivery"]).value_or(proposal::Delivery::kOneToOne);
  for (auto area : need::kNeedAreas) {
    std::string code = need::NeedAreaCode(area);
    if (form["need-" + code] == "yes") {
      i.need_areas.push_back(code);
    }
  }
  i.sexual_offending = form["sexualOffending"] == "yes";
  auto days = NumberField(form, "typicalDays");
  if (!days) {
    return CataloguePage(ctx, request, session, &days.error(), &form);
  }
  i.typical_days = days->value_or(0);
  auto added = app::AddIntervention(ctx, session.actor, request.Param("area"), i);
  if (!added) {
    if (added.error().code == ErrorCode::kInvalidArgument) {
      return CataloguePage(ctx, request, session, &added.error(), &form);
    }
    return ErrorPage(&session, added.error());
  }
  return Response::Redirect("/areas/" + added->area.code + "/interventions");
}

Response PostWithdrawal(const app::Context& ctx, Request& request, const app::Session& session) {
  auto done =
      app::WithdrawIntervention(ctx, session.actor, request.Param("area"), request.Param("code"));
  if (!done) {
    return ErrorPage(&session, done.error());
  }
  return Response::Redirect("/areas/" + done->area.code + "/interventions");
}

}  // namespace

void AddProposalPages(http::Router& router, const app::Context& ctx) {
  router.Get("/cases/{crn}/proposal", Page(ctx, [&ctx](Request& r, const app::Session& s) {
               return ProposalForm(ctx, r, s, nullptr, nullptr);
             }));
  router.Post("/cases/{crn}/proposal", Form(ctx, [&ctx](Request& r, const app::Session& s) {
                return PostProposal(ctx, r, s);
              }));
  router.Get("/cases/{crn}/proposals/{id}", Page(ctx, [&ctx](Request& r, const app::Session& s) {
               return ShowProposal(ctx, r, s);
             }));
  router.Get("/areas",
             Page(ctx, [&ctx](Request&, const app::Session& s) { return AreasPage(ctx, s); }));
  router.Get("/areas/{area}/interventions", Page(ctx, [&ctx](Request& r, const app::Session& s) {
               return CataloguePage(ctx, r, s, nullptr, nullptr);
             }));
  router.Post("/areas/{area}/interventions", Form(ctx, [&ctx](Request& r, const app::Session& s) {
                return PostIntervention(ctx, r, s);
              }));
  router.Post(
      "/areas/{area}/interventions/{code}/withdrawal",
      Form(ctx, [&ctx](Request& r, const app::Session& s) { return PostWithdrawal(ctx, r, s); }));
}

}  // namespace probity::web
