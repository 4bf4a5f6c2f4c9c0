package nl.huurronde.voorstel;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.TreeMap;
import javax.sql.DataSource;

import nl.huurronde.batch.Cursor;
import nl.huurronde.beleid.JobConfig;
import nl.huurronde.contract.Contract;
import nl.huurronde.regels.InkomenStatus;
import nl.huurronde.regels.Rol;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.batch.infrastructure.item.ItemStreamException;
import org.springframework.batch.infrastructure.item.ItemStreamReader;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;

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
            SELECT %s, h.adres_gedeeld, h.brp_afgewezen,
                   p.regel AS persoon_regel, p.geboortedatum, p.rol, i.status, i.verzamelinkomen,
                   i.afgewezen AS inkomen_afgewezen, c.categorie, v.paginas AS verklaring_paginas
            FROM huurder h
            LEFT JOIN persoon p ON p.run_id = h.run_id AND p.adres_sleutel = h.adres_sleutel AND p.afgewezen = FALSE
            LEFT JOIN inkomen i ON i.run_id = p.run_id AND i.bsn = p.bsn
            LEFT JOIN inkomenscategorie c ON c.run_id = h.run_id AND c.adres_sleutel = h.adres_sleutel
                                          AND c.afgewezen = FALSE
            LEFT JOIN huishoudverklaring v ON v.run_id = h.run_id AND v.adres_sleutel = h.adres_sleutel
            WHERE h.run_id = :run_id AND h.afgewezen = FALSE AND h.regel > :na AND h.regel <= :tot
            ORDER BY h.run_id, h.regel""".formatted(Contract.kolommen(Contract.Tabel.HUURDER, "h"));

    private final DataSource dataSource;
    private final String runId;
    private final Huishoudopbouw opbouw;
    private final long totEnMet;
    private final Opruimen naHerstart;

    private Cursor cursor;
    private ResultSet rijen;
    private Kolommen kolommen;
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
        cursor = Cursor.open(dataSource, SQL, new MapSqlParameterSource("run_id", runId).addValue("na", laatsteRegel)
                .addValue("tot", totEnMet));
        rijen = cursor.rijen();
        try {
            kolommen = new Kolommen(rijen);
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
        Kolommen k = kolommen;
        ContractInvoer.Basis basis = new ContractInvoer.Basis(k.contract.lees(rijen), rijen.getBoolean(k.adresGedeeld),
                rijen.getBoolean(k.brpAfgewezen));
        long regel = basis.contract().regel();
        String categorie = rijen.getString(k.categorie);
        rijen.getInt(k.verklaringPaginas);
        boolean metVerklaring = !rijen.wasNull();
        // persons by their BRP line: rows of one person (several income rows) need not be adjacent
        TreeMap<Long, Huishoudopbouw.Lid> perRegel = new TreeMap<>();
        while (rijKlaar && rijen.getLong(k.regel) == regel) {
            long pRegel = rijen.getLong(k.persoonRegel);
            if (!rijen.wasNull()) {
                Huishoudopbouw.Lid persoon = perRegel.get(pRegel);
                if (persoon == null) {
                    String rol = rijen.getString(k.rol);
                    persoon = new Huishoudopbouw.Lid(Contract.datum(rijen, k.geboortedatum),
                            rol == null ? null : Rol.valueOf(rol));
                    perRegel.put(pRegel, persoon);
                }
                inkomen(persoon, rijen, k);
            }
            rijKlaar = rijen.next();
        }
        laatsteRegel = regel;
        return opbouw.contract(basis, perRegel.values(), categorie, metVerklaring);
    }

    /** The joined income row of this result row, if any. */
    private static void inkomen(Huishoudopbouw.Lid persoon, ResultSet rs, Kolommen k) throws SQLException {
        boolean afgewezen = rs.getBoolean(k.inkomenAfgewezen);
        if (rs.wasNull()) {
            return; // no income row for this person
        }
        String status = rs.getString(k.status);
        persoon.voegInkomenToe(afgewezen, status == null ? null : InkomenStatus.valueOf(status),
                Contract.bedrag(rs, k.verzamelinkomen));
    }

    /** The query's columns by name, looked up once per cursor. */
    private static final class Kolommen {
        final Contract.Lezer contract;
        final int regel;
        final int adresGedeeld;
        final int brpAfgewezen;
        final int persoonRegel;
        final int geboortedatum;
        final int rol;
        final int status;
        final int verzamelinkomen;
        final int inkomenAfgewezen;
        final int categorie;
        final int verklaringPaginas;

        Kolommen(ResultSet rs) throws SQLException {
            contract = new Contract.Lezer(rs, Contract.Tabel.HUURDER);
            regel = rs.findColumn("regel");
            adresGedeeld = rs.findColumn("adres_gedeeld");
            brpAfgewezen = rs.findColumn("brp_afgewezen");
            persoonRegel = rs.findColumn("persoon_regel");
            geboortedatum = rs.findColumn("geboortedatum");
            rol = rs.findColumn("rol");
            status = rs.findColumn("status");
            verzamelinkomen = rs.findColumn("verzamelinkomen");
            inkomenAfgewezen = rs.findColumn("inkomen_afgewezen");
            categorie = rs.findColumn("categorie");
            verklaringPaginas = rs.findColumn("verklaring_paginas");
        }
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
