-- ADR 0008: the audit log moves into its own file, attached as `audit` on every connection, so
-- that the commits of page-view entries do not empty the page caches of the main file's readers.
-- Unqualified `audit_event` in queries finds it there. Append-only, as before.
CREATE TABLE IF NOT EXISTS audit.audit_event (
  audit_event_id INTEGER PRIMARY KEY,
  occurred_at TEXT NOT NULL,
  username TEXT NOT NULL,
  role TEXT NOT NULL,
  action TEXT NOT NULL,
  record_type TEXT NOT NULL,
  record_id TEXT NOT NULL,
  request_id TEXT NOT NULL,
  reason TEXT NOT NULL DEFAULT ''
) STRICT;
CREATE INDEX IF NOT EXISTS audit.audit_event_record ON audit_event (record_type, record_id);
CREATE TRIGGER IF NOT EXISTS audit.audit_event_no_update BEFORE UPDATE ON audit_event
  BEGIN SELECT RAISE(ABORT, 'audit_event is append-only'); END;
CREATE TRIGGER IF NOT EXISTS audit.audit_event_no_delete BEFORE DELETE ON audit_event
  BEGIN SELECT RAISE(ABORT, 'audit_event is append-only'); END;
INSERT INTO audit.audit_event (occurred_at, username, role, action, record_type, record_id,
                               request_id, reason)
  SELECT occurred_at, username, role, action, record_type, record_id, request_id, reason
  FROM main.audit_event ORDER BY audit_event_id;
DROP TABLE main.audit_event;
