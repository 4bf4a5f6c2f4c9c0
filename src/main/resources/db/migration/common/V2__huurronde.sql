-- The project's own tables. Every table is scoped by run_id; portable SQL for H2 and PostgreSQL.

-- One row per run of a round (the yearly run, or a simulation).
CREATE TABLE ronde_run (
    run_id              VARCHAR(80)   NOT NULL PRIMARY KEY,
    soort_run           VARCHAR(20)   NOT NULL,          -- RUN or SIMULATIE
    identiteit          VARCHAR(64)   NOT NULL,          -- SHA-256 of effective policy + input checksums
    jaar                INT           NOT NULL,
    job_bestand         VARCHAR(1000) NOT NULL,
    overrides           VARCHAR(4000) NOT NULL,          -- key=value lines, as given on the command line
    beleid_sha          VARCHAR(64)   NOT NULL,
    uitvoer_map         VARCHAR(1000) NOT NULL,
    verzenddatum        DATE          NOT NULL,          -- fixed at the first start
    status              VARCHAR(20)   NOT NULL,          -- BEZIG, VOLTOOID, MISLUKT
    gestart             TIMESTAMP     NOT NULL,
    beeindigd           TIMESTAMP,
    melding             VARCHAR(2000),
    huursom_cap         NUMERIC(6,4),
    huursom_cap_bepaald BOOLEAN       NOT NULL DEFAULT FALSE
);
CREATE INDEX ronde_run_identiteit ON ronde_run (identiteit);

-- Each input file of a run with its checksum and counts.
CREATE TABLE invoer_bestand (
    run_id     VARCHAR(80)   NOT NULL,
    bestand    VARCHAR(40)   NOT NULL,                   -- logical name: huurders.csv, brp.csv, ...
    pad        VARCHAR(1000) NOT NULL,
    sha256     VARCHAR(64)   NOT NULL,
    records    BIGINT        NOT NULL,
    PRIMARY KEY (run_id, bestand)
);

-- huurders.csv staged: every row, accepted or not (afgewezen).
CREATE TABLE huurder (
    run_id                  VARCHAR(80)  NOT NULL,
    regel                   BIGINT       NOT NULL,
    contract_id             VARCHAR(200),
    vhe_id                  VARCHAR(200),
    huurder_naam            VARCHAR(800),
    straat                  VARCHAR(800),
    huisnummer              INT,
    huisletter              VARCHAR(800),
    toevoeging              VARCHAR(800),
    postcode                VARCHAR(10),
    woonplaats              VARCHAR(800),
    woningtype              VARCHAR(20),
    contract_ingang         DATE,
    aanvangshuur            NUMERIC(12,2),
    sector                  VARCHAR(10),
    kale_huur               NUMERIC(12,2),
    servicekosten           NUMERIC(12,2),
    maximale_huur           NUMERIC(12,2),
    wws_punten              NUMERIC(12,2),
    streefhuur              NUMERIC(12,2),
    chronisch_ziek          BOOLEAN      NOT NULL,
    huurbevriezing          BOOLEAN      NOT NULL,
    woningverbetering_datum DATE,
    in_bezit_sinds          DATE,
    adres_sleutel           VARCHAR(1000),
    sleutel                 VARCHAR(300) NOT NULL,   -- as written in afgewezen.csv
    afgewezen               BOOLEAN      NOT NULL,
    adres_gedeeld           BOOLEAN      NOT NULL DEFAULT FALSE,
    brp_afgewezen           BOOLEAN      NOT NULL DEFAULT FALSE,
    PRIMARY KEY (run_id, regel)
);
CREATE INDEX huurder_contract ON huurder (run_id, contract_id);
CREATE INDEX huurder_adres ON huurder (run_id, adres_sleutel);

-- brp.csv staged.
CREATE TABLE persoon (
    run_id         VARCHAR(80)   NOT NULL,
    regel          BIGINT        NOT NULL,
    adres_sleutel  VARCHAR(1000),
    bsn            VARCHAR(9),
    geboortedatum  DATE,
    rol            VARCHAR(12),
    sleutel        VARCHAR(300)  NOT NULL,
    afgewezen      BOOLEAN       NOT NULL,
    PRIMARY KEY (run_id, regel)
);
CREATE INDEX persoon_adres ON persoon (run_id, adres_sleutel);
CREATE INDEX persoon_bsn ON persoon (run_id, bsn);

-- inkomen.csv staged.
CREATE TABLE inkomen (
    run_id           VARCHAR(80)   NOT NULL,
    regel            BIGINT        NOT NULL,
    bsn              VARCHAR(9),
    peiljaar         INT,
    verzamelinkomen  NUMERIC(14,2),
    status           VARCHAR(20),
    afgewezen        BOOLEAN       NOT NULL,
    PRIMARY KEY (run_id, regel)
);
CREATE INDEX inkomen_bsn ON inkomen (run_id, bsn);

