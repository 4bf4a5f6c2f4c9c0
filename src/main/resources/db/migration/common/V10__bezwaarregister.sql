-- The bezwaar register (issue #21): one case per objection, its status moving only forward, every change
-- kept in bezwaarzaak_historie, and the registered reminders to tenants who neither paid nor objected.
CREATE TABLE bezwaarzaak (
    run_id        VARCHAR(80)   NOT NULL,
    contract_id   VARCHAR(40)   NOT NULL,
    zaak          INT           NOT NULL,          -- 1, 2, ... per contract in the run
    ontvangen     DATE          NOT NULL,          -- the day the objection reached the landlord
    ingangsdatum  DATE          NOT NULL,          -- of the proposal objected to: the law's deadlines run from it
    kanaal        VARCHAR(10)   NOT NULL,          -- BRIEF, EMAIL, PORTAAL, BALIE
    gronden       VARCHAR(200)  NOT NULL,          -- grounds joined with '|', e.g. CHRONISCH_ZIEK|INKOMEN
    toelichting   VARCHAR(4000),                   -- free text; may hold health data: never logged
    te_laat       BOOLEAN       NOT NULL,          -- received on or after the ingangsdatum
    status        VARCHAR(20)   NOT NULL,          -- Zaakstatus
    status_datum  DATE          NOT NULL,
    ingediend     DATE,                            -- filed with the Huurcommissie
    zaaknummer    VARCHAR(40),                     -- the Huurcommissie's case number
    uitkomst      VARCHAR(20),                     -- GEHANDHAAFD, VERLAAGD, AFGEWEZEN
    bedrag        NUMERIC(12,2),                   -- the rent the Huurcommissie set (VERLAAGD)
    versie        INT,                             -- the voorstel version a grant or lowering made
    door          VARCHAR(80)   NOT NULL,          -- who recorded the case
    geregistreerd TIMESTAMP     NOT NULL,
    -- contract_id while the case is open, else NULL: the unique index allows one open case per contract
    -- (NULLs do not collide, on H2 and PostgreSQL alike).
    open_contract VARCHAR(40),
    PRIMARY KEY (run_id, contract_id, zaak)
);
CREATE UNIQUE INDEX bezwaarzaak_open ON bezwaarzaak (run_id, open_contract);

CREATE TABLE bezwaarzaak_historie (
    run_id      VARCHAR(80)   NOT NULL,
    contract_id VARCHAR(40)   NOT NULL,
    zaak        INT           NOT NULL,
    stap        INT           NOT NULL,            -- 1 = registered, then one per change
    status      VARCHAR(20)   NOT NULL,            -- the status after the change
    datum       DATE          NOT NULL,            -- the date of the event (received, filed, ruling, ...)
    door        VARCHAR(80)   NOT NULL,
    tijdstip    TIMESTAMP     NOT NULL,
    wat         VARCHAR(1000) NOT NULL,            -- what changed, without the free text
    PRIMARY KEY (run_id, contract_id, zaak, stap)
);

-- A registered reminder (art. 7:253 lid 2 BW) sent to a tenant who neither paid nor objected.
CREATE TABLE herinnering (
    run_id      VARCHAR(80)   NOT NULL,
    contract_id VARCHAR(40)   NOT NULL,
    verzonden   DATE          NOT NULL,
    ingangsdatum DATE         NOT NULL,            -- of the proposal the reminder repeats
    uiterlijk   DATE          NOT NULL,            -- the tenant's last day: four months after the ingangsdatum
    door        VARCHAR(80)   NOT NULL,
    tijdstip    TIMESTAMP     NOT NULL,
    PRIMARY KEY (run_id, contract_id)
);
