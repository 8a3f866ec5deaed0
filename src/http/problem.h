// Errors on the wire: application/problem+json (RFC 7807 fields plus the HMPPS ADR 0002 fields
// status, error, message, validationErrors[{field, error, message}]).
#pragma once

#include <string>

#include "core/result.h"
#include "http/request.h"

namespace probity::http {

// The one mapping from ErrorCode to HTTP status (docs/decisions/0002-error-model.md).
int StatusFor(ErrorCode code);

Response Problem(const Error& error);
Response Problem(int status, const std::string& error, const std::string& message);

}  // namespace probity::http
