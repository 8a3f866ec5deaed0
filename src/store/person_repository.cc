#include <sstream>
#include <string>
#include <vector>

#include "domain/person/text.h"
#include "store/repositories.h"

namespace probity::store {

std::vector<person::Register> ParseRegisters(const std::string& codes) {
  std::vector<person::Register> registers;
  std::istringstream in(codes);
  std::string code;
  while (in >> code) {
    if (auto r = person::ParseRegister(code)) {
      registers.push_back(*r);
    }
  }
  return registers;
}

namespace {

std::string JoinRegisters(const std::vector<person::Register>& registers) {
  std::string codes;
  for (auto r : registers) {
    codes += codes.empty() ? "" : " ";
    codes += person::RegisterCode(r);
  }
  return codes;
}

}  // namespace

Date DateColumn(const Row& row, int column) {
  return ParseDate(row.Text(column)).value_or(Date{});
}

std::optional<Date> OptDateColumn(const Row& row, int column) {
  if (row.IsNull(column)) {
    return std::nullopt;
  }
  return ParseDate(row.Text(column));
}

std::optional<std::string> OptDateText(const std::optional<Date>& date) {
  return date ? std::optional(FormatDate(*date)) : std::nullopt;
}

Result<std::int64_t> InsertReturningId(Statement& statement) {
  auto row = statement.Step();
  PROBITY_TRY(row);
  if (!*row) {
    return Internal("INSERT returned no id");
  }
  std::int64_t id = statement.row().Int(0);
  PROBITY_TRY(statement.Run());  // finish the statement so the connection is free
  return id;
}

Result<std::optional<person::Person>> SqlPersonRepository::FindByCrn(const std::string& crn) {
  auto q = c_.Query(
      "SELECT person_id, crn, first_name, middle_names, surname, date_of_birth, sex, pnc_number,"
      " home_area_id, ogrs_two_year, tier, registers FROM person WHERE crn = $1",
      crn);
  PROBITY_TRY(q);
  auto found = (*q)->Step();
  PROBITY_TRY(found);
  if (!*found) {
    return std::optional<person::Person>();
  }
  const Row& r = (*q)->row();
  person::Person p;
  p.id = person::PersonId(r.Int(0));
  p.crn = person::Crn::FromTrusted(r.Text(1));
  p.first_name = r.Text(2);
  p.middle_names = r.Text(3);
  p.surname = r.Text(4);
  p.date_of_birth = DateColumn(r, 5);
  p.sex = person::ParseSex(r.Text(6)).value_or(person::Sex::kMale);
  p.pnc_number = r.OptText(7);
  p.home_area = org::AreaId(r.OptInt(8).value_or(0));
  if (auto ogrs = r.OptInt(9)) {
    p.ogrs_two_year = static_cast<int>(*ogrs);
  }
  p.tier = r.Text(10);
  p.registers = ParseRegisters(r.Text(11));
  PROBITY_TRY((*q)->Run());

  auto aliases = c_.Query(
      "SELECT first_name, surname, date_of_birth FROM alias WHERE person_id = $1"
      " ORDER BY alias_id",
      p.id.value());
  PROBITY_TRY(aliases);
  while (true) {
    auto more = (*aliases)->Step();
    PROBITY_TRY(more);
    if (!*more) {
      break;
    }
    const Row& a = (*aliases)->row();
    p.aliases.push_back({a.Text(0), a.Text(1), OptDateColumn(a, 2)});
  }
  return std::optional<person::Person>(std::move(p));
}

namespace {

// The summary columns shared by every kind of search; `hit` names the matching people and
// `limit_parameter` is the $N that caps the rows. The page of people is chosen first and only
// its rows are joined to their area and officer (a name search has up to four branches' hits).
std::string SummarySql(std::string_view hit, std::string_view limit_parameter) {
  return std::string(hit) +
         ", top AS (SELECT p.person_id, p.crn, p.first_name, p.surname, p.date_of_birth, p.sex,"
         "  p.pnc_number, p.home_area_id, t.match_key, t.alias_name"
         " FROM (SELECT person_id, MIN(match_key) AS match_key, MIN(alias_name) AS alias_name"
         "  FROM hit GROUP BY person_id) AS t JOIN person p ON p.person_id = t.person_id"
         " ORDER BY t.match_key, p.date_of_birth, p.crn LIMIT " +
         std::string(limit_parameter) +
         ")"
         " SELECT top.person_id, top.crn, top.first_name, top.surname, top.date_of_birth, top.sex,"
         "  top.pnc_number, COALESCE(ar.name, ''), COALESCE(s.first_name || ' ' || s.surname, ''),"
         "  top.alias_name"
         " FROM top LEFT JOIN area ar ON ar.area_id = top.home_area_id"
         " LEFT JOIN allocation al ON al.person_id = top.person_id AND al.ended_on IS NULL"
         " LEFT JOIN staff s ON s.staff_id = al.staff_id"
         " ORDER BY top.match_key, top.date_of_birth, top.crn";
}

// Names match on key prefixes: [key, key + "~") is every key that starts with `key`. Results come
// in order of the name that matched (a person found by an alias sorts under the alias), and each
// branch stops at the first $6 rows in index order, so a common surname ("Jones": 10,000 people at
// national scale) costs no more than a rare one.
//
// Without a date of birth each table is read in two branches, the surname itself and the longer
// surnames it begins, so that in the first the first-name prefix narrows the index range too: as
// one range, "John Smith" walked every Smith before "john" (~6,000 index entries). With a date of
// birth the (date_of_birth, surname_key, first_name_key) indexes (migration 0009) seek the date.
std::string NameBranch(std::string_view columns, std::string_view table, std::string_view surname,
                       std::string_view order) {
  return "SELECT * FROM (SELECT person_id, " + std::string(columns) +
         ", surname_key || ' ' || first_name_key AS match_key FROM " + std::string(table) +
         " WHERE " + std::string(surname) +
         " AND first_name_key >= $3 AND first_name_key < $4 AND ($5 = '' OR date_of_birth = $5)"
         " ORDER BY " +
         std::string(order) + " LIMIT $6)";
}

std::string NameHits(bool with_birth_date) {
  const std::string person_columns = "NULL AS alias_name";
  const std::string alias_columns = "first_name || ' ' || surname";
  const std::string person_order = "surname_key, first_name_key, date_of_birth, crn";
  const std::string alias_order = "surname_key, first_name_key, alias_id";
  std::vector<std::string> branches;
  if (with_birth_date) {
    const std::string by_date = "date_of_birth = $5 AND surname_key >= $1 AND surname_key < $2";
    branches = {NameBranch(person_columns, "person", by_date, person_order),
                NameBranch(alias_columns, "alias", by_date, alias_order)};
  } else {
    const std::string same = "surname_key = $1";
    const std::string longer = "surname_key > $1 AND surname_key < $2";
    branches = {NameBranch(person_columns, "person", same, person_order),
                NameBranch(person_columns, "person", longer, person_order),
                NameBranch(alias_columns, "alias", same, alias_order),
                NameBranch(alias_columns, "alias", longer, alias_order)};
  }
  std::string hit = "WITH hit AS (";
  for (std::size_t i = 0; i < branches.size(); ++i) {
    hit += (i == 0 ? "" : " UNION ALL ") + branches[i] + " AS b" + std::to_string(i);
  }
  return hit + ")";
}

const std::string kByName = SummarySql(NameHits(false), "$6");
const std::string kByNameAndBirthDate = SummarySql(NameHits(true), "$6");
const std::string kByIdentifier = SummarySql(
    "WITH hit AS (SELECT person_id, NULL AS alias_name,"
    "  surname_key || ' ' || first_name_key AS match_key FROM person"
    "  WHERE crn = $1 OR pnc_number = $2)",
    "$3");

}  // namespace

Result<std::vector<app::PersonSummary>> SqlPersonRepository::Search(
    const person::SearchQuery& query, int limit) {
  std::string dob = query.date_of_birth ? FormatDate(*query.date_of_birth) : "";
  Result<Statement*> q = Internal("unreachable");
  switch (query.kind) {
    case person::SearchQuery::Kind::kName:
      q = c_.Query(dob.empty() ? kByName : kByNameAndBirthDate, query.surname_key,
                   query.surname_key + "~", query.first_name_key, query.first_name_key + "~", dob,
                   limit);
      break;
    case person::SearchQuery::Kind::kCrn:
    case person::SearchQuery::Kind::kPnc:
      q = c_.Query(kByIdentifier, query.crn, query.pnc, limit);
      break;
  }
  PROBITY_TRY(q);
  std::vector<app::PersonSummary> people;
  while (true) {
    auto more = (*q)->Step();
    PROBITY_TRY(more);
    if (!*more) {
      break;
    }
    const Row& r = (*q)->row();
    app::PersonSummary s;
    s.id = person::PersonId(r.Int(0));
    s.crn = r.Text(1);
    s.first_name = r.Text(2);
    s.surname = r.Text(3);
    s.date_of_birth = DateColumn(r, 4);
    s.sex = person::ParseSex(r.Text(5)).value_or(person::Sex::kMale);
    s.pnc_number = r.OptText(6);
    s.area_name = r.Text(7);
    s.officer_name = r.Text(8);
    s.matched_alias = r.OptText(9);
    people.push_back(std::move(s));
  }
  return people;
}

Result<person::PersonId> SqlPersonRepository::Insert(const person::Person& p) {
  auto q = c_.Query(
      "INSERT INTO person (crn, first_name, middle_names, surname, first_name_key, surname_key,"
      " date_of_birth, sex, pnc_number, home_area_id, ogrs_two_year, tier, registers)"
      " VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13) RETURNING person_id",
      p.crn.str(), p.first_name, p.middle_names, p.surname, person::NameKey(p.first_name),
      person::NameKey(p.surname), FormatDate(p.date_of_birth), person::SexCode(p.sex), p.pnc_number,
      p.home_area.valid() ? std::optional<std::int64_t>(p.home_area.value()) : std::nullopt,
      p.ogrs_two_year, p.tier, JoinRegisters(p.registers));
  PROBITY_TRY(q);
  auto id = InsertReturningId(**q);
  PROBITY_TRY(id);
  for (const auto& alias : p.aliases) {
    auto a = c_.Query(
        "INSERT INTO alias (person_id, first_name, surname, first_name_key, surname_key,"
        " date_of_birth) VALUES ($1, $2, $3, $4, $5, $6)",
        *id, alias.first_name, alias.surname, person::NameKey(alias.first_name),
        person::NameKey(alias.surname),
        alias.date_of_birth ? std::optional<std::string>(FormatDate(*alias.date_of_birth))
                            : std::nullopt);
    PROBITY_TRY(a);
    PROBITY_TRY((*a)->Run());
  }
  return person::PersonId(*id);
}

Result<std::string> SqlPersonRepository::AreaName(org::AreaId area) {
  auto q = c_.Query("SELECT name FROM area WHERE area_id = $1", area.value());
  PROBITY_TRY(q);
  auto found = (*q)->Step();
  PROBITY_TRY(found);
  std::string name = *found ? (*q)->row().Text(0) : "";
  PROBITY_TRY((*q)->Run());
  return name;
}

}  // namespace probity::store
