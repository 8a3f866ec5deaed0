// Warning letters and breach packs (issue 5 part 4), built from the record: the warning letter of
// ENF-2 (the failure, that it is unacceptable, the 12-month liability, the 7 days to respond) and
// the breach report for court (the order, its requirements, the chronology of appointments,
// decisions and warnings, RAR days delivered against ordered, the rule applied). The officer
// reviews the live draft and submits it; the submitted document is stored as it stood and never
// changes afterwards, whatever later happens to the record.
//
// A document is a list of blocks that both the HTML page and the PDF print one for one, so the two
// always say the same thing; a submitted one is stored in the simple text form below and read back
// block for block.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "app/actor.h"
#include "app/enforcement_orders.h"
#include "app/ports.h"
#include "core/result.h"

namespace probity::app {

struct DocumentColumn {
  std::string heading;
  int width_percent = 0;  // a table's widths add up to 100
  friend bool operator==(const DocumentColumn&, const DocumentColumn&) = default;
};

struct DocumentBlock {
  enum class Kind { kTitle, kHeading, kParagraph, kField, kTable, kSignature };
  Kind kind = Kind::kParagraph;
  std::string text;   // title, heading, paragraph, signature label; a field's label
  std::string value;  // a field's value
  std::vector<DocumentColumn> columns;         // a table's
  std::vector<std::vector<std::string>> rows;  // a table's, one cell per column
  friend bool operator==(const DocumentBlock&, const DocumentBlock&) = default;
};

struct EnforcementDocument {
  std::string kind;   // "warning_letter" | "breach_pack" (FrozenDocument::kind)
  std::string title;  // e.g. "Warning letter – Ann Test (X000001)": the PDF's title and footer
  std::vector<DocumentBlock> blocks;
  friend bool operator==(const EnforcementDocument&, const EnforcementDocument&) = default;
};

// The document as stored in enforcement_document.content: a first line "probity-document 1",
// then one line per block or table row, its fields separated by tabs, with backslash, tab and
// line breaks escaped ("\\", "\t", "\n", "\r").
std::string SerialiseDocument(const EnforcementDocument& document);
// Reads SerialiseDocument's text back; kInternal when it is not in that form.
Result<EnforcementDocument> ParseDocument(const std::string& text);

// Everything a letter or pack says, gathered from the record by the use cases below.
struct DocumentFacts {
  person::Person person;
  std::string officer_name;  // the responsible officer now; empty when unallocated
  std::string team_name;
  ActionRecord action;     // the warning or breach the document is for
  OrderEnforcement order;  // its order, with failures, actions, court outcomes and state
  sentence::Event event;   // the conviction the order was made on
  sentence::Sentence sentence;
  std::vector<RarSummary> rar;                 // the order's RAR requirements, counted today
  std::vector<ContactView> appointments;       // the order's appointments up to today, oldest first
  std::vector<OutcomeCorrection> corrections;  // outcomes corrected, for the chronology
  Date today{};
};

// The warning letter (ENF-2) or the breach report for court, as the record stands. Pure.
// REQUIRES: facts.action is the failure's warning (letter) or breach (pack) in facts.order.
EnforcementDocument BuildWarningLetter(const DocumentFacts& facts);
EnforcementDocument BuildBreachPack(const DocumentFacts& facts);

struct DocumentView {
  std::string crn;
  std::string person_name;
  ActionRecord action;
  EnforcementDocument document;             // the live draft, or the frozen document once submitted
  std::optional<FrozenDocument> submitted;  // content left empty: `document` is it, parsed
  std::optional<Date> due;  // a breach pack: due within the rule's 10 working days of the breach
};

// The letter (for a warning) or pack (for a breach) of the person's action `action` (audited
// "enforcement.document.view"): the frozen document once submitted, otherwise the draft built now.
// `expected`: the kind the caller asks for (a letter's or pack's page); nullopt for either.
// kInvalidArgument (actionId) for an id that is not positive; kNotFound when the person has no
// such action; kFailedPrecondition when it is of the other kind, or withdrawn and never submitted.
Result<DocumentView> ViewEnforcementDocument(const Context& ctx, const Actor& actor,
                                             const std::string& crn, std::int64_t action,
                                             std::optional<enforcement::ActionKind> expected);

// The officer, having reviewed the draft, submits it (audited "enforcement.document.submit"): the
// document as built now is stored and frozen in the same transaction. Refused as the view is, and
// kFailedPrecondition when it was already submitted; nothing is stored on refusal.
Result<DocumentView> SubmitEnforcementDocument(const Context& ctx, const Actor& actor,
                                               const std::string& crn, std::int64_t action,
                                               std::optional<enforcement::ActionKind> expected);

}  // namespace probity::app
