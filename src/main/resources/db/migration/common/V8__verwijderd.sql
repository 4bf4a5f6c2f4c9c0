-- When verwijder deleted the run's personal data. Kept apart from beeindigd, so the history still
-- shows when the run itself ended; a run with this set stays VERWIJDERD for good.
ALTER TABLE ronde_run ADD COLUMN verwijderd TIMESTAMP;
