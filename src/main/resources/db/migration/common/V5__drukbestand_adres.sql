-- The address columns of drukbestand-index.csv, stored when the letter is printed, so the export
-- does not join 100k index rows back to voorstel and huurder (4.5 s of a 100k run on H2).
ALTER TABLE drukbestand_index ADD COLUMN postcode VARCHAR(10);
ALTER TABLE drukbestand_index ADD COLUMN huisnummer INT;
