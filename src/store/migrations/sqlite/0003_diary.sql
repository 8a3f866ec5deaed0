-- Issue 3: the diary (who delivers, outcome reasons, who recorded them), group sessions whose
-- attendees' appointments move or cancel together, and grouped notices to officers (one notice
-- per officer per event, never one per person per session). Requirements gain the per-requirement
-- details courts set (curfew hours a day, a requirement end date) and a history of changes.
CREATE TABLE group_session (
  group_session_id INTEGER PRIMARY KEY,
  title TEXT NOT NULL,
  contact_type TEXT NOT NULL,
  session_date TEXT NOT NULL,
  start_time TEXT NOT NULL,
  location TEXT NOT NULL,
  staff_id INTEGER REFERENCES staff,
  provider TEXT NOT NULL DEFAULT '',
  status TEXT NOT NULL CHECK (status IN ('scheduled', 'cancelled')),
  created_at TEXT NOT NULL,
  created_by TEXT NOT NULL
) STRICT;

ALTER TABLE contact ADD COLUMN provider TEXT NOT NULL DEFAULT '';
ALTER TABLE contact ADD COLUMN outcome_reason TEXT NOT NULL DEFAULT '';
ALTER TABLE contact ADD COLUMN outcome_recorded_at TEXT;
ALTER TABLE contact ADD COLUMN outcome_recorded_by TEXT;
ALTER TABLE contact ADD COLUMN group_session_id INTEGER REFERENCES group_session;
CREATE INDEX contact_group_session ON contact (group_session_id)
  WHERE group_session_id IS NOT NULL;

CREATE TABLE notice (
  notice_id INTEGER PRIMARY KEY,
  staff_id INTEGER NOT NULL REFERENCES staff,
  created_at TEXT NOT NULL,
  kind TEXT NOT NULL,
  title TEXT NOT NULL,
  body TEXT NOT NULL,
  read_at TEXT
) STRICT;
CREATE INDEX notice_staff ON notice (staff_id, notice_id);
CREATE TABLE notice_person (
  notice_id INTEGER NOT NULL REFERENCES notice,
  person_id INTEGER NOT NULL REFERENCES person,
  PRIMARY KEY (notice_id, person_id)
) STRICT;

ALTER TABLE requirement ADD COLUMN daily_hours INTEGER;
ALTER TABLE requirement ADD COLUMN end_date TEXT;
CREATE TABLE requirement_change (
  requirement_change_id INTEGER PRIMARY KEY,
  requirement_id INTEGER NOT NULL REFERENCES requirement,
  kind TEXT NOT NULL CHECK (kind IN ('varied', 'terminated', 'completed')),
  effective_date TEXT NOT NULL,
  old_length INTEGER,
  new_length INTEGER,
  old_end_date TEXT,
  new_end_date TEXT,
  reason TEXT NOT NULL,
  changed_at TEXT NOT NULL,
  changed_by TEXT NOT NULL
) STRICT;
CREATE INDEX requirement_change_requirement ON requirement_change (requirement_id);
