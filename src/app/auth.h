// Sign-in, sessions, API tokens and user accounts
// (docs/decisions/0007-authentication-and-audit.md). Passwords are argon2id hashes (libsodium);
// session and API tokens are 256-bit random values of which only a hash is stored.
#pragma once

#include <string>

#include "app/actor.h"
#include "core/result.h"

namespace probity::app {

inline constexpr std::chrono::hours kSessionLifetime{8};

struct SignedIn {
  std::string session_token;  // for the cookie; never stored
  std::string csrf_token;
  Actor actor;
};

// kUnauthenticated "Enter a correct username and password" for any mismatch (no hint which).
Result<SignedIn> SignIn(const Context& ctx, const std::string& username,
                        const std::string& password);

struct Session {
  Actor actor;
  std::string csrf_token;
};

// The session behind a cookie token; kUnauthenticated when unknown or expired.
Result<Session> AuthenticateSession(const Context& ctx, const std::string& session_token);
// The user behind an API bearer token; kUnauthenticated when unknown.
Result<Actor> AuthenticateBearer(const Context& ctx, const std::string& bearer_token);
Status SignOut(const Context& ctx, const std::string& session_token);

struct NewUser {
  std::string username;
  std::string password;
  std::string role;        // a RoleCode
  std::string staff_code;  // optional: links an officer or manager to their staff record
};

// Validates and creates a user. Field errors name "username", "password", "role" or "staff".
Result<std::int64_t> AddUser(const Context& ctx, const NewUser& user);

// Issues a new bearer token for `username` and returns it (shown once).
Result<std::string> IssueApiToken(const Context& ctx, const std::string& username);

// A random 256-bit token as 64 hex characters.
std::string RandomToken();
// Constant-time comparison, for CSRF tokens.
bool TokensEqual(const std::string& a, const std::string& b);

}  // namespace probity::app
