-- huurders.csv's optional laatste_verhoging (#20 item 3): the day the rent was last raised, carried by name
-- (contract.Contract.Kolom) from staging to every version. A proposal's ingangsdatum is its own: 12 months
-- after that increase when the round's comes too early, NULL when that is after the round's year (no
-- proposal this round: no letter, no finance row).
ALTER TABLE huurder ADD COLUMN laatste_verhoging DATE;
ALTER TABLE voorstel ADD COLUMN laatste_verhoging DATE;
ALTER TABLE voorstel ALTER COLUMN ingangsdatum DROP NOT NULL;
