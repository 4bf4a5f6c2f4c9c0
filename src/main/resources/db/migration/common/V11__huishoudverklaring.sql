-- The Belastingdienst's answer zip (issue 19): the CSV row may name the address's huishoudverklaring.
ALTER TABLE inkomenscategorie ADD COLUMN huishoudverklaring VARCHAR(300);

-- The statements the intake check accepted: one per address, a valid PDF that matched its row. The bytes
-- stay in an owner-only file under the data folder (<data>/inkomensantwoord/<run_id>/verklaringen/<bestand>),
-- not in the database: verwijder --inkomen then removes them by deleting a folder, and the database holds
-- no statement byte that a compaction would have to squeeze out. Deleted with the run's income data.
CREATE TABLE huishoudverklaring (
    run_id         VARCHAR(80)   NOT NULL,
    adres_sleutel  VARCHAR(1000) NOT NULL,
    bestand        VARCHAR(300)  NOT NULL,
    paginas        INT           NOT NULL,
    regel          BIGINT        NOT NULL,
    PRIMARY KEY (run_id, adres_sleutel)
);

-- The household's statement was missing from the answer zip (reason HUISHOUDVERKLARING_ONTBREEKT), kept
-- so a bezwaar recomputes the same way.
ALTER TABLE voorstel ADD COLUMN verklaring_ontbreekt BOOLEAN DEFAULT FALSE NOT NULL;

-- verwijder --inkomen: when the run's income data was destroyed, and what (counts; never a value).
ALTER TABLE ronde_run ADD COLUMN inkomen_verwijderd TIMESTAMP;
ALTER TABLE ronde_run ADD COLUMN inkomen_verwijderd_wat VARCHAR(1000);
