-- The definitive yearly run of a year (huurronde definitief --run ID): definitief_jaar is the run's year
-- when it is the definitive one, else NULL. The unique index allows one per year (NULLs do not collide).
ALTER TABLE ronde_run ADD COLUMN definitief_jaar INTEGER;
CREATE UNIQUE INDEX ronde_run_definitief ON ronde_run (definitief_jaar);
-- A year with exactly one completed yearly run: that run is the definitive one, as a new first run is.
UPDATE ronde_run SET definitief_jaar = jaar
 WHERE soort_run = 'RUN' AND status = 'VOLTOOID'
   AND (SELECT COUNT(*) FROM ronde_run o WHERE o.jaar = ronde_run.jaar AND o.soort_run = 'RUN'
        AND o.status = 'VOLTOOID') = 1;
