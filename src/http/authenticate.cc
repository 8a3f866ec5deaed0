#include "http/authenticate.h"

namespace probity::http {

Result<app::Session> Authenticate(const app::Context& ctx, Request& request) {
  std::string authorization = request.Header("authorization");
  Result<app::Session> session = Unauthenticated("Sign in, or send a bearer token");
  if (authorization.rfind("Bearer ", 0) == 0) {
    auto actor = app::AuthenticateBearer(ctx, authorization.substr(7));
    PROBITY_TRY(actor);
    session = app::Session{std::move(*actor), ""};
  } else if (!authorization.empty()) {
    return Unauthenticated("Only bearer tokens are accepted in Authorization");
  } else {
    session = app::AuthenticateSession(ctx, request.Cookie(kSessionCookie));
  }
  PROBITY_TRY(session);
  session->actor.request_id = request.request_id;
  request.username = session->actor.username;
  return session;
}

}  // namespace probity::http
