-- Issue 5: compliance and enforcement. The officer's decision on each failure (ENF-3), warnings
-- and breaches (ENF-1/2), the frozen letters and breach packs, the court's outcome (ENF-5) and
-- corrections of wrongly recorded outcomes. Notices gain a de-duplication key.
CREATE TABLE failure_decision (
  contact_id INTEGER PRIMARY KEY REFERENCES contact,
  judgement TEXT NOT NULL
    CHECK (judgement IN ('awaiting_evidence', 'reasonable_excuse', 'no_reasonable_excuse')),
  reason TEXT NOT NULL,
  evidence_until TEXT,
  decided_at TEXT NOT NULL,
  decided_by TEXT NOT NULL,
  reviewed_at TEXT,
  reviewed_by TEXT,
  review_agreed INTEGER CHECK (review_agreed IN (0, 1)),
  review_note TEXT NOT NULL DEFAULT ''
) STRICT;

CREATE TABLE enforcement_action (
  action_id INTEGER PRIMARY KEY,
  person_id INTEGER NOT NULL REFERENCES person,
  sentence_id INTEGER NOT NULL REFERENCES sentence,
  contact_id INTEGER NOT NULL REFERENCES contact,
  kind TEXT NOT NULL CHECK (kind IN ('warning', 'breach')),
  action_date TEXT NOT NULL,
  respond_by TEXT,
  notes TEXT NOT NULL DEFAULT '',
  created_at TEXT NOT NULL,
  created_by TEXT NOT NULL,
  withdrawn_at TEXT,
  withdrawn_by TEXT,
  withdrawn_reason TEXT
) STRICT;
-- One live action per failure.
CREATE UNIQUE INDEX enforcement_action_failure ON enforcement_action (contact_id)
  WHERE withdrawn_at IS NULL;
CREATE INDEX enforcement_action_person ON enforcement_action (person_id);

-- A warning letter or breach pack as submitted: the text is frozen and never changes.
CREATE TABLE enforcement_document (
  action_id INTEGER PRIMARY KEY REFERENCES enforcement_action,
  kind TEXT NOT NULL CHECK (kind IN ('warning_letter', 'breach_pack')),
  content TEXT NOT NULL,
  submitted_at TEXT NOT NULL,
  submitted_by TEXT NOT NULL
) STRICT;

CREATE TABLE court_outcome (
  action_id INTEGER PRIMARY KEY REFERENCES enforcement_action,
  outcome TEXT NOT NULL CHECK (outcome IN ('no_action', 'order_continued', 'fine',
                                           'requirements_varied', 'revoked_and_resentenced')),
  outcome_date TEXT NOT NULL,
  details TEXT NOT NULL DEFAULT '',
  recorded_at TEXT NOT NULL,
  recorded_by TEXT NOT NULL
) STRICT;

CREATE TABLE outcome_correction (
  outcome_correction_id INTEGER PRIMARY KEY,
  contact_id INTEGER NOT NULL REFERENCES contact,
  old_outcome TEXT NOT NULL,
  new_outcome TEXT NOT NULL,
  reason TEXT NOT NULL,
  corrected_at TEXT NOT NULL,
  corrected_by TEXT NOT NULL
) STRICT;
CREATE INDEX outcome_correction_contact ON outcome_correction (contact_id);

-- The failures the rule considers (contact::IsFailure), per person: the worklist reads only these.
CREATE INDEX contact_failure ON contact (person_id, contact_date)
  WHERE outcome IN ('AFTC', 'ATSH', 'AFTA', 'UAAB');

-- Notifications without floods: one notice per officer per event, found again by its key.
ALTER TABLE notice ADD COLUMN dedupe_key TEXT;
CREATE UNIQUE INDEX notice_dedupe ON notice (staff_id, dedupe_key) WHERE dedupe_key IS NOT NULL;
CREATE TABLE notice_preference (
  staff_id INTEGER PRIMARY KEY REFERENCES staff,
  daily_digest INTEGER NOT NULL CHECK (daily_digest IN (0, 1))
) STRICT;
