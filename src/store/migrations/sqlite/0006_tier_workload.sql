-- Issue 4 part 4: the inputs of the tier (TIER-1, domain.md §4) and the tier calculated from
-- them with the points behind it; the workload points tables (WL-1, §5) and staff reductions.

-- The person's most recent OASys assessment (one a person: recording another replaces it).
CREATE TABLE assessment (
  person_id INTEGER PRIMARY KEY REFERENCES person,
  assessed_on TEXT NOT NULL,
  rsr_hundredths INTEGER CHECK (rsr_hundredths BETWEEN 0 AND 9999),  -- RSR % x 100
  rosh TEXT CHECK (rosh IN ('low', 'medium', 'high', 'very_high')),
  needs TEXT NOT NULL,  -- "need=severity" pairs, space-separated, e.g. "ete=severe"
  parenting_responsibilities INTEGER NOT NULL,
  impulsivity INTEGER NOT NULL,
  temper_control INTEGER NOT NULL,
  recorded_at TEXT NOT NULL,
  recorded_by TEXT NOT NULL
) STRICT;

-- Registers on the person's record with their dates; a removed one keeps its row (ended_on).
-- person.registers stays the list of the active codes, kept in step by the same transaction.
CREATE TABLE registration (
  registration_id INTEGER PRIMARY KEY,
  person_id INTEGER NOT NULL REFERENCES person,
  register TEXT NOT NULL,
  level TEXT CHECK (level IN ('M1', 'M2', 'M3')),
  registered_on TEXT NOT NULL,
  ended_on TEXT,
  recorded_by TEXT NOT NULL,
  ended_by TEXT
) STRICT;
CREATE INDEX registration_active ON registration (person_id) WHERE ended_on IS NULL;

-- The person's current tier with the points behind it (person.tier holds its code).
CREATE TABLE tier_calculation (
  person_id INTEGER PRIMARY KEY REFERENCES person,
  tier TEXT NOT NULL,
  protect_points INTEGER NOT NULL,
  change_points INTEGER NOT NULL,
  factors TEXT NOT NULL,  -- one line a factor: "protect|change TAB code TAB detail TAB points TAB text"
  calculated_at TEXT NOT NULL,
  reason TEXT NOT NULL
) STRICT;

-- WL-1 points tables: `points` holds four rows separated by ";", one a case type (community, licence, custody, t2a)
-- with 32 comma-separated values for A3, A2, A1, A0, B3 ... D0, then A3S ... D0S.
CREATE TABLE workload_points_table (
  workload_points_table_id INTEGER PRIMARY KEY,
  effective_from TEXT NOT NULL UNIQUE,
  nominal_target INTEGER NOT NULL CHECK (nominal_target > 0),
  default_hours INTEGER NOT NULL CHECK (default_hours > 0),
  points TEXT NOT NULL,
  created_at TEXT NOT NULL,
  created_by TEXT NOT NULL
) STRICT;
-- The §5 seed row (hmpps-workload V1_1__SEED_REF_DATA.sql; S tiers 0, V1_69).
INSERT INTO workload_points_table (effective_from, nominal_target, default_hours, points,
  created_at, created_by)
VALUES ('2000-01-01', 2176, 37,
  '206,158,146,110,146,115,102,72,79,63,50,35,51,41,29,29,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0;219,175,163,0,161,132,119,0,77,65,52,0,51,43,31,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0;75,60,59,0,59,48,47,0,30,24,23,0,17,14,13,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0;75,60,59,0,59,48,47,0,30,24,23,0,17,14,13,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0',
  '2026-01-01T00:00:00Z', 'migration');

-- Reductions of an officer's hours (§5 reduction reasons), in hundredths of an hour.
CREATE TABLE workload_reduction (
  workload_reduction_id INTEGER PRIMARY KEY,
  staff_id INTEGER NOT NULL REFERENCES staff,
  reason TEXT NOT NULL,
  hours_hundredths INTEGER NOT NULL CHECK (hours_hundredths > 0),
  starts_on TEXT NOT NULL,
  ends_on TEXT
) STRICT;
CREATE INDEX workload_reduction_staff ON workload_reduction (staff_id);
