#include <map>

#include "store/repositories.h"

namespace probity::store {

Result<std::vector<sentence::Event>> SqlSentenceRepository::ForPerson(person::PersonId person) {
  // One query for the whole tree; rows arrive grouped by event then sentence.
  auto q = c_.Query(
      "SELECT e.event_id, e.conviction_date, e.offence_category, e.offence_description, e.court,"
      " s.sentence_id, s.order_type, s.sentence_date, s.end_date, s.custodial_months,"
      " s.operational_end, r.requirement_id, r.requirement_type, r.length, r.status"
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
        FormatDate(s.end_date), s.custodial_months,
        s.operational_end ? std::optional<std::string>(FormatDate(*s.operational_end))
                          : std::nullopt);
    PROBITY_TRY(sq);
    auto sentence_id = InsertReturningId(**sq);
    PROBITY_TRY(sentence_id);
    s.id = sentence::SentenceId(*sentence_id);
    for (auto& r : s.requirements) {
      auto rq = c_.Query(
          "INSERT INTO requirement (sentence_id, requirement_type, length, status)"
          " VALUES ($1, $2, $3, $4) RETURNING requirement_id",
          *sentence_id, sentence::RequirementTypeCode(r.type), r.length,
          sentence::RequirementStatusCode(r.status));
      PROBITY_TRY(rq);
      auto requirement_id = InsertReturningId(**rq);
      PROBITY_TRY(requirement_id);
      r.id = sentence::RequirementId(*requirement_id);
    }
  }
  return event;
}

}  // namespace probity::store
