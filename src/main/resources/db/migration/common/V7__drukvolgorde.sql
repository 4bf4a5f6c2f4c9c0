-- The print order of a run's letters (postcode, house number, letter, addition, contract), numbered
-- once before the letters step: each part then reads its own packages by number range instead of every
-- part sorting the whole roll and skipping to its start (4-5 s of a 100k run on H2, and a sorted result
-- that H2 keeps partly in the heap).
CREATE TABLE drukvolgorde (
    run_id  VARCHAR(80)  NOT NULL,
    volgnr  BIGINT       NOT NULL,
    regel   BIGINT       NOT NULL,   -- the contract's line in huurders.csv, as in voorstel
    PRIMARY KEY (run_id, volgnr)
);
