#include "web/enforcement_document_pdf.h"

#include <vector>

#include "pdf/document.h"

namespace probity::web {

Result<std::string> RenderDocumentPdf(const app::EnforcementDocument& document) {
  pdf::Document doc(document.title);
  for (const auto& b : document.blocks) {
    switch (b.kind) {
      case app::DocumentBlock::Kind::kTitle:
        doc.Title(b.text);
        break;
      case app::DocumentBlock::Kind::kHeading:
        doc.Heading(b.text);
        break;
      case app::DocumentBlock::Kind::kParagraph:
        doc.Paragraph(b.text);
        break;
      case app::DocumentBlock::Kind::kField:
        doc.Field(b.text, b.value);
        break;
      case app::DocumentBlock::Kind::kTable: {
        std::vector<pdf::Column> columns;
        columns.reserve(b.columns.size());
        for (const auto& c : b.columns) {
          columns.push_back({c.heading, c.width_percent / 100.0});
        }
        doc.Table(std::move(columns), b.rows);
        break;
      }
      case app::DocumentBlock::Kind::kSignature:
        doc.SignatureLine(b.text);
        break;
    }
  }
  return doc.Render();
}

std::string DocumentPdfFileName(const app::DocumentView& view) {
  const char* what =
      view.action.kind == enforcement::ActionKind::kWarning ? "warning-letter" : "breach-pack";
  return std::string(what) + "-" + view.crn + "-" + std::to_string(view.action.id) + ".pdf";
}

}  // namespace probity::web
