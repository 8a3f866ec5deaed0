-- Probity schema v1 (SQLite). Dates are ISO text; instants are UTC text "YYYY-MM-DDTHH:MM:SSZ".
CREATE TABLE organisation (
  organisation_id INTEGER PRIMARY KEY,
  code TEXT NOT NULL UNIQUE,
  name TEXT NOT NULL
) STRICT;

CREATE TABLE area (
  area_id INTEGER PRIMARY KEY,
  organisation_id INTEGER NOT NULL REFERENCES organisation,
  code TEXT NOT NULL UNIQUE,
  name TEXT NOT NULL
) STRICT;

CREATE TABLE team (
  team_id INTEGER PRIMARY KEY,
  area_id INTEGER NOT NULL REFERENCES area,
  code TEXT NOT NULL UNIQUE,
  name TEXT NOT NULL
) STRICT;

CREATE TABLE staff (
  staff_id INTEGER PRIMARY KEY,
  team_id INTEGER NOT NULL REFERENCES team,
  code TEXT NOT NULL UNIQUE,
  first_name TEXT NOT NULL,
  surname TEXT NOT NULL,
  grade TEXT NOT NULL CHECK (grade IN ('PO', 'PSO', 'SPO')),
  contracted_hours INTEGER NOT NULL CHECK (contracted_hours BETWEEN 1 AND 60)
) STRICT;

CREATE TABLE person (
  person_id INTEGER PRIMARY KEY,
  crn TEXT NOT NULL UNIQUE,
  first_name TEXT NOT NULL,
  middle_names TEXT NOT NULL DEFAULT '',
  surname TEXT NOT NULL,
  first_name_key TEXT NOT NULL,
  surname_key TEXT NOT NULL,
  date_of_birth TEXT NOT NULL,
  sex TEXT NOT NULL CHECK (sex IN ('male', 'female')),
  pnc_number TEXT UNIQUE,
  home_area_id INTEGER REFERENCES area,
  ogrs_two_year INTEGER CHECK (ogrs_two_year BETWEEN 1 AND 99),
  tier TEXT NOT NULL DEFAULT '',
  registers TEXT NOT NULL DEFAULT ''  -- space-separated register codes (domain.md §10)
) STRICT;
CREATE INDEX person_name ON person (surname_key, first_name_key, date_of_birth);

CREATE TABLE alias (
  alias_id INTEGER PRIMARY KEY,
  person_id INTEGER NOT NULL REFERENCES person,
  first_name TEXT NOT NULL,
  surname TEXT NOT NULL,
  first_name_key TEXT NOT NULL,
  surname_key TEXT NOT NULL,
  date_of_birth TEXT
) STRICT;
CREATE INDEX alias_name ON alias (surname_key, first_name_key);
CREATE INDEX alias_person ON alias (person_id);

CREATE TABLE event (
  event_id INTEGER PRIMARY KEY,
  person_id INTEGER NOT NULL REFERENCES person,
  conviction_date TEXT NOT NULL,
  offence_category TEXT NOT NULL,
  offence_description TEXT NOT NULL,
  court TEXT NOT NULL
) STRICT;
CREATE INDEX event_person ON event (person_id);

CREATE TABLE sentence (
  sentence_id INTEGER PRIMARY KEY,
  event_id INTEGER NOT NULL REFERENCES event,
  order_type TEXT NOT NULL CHECK (order_type IN ('community_order', 'suspended_sentence_order')),
  sentence_date TEXT NOT NULL,
  end_date TEXT NOT NULL,
  custodial_months INTEGER,
  operational_end TEXT,
  CHECK (end_date > sentence_date)
) STRICT;
CREATE INDEX sentence_event ON sentence (event_id);

CREATE TABLE requirement (
  requirement_id INTEGER PRIMARY KEY,
  sentence_id INTEGER NOT NULL REFERENCES sentence,
  requirement_type TEXT NOT NULL,
  length INTEGER CHECK (length > 0),
  status TEXT NOT NULL CHECK (status IN ('active', 'completed', 'terminated'))
) STRICT;
CREATE INDEX requirement_sentence ON requirement (sentence_id);

CREATE TABLE allocation (
  allocation_id INTEGER PRIMARY KEY,
  person_id INTEGER NOT NULL REFERENCES person,
  organisation_id INTEGER NOT NULL REFERENCES organisation,
  team_id INTEGER NOT NULL REFERENCES team,
  staff_id INTEGER NOT NULL REFERENCES staff,
  allocated_on TEXT NOT NULL,
  ended_on TEXT
) STRICT;
CREATE UNIQUE INDEX allocation_current ON allocation (person_id) WHERE ended_on IS NULL;
CREATE INDEX allocation_staff ON allocation (staff_id) WHERE ended_on IS NULL;

CREATE TABLE contact (
  contact_id INTEGER PRIMARY KEY,
  person_id INTEGER NOT NULL REFERENCES person,
  requirement_id INTEGER REFERENCES requirement,
  staff_id INTEGER REFERENCES staff,
  contact_type TEXT NOT NULL,
  contact_date TEXT NOT NULL,
  start_time TEXT NOT NULL DEFAULT '',
  outcome TEXT,
  location TEXT NOT NULL DEFAULT '',
  notes TEXT NOT NULL DEFAULT ''
) STRICT;
CREATE INDEX contact_person_date ON contact (person_id, contact_date);
-- Covers RAR-day counting (RAR-5/6) without touching the table.
CREATE INDEX contact_requirement ON contact (requirement_id, contact_date, contact_type, outcome)
  WHERE requirement_id IS NOT NULL;

CREATE TABLE app_user (
  user_id INTEGER PRIMARY KEY,
  username TEXT NOT NULL UNIQUE,
  password_hash TEXT NOT NULL,
  role TEXT NOT NULL,
  staff_id INTEGER REFERENCES staff,
  created_at TEXT NOT NULL
) STRICT;

CREATE TABLE user_session (
  session_id INTEGER PRIMARY KEY,
  token_hash TEXT NOT NULL UNIQUE,
  user_id INTEGER NOT NULL REFERENCES app_user,
  csrf_token TEXT NOT NULL,
  created_at TEXT NOT NULL,
  expires_at TEXT NOT NULL
) STRICT;

CREATE TABLE api_token (
  api_token_id INTEGER PRIMARY KEY,
  token_hash TEXT NOT NULL UNIQUE,
  user_id INTEGER NOT NULL REFERENCES app_user,
  created_at TEXT NOT NULL
) STRICT;

-- Append-only (DPA 2018 s.62 logs of consultation and alteration): no updates, no deletes.
CREATE TABLE audit_event (
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
CREATE INDEX audit_event_record ON audit_event (record_type, record_id);
CREATE TRIGGER audit_event_no_update BEFORE UPDATE ON audit_event
  BEGIN SELECT RAISE(ABORT, 'audit_event is append-only'); END;
CREATE TRIGGER audit_event_no_delete BEFORE DELETE ON audit_event
  BEGIN SELECT RAISE(ABORT, 'audit_event is append-only'); END;
