-- One row per handled bezwaar: the version it made, and what the revised letter needs besides the
-- voorstel row (its date, so a reprint says exactly what the original said).
CREATE TABLE bezwaar (
    run_id          VARCHAR(80)   NOT NULL,
    contract_id     VARCHAR(40)   NOT NULL,
    versie          INT           NOT NULL,          -- the version this bezwaar made (voorstel.versie)
    vervangt_versie INT           NOT NULL,          -- the version it replaces
    ontvangen       DATE          NOT NULL,          -- receipt of the revised proposal by the tenant
    verzenddatum    DATE          NOT NULL,          -- the revised letter's date
    mutatie         NUMERIC(12,2) NOT NULL,          -- new rent - the last exported rent (finance correction)
    uitvoer_map     VARCHAR(1000) NOT NULL,          -- <run>/bezwaar/<contract_id>-v<versie>
    verwerkt        TIMESTAMP     NOT NULL,
    PRIMARY KEY (run_id, contract_id, versie)
);
