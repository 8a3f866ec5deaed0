// The SQLite engine: WAL, synchronous=FULL (an acknowledged commit survives a power cut),
// foreign keys on, STRICT tables (in the migrations).
#pragma once

#include <memory>
#include <string>

#include "core/result.h"
#include "store/db.h"

namespace probity::store {

Result<std::unique_ptr<Connection>> OpenSqlite(const std::string& path);

}  // namespace probity::store
