#include "web/enforcement_documents_pages.h"

#include <cctype>

#include "app/enforcement_documents.h"
#include "http/problem.h"
#include "web/enforcement_document_pdf.h"
#include "web/page_support.h"

namespace probity::web {
namespace {

using enforcement::ActionKind;
using http::Request;
using http::Response;

const char* WhatName(ActionKind kind) {
  return kind == ActionKind::kWarning ? "warning letter" : "breach pack";
}

const char* PathSegment(ActionKind kind) {
  return kind == ActionKind::kWarning ? "letter" : "breach-pack";
}

// "Failures before the court" -> "failures-before-the-court": the table after a heading gets it
// as its id.
std::string Slug(const std::string& text) {
  std::string out;
  for (char c : text) {
    if (std::isalnum(static_cast<unsigned char>(c)) != 0) {
      out += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    } else if (!out.empty() && out.back() != '-') {
      out += '-';
    }
  }
  return out;
}

const char* FlagOf(app::DocumentBlock::Kind kind) {
  switch (kind) {
    case app::DocumentBlock::Kind::kTitle:
      return "is_title";
    case app::DocumentBlock::Kind::kHeading:
      return "is_heading";
    case app::DocumentBlock::Kind::kParagraph:
      return "is_paragraph";
    case app::DocumentBlock::Kind::kField:
      return "is_fields";
    case app::DocumentBlock::Kind::kTable:
      return "is_table";
    case app::DocumentBlock::Kind::kSignature:
      return "is_signature";
  }
  return "is_paragraph";
}

// A template block with exactly one is_* flag true (kainjow looks a missing flag up in the
// enclosing context, so every flag is set).
Data Flagged(app::DocumentBlock::Kind kind) {
  Data block;
  for (auto k : {app::DocumentBlock::Kind::kTitle, app::DocumentBlock::Kind::kHeading,
                 app::DocumentBlock::Kind::kParagraph, app::DocumentBlock::Kind::kField,
                 app::DocumentBlock::Kind::kTable, app::DocumentBlock::Kind::kSignature}) {
    block.set(FlagOf(k), k == kind);
  }
  return block;
}

Data TableBlock(const app::DocumentBlock& b, const std::string& heading) {
  Data block = Flagged(app::DocumentBlock::Kind::kTable);
  if (!heading.empty()) {
    block.set("id", Slug(heading));
  }
  Data columns = List();
  for (const auto& c : b.columns) {
    Data column;
    column.set("heading", c.heading);
    column.set("width", std::to_string(c.width_percent));
    columns.push_back(column);
  }
  block.set("columns", columns);
  Data rows = List();
  for (const auto& r : b.rows) {
    Data row;
    Data cells = List();
    bool failure = false;
    for (const auto& cell : r) {
      failure = failure || cell.rfind("FAILURE", 0) == 0;
      cells.push_back(Data(cell));
    }
    row.set("cells", cells);
    row.set("failure", failure);
    rows.push_back(row);
  }
  block.set("rows", rows);
  return block;
}

// The document's blocks for the template; consecutive fields make one summary list.
Data Blocks(const app::EnforcementDocument& document) {
  Data blocks = List();
  Data fields = List();
  bool in_fields = false;
  std::string heading;
  auto flush = [&] {
    if (in_fields) {
      Data block = Flagged(app::DocumentBlock::Kind::kField);
      block.set("fields", fields);
      blocks.push_back(block);
      fields = List();
      in_fields = false;
    }
  };
  for (const auto& b : document.blocks) {
    if (b.kind == app::DocumentBlock::Kind::kField) {
      Data field;
      field.set("label", b.text);
      field.set("value", b.value);
      fields.push_back(field);
      in_fields = true;
      continue;
    }
    flush();
    if (b.kind == app::DocumentBlock::Kind::kTable) {
      blocks.push_back(TableBlock(b, heading));
    } else {
      Data block = Flagged(b.kind);
      block.set("text", b.text);
      blocks.push_back(block);
    }
    if (b.kind == app::DocumentBlock::Kind::kHeading) {
      heading = b.text;
    }
  }
  flush();
  return blocks;
}

std::string DocumentPath(const Request& r, ActionKind kind) {
  return "/cases/" + r.Param("crn") + "/enforcement/" + r.Param("actionId") + "/" +
         PathSegment(kind);
}

std::int64_t ActionId(const Request& r) {
  return http::ParseWholeNumber(r.Param("actionId")).value_or(0);
}

Response DocumentResponse(const app::Context& ctx, Request& request, const app::Session& session,
                          ActionKind kind, const Error* refused) {
  auto view = app::ViewEnforcementDocument(ctx, session.actor, request.Param("crn"),
                                           ActionId(request), kind);
  if (!view) {
    return ErrorPage(&session, view.error());
  }
  Data page;
  page.set("crn", view->crn);
  page.set("name", view->person_name);
  page.set("what", WhatName(kind));
  page.set("path", DocumentPath(request, kind));
  page.set("pdf_link", DocumentPath(request, kind) + ".pdf");
  page.set("csrf_token", session.csrf_token);
  if (view->submitted) {
    Data submitted;
    submitted.set(
        "on", FormatDateLong(std::chrono::floor<std::chrono::days>(view->submitted->submitted_at)));
    submitted.set("by", view->submitted->submitted_by);
    page.set("submitted", submitted);
  } else {
    page.set("submitted", false);
  }
  if (view->due) {
    page.set("due", FormatDateLong(*view->due));
  }
  page.set("blocks", Blocks(view->document));
  std::string title = view->document.title;
  if (refused != nullptr) {
    SetErrors(page, *refused);
    title = "Error: " + title;
  }
  return Response::Html(
      refused != nullptr ? http::StatusFor(refused->code) : 200,
      RenderPage("enforcement_document", std::move(page), LayoutFor(session, title, nullptr)));
}

Response PdfResponse(const app::Context& ctx, Request& request, const app::Session& session,
                     ActionKind kind) {
  auto view = app::ViewEnforcementDocument(ctx, session.actor, request.Param("crn"),
                                           ActionId(request), kind);
  if (!view) {
    return ErrorPage(&session, view.error());
  }
  return PdfPage(session, RenderDocumentPdf(view->document), DocumentPdfFileName(*view));
}

Response PostSubmission(const app::Context& ctx, Request& request, const app::Session& session,
                        ActionKind kind) {
  auto submitted = app::SubmitEnforcementDocument(ctx, session.actor, request.Param("crn"),
                                                  ActionId(request), kind);
  if (!submitted) {
    if (submitted.error().code == ErrorCode::kFailedPrecondition) {
      // e.g. already submitted: show the document with the reason.
      return DocumentResponse(ctx, request, session, kind, &submitted.error());
    }
    return ErrorPage(&session, submitted.error());
  }
  return Response::Redirect(DocumentPath(request, kind));
}

}  // namespace

void AddEnforcementDocumentPages(http::Router& router, const app::Context& ctx) {
  for (ActionKind kind : {ActionKind::kWarning, ActionKind::kBreach}) {
    const std::string path =
        std::string("/cases/{crn}/enforcement/{actionId}/") + PathSegment(kind);
    router.Get(path, Page(ctx, [&ctx, kind](Request& r, const app::Session& s) {
                 return DocumentResponse(ctx, r, s, kind, nullptr);
               }));
    router.Get(path + ".pdf", Page(ctx, [&ctx, kind](Request& r, const app::Session& s) {
                 return PdfResponse(ctx, r, s, kind);
               }));
    router.Post(path + "/submission", Form(ctx, [&ctx, kind](Request& r, const app::Session& s) {
                  return PostSubmission(ctx, r, s, kind);
                }));
  }
}

}  // namespace probity::web
