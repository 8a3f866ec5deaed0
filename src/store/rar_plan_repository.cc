#include <sstream>

#include "store/repositories.h"

namespace probity::store {
namespace {

std::string JoinAreas(const std::vector<need::NeedArea>& areas) {
  std::string out;
  for (auto area : areas) {
    out += (out.empty() ? "" : ",") + std::string(need::NeedAreaCode(area));
  }
  return out;
}

std::vector<need::NeedArea> SplitAreas(const std::string& text) {
  std::vector<need::NeedArea> areas;
  std::stringstream in(text);
  std::string code;
  while (std::getline(in, code, ',')) {
    if (auto area = need::ParseNeedArea(code)) {
      areas.push_back(*area);
    }
  }
  return areas;
}

// One objective result per line, "code<TAB>notes", with newlines in notes kept as spaces.
std::string EncodeOutcomes(const std::vector<rar::ObjectiveResult>& results) {
  std::string out;
  for (const auto& r : results) {
    std::string notes = r.notes;
    for (char& c : notes) {
      c = (c == '\n' || c == '\t') ? ' ' : c;
    }
    out +=
        std::string(r.outcome ? rar::ObjectiveOutcomeCode(*r.outcome) : "") + "\t" + notes + "\n";
  }
  return out;
}

std::vector<rar::ObjectiveResult> DecodeOutcomes(const std::string& text) {
  std::vector<rar::ObjectiveResult> results;
  std::stringstream in(text);
  std::string line;
  while (std::getline(in, line)) {
    auto tab = line.find('\t');
    rar::ObjectiveResult r;
    r.outcome = rar::ParseObjectiveOutcome(line.substr(0, tab));
    r.notes = tab == std::string::npos ? "" : line.substr(tab + 1);
    results.push_back(std::move(r));
  }
  return results;
}

}  // namespace

Result<std::optional<plan::Plan>> SqlRarPlanRepository::Load(std::int64_t plan_id,
                                                             plan::Plan plan) {
  auto needs = c_.Query(
      "SELECT area, link, dependent_or_diagnosed, notes, no_activity_reason FROM rar_plan_need"
      " WHERE rar_plan_id = $1 ORDER BY position",
      plan_id);
  PROBITY_TRY(needs);
  PROBITY_TRY(ForEachRow(**needs, [&](const Row& r) {
    plan::Need n;
    n.area = need::ParseNeedArea(r.Text(0)).value_or(need::NeedArea::kAccommodation);
    n.link = plan::ParseOffendingLink(r.Text(1)).value_or(plan::OffendingLink::kLinked);
    n.dependent_or_diagnosed = r.Int(2) != 0;
    n.notes = r.Text(3);
    n.no_activity_reason = r.Text(4);
    plan.needs.push_back(std::move(n));
  }));
  auto objectives = c_.Query(
      "SELECT description, outcome, needs FROM rar_plan_objective WHERE rar_plan_id = $1"
      " ORDER BY position",
      plan_id);
  PROBITY_TRY(objectives);
  PROBITY_TRY(ForEachRow(**objectives, [&](const Row& r) {
    plan.objectives.push_back({r.Text(0), r.Text(1), SplitAreas(r.Text(2))});
  }));
  auto activities = c_.Query(
      "SELECT description, need, deliverer, provider, format, rar_days, planned_start"
      " FROM rar_plan_activity WHERE rar_plan_id = $1 ORDER BY position",
      plan_id);
  PROBITY_TRY(activities);
  PROBITY_TRY(ForEachRow(**activities, [&](const Row& r) {
    plan::Activity a;
    a.description = r.Text(0);
    a.need = r.IsNull(1) ? std::nullopt : need::ParseNeedArea(r.Text(1));
    a.deliverer = plan::ParseDeliverer(r.Text(2)).value_or(plan::Deliverer::kResponsibleOfficer);
    a.provider = r.Text(3);
    a.format = plan::ParseSessionFormat(r.Text(4)).value_or(plan::SessionFormat::kOneToOne);
    a.rar_days = static_cast<int>(r.Int(5));
    a.planned_start = OptDateColumn(r, 6);
    plan.activities.push_back(std::move(a));
  }));
  return std::optional(std::move(plan));
}

Result<std::optional<plan::Plan>> SqlRarPlanRepository::Version(sentence::RequirementId requirement,
                                                                int version) {
  auto q = c_.Query(
      "SELECT rar_plan_id, version, status, agreed_on, review_on FROM rar_plan"
      " WHERE requirement_id = $1 AND ($2 = 0 OR version = $2) ORDER BY version DESC LIMIT 1",
      requirement.value(), version);
  PROBITY_TRY(q);
  std::optional<std::int64_t> id;
  plan::Plan plan;
  PROBITY_TRY(ForEachRow(**q, [&](const Row& r) {
    id = r.Int(0);
    plan.version = static_cast<int>(r.Int(1));
    plan.status = plan::ParsePlanStatus(r.Text(2)).value_or(plan::PlanStatus::kDraft);
    plan.agreed_on = OptDateColumn(r, 3);
    plan.review_on = OptDateColumn(r, 4);
  }));
  if (!id) {
    return std::optional<plan::Plan>();
  }
  return Load(*id, std::move(plan));
}

Result<std::optional<plan::Plan>> SqlRarPlanRepository::Latest(
    sentence::RequirementId requirement) {
  return Version(requirement, 0);
}

Status SqlRarPlanRepository::Save(sentence::RequirementId requirement, const plan::Plan& plan,
                                  Instant at, const std::string& by) {
  auto existing =
      c_.Query("SELECT rar_plan_id FROM rar_plan WHERE requirement_id = $1 AND version = $2",
               requirement.value(), plan.version);
  PROBITY_TRY(existing);
  std::optional<std::int64_t> id;
  PROBITY_TRY(ForEachRow(**existing, [&](const Row& r) { id = r.Int(0); }));
  if (id) {
    for (const char* sql : {"DELETE FROM rar_plan_need WHERE rar_plan_id = $1",
                            "DELETE FROM rar_plan_objective WHERE rar_plan_id = $1",
                            "DELETE FROM rar_plan_activity WHERE rar_plan_id = $1"}) {
      auto q = c_.Query(sql, *id);
      PROBITY_TRY(q);
      PROBITY_TRY((*q)->Run());
    }
    auto q = c_.Query(
        "UPDATE rar_plan SET status = $2, agreed_on = $3, review_on = $4, saved_at = $5,"
        " saved_by = $6 WHERE rar_plan_id = $1",
        *id, plan::PlanStatusCode(plan.status), OptDateText(plan.agreed_on),
        OptDateText(plan.review_on), FormatInstant(at), by);
    PROBITY_TRY(q);
    PROBITY_TRY((*q)->Run());
  } else {
    auto q = c_.Query(
        "INSERT INTO rar_plan (requirement_id, version, status, agreed_on, review_on, saved_at,"
        " saved_by) VALUES ($1, $2, $3, $4, $5, $6, $7) RETURNING rar_plan_id",
        requirement.value(), plan.version, plan::PlanStatusCode(plan.status),
        OptDateText(plan.agreed_on), OptDateText(plan.review_on), FormatInstant(at), by);
    PROBITY_TRY(q);
    auto inserted = InsertReturningId(**q);
    PROBITY_TRY(inserted);
    id = *inserted;
  }
  for (std::size_t i = 0; i < plan.needs.size(); ++i) {
    const auto& n = plan.needs[i];
    auto q = c_.Query(
        "INSERT INTO rar_plan_need (rar_plan_id, position, area, link, dependent_or_diagnosed,"
        " notes, no_activity_reason) VALUES ($1, $2, $3, $4, $5, $6, $7)",
        *id, static_cast<std::int64_t>(i), need::NeedAreaCode(n.area),
        plan::OffendingLinkCode(n.link), n.dependent_or_diagnosed ? 1 : 0, n.notes,
        n.no_activity_reason);
    PROBITY_TRY(q);
    PROBITY_TRY((*q)->Run());
  }
  for (std::size_t i = 0; i < plan.objectives.size(); ++i) {
    const auto& o = plan.objectives[i];
    auto q = c_.Query(
        "INSERT INTO rar_plan_objective (rar_plan_id, position, description, outcome, needs)"
        " VALUES ($1, $2, $3, $4, $5)",
        *id, static_cast<std::int64_t>(i), o.description, o.outcome, JoinAreas(o.needs));
    PROBITY_TRY(q);
    PROBITY_TRY((*q)->Run());
  }
  for (std::size_t i = 0; i < plan.activities.size(); ++i) {
    const auto& a = plan.activities[i];
    auto q = c_.Query(
        "INSERT INTO rar_plan_activity (rar_plan_id, position, description, need, deliverer,"
        " provider, format, rar_days, planned_start) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)",
        *id, static_cast<std::int64_t>(i), a.description,
        a.need ? std::optional<std::string>(need::NeedAreaCode(*a.need)) : std::nullopt,
        plan::DelivererCode(a.deliverer), a.provider, plan::SessionFormatCode(a.format), a.rar_days,
        OptDateText(a.planned_start));
    PROBITY_TRY(q);
    PROBITY_TRY((*q)->Run());
  }
  return Ok();
}

Result<std::optional<app::CompletionRecord>> SqlRarPlanRepository::FindCompletion(
    sentence::RequirementId requirement) {
  auto q = c_.Query(
      "SELECT completed_on, plan_version, days_ordered, days_completed, objective_outcomes,"
      " rationale, progress, outcome_achieved, recorded_at, recorded_by FROM rar_completion"
      " WHERE requirement_id = $1",
      requirement.value());
  PROBITY_TRY(q);
  std::optional<app::CompletionRecord> found;
  PROBITY_TRY(ForEachRow(**q, [&](const Row& r) {
    app::CompletionRecord c;
    c.completed.completed_on = DateColumn(r, 0);
    c.completed.plan_version = static_cast<int>(r.Int(1));
    c.completed.days_ordered = static_cast<int>(r.Int(2));
    c.completed.days_completed = static_cast<int>(r.Int(3));
    c.completed.fewer_days_than_ordered = c.completed.days_completed < c.completed.days_ordered;
    c.completion.objectives = DecodeOutcomes(r.Text(4));
    c.completion.confirmed = true;
    c.completion.rationale = r.Text(5);
    c.completion.progress = r.Text(6);
    c.completion.outcome_achieved = r.Text(7);
    c.recorded_at = ParseInstant(r.Text(8)).value_or(Instant{});
    c.recorded_by = r.Text(9);
    found = std::move(c);
  }));
  return found;
}

Status SqlRarPlanRepository::SaveCompletion(sentence::RequirementId requirement,
                                            const app::CompletionRecord& c) {
  auto q = c_.Query(
      "INSERT INTO rar_completion (requirement_id, completed_on, plan_version, days_ordered,"
      " days_completed, objective_outcomes, rationale, progress, outcome_achieved, recorded_at,"
      " recorded_by) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11)",
      requirement.value(), FormatDate(c.completed.completed_on), c.completed.plan_version,
      c.completed.days_ordered, c.completed.days_completed, EncodeOutcomes(c.completion.objectives),
      c.completion.rationale, c.completion.progress, c.completion.outcome_achieved,
      FormatInstant(c.recorded_at), c.recorded_by);
  PROBITY_TRY(q);
  PROBITY_TRY((*q)->Run());
  auto status = c_.Query("UPDATE requirement SET status = 'completed' WHERE requirement_id = $1",
                         requirement.value());
  PROBITY_TRY(status);
  PROBITY_TRY((*status)->Run());
  auto change = c_.Query(
      "INSERT INTO requirement_change (requirement_id, kind, effective_date, reason, changed_at,"
      " changed_by) VALUES ($1, 'completed', $2, $3, $4, $5)",
      requirement.value(), FormatDate(c.completed.completed_on),
      c.completion.rationale.empty() ? std::string("RAR completed") : c.completion.rationale,
      FormatInstant(c.recorded_at), c.recorded_by);
  PROBITY_TRY(change);
  return (*change)->Run();
}

Result<std::vector<app::EndedRar>> SqlRarPlanRepository::EndedWithoutCompletion(org::TeamId team,
                                                                                Date today,
                                                                                int limit,
                                                                                int offset) {
  auto q = c_.Query(
      "SELECT p.person_id, p.crn, p.first_name || ' ' || p.surname,"
      " st.first_name || ' ' || st.surname, r.requirement_id, COALESCE(r.length, 0), s.end_date"
      " FROM staff st"
      " JOIN allocation a ON a.staff_id = st.staff_id AND a.ended_on IS NULL"
      " JOIN person p ON p.person_id = a.person_id"
      " JOIN event e ON e.person_id = p.person_id"
      " JOIN sentence s ON s.event_id = e.event_id AND s.end_date < $2"
      " JOIN requirement r ON r.sentence_id = s.sentence_id AND r.requirement_type = 'rar'"
      "  AND r.status <> 'terminated'"
      " WHERE st.team_id = $1 AND NOT EXISTS"
      "  (SELECT 1 FROM rar_completion c WHERE c.requirement_id = r.requirement_id)"
      " ORDER BY s.end_date, p.crn, r.requirement_id LIMIT $3 OFFSET $4",
      team.value(), FormatDate(today), limit, offset);
  PROBITY_TRY(q);
  std::vector<app::EndedRar> ended;
  PROBITY_TRY(ForEachRow(**q, [&](const Row& r) {
    app::EndedRar e;
    e.person = person::PersonId(r.Int(0));
    e.crn = r.Text(1);
    e.name = r.Text(2);
    e.officer_name = r.Text(3);
    e.requirement = sentence::RequirementId(r.Int(4));
    e.ordered = static_cast<int>(r.Int(5));
    e.order_end = DateColumn(r, 6);
    ended.push_back(std::move(e));
  }));
  return ended;
}

}  // namespace probity::store
