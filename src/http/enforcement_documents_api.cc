#include "http/enforcement_documents_api.h"

#include <chrono>

#include <boost/json.hpp>

#include "app/enforcement_documents.h"
#include "http/api_support.h"

namespace probity::http {
namespace {

namespace json = boost::json;

constexpr int kCreated = 201;

json::object BlockObject(const app::DocumentBlock& b) {
  switch (b.kind) {
    case app::DocumentBlock::Kind::kTitle:
      return {{"type", "title"}, {"text", b.text}};
    case app::DocumentBlock::Kind::kHeading:
      return {{"type", "heading"}, {"text", b.text}};
    case app::DocumentBlock::Kind::kParagraph:
      return {{"type", "paragraph"}, {"text", b.text}};
    case app::DocumentBlock::Kind::kSignature:
      return {{"type", "signature"}, {"text", b.text}};
    case app::DocumentBlock::Kind::kField:
      return {{"type", "field"}, {"label", b.text}, {"value", b.value}};
    case app::DocumentBlock::Kind::kTable: {
      json::array columns;
      for (const auto& c : b.columns) {
        columns.push_back(json::object{{"heading", c.heading}, {"widthPercent", c.width_percent}});
      }
      json::array rows;
      for (const auto& r : b.rows) {
        json::array cells;
        for (const auto& cell : r) {
          cells.emplace_back(cell);
        }
        rows.emplace_back(std::move(cells));
      }
      return {{"type", "table"}, {"columns", std::move(columns)}, {"rows", std::move(rows)}};
    }
  }
  return {};
}

std::string DocumentJson(const app::DocumentView& view) {
  const bool warning = view.action.kind == enforcement::ActionKind::kWarning;
  const std::string page = "/cases/" + view.crn + "/enforcement/" + std::to_string(view.action.id) +
                           (warning ? "/letter" : "/breach-pack");
  json::array blocks;
  for (const auto& b : view.document.blocks) {
    blocks.emplace_back(BlockObject(b));
  }
  json::object o{{"crn", view.crn},
                 {"name", view.person_name},
                 {"actionId", view.action.id},
                 {"action", enforcement::ActionKindCode(view.action.kind)},
                 {"kind", view.document.kind},
                 {"status", view.submitted ? "submitted" : "draft"},
                 {"submittedAt", nullptr},
                 {"submittedBy", nullptr},
                 {"dueBy", nullptr},
                 {"title", view.document.title},
                 {"blocks", std::move(blocks)},
                 {"links", json::object{{"html", page}, {"pdf", page + ".pdf"}}}};
  if (view.submitted) {
    o["submittedAt"] = FormatInstant(view.submitted->submitted_at);
    o["submittedBy"] = view.submitted->submitted_by;
  }
  if (view.due) {
    o["dueBy"] = FormatDate(*view.due);
  }
  return json::serialize(o);
}

}  // namespace

void AddEnforcementDocumentRoutes(Router& router, const app::Context& ctx) {
  const std::string base = "/api/v1/people/{crn}/enforcement/{actionId}/document";
  router.Get(base, Authenticated(ctx, [&ctx](Request& r, const app::Actor& actor) {
               return JsonOr(app::ViewEnforcementDocument(ctx, actor, r.Param("crn"),
                                                          PathId(r, "actionId"), std::nullopt),
                             &DocumentJson);
             }));
  router.Post(base + "/submission", Authenticated(ctx, [&ctx](Request& r, const app::Actor& actor) {
                return JsonOr(app::SubmitEnforcementDocument(ctx, actor, r.Param("crn"),
                                                             PathId(r, "actionId"), std::nullopt),
                              &DocumentJson, kCreated);
              }));
}

}  // namespace probity::http
