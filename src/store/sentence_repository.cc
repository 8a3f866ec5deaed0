#include <map>

#include "store/repositories.h"

namespace probity::store {

Result<std::vector<sentence::Event>> SqlSentenceRepository::ForPerson(person::PersonId person) {
  // One query for the whole tree; rows arrive grouped by event then sentence.
  auto q = c_.Query(
      "SELECT e.event_id, e.conviction_date, e.offence_category, e.offence_description, e.court,"
      " s.sentence_id, s.order_type, s.sentence_date, s.end_date, s.custodial_months,"
      " s.operational_end, r.requirement_id, r.requirement_type, r.length, r.status,"
      " r.daily_hours, r.end_date"
      " FROM event e LEFT JOIN sentence s ON s.event_id = e.event_id"
      " LEFT JOIN requirement r ON r.sentence_id = s.sentence_id"
      " WHERE e.person_id = $1"
      " ORDER BY e.conviction_date DESC, e.event_id DESC, s.sentence_id, r.requirement_id",
      person.value());
  PROBITY_TRY(q);
  std::vector<sentence::Event> events;
  while (true) {
    auto more = (*q)->Step();
    PROBITY_TRY(more);
    if (!*more) {
      break;
    }
    const Row& r = (*q)->row();
    if (events.empty() || events.back().id.value() != r.Int(0)) {
      sentence::Event e;
      e.id = sentence::EventId(r.Int(0));
      e.conviction_date = DateColumn(r, 1);
      e.offence_category = r.Text(2);
      e.offence_description = r.Text(3);
      e.court = r.Text(4);
      events.push_back(std::move(e));
    }
    auto& event = events.back();
    if (r.IsNull(5)) {
      continue;
    }
    if (event.sentences.empty() || event.sentences.back().id.value() != r.Int(5)) {
      sentence::Sentence s;
      s.id = sentence::SentenceId(r.Int(5));
      s.type = sentence::ParseOrderType(r.Text(6)).value_or(sentence::OrderType::kCommunityOrder);
      s.sentence_date = DateColumn(r, 7);
      s.end_date = DateColumn(r, 8);
      if (auto months = r.OptInt(9)) {
        s.custodial_months = static_cast<int>(*months);
      }
      s.operational_end = OptDateColumn(r, 10);
      event.sentences.push_back(std::move(s));
    }
    if (r.IsNull(11)) {
      continue;
    }
    sentence::Requirement req;
    req.id = sentence::RequirementId(r.Int(11));
    req.type = sentence::ParseRequirementType(r.Text(12))
                   .value_or(sentence::RequirementType::kRehabilitationActivity);
    if (auto length = r.OptInt(13)) {
      req.length = static_cast<int>(*length);
    }
    req.status =
        sentence::ParseRequirementStatus(r.Text(14)).value_or(sentence::RequirementStatus::kActive);
    if (auto hours = r.OptInt(15)) {
      req.daily_hours = static_cast<int>(*hours);
    }
    req.end_date = OptDateColumn(r, 16);
    event.sentences.back().requirements.push_back(req);
  }
  return events;
}

Result<sentence::Event> SqlSentenceRepository::Insert(person::PersonId person,
                                                      sentence::Event event) {
  auto e = c_.Query(
      "INSERT INTO event (person_id, conviction_date, offence_category, offence_description,"
      " court) VALUES ($1, $2, $3, $4, $5) RETURNING event_id",
      person.value(), FormatDate(event.conviction_date), event.offence_category,
      event.offence_description, event.court);
  PROBITY_TRY(e);
  auto event_id = InsertReturningId(**e);
  PROBITY_TRY(event_id);
  event.id = sentence::EventId(*event_id);
  for (auto& s : event.sentences) {
    auto sq = c_.Query(
        "INSERT INTO sentence (event_id, order_type, sentence_date, end_date, custodial_months,"
        " operational_end) VALUES ($1, $2, $3, $4, $5, $6) RETURNING sentence_id",
        *event_id, sentence::OrderTypeCode(s.type), FormatDate(s.sentence_date),
        FormatDate(s.end_date), s.custodial_months, OptDateText(s.operational_end));
    PROBITY_TRY(sq);
    auto sentence_id = InsertReturningId(**sq);
    PROBITY_TRY(sentence_id);
    s.id = sentence::SentenceId(*sentence_id);
    for (auto& r : s.requirements) {
      auto rq = c_.Query(
          "INSERT INTO requirement (sentence_id, requirement_type, length, status, daily_hours,"
          " end_date) VALUES ($1, $2, $3, $4, $5, $6) RETURNING requirement_id",
          *sentence_id, sentence::RequirementTypeCode(r.type), r.length,
          sentence::RequirementStatusCode(r.status), r.daily_hours, OptDateText(r.end_date));
      PROBITY_TRY(rq);
      auto requirement_id = InsertReturningId(**rq);
      PROBITY_TRY(requirement_id);
      r.id = sentence::RequirementId(*requirement_id);
    }
  }
  return event;
}

Status SqlSentenceRepository::UpdateRequirement(const sentence::Requirement& r) {
  auto q = c_.Query(
      "UPDATE requirement SET length = $2, end_date = $3, daily_hours = $4, status = $5"
      " WHERE requirement_id = $1",
      r.id.value(), r.length, OptDateText(r.end_date), r.daily_hours,
      sentence::RequirementStatusCode(r.status));
  PROBITY_TRY(q);
  return (*q)->Run();
}

Status SqlSentenceRepository::AppendChange(const app::RequirementChange& c) {
  auto q = c_.Query(
      "INSERT INTO requirement_change (requirement_id, kind, effective_date, old_length,"
      " new_length, old_end_date, new_end_date, reason, changed_at, changed_by)"
      " VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10)",
      c.requirement.value(), c.kind, FormatDate(c.effective_date), c.old_length, c.new_length,
      OptDateText(c.old_end_date), OptDateText(c.new_end_date), c.reason,
      FormatInstant(c.changed_at), c.changed_by);
  PROBITY_TRY(q);
  return (*q)->Run();
}

Result<std::vector<app::RequirementChange>> SqlSentenceRepository::Changes(
    sentence::RequirementId requirement) {
  auto q = c_.Query(
      "SELECT requirement_change_id, kind, effective_date, old_length, new_length, old_end_date,"
      " new_end_date, reason, changed_at, changed_by FROM requirement_change"
      " WHERE requirement_id = $1 ORDER BY requirement_change_id",
      requirement.value());
  PROBITY_TRY(q);
  std::vector<app::RequirementChange> changes;
  auto length = [](const Row& r, int column) {
    auto value = r.OptInt(column);
    return value ? std::optional(static_cast<int>(*value)) : std::nullopt;
  };
  PROBITY_TRY(ForEachRow(**q, [&](const Row& r) {
    app::RequirementChange c;
    c.id = r.Int(0);
    c.requirement = requirement;
    c.kind = r.Text(1);
    c.effective_date = DateColumn(r, 2);
    c.old_length = length(r, 3);
    c.new_length = length(r, 4);
    c.old_end_date = OptDateColumn(r, 5);
    c.new_end_date = OptDateColumn(r, 6);
    c.reason = r.Text(7);
    c.changed_at = ParseInstant(r.Text(8)).value_or(Instant{});
    c.changed_by = r.Text(9);
    changes.push_back(std::move(c));
  }));
  return changes;
}

}  // namespace probity::store
