-- Issue 2: a name search with a date of birth seeks the date first (a date holds a dozen people
-- nationally), so "Williams born 1990-01-01" no longer scans every Williams.
CREATE INDEX person_birth_name ON person (date_of_birth, surname_key, first_name_key);
CREATE INDEX alias_birth_name ON alias (date_of_birth, surname_key, first_name_key);
