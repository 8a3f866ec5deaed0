// The SQLite engine: WAL, synchronous=FULL (an acknowledged commit survives a power cut),
// foreign keys on, STRICT tables (in the migrations).
#pragma once

#include <memory>
#include <string>

#include "core/result.h"
#include "store/db.h"

namespace probity::store {

// Opens `path` and attaches its audit log file (AuditPathFor) as schema `audit`.
Result<std::unique_ptr<Connection>> OpenSqlite(const std::string& path);

// The audit log file beside a database file: var/probity.db -> var/probity.audit.db.
std::string AuditPathFor(const std::string& path);

}  // namespace probity::store
