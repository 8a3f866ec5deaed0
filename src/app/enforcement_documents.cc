#include "app/enforcement_documents.h"

#include <algorithm>
#include <charconv>
#include <chrono>
#include <tuple>

#include "app/audit.h"
#include "app/enforcement_store.h"
#include "app/person_lookup.h"
#include "app/rar_days.h"
#include "domain/calendar/working_days.h"

namespace probity::app {
namespace {

using enforcement::ActionKind;
using Block = DocumentBlock;

constexpr const char* kWarningLetter = "warning_letter";
constexpr const char* kBreachPack = "breach_pack";
constexpr const char* kFormatLine = "probity-document 1";
// Every appointment of the person up to today is read to find the order's: a three-year order
// seen weekly has about 160.
constexpr int kMaxAppointments = 5000;

// ---- the stored form ---------------------------------------------------------------------------

std::string Escape(const std::string& text) {
  std::string out;
  out.reserve(text.size());
  for (char c : text) {
    switch (c) {
      case '\\':
        out += "\\\\";
        break;
      case '\t':
        out += "\\t";
        break;
      case '\n':
        out += "\\n";
        break;
      case '\r':
        out += "\\r";
        break;
      default:
        out += c;
    }
  }
  return out;
}

Result<std::string> Unescape(const std::string& text) {
  std::string out;
  out.reserve(text.size());
  for (std::size_t i = 0; i < text.size(); ++i) {
    if (text[i] != '\\') {
      out += text[i];
      continue;
    }
    if (++i == text.size()) {
      return Internal("A stored document ends in the middle of an escape");
    }
    switch (text[i]) {
      case '\\':
        out += '\\';
        break;
      case 't':
        out += '\t';
        break;
      case 'n':
        out += '\n';
        break;
      case 'r':
        out += '\r';
        break;
      default:
        return Internal("A stored document has an unknown escape");
    }
  }
  return out;
}

void Line(std::string& out, const char* tag, const std::vector<std::string>& fields) {
  out += tag;
  for (const auto& f : fields) {
    out += '\t';
    out += Escape(f);
  }
  out += '\n';
}

const char* TagOf(Block::Kind kind) {
  switch (kind) {
    case Block::Kind::kTitle:
      return "title";
    case Block::Kind::kHeading:
      return "heading";
    case Block::Kind::kParagraph:
      return "paragraph";
    case Block::Kind::kField:
      return "field";
    case Block::Kind::kTable:
      return "table";
    case Block::Kind::kSignature:
      return "signature";
  }
  return "paragraph";
}

// ---- words -------------------------------------------------------------------------------------

std::string Lower(std::string text) {
  if (!text.empty() && text[0] >= 'A' && text[0] <= 'Z') {
    text[0] = static_cast<char>(text[0] - 'A' + 'a');
  }
  return text;
}

std::string Long(Date date) {
  return FormatDateLong(date);
}

Date DayOf(Instant at) {
  return std::chrono::floor<std::chrono::days>(at);
}

// "Community order made at Leeds Magistrates on 1 June 2026".
std::string OrderText(const DocumentFacts& f) {
  std::string text = sentence::OrderTypeName(f.sentence.type);
  if (!f.event.court.empty()) {
    text += " made at " + f.event.court;
  }
  return text + " on " + Long(f.sentence.sentence_date);
}

std::string JudgementText(const FailureRecord& failure) {
  std::string text;
  switch (failure.judgement) {
    case enforcement::Judgement::kNotYetJudged:
      return "Not yet judged";
    case enforcement::Judgement::kAwaitingEvidence:
      text = "Waiting for evidence";
      if (failure.evidence_until) {
        text += " until " + Long(*failure.evidence_until);
      }
      break;
    case enforcement::Judgement::kReasonableExcuse:
      text = "Reasonable excuse";
      break;
    case enforcement::Judgement::kNoReasonableExcuse:
      text = "No reasonable excuse";
      break;
  }
  if (!failure.reason.empty()) {
    text += ": " + failure.reason;
  }
  return text;
}

const ContactView* AppointmentOf(const DocumentFacts& f, contact::ContactId id) {
  for (const auto& a : f.appointments) {
    if (a.contact.id == id) {
      return &a;
    }
  }
  return nullptr;
}

const FailureRecord* FailureOf(const DocumentFacts& f, contact::ContactId id) {
  for (const auto& failure : f.order.failures) {
    if (failure.contact == id) {
      return &failure;
    }
  }
  return nullptr;
}

// "RAR activity appointment at 10:00 (Leeds office)".
std::string AppointmentText(contact::ContactType type, const ContactView* appointment) {
  std::string text = std::string(contact::ContactTypeName(type)) + " appointment";
  if (appointment != nullptr && !appointment->contact.start_time.empty()) {
    text += " at " + appointment->contact.start_time;
  }
  if (appointment != nullptr && !appointment->contact.location.empty()) {
    text += " (" + appointment->contact.location + ")";
  }
  return text;
}

// The rule set the failure was judged under (by its date, as Assess chose it).
enforcement::RuleSet RuleOf(const DocumentFacts& f) {
  for (const auto& s : f.order.state.failures) {
    if (s.id != f.action.failure.value()) {
      continue;
    }
    for (const auto& rule : enforcement::RuleSets()) {
      if (rule.id == s.rule_id) {
        return rule;
      }
    }
  }
  return enforcement::RuleFor(f.sentence.type, f.action.date)
      .value_or(enforcement::RuleSets().front());
}

std::string RuleText(const enforcement::RuleSet& rule) {
  return rule.id + " (" + rule.source + ")";
}

// The breach report is due within the rule's 10 working days of the breach (issue 5 part 4),
// found by the breach's date as the worklist finds it.
Date PackDue(sentence::OrderType type, Date breach) {
  auto rule = enforcement::RuleFor(type, breach).value_or(enforcement::RuleSets().front());
  return calendar::AddWorkingDays(breach, rule.breach_pack_working_days);
}

std::string OfficerName(const DocumentFacts& f) {
  return f.officer_name.empty() ? f.action.created_by : f.officer_name;
}

Block Title(std::string text) {
  return {Block::Kind::kTitle, std::move(text), "", {}, {}};
}
Block Heading(std::string text) {
  return {Block::Kind::kHeading, std::move(text), "", {}, {}};
}
Block Paragraph(std::string text) {
  return {Block::Kind::kParagraph, std::move(text), "", {}, {}};
}
Block Field(std::string label, std::string value) {
  return {Block::Kind::kField, std::move(label), std::move(value), {}, {}};
}
Block Signature(std::string label) {
  return {Block::Kind::kSignature, std::move(label), "", {}, {}};
}
Block Table(std::vector<DocumentColumn> columns, std::vector<std::vector<std::string>> rows) {
  return {Block::Kind::kTable, "", "", std::move(columns), std::move(rows)};
}

std::string DocumentTitle(const char* what, const DocumentFacts& f) {
  return std::string(what) + " – " + f.person.FullName() + " (" + f.person.crn.str() + ")";
}

// ---- the breach pack's parts -------------------------------------------------------------------

std::string LengthText(const sentence::Requirement& r) {
  if (!r.length) {
    return "";
  }
  return std::to_string(*r.length) + " " + sentence::RequirementUnit(r.type);
}

std::string StatusText(sentence::RequirementStatus status) {
  switch (status) {
    case sentence::RequirementStatus::kActive:
      return "Active";
    case sentence::RequirementStatus::kCompleted:
      return "Completed";
    case sentence::RequirementStatus::kTerminated:
      return "Terminated";
  }
  return "";
}

const RarSummary* RarOf(const DocumentFacts& f, sentence::RequirementId id) {
  for (const auto& r : f.rar) {
    if (r.requirement == id) {
      return &r;
    }
  }
  return nullptr;
}

// RAR-5..RAR-7: "3 of 20 days delivered; 1 more booked; 16 not yet instructed".
std::string RarProgressText(const rar::RarDayCount& days) {
  return std::to_string(days.completed) + " of " + std::to_string(days.ordered) +
         " days delivered; " + std::to_string(days.booked) + " more booked; " +
         std::to_string(days.remaining) + " not yet instructed";
}

Block RequirementsTable(const DocumentFacts& f) {
  std::vector<std::vector<std::string>> rows;
  rows.reserve(f.sentence.requirements.size());
  for (const auto& r : f.sentence.requirements) {
    const RarSummary* rar = RarOf(f, r.id);
    rows.push_back({sentence::RequirementTypeName(r.type), LengthText(r), StatusText(r.status),
                    rar != nullptr ? RarProgressText(rar->days) : ""});
  }
  return Table({{"Requirement", 34}, {"Ordered", 14}, {"Status", 14}, {"Progress", 38}},
               std::move(rows));
}

// The failures the court is asked to consider: the breach's own, and any failure since that
// the rule put into this pending breach.
Block FailuresTable(const DocumentFacts& f) {
  std::vector<std::vector<std::string>> rows;
  for (const auto& failure : f.order.failures) {
    bool in_breach = failure.contact == f.action.failure;
    for (const auto& s : f.order.state.failures) {
      if (s.id == failure.contact.value() &&
          s.status == enforcement::FailureStatus::kInPendingBreach &&
          failure.date >= f.action.date) {
        in_breach = true;
      }
    }
    if (!in_breach) {
      continue;
    }
    rows.push_back({Long(failure.date),
                    AppointmentText(failure.type, AppointmentOf(f, failure.contact)),
                    contact::OutcomeName(failure.outcome), JudgementText(failure)});
  }
  return Table({{"Date", 16}, {"Appointment", 30}, {"Outcome", 20}, {"Officer's decision", 34}},
               std::move(rows));
}

struct Entry {
  Date date{};
  int rank = 0;  // orders events on one day: the order, appointments, decisions, actions, court
  std::vector<std::string> cells;
};

std::vector<Entry> Chronology(const DocumentFacts& f) {
  std::vector<Entry> entries;
  entries.push_back({f.sentence.sentence_date,
                     0,
                     {Long(f.sentence.sentence_date), "Order made",
                      OrderText(f) + ", ending " + Long(f.sentence.end_date)}});
  for (const auto& a : f.appointments) {
    std::string outcome =
        a.contact.outcome ? contact::OutcomeName(*a.contact.outcome) : "No outcome recorded";
    std::string event = a.contact.outcome && contact::IsFailure(*a.contact.outcome)
                            ? "FAILURE: " + AppointmentText(a.contact.type, &a)
                            : AppointmentText(a.contact.type, &a);
    if (!a.contact.outcome_reason.empty()) {
      outcome += ": " + a.contact.outcome_reason;
    }
    entries.push_back({a.contact.date, 1, {Long(a.contact.date), event, outcome}});
  }
  for (const auto& failure : f.order.failures) {
    std::string about = "the failure of " + Long(failure.date);
    if (failure.decided_at) {
      entries.push_back({DayOf(*failure.decided_at),
                         2,
                         {Long(DayOf(*failure.decided_at)), "Decision on " + about,
                          JudgementText(failure) + " (recorded by " + failure.decided_by + ")"}});
    }
    if (failure.reviewed_at) {
      std::string review = failure.review_agreed.value_or(false) ? "Agreed" : "Disagreed";
      if (!failure.review_note.empty()) {
        review += ": " + failure.review_note;
      }
      entries.push_back({DayOf(*failure.reviewed_at),
                         3,
                         {Long(DayOf(*failure.reviewed_at)), "Manager's review of " + about,
                          review + " (" + failure.reviewed_by + ")"}});
    }
  }
  for (const auto& c : f.corrections) {
    if (AppointmentOf(f, c.contact) == nullptr) {
      continue;
    }
    entries.push_back({DayOf(c.corrected_at),
                       3,
                       {Long(DayOf(c.corrected_at)), "Outcome corrected",
                        std::string(contact::OutcomeName(c.old_outcome)) + " corrected to " +
                            contact::OutcomeName(c.new_outcome) + ": " + c.reason}});
  }
  for (const auto& a : f.order.actions) {
    const FailureRecord* failure = FailureOf(f, a.failure);
    std::string about = failure != nullptr ? "For the failure of " + Long(failure->date) + "." : "";
    std::string event;
    if (a.kind == ActionKind::kWarning) {
      event = "Warning given";
      if (a.respond_by) {
        about += " To respond by " + Long(*a.respond_by) + ".";
      }
    } else {
      event = a.id == f.action.id ? "Breach started (this report)" : "Breach started";
    }
    if (a.withdrawn) {
      about += " Withdrawn: " + a.withdrawn_reason;
    }
    entries.push_back({a.date, 4, {Long(a.date), event, about}});
  }
  for (const auto& c : f.order.court_outcomes) {
    std::string details = enforcement::CourtOutcomeName(c.kind);
    if (!c.details.empty()) {
      details += ": " + c.details;
    }
    entries.push_back({c.date, 5, {Long(c.date), "Court outcome of breach", details}});
  }
  std::stable_sort(entries.begin(), entries.end(), [](const Entry& a, const Entry& b) {
    return std::tie(a.date, a.rank) < std::tie(b.date, b.rank);
  });
  return entries;
}

Block ChronologyTable(const DocumentFacts& f) {
  std::vector<std::vector<std::string>> rows;
  for (auto& e : Chronology(f)) {
    rows.push_back(std::move(e.cells));
  }
  return Table({{"Date", 18}, {"Event", 36}, {"Details", 46}}, std::move(rows));
}

std::vector<Block> ComplianceSummary(const DocumentFacts& f) {
  int complied = 0;
  int acceptable = 0;
  int failures = 0;
  for (const auto& a : f.appointments) {
    if (!a.contact.outcome) {
      continue;
    }
    if (contact::IsFailure(*a.contact.outcome)) {
      ++failures;
    } else if (*a.contact.outcome == contact::Outcome::kAttendedComplied) {
      ++complied;
    } else if (*a.contact.outcome == contact::Outcome::kAcceptableAbsence) {
      ++acceptable;
    }
  }
  return {Field("Appointments attended and complied", std::to_string(complied)),
          Field("Acceptable absences", std::to_string(acceptable)),
          Field("Failures recorded", std::to_string(failures)),
          Field("Failures without reasonable excuse",
                std::to_string(f.order.state.unacceptable_failures)),
          Field("Warnings standing", std::to_string(f.order.state.warnings))};
}

}  // namespace

std::string SerialiseDocument(const EnforcementDocument& document) {
  std::string out = std::string(kFormatLine) + "\n";
  Line(out, "kind", {document.kind});
  Line(out, "name", {document.title});
  for (const auto& b : document.blocks) {
    switch (b.kind) {
      case Block::Kind::kField:
        Line(out, TagOf(b.kind), {b.text, b.value});
        break;
      case Block::Kind::kTable: {
        std::vector<std::string> columns;
        for (const auto& c : b.columns) {
          columns.push_back(c.heading);
          columns.push_back(std::to_string(c.width_percent));
        }
        Line(out, TagOf(b.kind), columns);
        for (const auto& row : b.rows) {
          Line(out, "row", row);
        }
        break;
      }
      case Block::Kind::kTitle:
      case Block::Kind::kHeading:
      case Block::Kind::kParagraph:
      case Block::Kind::kSignature:
        Line(out, TagOf(b.kind), {b.text});
        break;
    }
  }
  return out;
}

Result<EnforcementDocument> ParseDocument(const std::string& text) {
  EnforcementDocument doc;
  std::size_t at = 0;
  bool first = true;
  while (at < text.size()) {
    std::size_t end = text.find('\n', at);
    if (end == std::string::npos) {
      return Internal("A stored document's last line is incomplete");
    }
    std::string line = text.substr(at, end - at);
    at = end + 1;
    if (first) {
      if (line != kFormatLine) {
        return Internal("A stored document is not in the form " + std::string(kFormatLine));
      }
      first = false;
      continue;
    }
    std::vector<std::string> fields;
    std::size_t from = 0;
    for (std::size_t tab = line.find('\t'); tab != std::string::npos; tab = line.find('\t', from)) {
      fields.push_back(line.substr(from, tab - from));
      from = tab + 1;
    }
    fields.push_back(line.substr(from));
    const std::string tag = fields[0];
    std::vector<std::string> values;
    for (std::size_t i = 1; i < fields.size(); ++i) {
      auto value = Unescape(fields[i]);
      PROBITY_TRY(value);
      values.push_back(std::move(*value));
    }
    auto one = [&](Block::Kind kind) -> Status {
      if (values.size() != 1) {
        return Internal("A stored document's " + tag + " line has the wrong number of fields");
      }
      doc.blocks.push_back({kind, values[0], "", {}, {}});
      return Ok();
    };
    if (tag == "kind" && values.size() == 1) {
      doc.kind = values[0];
    } else if (tag == "name" && values.size() == 1) {
      doc.title = values[0];
    } else if (tag == "title") {
      PROBITY_TRY(one(Block::Kind::kTitle));
    } else if (tag == "heading") {
      PROBITY_TRY(one(Block::Kind::kHeading));
    } else if (tag == "paragraph") {
      PROBITY_TRY(one(Block::Kind::kParagraph));
    } else if (tag == "signature") {
      PROBITY_TRY(one(Block::Kind::kSignature));
    } else if (tag == "field" && values.size() == 2) {
      doc.blocks.push_back(Field(values[0], values[1]));
    } else if (tag == "table" && values.size() % 2 == 0) {
      Block table = Table({}, {});
      for (std::size_t i = 0; i < values.size(); i += 2) {
        int width = 0;
        const std::string& w = values[i + 1];
        auto parsed = std::from_chars(w.data(), w.data() + w.size(), width);
        if (parsed.ec != std::errc() || parsed.ptr != w.data() + w.size()) {
          return Internal("A stored document has a table column without a width");
        }
        table.columns.push_back({values[i], width});
      }
      doc.blocks.push_back(std::move(table));
    } else if (tag == "row" && !doc.blocks.empty() &&
               doc.blocks.back().kind == Block::Kind::kTable) {
      doc.blocks.back().rows.push_back(std::move(values));
    } else {
      return Internal("A stored document has an unreadable " + tag + " line");
    }
  }
  if (first) {
    return Internal("A stored document is empty");
  }
  return doc;
}

EnforcementDocument BuildWarningLetter(const DocumentFacts& f) {
  const enforcement::RuleSet rule = RuleOf(f);
  const FailureRecord* failure = FailureOf(f, f.action.failure);
  const ContactView* appointment = AppointmentOf(f, f.action.failure);
  EnforcementDocument doc{kWarningLetter, DocumentTitle("Warning letter", f), {}};
  auto& b = doc.blocks;
  b.push_back(Title("Warning: failure to comply with your " +
                    Lower(sentence::OrderTypeName(f.sentence.type))));
  b.push_back(Field("To", f.person.FullName()));
  b.push_back(Field("CRN", f.person.crn.str()));
  b.push_back(Field("Date of this warning", Long(f.action.date)));
  b.push_back(Field("Your order", OrderText(f)));
  b.push_back(Paragraph("Dear " + f.person.FullName() + ","));
  // ENF-2: the warning describes the failure.
  if (failure != nullptr) {
    b.push_back(Heading("What happened"));
    b.push_back(Paragraph("On " + Long(failure->date) +
                          " you did not comply with your order: your " +
                          AppointmentText(failure->type, appointment) + " was recorded as \"" +
                          contact::OutcomeName(failure->outcome) + "\"."));
    if (failure->judgement == enforcement::Judgement::kNoReasonableExcuse) {
      b.push_back(Paragraph(
          "Your responsible officer considered whether you had a reasonable excuse and decided "
          "that you did not" +
          (failure->reason.empty() ? std::string(".") : ": " + failure->reason)));
    }
  }
  // ENF-2: says the failure is unacceptable, and the consequence of a further failure.
  b.push_back(Paragraph("This failure to comply with your order is unacceptable."));
  b.push_back(Heading("This is a formal warning"));
  b.push_back(Paragraph(
      "If you fail again, without a reasonable excuse, to comply with your order within " +
      std::to_string(rule.window_months) + " months of the date of this warning (that is, on or " +
      "before " + Long(enforcement::WindowEnd(f.action.date, rule.window_months)) +
      "), you will be liable to be brought back before the court."));
  b.push_back(Heading("What you must do"));
  b.push_back(
      Paragraph("You must respond to this warning by contacting your responsible officer by " +
                Long(f.action.respond_by.value_or(f.action.date +
                                                  std::chrono::days{rule.warning_response_days})) +
                ". Keep every appointment you are given and comply with all the requirements of "
                "your order."));
  b.push_back(Paragraph("Yours sincerely,"));
  b.push_back(Field("Responsible officer", OfficerName(f)));
  if (!f.team_name.empty()) {
    b.push_back(Field("Team", f.team_name));
  }
  b.push_back(Field("Rule applied", RuleText(rule)));
  b.push_back(Signature("Signed by the responsible officer (" + OfficerName(f) + ")"));
  return doc;
}

EnforcementDocument BuildBreachPack(const DocumentFacts& f) {
  const enforcement::RuleSet rule = RuleOf(f);
  EnforcementDocument doc{kBreachPack, DocumentTitle("Breach report", f), {}};
  auto& b = doc.blocks;
  b.push_back(Title("Breach report for court"));
  b.push_back(Field("Name", f.person.FullName()));
  b.push_back(Field("CRN", f.person.crn.str()));
  b.push_back(Field("Date of birth", Long(f.person.date_of_birth)));
  if (f.person.pnc_number) {
    b.push_back(Field("PNC number", *f.person.pnc_number));
  }
  b.push_back(Field("Responsible officer", OfficerName(f)));
  if (!f.team_name.empty()) {
    b.push_back(Field("Team", f.team_name));
  }
  b.push_back(Field("Breach started", Long(f.action.date)));
  b.push_back(Field("Report due by", Long(PackDue(f.sentence.type, f.action.date))));

  b.push_back(Heading("The order"));
  b.push_back(Field("Order", sentence::OrderTypeName(f.sentence.type)));
  b.push_back(Field("Court", f.event.court.empty() ? "Not recorded" : f.event.court));
  b.push_back(Field("Made on", Long(f.sentence.sentence_date)));
  b.push_back(Field("Ends on", Long(f.sentence.end_date)));
  if (f.sentence.custodial_months) {
    b.push_back(Field("Custodial term suspended",
                      std::to_string(*f.sentence.custodial_months) + " months"));
  }
  if (f.sentence.operational_end) {
    b.push_back(Field("Operational period ends", Long(*f.sentence.operational_end)));
  }
  b.push_back(Field("Offence", f.event.offence_description.empty() ? f.event.offence_category
                                                                   : f.event.offence_description));

  b.push_back(Heading("Requirements"));
  b.push_back(RequirementsTable(f));

  b.push_back(Heading("Failures before the court"));
  b.push_back(FailuresTable(f));

  b.push_back(Heading("Chronology"));
  b.push_back(ChronologyTable(f));

  b.push_back(Heading("RAR days delivered against ordered"));
  if (f.rar.empty()) {
    b.push_back(Paragraph("The order has no rehabilitation activity requirement."));
  }
  for (const auto& r : f.rar) {
    b.push_back(Field("Rehabilitation activity requirement",
                      std::to_string(r.days.completed) + " delivered of " +
                          std::to_string(r.days.ordered) + " ordered (" +
                          std::to_string(r.days.remaining) + " not yet instructed, " +
                          std::to_string(r.days.booked) + " booked; relevant period ends " +
                          Long(r.period_end) + ")"));
  }

  b.push_back(Heading("Compliance"));
  for (auto& field : ComplianceSummary(f)) {
    b.push_back(std::move(field));
  }

  b.push_back(Heading("The rule applied"));
  b.push_back(Field("Rule", RuleText(rule)));
  for (const auto& s : f.order.state.failures) {
    if (s.id == f.action.failure.value() && !s.explanation.empty()) {
      b.push_back(Paragraph(s.explanation));
    }
  }
  b.push_back(Paragraph("A failure without reasonable excuse within " +
                        std::to_string(rule.window_months) +
                        " months of a warning must be referred for breach; a first failure may be "
                        "warned or referred."));

  b.push_back(Heading("Responsible officer"));
  b.push_back(Paragraph("I confirm that this report is accurate to the best of my knowledge."));
  b.push_back(Signature("Signed by the responsible officer (" + OfficerName(f) + ")"));
  return doc;
}

namespace {

struct Found {
  person::Person person;
  OrderEnforcement order;
  ActionRecord action;
  std::optional<FrozenDocument> frozen;
};

Status CheckKind(const ActionRecord& action, std::optional<ActionKind> expected) {
  if (!expected || *expected == action.kind) {
    return Ok();
  }
  return FailedPrecondition(action.kind == ActionKind::kWarning
                                ? "Action " + std::to_string(action.id) +
                                      " is a warning: it has a warning letter, not a breach pack."
                                : "Action " + std::to_string(action.id) +
                                      " is a breach: it has a breach pack, not a warning letter.");
}

Result<Found> FindAction(Tx& tx, const Actor& actor, const std::string& crn, std::int64_t id,
                         CaseAction access, std::optional<ActionKind> expected, Date today) {
  if (id <= 0) {
    return InvalidArgument("actionId", "INVALID_FORMAT", "An action id is a positive whole number");
  }
  auto person = FindPersonFor(tx, actor, crn, access);
  PROBITY_TRY(person);
  auto records = tx.enforcement().ForPerson(person->id);
  PROBITY_TRY(records);
  for (auto& order : AssessOrders(*records, person->id, today)) {
    for (const auto& a : order.actions) {
      if (a.id != id) {
        continue;
      }
      Found found{std::move(*person), std::move(order), a, std::nullopt};
      PROBITY_TRY(CheckKind(found.action, expected));
      auto frozen = tx.enforcement().FindDocument(id);
      PROBITY_TRY(frozen);
      found.frozen = std::move(*frozen);
      return found;
    }
  }
  return NotFound(person->crn.str() + " has no enforcement action with id " + std::to_string(id));
}

// Whether the action's appointment list covers `a`: an appointment of one of the order's
// requirements, or one with no requirement (supervision) during the order.
bool OfOrder(const ContactView& a, const OrderSummary& order, Date end) {
  if (a.requirement) {
    return std::find(order.requirements.begin(), order.requirements.end(), *a.requirement) !=
           order.requirements.end();
  }
  return a.contact.date >= order.sentence_date && a.contact.date <= end;
}

Result<DocumentFacts> GatherFacts(Tx& tx, Found found, Date today) {
  DocumentFacts f;
  f.today = today;
  f.action = found.action;
  auto events = tx.sentences().ForPerson(found.person.id);
  PROBITY_TRY(events);
  for (const auto& event : *events) {
    for (const auto& s : event.sentences) {
      if (s.id == found.order.order.id) {
        f.event = event;
        f.sentence = s;
      }
    }
  }
  for (const auto& r : f.sentence.requirements) {
    if (r.type != sentence::RequirementType::kRehabilitationActivity) {
      continue;
    }
    auto summary = SummariseRar(tx, {&f.sentence, &r}, today);
    PROBITY_TRY(summary);
    f.rar.push_back(std::move(*summary));
  }
  auto allocation = tx.allocations().Current(found.person.id);
  PROBITY_TRY(allocation);
  if (*allocation) {
    f.officer_name = (*allocation)->officer_name;
    f.team_name = (*allocation)->team_name;
  }
  auto contacts = tx.contacts().Recent(found.person.id, today, kMaxAppointments);
  PROBITY_TRY(contacts);
  for (auto it = contacts->rbegin(); it != contacts->rend(); ++it) {
    if (OfOrder(*it, found.order.order, f.sentence.end_date)) {
      f.appointments.push_back(*it);
    }
  }
  auto corrections = tx.enforcement().Corrections(found.person.id);
  PROBITY_TRY(corrections);
  f.corrections = std::move(*corrections);
  f.person = std::move(found.person);
  f.order = std::move(found.order);
  return f;
}

Result<EnforcementDocument> Draft(Tx& tx, const Found& found, Date today) {
  if (found.action.withdrawn) {
    return FailedPrecondition(
        "This " + std::string(enforcement::ActionKindCode(found.action.kind)) + " was withdrawn (" +
        found.action.withdrawn_reason + "): there is nothing to send.");
  }
  auto facts = GatherFacts(tx, found, today);
  PROBITY_TRY(facts);
  return found.action.kind == ActionKind::kWarning ? BuildWarningLetter(*facts)
                                                   : BuildBreachPack(*facts);
}

DocumentView ViewOf(const Found& found, EnforcementDocument document,
                    std::optional<FrozenDocument> submitted) {
  DocumentView view;
  view.crn = found.person.crn.str();
  view.person_name = found.person.FullName();
  view.action = found.action;
  view.document = std::move(document);
  if (submitted) {
    submitted->content.clear();
    view.action.submitted_at = submitted->submitted_at;
  }
  view.submitted = std::move(submitted);
  if (found.action.kind == ActionKind::kBreach) {
    view.due = PackDue(found.order.order.type, found.action.date);
  }
  return view;
}

std::string RecordId(const Found& found) {
  return found.person.crn.str() + "/enforcement/" + std::to_string(found.action.id);
}

}  // namespace

Result<DocumentView> ViewEnforcementDocument(const Context& ctx, const Actor& actor,
                                             const std::string& crn, std::int64_t action,
                                             std::optional<ActionKind> expected) {
  const Date today = ctx.clock.Today();
  auto tx = ctx.store.Begin(TxKind::kRead);
  PROBITY_TRY(tx);
  auto found = FindAction(**tx, actor, crn, action, CaseAction::kView, expected, today);
  PROBITY_TRY(found);
  std::optional<DocumentView> view;
  if (found->frozen) {
    auto document = ParseDocument(found->frozen->content);
    PROBITY_TRY(document);
    view = ViewOf(*found, std::move(*document), found->frozen);
  } else {
    auto document = Draft(**tx, *found, today);
    PROBITY_TRY(document);
    view = ViewOf(*found, std::move(*document), std::nullopt);
  }
  tx->reset();
  PROBITY_TRY(ctx.store.RecordAudit(
      {MakeAudit(ctx, actor, "enforcement.document.view", "person", RecordId(*found))}));
  return std::move(*view);
}

Result<DocumentView> SubmitEnforcementDocument(const Context& ctx, const Actor& actor,
                                               const std::string& crn, std::int64_t action,
                                               std::optional<ActionKind> expected) {
  const Date today = ctx.clock.Today();
  auto tx = ctx.store.Begin(TxKind::kWrite);
  PROBITY_TRY(tx);
  auto found = FindAction(**tx, actor, crn, action, CaseAction::kChange, expected, today);
  PROBITY_TRY(found);
  if (found->frozen) {
    return FailedPrecondition("This document was already submitted on " +
                              Long(DayOf(found->frozen->submitted_at)) + " by " +
                              found->frozen->submitted_by + ": it is frozen and cannot change.");
  }
  auto document = Draft(**tx, *found, today);
  PROBITY_TRY(document);
  FrozenDocument frozen{found->action.id, document->kind, SerialiseDocument(*document),
                        ctx.clock.Now(), actor.username};
  PROBITY_TRY((*tx)->enforcement().SaveDocument(frozen));
  PROBITY_TRY((*tx)->audit().Append(
      MakeAudit(ctx, actor, "enforcement.document.submit", "person", RecordId(*found))));
  PROBITY_TRY((*tx)->Commit());
  return ViewOf(*found, std::move(*document), std::move(frozen));
}

}  // namespace probity::app
