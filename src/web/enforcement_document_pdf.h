// A warning letter or breach pack (app/enforcement_documents.h) as a PDF: each block of the
// document printed as the page shows it, in DejaVu Sans so any UTF-8 name prints.
#pragma once

#include <string>

#include "app/enforcement_documents.h"
#include "core/result.h"

namespace probity::web {

// The PDF's bytes; kInternal when it cannot be written (e.g. its font is missing).
Result<std::string> RenderDocumentPdf(const app::EnforcementDocument& document);

// "warning-letter-X123456-12.pdf" or "breach-pack-X123456-13.pdf".
std::string DocumentPdfFileName(const app::DocumentView& view);

}  // namespace probity::web
