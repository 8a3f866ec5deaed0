-- Issue 4 part 2: each area's catalogue of interventions (PROP-3, PROP-5, domain.md §8) and the
-- RAR proposals court officers make from a person's record for the pre-sentence report.

-- An intervention available in an area. Withdrawn ones keep their row (withdrawn_on) so a
-- proposal made earlier still reads as it was made.
CREATE TABLE intervention (
  intervention_id INTEGER PRIMARY KEY,
  area_id INTEGER NOT NULL REFERENCES area,
  code TEXT NOT NULL,
  name TEXT NOT NULL,
  kind TEXT NOT NULL CHECK (kind IN ('rar_activity', 'accredited_programme', 'treatment')),
  provider TEXT NOT NULL,
  delivery TEXT NOT NULL CHECK (delivery IN ('group', 'one_to_one')),
  need_areas TEXT NOT NULL,  -- RAR-10 codes, space-separated
  typical_days INTEGER NOT NULL CHECK (typical_days BETWEEN 1 AND 60),
  sexual_offending INTEGER NOT NULL CHECK (sexual_offending IN (0, 1)),
  description TEXT NOT NULL,
  added_at TEXT NOT NULL,
  added_by TEXT NOT NULL,
  withdrawn_on TEXT,
  withdrawn_by TEXT,
  UNIQUE (area_id, code)
) STRICT;

-- A proposal as made: its inputs and its result, frozen (later changes to the catalogue or the
-- record never alter what was put before the court).
CREATE TABLE rar_proposal (
  rar_proposal_id INTEGER PRIMARY KEY,
  person_id INTEGER NOT NULL REFERENCES person,
  proposed_at TEXT NOT NULL,
  proposed_by TEXT NOT NULL,
  area_code TEXT NOT NULL,  -- '' when no area was chosen
  area_name TEXT NOT NULL,
  ogrs_two_year INTEGER NOT NULL CHECK (ogrs_two_year BETWEEN 0 AND 99),
  ogrs_source TEXT NOT NULL CHECK (ogrs_source IN ('record', 'calculated')),
  needs TEXT NOT NULL,  -- one line a need: area TAB severity TAB linked TAB dependent TAB diagnosed
  sexual_offending INTEGER NOT NULL CHECK (sexual_offending IN (0, 1)),
  justification TEXT NOT NULL,
  intensity TEXT NOT NULL,
  guideline_min_days INTEGER,
  guideline_max_days INTEGER,
  proposed_days INTEGER,
  anticipated_days INTEGER,
  officer_days INTEGER NOT NULL,
  officer_needs TEXT NOT NULL,  -- RAR-10 codes, space-separated
  rationale TEXT NOT NULL,      -- one line a sentence
  flags TEXT NOT NULL,          -- codes, space-separated
  interventions TEXT NOT NULL   -- one line each: use TAB covered needs TAB the intervention
) STRICT;
CREATE INDEX rar_proposal_person ON rar_proposal (person_id);
