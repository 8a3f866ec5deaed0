// The PostgreSQL 15 engine, through libpq: the production store.
#pragma once

#include <memory>
#include <string>

#include "core/result.h"
#include "store/db.h"

namespace probity::store {

// `url` is a libpq connection URI (postgresql://user@host:port/db?options=...).
Result<std::unique_ptr<Connection>> OpenPostgres(const std::string& url);

}  // namespace probity::store
