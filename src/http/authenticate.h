// Who is calling: a bearer token (API clients) or the session cookie (browsers).
#pragma once

#include <string>

#include "app/actor.h"
#include "app/auth.h"
#include "core/result.h"
#include "http/request.h"

namespace probity::http {

inline constexpr const char* kSessionCookie = "probity_session";

// The caller's session (csrf_token is empty for a bearer token). kUnauthenticated when neither
// a valid bearer token nor a valid session cookie came with the request. Sets
// request.username and the actor's request id.
Result<app::Session> Authenticate(const app::Context& ctx, Request& request);

}  // namespace probity::http
