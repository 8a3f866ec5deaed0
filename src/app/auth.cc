#include "app/auth.h"

#include <array>
#include <cctype>

#include <sodium.h>

#include "app/ports.h"

namespace probity::app {
namespace {

// libsodium must be initialised once before use; sodium_init is thread-safe and idempotent.
void InitSodium() {
  static const bool kReady = sodium_init() >= 0;
  (void)kReady;
}

std::string Hex(const unsigned char* bytes, std::size_t size) {
  std::string hex(size * 2 + 1, '\0');
  sodium_bin2hex(hex.data(), hex.size(), bytes, size);
  hex.pop_back();
  return hex;
}

// Tokens are stored hashed, so a leaked database does not hand out sessions.
std::string TokenHash(const std::string& token) {
  InitSodium();
  std::array<unsigned char, crypto_generichash_BYTES> hash{};
  crypto_generichash(hash.data(), hash.size(), reinterpret_cast<const unsigned char*>(token.data()),
                     token.size(), nullptr, 0);
  return Hex(hash.data(), hash.size());
}

Result<std::string> HashPassword(const std::string& password) {
  InitSodium();
  std::array<char, crypto_pwhash_STRBYTES> hash{};
  if (crypto_pwhash_str_alg(hash.data(), password.data(), password.size(),
                            crypto_pwhash_OPSLIMIT_INTERACTIVE, crypto_pwhash_MEMLIMIT_INTERACTIVE,
                            crypto_pwhash_ALG_ARGON2ID13) != 0) {
    return Internal("could not hash the password (out of memory)");
  }
  return std::string(hash.data());
}

bool PasswordMatches(const std::string& hash, const std::string& password) {
  return crypto_pwhash_str_verify(hash.c_str(), password.data(), password.size()) == 0;
}

Actor ActorFor(const UserRecord& user) {
  Actor actor;
  actor.user_id = user.id;
  actor.username = user.username;
  actor.role = ParseRole(user.role).value_or(Role::kAnalyst);
  actor.staff = user.staff;
  return actor;
}

Error BadCredentials() {
  return Unauthenticated("Enter a correct username and password");
}

bool ValidUsername(const std::string& username) {
  if (username.size() < 3 || username.size() > 64) {
    return false;
  }
  for (char c : username) {
    auto u = static_cast<unsigned char>(c);
    if (std::islower(u) == 0 && std::isdigit(u) == 0 && c != '.' && c != '_' && c != '-') {
      return false;
    }
  }
  return true;
}

}  // namespace

std::string RandomToken() {
  InitSodium();
  std::array<unsigned char, 32> bytes{};
  randombytes_buf(bytes.data(), bytes.size());
  return Hex(bytes.data(), bytes.size());
}

bool TokensEqual(const std::string& a, const std::string& b) {
  return a.size() == b.size() && sodium_memcmp(a.data(), b.data(), a.size()) == 0;
}

Result<SignedIn> SignIn(const Context& ctx, const std::string& username,
                        const std::string& password) {
  auto tx = ctx.store.Begin(TxKind::kWrite);
  PROBITY_TRY(tx);
  auto user = (*tx)->users().FindByUsername(username);
  PROBITY_TRY(user);
  if (!user->has_value() || !PasswordMatches((*user)->password_hash, password)) {
    return BadCredentials();
  }
  SignedIn signed_in{RandomToken(), RandomToken(), ActorFor(**user)};
  Instant now = ctx.clock.Now();
  PROBITY_TRY((*tx)->users().CreateSession((*user)->id, TokenHash(signed_in.session_token),
                                           signed_in.csrf_token, now, now + kSessionLifetime));
  PROBITY_TRY((*tx)->Commit());
  return signed_in;
}

Result<Session> AuthenticateSession(const Context& ctx, const std::string& session_token) {
  if (session_token.empty()) {
    return Unauthenticated("Sign in to continue");
  }
  auto tx = ctx.store.Begin(TxKind::kRead);
  PROBITY_TRY(tx);
  auto session = (*tx)->users().FindSession(TokenHash(session_token));
  PROBITY_TRY(session);
  if (!session->has_value() || (*session)->expires_at <= ctx.clock.Now()) {
    return Unauthenticated("Your session has ended: sign in again");
  }
  return Session{ActorFor((*session)->user), (*session)->csrf_token};
}

Result<Actor> AuthenticateBearer(const Context& ctx, const std::string& bearer_token) {
  auto tx = ctx.store.Begin(TxKind::kRead);
  PROBITY_TRY(tx);
  auto user = (*tx)->users().FindApiToken(TokenHash(bearer_token));
  PROBITY_TRY(user);
  if (!user->has_value()) {
    return Unauthenticated("The bearer token is not valid");
  }
  return ActorFor(**user);
}

Status SignOut(const Context& ctx, const std::string& session_token) {
  auto tx = ctx.store.Begin(TxKind::kWrite);
  PROBITY_TRY(tx);
  PROBITY_TRY((*tx)->users().DeleteSession(TokenHash(session_token)));
  return (*tx)->Commit();
}

Result<std::int64_t> AddUser(const Context& ctx, const NewUser& user) {
  if (!ValidUsername(user.username)) {
    return InvalidArgument("username", "INVALID_FORMAT",
                           "Username must be 3 to 64 lower-case letters, digits, '.', '_' or '-'");
  }
  if (user.password.size() < 10) {
    return InvalidArgument("password", "TOO_SHORT", "Password must be at least 10 characters");
  }
  if (!ParseRole(user.role)) {
    return InvalidArgument("role", "UNKNOWN",
                           "Role must be one of responsible_officer, manager, court_officer, "
                           "provider, analyst, admin");
  }
  auto tx = ctx.store.Begin(TxKind::kWrite);
  PROBITY_TRY(tx);
  UserRecord record{0, user.username, "", user.role, std::nullopt};
  if (!user.staff_code.empty()) {
    auto staff = (*tx)->org().FindStaffByCode(user.staff_code);
    PROBITY_TRY(staff);
    if (!staff->has_value()) {
      return InvalidArgument("staff", "UNKNOWN", "No staff member has code " + user.staff_code);
    }
    record.staff = (*staff)->id;
  }
  auto existing = (*tx)->users().FindByUsername(user.username);
  PROBITY_TRY(existing);
  if (existing->has_value()) {
    return InvalidArgument("username", "TAKEN", "A user called " + user.username + " exists");
  }
  auto hash = HashPassword(user.password);
  PROBITY_TRY(hash);
  record.password_hash = *hash;
  auto id = (*tx)->users().Insert(record, ctx.clock.Now());
  PROBITY_TRY(id);
  PROBITY_TRY((*tx)->Commit());
  return *id;
}

Result<std::string> IssueApiToken(const Context& ctx, const std::string& username) {
  auto tx = ctx.store.Begin(TxKind::kWrite);
  PROBITY_TRY(tx);
  auto user = (*tx)->users().FindByUsername(username);
  PROBITY_TRY(user);
  if (!user->has_value()) {
    return InvalidArgument("username", "UNKNOWN", "No user is called " + username);
  }
  std::string token = RandomToken();
  PROBITY_TRY((*tx)->users().CreateApiToken((*user)->id, TokenHash(token), ctx.clock.Now()));
  PROBITY_TRY((*tx)->Commit());
  return token;
}

}  // namespace probity::app
