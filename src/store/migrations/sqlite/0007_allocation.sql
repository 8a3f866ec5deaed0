-- Issue 4 part 3: allocation (ALLOC-1, ALLOC-2, TIME-2; docs/rules/allocation.md).
-- What kind of organisation each is: the unified Probation Service, or (ALLOC-2) the NPS or a CRC.
ALTER TABLE organisation ADD COLUMN kind TEXT NOT NULL DEFAULT 'probation_service'
  CHECK (kind IN ('probation_service', 'nps', 'crc'));
-- A team belongs to its area's organisation unless it names another: under ALLOC-2 the NPS and
-- the CRC each had teams serving the same area.
ALTER TABLE team ADD COLUMN organisation_id INTEGER REFERENCES organisation;

-- Who allocated, when and why (reason required by the use case), and the sentence it answered,
-- so the working days from sentence to allocation (TIME-2) stay measurable. Rows seeded or
-- written before this migration have none of these.
ALTER TABLE allocation ADD COLUMN sentence_date TEXT;
ALTER TABLE allocation ADD COLUMN reason TEXT NOT NULL DEFAULT '';
ALTER TABLE allocation ADD COLUMN allocated_by TEXT NOT NULL DEFAULT '';
ALTER TABLE allocation ADD COLUMN allocated_at TEXT;
ALTER TABLE allocation ADD COLUMN policy TEXT NOT NULL DEFAULT '';
ALTER TABLE allocation ADD COLUMN decision TEXT NOT NULL DEFAULT '';  -- the policy's reason codes
ALTER TABLE allocation ADD COLUMN policy_override INTEGER NOT NULL DEFAULT 0
  CHECK (policy_override IN (0, 1));
CREATE INDEX allocation_person ON allocation (person_id, allocated_on);

-- The service's allocation policy: one row, ALLOC-1 by default, the ALLOC-2 RSR switch off.
CREATE TABLE allocation_policy (
  allocation_policy_id INTEGER PRIMARY KEY CHECK (allocation_policy_id = 1),
  kind TEXT NOT NULL CHECK (kind IN ('unified', 'split_2014')),
  rsr_sends_to_nps INTEGER NOT NULL CHECK (rsr_sends_to_nps IN (0, 1)),
  target_working_days INTEGER NOT NULL CHECK (target_working_days BETWEEN 0 AND 30),
  changed_at TEXT,
  changed_by TEXT NOT NULL DEFAULT ''
) STRICT;
INSERT INTO allocation_policy (allocation_policy_id, kind, rsr_sends_to_nps, target_working_days)
  VALUES (1, 'unified', 0, 1);
