#include "store/repositories.h"

namespace probity::store {
namespace {

constexpr std::string_view kStaffColumns =
    "SELECT staff_id, team_id, code, first_name, surname, grade, contracted_hours FROM staff ";

}  // namespace

org::Staff ReadStaff(const Row& r) {
  org::Staff s;
  s.id = org::StaffId(r.Int(0));
  s.team = org::TeamId(r.Int(1));
  s.code = r.Text(2);
  s.first_name = r.Text(3);
  s.surname = r.Text(4);
  s.grade = org::ParseGrade(r.Text(5)).value_or(org::Grade::kProbationOfficer);
  s.contracted_hours = static_cast<int>(r.Int(6));
  return s;
}

namespace {

Result<std::optional<org::Staff>> OneStaff(Result<Statement*> q) {
  PROBITY_TRY(q);
  auto found = (*q)->Step();
  PROBITY_TRY(found);
  if (!*found) {
    return std::optional<org::Staff>();
  }
  auto staff = ReadStaff((*q)->row());
  PROBITY_TRY((*q)->Run());
  return std::optional<org::Staff>(std::move(staff));
}

}  // namespace

Result<org::OrganisationId> SqlOrgRepository::InsertOrganisation(const org::Organisation& o) {
  auto q = c_.Query(
      "INSERT INTO organisation (code, name, kind) VALUES ($1, $2, $3)"
      " RETURNING organisation_id",
      o.code, o.name, org::OrganisationKindCode(o.kind));
  PROBITY_TRY(q);
  auto id = InsertReturningId(**q);
  PROBITY_TRY(id);
  return org::OrganisationId(*id);
}

Result<org::AreaId> SqlOrgRepository::InsertArea(const org::Area& area) {
  auto q = c_.Query(
      "INSERT INTO area (organisation_id, code, name) VALUES ($1, $2, $3)"
      " RETURNING area_id",
      area.organisation.value(), area.code, area.name);
  PROBITY_TRY(q);
  auto id = InsertReturningId(**q);
  PROBITY_TRY(id);
  return org::AreaId(*id);
}

Result<org::TeamId> SqlOrgRepository::InsertTeam(const org::Team& team) {
  auto q = c_.Query(
      "INSERT INTO team (area_id, code, name, organisation_id) VALUES ($1, $2, $3, $4)"
      " RETURNING team_id",
      team.area.value(), team.code, team.name, OptId(team.organisation));
  PROBITY_TRY(q);
  auto id = InsertReturningId(**q);
  PROBITY_TRY(id);
  return org::TeamId(*id);
}

Result<org::StaffId> SqlOrgRepository::InsertStaff(const org::Staff& s) {
  auto q = c_.Query(
      "INSERT INTO staff (team_id, code, first_name, surname, grade, contracted_hours)"
      " VALUES ($1, $2, $3, $4, $5, $6) RETURNING staff_id",
      s.team.value(), s.code, s.first_name, s.surname, org::GradeCode(s.grade), s.contracted_hours);
  PROBITY_TRY(q);
  auto id = InsertReturningId(**q);
  PROBITY_TRY(id);
  return org::StaffId(*id);
}

Result<std::optional<org::Staff>> SqlOrgRepository::FindStaff(org::StaffId id) {
  return OneStaff(c_.Query(std::string(kStaffColumns) + "WHERE staff_id = $1", id.value()));
}

Result<std::optional<org::Staff>> SqlOrgRepository::FindStaffByCode(const std::string& code) {
  return OneStaff(c_.Query(std::string(kStaffColumns) + "WHERE code = $1", code));
}

Result<std::string> SqlOrgRepository::TeamName(org::TeamId team) {
  auto q = c_.Query("SELECT name FROM team WHERE team_id = $1", team.value());
  PROBITY_TRY(q);
  auto found = (*q)->Step();
  PROBITY_TRY(found);
  std::string name = *found ? (*q)->row().Text(0) : "";
  PROBITY_TRY((*q)->Run());
  return name;
}

Result<std::optional<org::TeamId>> SqlOrgRepository::FindTeamByCode(const std::string& code) {
  auto q = c_.Query("SELECT team_id FROM team WHERE code = $1", code);
  PROBITY_TRY(q);
  std::optional<org::TeamId> team;
  PROBITY_TRY(ForEachRow(**q, [&](const Row& r) { team = org::TeamId(r.Int(0)); }));
  return team;
}

Result<std::vector<org::Staff>> SqlOrgRepository::TeamStaff(org::TeamId team) {
  auto q = c_.Query(std::string(kStaffColumns) + "WHERE team_id = $1 ORDER BY surname, first_name",
                    team.value());
  PROBITY_TRY(q);
  std::vector<org::Staff> staff;
  while (true) {
    auto more = (*q)->Step();
    PROBITY_TRY(more);
    if (!*more) {
      break;
    }
    staff.push_back(ReadStaff((*q)->row()));
  }
  return staff;
}

Result<std::vector<app::OfficerLoad>> SqlOrgRepository::Officers(int limit) {
  auto q = c_.Query(
      "SELECT s.staff_id, s.team_id, s.code, s.first_name, s.surname, s.grade, s.contracted_hours,"
      " t.name, (SELECT COUNT(*) FROM allocation a WHERE a.staff_id = s.staff_id"
      "   AND a.ended_on IS NULL)"
      " FROM staff s JOIN team t ON t.team_id = s.team_id ORDER BY s.code LIMIT $1",
      limit);
  PROBITY_TRY(q);
  std::vector<app::OfficerLoad> officers;
  while (true) {
    auto more = (*q)->Step();
    PROBITY_TRY(more);
    if (!*more) {
      break;
    }
    const Row& r = (*q)->row();
    officers.push_back({ReadStaff(r), r.Text(7), static_cast<int>(r.Int(8))});
  }
  return officers;
}

}  // namespace probity::store
