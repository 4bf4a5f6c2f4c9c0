-- medehuurders.csv staged (#20 item 1): one row per co-tenant line, keyed by the contract of huurders.csv.
-- naam_sleutel is the name folded for the duplicate check (case and spaces). The intake check writes the
-- accepted names of a contract into huurder.medehuurder_namen (line-separated, in file order: what every
-- letter, reprint and reminder reads with the tenant) and their number into huurder.medehuurders (the
-- audit's count, carried to voorstel by contract.Kolomschema).
CREATE TABLE medehuurder (
    run_id        VARCHAR(80)   NOT NULL,
    regel         BIGINT        NOT NULL,
    contract_id   VARCHAR(40),
    naam          VARCHAR(800),
    naam_sleutel  VARCHAR(800),
    sleutel       VARCHAR(300)  NOT NULL,
    afgewezen     BOOLEAN       NOT NULL,
    PRIMARY KEY (run_id, regel)
);
CREATE INDEX medehuurder_contract ON medehuurder (run_id, contract_id);

-- up to three names of up to 200 characters: longer than a declared text column of Kolomschema
ALTER TABLE huurder ADD COLUMN medehuurder_namen VARCHAR(2400);
