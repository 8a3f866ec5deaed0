#include "app/timeline.h"

#include <algorithm>
#include <chrono>

#include "app/audit.h"
#include "app/enforcement_store.h"
#include "app/person_lookup.h"

namespace probity::app {
namespace {

std::string LengthChange(const RequirementChange& c) {
  std::string out;
  if (c.old_length != c.new_length && c.new_length) {
    out += "length " + (c.old_length ? std::to_string(*c.old_length) : "-") + " to " +
           std::to_string(*c.new_length) + "; ";
  }
  if (c.old_end_date != c.new_end_date && c.new_end_date) {
    out += "end date " + (c.old_end_date ? FormatDate(*c.old_end_date) : "-") + " to " +
           FormatDate(*c.new_end_date) + "; ";
  }
  return out + c.reason;
}

Status AddSentences(Tx& tx, const person::Person& person, std::vector<TimelineEntry>& out) {
  auto events = tx.sentences().ForPerson(person.id);
  PROBITY_TRY(events);
  for (const auto& e : *events) {
    for (const auto& s : e.sentences) {
      out.push_back(
          {s.sentence_date, std::nullopt, "sentence",
           std::string(sentence::OrderTypeName(s.type)) + " made",
           e.offence_description + " at " + e.court + "; ends " + FormatDate(s.end_date)});
      for (const auto& r : s.requirements) {
        auto changes = tx.sentences().Changes(r.id);
        PROBITY_TRY(changes);
        for (const auto& c : *changes) {
          out.push_back({c.effective_date, c.changed_at, "requirement." + c.kind,
                         std::string(sentence::RequirementTypeName(r.type)) + " " + c.kind,
                         LengthChange(c) + " (" + c.changed_by + ")"});
        }
      }
    }
  }
  return Ok();
}

Status AddEnforcement(Tx& tx, const person::Person& person, std::vector<TimelineEntry>& out) {
  auto records = tx.enforcement().ForPerson(person.id);
  PROBITY_TRY(records);
  for (const auto& f : records->failures) {
    if (f.decided_at) {
      out.push_back({std::chrono::floor<std::chrono::days>(*f.decided_at), f.decided_at, "decision",
                     std::string("Failure on ") + FormatDate(f.date) +
                         " judged: " + enforcement::JudgementCode(f.judgement),
                     f.reason + " (" + f.decided_by + ")"});
    }
    if (f.reviewed_at) {
      out.push_back({std::chrono::floor<std::chrono::days>(*f.reviewed_at), f.reviewed_at, "review",
                     std::string("Decision reviewed: ") +
                         (f.review_agreed.value_or(false) ? "agreed" : "disagreed"),
                     f.review_note + " (" + f.reviewed_by + ")"});
    }
  }
  for (const auto& a : records->actions) {
    bool warning = a.kind == enforcement::ActionKind::kWarning;
    out.push_back({a.date, a.created_at, warning ? "warning" : "breach",
                   std::string(warning ? "Warning given" : "Breach started") +
                       (a.withdrawn ? " (withdrawn: " + a.withdrawn_reason + ")" : ""),
                   a.notes + " (" + a.created_by + ")"});
  }
  for (const auto& c : records->court_outcomes) {
    out.push_back({c.date, c.recorded_at, "court_outcome",
                   std::string("Court: ") + enforcement::CourtOutcomeName(c.kind),
                   c.details + " (" + c.recorded_by + ")"});
  }
  auto corrections = tx.enforcement().Corrections(person.id);
  PROBITY_TRY(corrections);
  for (const auto& k : *corrections) {
    out.push_back({std::chrono::floor<std::chrono::days>(k.corrected_at), k.corrected_at,
                   "correction",
                   std::string("Outcome corrected from ") + contact::OutcomeCode(k.old_outcome) +
                       " to " + contact::OutcomeCode(k.new_outcome),
                   k.reason + " (" + k.corrected_by + ")"});
  }
  return Ok();
}

}  // namespace

Result<Timeline> ViewTimeline(const Context& ctx, const Actor& actor, const std::string& crn) {
  auto tx = ctx.store.Begin(TxKind::kRead);
  PROBITY_TRY(tx);
  auto person = FindPersonFor(**tx, actor, crn, CaseAction::kView);
  PROBITY_TRY(person);
  Timeline t;
  t.crn = person->crn.str();
  t.name = person->first_name + " " + person->surname;
  PROBITY_TRY(AddSentences(**tx, *person, t.entries));
  auto contacts = (*tx)->contacts().Recent(person->id, ctx.clock.Today() + std::chrono::days{366},
                                           kTimelineContacts);
  PROBITY_TRY(contacts);
  for (const auto& c : *contacts) {
    const auto& k = c.contact;
    std::string detail = k.outcome ? std::string(contact::OutcomeCode(*k.outcome)) + " " +
                                         contact::OutcomeName(*k.outcome)
                                   : "No outcome yet";
    if (!k.outcome_reason.empty()) {
      detail += ": " + k.outcome_reason;
    }
    t.entries.push_back({k.date, std::nullopt, "contact",
                         std::string(contact::ContactTypeName(k.type)) + " at " + k.start_time,
                         detail});
  }
  PROBITY_TRY(AddEnforcement(**tx, *person, t.entries));
  auto notices = (*tx)->notices().ForPerson(person->id, kTimelineNotices);
  PROBITY_TRY(notices);
  for (const auto& n : *notices) {
    t.entries.push_back({std::chrono::floor<std::chrono::days>(n.created_at), n.created_at,
                         "notice", "Notice: " + n.title, n.body});
  }
  tx->reset();
  std::stable_sort(t.entries.begin(), t.entries.end(),
                   [](const TimelineEntry& a, const TimelineEntry& b) {
                     if (a.date != b.date) {
                       return a.date > b.date;
                     }
                     return a.at.value_or(Instant{}) > b.at.value_or(Instant{});
                   });
  PROBITY_TRY(ctx.store.RecordAudit(
      {MakeAudit(ctx, actor, "person.timeline.view", "person", person->crn.str())}));
  return t;
}

}  // namespace probity::app
