-- Issue 3: the RAR sentence plan, one row per version (an agreed version is never edited; a
-- review makes the next one, RAR-8), with its needs, objectives and planned activities; and the
-- RAR completion record (RAR-9).
CREATE TABLE rar_plan (
  rar_plan_id INTEGER PRIMARY KEY,
  requirement_id INTEGER NOT NULL REFERENCES requirement,
  version INTEGER NOT NULL CHECK (version >= 1),
  status TEXT NOT NULL CHECK (status IN ('draft', 'agreed')),
  agreed_on TEXT,
  review_on TEXT,
  saved_at TEXT NOT NULL,
  saved_by TEXT NOT NULL,
  UNIQUE (requirement_id, version)
) STRICT;
CREATE TABLE rar_plan_need (
  rar_plan_id INTEGER NOT NULL REFERENCES rar_plan,
  position INTEGER NOT NULL,
  area TEXT NOT NULL,
  link TEXT NOT NULL,
  dependent_or_diagnosed INTEGER NOT NULL,
  notes TEXT NOT NULL,
  no_activity_reason TEXT NOT NULL,
  PRIMARY KEY (rar_plan_id, position)
) STRICT;
CREATE TABLE rar_plan_objective (
  rar_plan_id INTEGER NOT NULL REFERENCES rar_plan,
  position INTEGER NOT NULL,
  description TEXT NOT NULL,
  outcome TEXT NOT NULL,
  needs TEXT NOT NULL,  -- need-area codes, comma-separated, in order
  PRIMARY KEY (rar_plan_id, position)
) STRICT;
CREATE TABLE rar_plan_activity (
  rar_plan_id INTEGER NOT NULL REFERENCES rar_plan,
  position INTEGER NOT NULL,
  description TEXT NOT NULL,
  need TEXT,
  deliverer TEXT NOT NULL,
  provider TEXT NOT NULL,
  format TEXT NOT NULL,
  rar_days INTEGER NOT NULL,
  planned_start TEXT,
  PRIMARY KEY (rar_plan_id, position)
) STRICT;

CREATE TABLE rar_completion (
  requirement_id INTEGER PRIMARY KEY REFERENCES requirement,
  completed_on TEXT NOT NULL,
  plan_version INTEGER NOT NULL,
  days_ordered INTEGER NOT NULL,
  days_completed INTEGER NOT NULL,
  objective_outcomes TEXT NOT NULL,  -- one line per objective: "code<TAB>notes"
  rationale TEXT NOT NULL,
  progress TEXT NOT NULL,
  outcome_achieved TEXT NOT NULL,
  recorded_at TEXT NOT NULL,
  recorded_by TEXT NOT NULL
) STRICT;
