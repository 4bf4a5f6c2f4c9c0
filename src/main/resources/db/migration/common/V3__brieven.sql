-- Where each letter of a run's print files is: drukbestand-index.csv is exported from this table.
CREATE TABLE drukbestand_index (
    run_id        VARCHAR(80)  NOT NULL,
    bestand       VARCHAR(100) NOT NULL,
    volgnr        INT          NOT NULL,    -- position of the letter in the print file
    contract_id   VARCHAR(40)  NOT NULL,
    eerste_pagina INT          NOT NULL,
    laatste_pagina INT         NOT NULL,
    PRIMARY KEY (run_id, bestand, volgnr)
);