-- inkomenscategorie.csv staged (the alternative income input).
CREATE TABLE inkomenscategorie (
    run_id         VARCHAR(80)   NOT NULL,
    regel          BIGINT        NOT NULL,
    adres_sleutel  VARCHAR(1000),
    categorie      VARCHAR(100),
    sleutel        VARCHAR(300)  NOT NULL,
    afgewezen      BOOLEAN       NOT NULL,
    PRIMARY KEY (run_id, regel)
);
CREATE INDEX inkomenscategorie_adres ON inkomenscategorie (run_id, adres_sleutel);

-- One line per failing column of a rejected row (afgewezen.csv).
CREATE TABLE afwijzing (
    run_id    VARCHAR(80)   NOT NULL,
    bestand   VARCHAR(40)   NOT NULL,
    regel     BIGINT        NOT NULL,
    volgnr    INT           NOT NULL,
    sleutel   VARCHAR(300)  NOT NULL,
    kolom     VARCHAR(100)  NOT NULL,
    reden     VARCHAR(1000) NOT NULL,
    PRIMARY KEY (run_id, bestand, regel, volgnr)
);

-- The proposal per contract and version, with the inputs that decided it (so it can be explained and
-- recomputed years later: bezwaar re-runs read only this table).
CREATE TABLE voorstel (
    run_id                  VARCHAR(80)   NOT NULL,
    contract_id             VARCHAR(40)   NOT NULL,
    versie                  INT           NOT NULL,
    regel                   BIGINT        NOT NULL,      -- line of the contract in huurders.csv
    vhe_id                  VARCHAR(40)   NOT NULL,
    sector                  VARCHAR(10)   NOT NULL,
    woningtype              VARCHAR(20)   NOT NULL,
    kale_huur_oud           NUMERIC(12,2) NOT NULL,
    servicekosten           NUMERIC(12,2) NOT NULL,
    maximale_huur           NUMERIC(12,2),
    streefhuur              NUMERIC(12,2),
    wws_punten              NUMERIC(12,2),
    chronisch_ziek          BOOLEAN       NOT NULL,
    huurbevriezing          BOOLEAN       NOT NULL,
    woningverbetering_datum DATE,
    in_bezit_sinds          DATE,
    personen                INT           NOT NULL,
    aow                     BOOLEAN       NOT NULL,
    huishouden_onbekend     BOOLEAN       NOT NULL,
    huishouden_categorie    VARCHAR(100)  NOT NULL,      -- the household's income category (LAAG, ONBEKEND, band)
    soort                   VARCHAR(20)   NOT NULL,
    inkomen_categorie       VARCHAR(100)  NOT NULL,      -- as written in the audit (NVT outside SOCIAAL)
    streefhuur_nieuw        NUMERIC(12,2),
    percentage_max          NUMERIC(8,4),
    kale_huur_nieuw         NUMERIC(12,2) NOT NULL,
    verhoging_bedrag        NUMERIC(12,2) NOT NULL,
    verhoging_pct           NUMERIC(8,2)  NOT NULL,
    in_huursom              BOOLEAN       NOT NULL,
    redenen                 VARCHAR(500)  NOT NULL,
    huursom_cap             NUMERIC(6,4),                -- the cap c this version was computed with
    beleid_sha              VARCHAR(64)   NOT NULL,
    ingangsdatum            DATE          NOT NULL,
    correctie               VARCHAR(2000),               -- bezwaar: what was corrected
    aangemaakt              TIMESTAMP     NOT NULL,
    PRIMARY KEY (run_id, contract_id, versie)
);
CREATE INDEX voorstel_regel ON voorstel (run_id, versie, regel);

-- The huursom figures per phase (VOOR_CAP, NA_CAP) for the report.
CREATE TABLE huursom_cijfer (
    run_id     VARCHAR(80)   NOT NULL,
    fase       VARCHAR(10)   NOT NULL,
    sector     VARCHAR(10)   NOT NULL,
    soort      VARCHAR(20)   NOT NULL,
    in_huursom BOOLEAN       NOT NULL,
    aantal     BIGINT        NOT NULL,
    som_oud    NUMERIC(16,2) NOT NULL,
    som_nieuw  NUMERIC(16,2) NOT NULL,
    PRIMARY KEY (run_id, fase, sector, soort, in_huursom)
);

-- Distribution of increases per soort and class (percent), per phase, for the report.
CREATE TABLE huursom_verdeling (
    run_id  VARCHAR(80)  NOT NULL,
    fase    VARCHAR(10)  NOT NULL,
    soort   VARCHAR(20)  NOT NULL,
    klasse  INT          NOT NULL,     -- index into the fixed classes of HuursomCijfers
    aantal  BIGINT       NOT NULL,
    PRIMARY KEY (run_id, fase, soort, klasse)
);
