package nl.huurronde.voorstel;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import javax.sql.DataSource;
import nl.huurronde.ronde.Cursor;
import nl.huurronde.policy.JobConfig;
import nl.huurronde.rules.InkomenStatus;
import nl.huurronde.rules.Rol;
import nl.huurronde.rules.Sector;
import nl.huurronde.rules.Woningtype;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.batch.infrastructure.item.ItemStreamException;
import org.springframework.batch.infrastructure.item.ItemStreamReader;

/**
 * Streams the accepted contracts with their household: one query joins each contract to the persons
 * at its address and their incomes (or the address's income category), ordered by the primary key
 * {@code (run_id, regel)} exactly as declared (so H2 streams in index order, lazily, see {@link Cursor}), and
 * groups the rows per contract and person. The join happens in the database, so memory does not grow
 * with the roll. Restart resumes after the last contract of the last committed chunk.
 */
class HuishoudenLezer implements ItemStreamReader<ContractInvoer> {

    private static final String LAATSTE = "laatste.regel";
    private static final String SQL = """
            SELECT h.regel, h.contract_id, h.vhe_id, h.sector, h.woningtype, h.kale_huur, h.servicekosten,
                   h.maximale_huur, h.wws_punten, h.streefhuur, h.chronisch_ziek, h.huurbevriezing,
                   h.woningverbetering_datum, h.in_bezit_sinds, h.adres_gedeeld, h.brp_afgewezen,
                   p.regel, p.geboortedatum, p.rol, i.status, i.verzamelinkomen, i.afgewezen, c.categorie
            FROM huurder h
            LEFT JOIN persoon p ON p.run_id = h.run_id AND p.adres_sleutel = h.adres_sleutel AND p.afgewezen = FALSE
            LEFT JOIN inkomen i ON i.run_id = p.run_id AND i.bsn = p.bsn
            LEFT JOIN inkomenscategorie c ON c.run_id = h.run_id AND c.adres_sleutel = h.adres_sleutel
                                          AND c.afgewezen = FALSE
            WHERE h.run_id = ? AND h.afgewezen = FALSE AND h.regel > ? AND h.regel <= ?
            ORDER BY h.run_id, h.regel""";

    private final DataSource dataSource;
    private final String runId;
    private final Huishoudopbouw opbouw;
    private final long totEnMet;
    private final Opruimen naHerstart;

    private Cursor cursor;
    private ResultSet rijen;
    private boolean rijKlaar;
    private long laatsteRegel;

    /**
     * At every (re)start: removes the proposals with lines in (laatste, totEnMet], written by an interrupted
     * attempt after the last committed point (Spring Batch 6 may commit a chunk's rows before its
     * execution context), so those contracts are computed and written once more.
     */
    @FunctionalInterface
    interface Opruimen {
        void na(long laatste, long totEnMet);
    }

    /** Reads the contracts with line numbers in (vanaf, totEnMet]: all of them, or one partition. */
    HuishoudenLezer(DataSource dataSource, String runId, JobConfig config, long vanaf, long totEnMet,
                    Opruimen naHerstart) {
        this.dataSource = dataSource;
        this.runId = runId;
        this.opbouw = new Huishoudopbouw(config);
        this.laatsteRegel = vanaf;
        this.totEnMet = totEnMet;
        this.naHerstart = naHerstart;
    }

    @Override
    public void open(ExecutionContext context) {
        laatsteRegel = context.getLong(LAATSTE, laatsteRegel);
        naHerstart.na(laatsteRegel, totEnMet); // also a first attempt: its chunk may commit before its context
        cursor = Cursor.open(dataSource, SQL, opdracht -> {
            opdracht.setString(1, runId);
            opdracht.setLong(2, laatsteRegel);
            opdracht.setLong(3, totEnMet);
        });
        rijen = cursor.rijen();
        try {
            rijKlaar = rijen.next();
        } catch (SQLException e) {
            throw new ItemStreamException("kan de contracten niet lezen (SQLSTATE " + e.getSQLState() + ")", e);
        }
    }

    @Override
    public ContractInvoer read() throws SQLException {
        if (!rijKlaar) {
            return null;
        }
        long regel = rijen.getLong(1);
        ContractInvoer.Basis basis = basis(rijen);
        String categorie = rijen.getString(23);
        // persons by their BRP line: rows of one person (several income rows) need not be adjacent
        java.util.TreeMap<Long, Huishoudopbouw.Persoon> perRegel = new java.util.TreeMap<>();
        while (rijKlaar && rijen.getLong(1) == regel) {
            long pRegel = rijen.getLong(17);
            if (!rijen.wasNull()) {
                Huishoudopbouw.Persoon persoon = perRegel.get(pRegel);
                if (persoon == null) {
                    String rol = rijen.getString(19);
                    persoon = new Huishoudopbouw.Persoon(datum(rijen, 18), rol == null ? null : Rol.valueOf(rol));
                    perRegel.put(pRegel, persoon);
                }
                inkomen(persoon, rijen);
            }
            rijKlaar = rijen.next();
        }
        laatsteRegel = regel;
        return opbouw.contract(basis, perRegel.values(), categorie);
    }

    private static ContractInvoer.Basis basis(ResultSet rs) throws SQLException {
        return new ContractInvoer.Basis(rs.getLong(1), rs.getString(2), rs.getString(3), Sector.valueOf(rs.getString(4)),
                Woningtype.valueOf(rs.getString(5)), bedrag(rs, 6), bedrag(rs, 7), bedrag(rs, 8), bedrag(rs, 9),
                bedrag(rs, 10), rs.getBoolean(11), rs.getBoolean(12), datum(rs, 13), datum(rs, 14),
                rs.getBoolean(15), rs.getBoolean(16));
    }

    /** The joined income row of this result row, if any (columns 20–22). */
    private static void inkomen(Huishoudopbouw.Persoon persoon, ResultSet rs) throws SQLException {
        boolean afgewezen = rs.getBoolean(22);
        if (rs.wasNull()) {
            return; // no income row for this person
        }
        String status = rs.getString(20);
        persoon.voegInkomenToe(afgewezen, status == null ? null : InkomenStatus.valueOf(status), bedrag(rs, 21));
    }

    static BigDecimal bedrag(ResultSet rs, int kolom) throws SQLException {
        BigDecimal waarde = rs.getBigDecimal(kolom);
        return waarde == null ? null : waarde.setScale(2);
    }

    /** A DATE column as it is: getDate() would convert through the default time zone, at a cost per value. */
    static java.time.LocalDate datum(ResultSet rs, int kolom) throws SQLException {
        return rs.getObject(kolom, java.time.LocalDate.class);
    }

    @Override
    public void update(ExecutionContext context) {
        context.putLong(LAATSTE, laatsteRegel);
    }

    @Override
    public void close() {
        if (cursor != null) {
            cursor.close();
            cursor = null;
        }
    }
}
