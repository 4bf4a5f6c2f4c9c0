-- huurders.csv's optional uit_bezit (#20 item 5): the day a unit leaves the stock; carried by name
-- (contract.Contract.Kolom) from staging to every version of the proposal.
ALTER TABLE huurder ADD COLUMN uit_bezit DATE;
ALTER TABLE voorstel ADD COLUMN uit_bezit DATE;
