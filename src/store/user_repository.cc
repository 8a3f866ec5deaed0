#include "store/repositories.h"

namespace probity::store {
namespace {

constexpr std::string_view kUserColumns =
    "SELECT u.user_id, u.username, u.password_hash, u.role, u.staff_id";

app::UserRecord ReadUser(const Row& r) {
  app::UserRecord u;
  u.id = r.Int(0);
  u.username = r.Text(1);
  u.password_hash = r.Text(2);
  u.role = r.Text(3);
  if (auto staff = r.OptInt(4)) {
    u.staff = org::StaffId(*staff);
  }
  return u;
}

}  // namespace

Result<std::optional<app::UserRecord>> SqlUserRepository::FindByUsername(
    const std::string& username) {
  auto q = c_.Query(std::string(kUserColumns) + " FROM app_user u WHERE u.username = $1", username);
  PROBITY_TRY(q);
  auto found = (*q)->Step();
  PROBITY_TRY(found);
  if (!*found) {
    return std::optional<app::UserRecord>();
  }
  auto user = ReadUser((*q)->row());
  PROBITY_TRY((*q)->Run());
  return std::optional<app::UserRecord>(std::move(user));
}

Result<std::int64_t> SqlUserRepository::Insert(const app::UserRecord& user, Instant now) {
  auto q = c_.Query(
      "INSERT INTO app_user (username, password_hash, role, staff_id, created_at)"
      " VALUES ($1, $2, $3, $4, $5) RETURNING user_id",
      user.username, user.password_hash, user.role,
      user.staff ? std::optional<std::int64_t>(user.staff->value()) : std::nullopt,
      FormatInstant(now));
  PROBITY_TRY(q);
  return InsertReturningId(**q);
}

Status SqlUserRepository::CreateSession(std::int64_t user, const std::string& token_hash,
                                        const std::string& csrf_token, Instant now,
                                        Instant expires) {
  auto q = c_.Query(
      "INSERT INTO user_session (token_hash, user_id, csrf_token, created_at, expires_at)"
      " VALUES ($1, $2, $3, $4, $5)",
      token_hash, user, csrf_token, FormatInstant(now), FormatInstant(expires));
  PROBITY_TRY(q);
  return (*q)->Run();
}

Result<std::optional<app::SessionRecord>> SqlUserRepository::FindSession(
    const std::string& token_hash) {
  auto q = c_.Query(std::string(kUserColumns) +
                        ", s.csrf_token, s.expires_at FROM user_session s"
                        " JOIN app_user u ON u.user_id = s.user_id WHERE s.token_hash = $1",
                    token_hash);
  PROBITY_TRY(q);
  auto found = (*q)->Step();
  PROBITY_TRY(found);
  if (!*found) {
    return std::optional<app::SessionRecord>();
  }
  const Row& r = (*q)->row();
  app::SessionRecord s;
  s.user = ReadUser(r);
  s.csrf_token = r.Text(5);
  s.expires_at = ParseInstant(r.Text(6)).value_or(Instant{});
  PROBITY_TRY((*q)->Run());
  return std::optional<app::SessionRecord>(std::move(s));
}

Status SqlUserRepository::DeleteSession(const std::string& token_hash) {
  auto q = c_.Query("DELETE FROM user_session WHERE token_hash = $1", token_hash);
  PROBITY_TRY(q);
  return (*q)->Run();
}

Status SqlUserRepository::CreateApiToken(std::int64_t user, const std::string& token_hash,
                                         Instant now) {
  auto q = c_.Query("INSERT INTO api_token (token_hash, user_id, created_at) VALUES ($1, $2, $3)",
                    token_hash, user, FormatInstant(now));
  PROBITY_TRY(q);
  return (*q)->Run();
}

Result<std::optional<app::UserRecord>> SqlUserRepository::FindApiToken(
    const std::string& token_hash) {
  auto q = c_.Query(std::string(kUserColumns) +
                        " FROM api_token t JOIN app_user u ON u.user_id = t.user_id"
                        " WHERE t.token_hash = $1",
                    token_hash);
  PROBITY_TRY(q);
  auto found = (*q)->Step();
  PROBITY_TRY(found);
  if (!*found) {
    return std::optional<app::UserRecord>();
  }
  auto user = ReadUser((*q)->row());
  PROBITY_TRY((*q)->Run());
  return std::optional<app::UserRecord>(std::move(user));
}

}  // namespace probity::store
