-- The supplementary run (huurronde aanvulrun, #20 item 4): a run of its own (soort_run AANVULLING) linked to
-- the completed yearly run it supplements, numbered 1, 2, ... per main run (its folder aanvulling-<n>/).
ALTER TABLE ronde_run ADD COLUMN hoofdrun VARCHAR(80);
ALTER TABLE ronde_run ADD COLUMN aanvulling INT;
CREATE INDEX ronde_run_hoofdrun ON ronde_run (hoofdrun);

-- The accepted rows of a supplement's roll whose contract already has a proposal in the round (the main run
-- or an earlier supplement, bron_run): never computed again, only counted and listed; gewijzigd when the row
-- differs from the one that proposal was made from (then bezwaar is the way to change it).
CREATE TABLE aanvul_bestaand (
    run_id      VARCHAR(80)   NOT NULL,
    regel       BIGINT        NOT NULL,          -- the line in the supplement's huurders.csv
    contract_id VARCHAR(200)  NOT NULL,
    bron_run    VARCHAR(80)   NOT NULL,
    gewijzigd   BOOLEAN       NOT NULL,
    PRIMARY KEY (run_id, regel)
);
