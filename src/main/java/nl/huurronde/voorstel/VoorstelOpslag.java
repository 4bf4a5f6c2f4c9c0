package nl.huurronde.voorstel;

import static nl.huurronde.voorstel.HuishoudenLezer.bedrag;
import static nl.huurronde.voorstel.HuishoudenLezer.datum;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import javax.sql.DataSource;
import nl.huurronde.ronde.Cursor;
import nl.huurronde.ronde.Databank;
import nl.huurronde.rules.ContractFeiten;
import nl.huurronde.rules.HuishoudenFeiten;
import nl.huurronde.rules.Sector;
import nl.huurronde.rules.Soort;
import nl.huurronde.rules.Voorstel;
import nl.huurronde.rules.Woningtype;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/** The voorstel table: one row per run, contract and version. */
@Repository
public class VoorstelOpslag {

    static final String KOLOMMEN = """
            contract_id, versie, regel, vhe_id, sector, woningtype, kale_huur_oud, servicekosten, maximale_huur,
            streefhuur, wws_punten, chronisch_ziek, huurbevriezing, woningverbetering_datum, in_bezit_sinds, personen,
            aow, huishouden_onbekend, huishouden_categorie, soort, inkomen_categorie, streefhuur_nieuw, percentage_max,
            kale_huur_nieuw, verhoging_bedrag, verhoging_pct, in_huursom, redenen, huursom_cap, beleid_sha,
            ingangsdatum, correctie""";

    private final DataSource dataSource;
    private final JdbcTemplate jdbc;
    private final Databank databank;

    /** The columns that {@link #versie(ResultSet)} reads, each prefixed with a table alias (for joins). */
    public static String kolommen(String alias) {
        return java.util.Arrays.stream(KOLOMMEN.split(","))
                .map(k -> alias + "." + k.strip())
                .collect(java.util.stream.Collectors.joining(", "));
    }

    VoorstelOpslag(DataSource dataSource, JdbcTemplate jdbc, Databank databank) {
        this.dataSource = dataSource;
        this.jdbc = jdbc;
        this.databank = databank;
    }

    /** Version 1 of every proposal of the run, streamed in no particular order (for sums). */
    public Voorstellen eersteVersies(String runId) {
        return actie -> stroom(runId, actie);
    }

    /**
     * Version 1 of every proposal of the run in contract order (code points), as the CSV outputs list them;
     * ordered as the primary key is declared, so H2 reads it in index order without a sort ({@link Cursor}).
     * Later versions (bezwaar) are skipped here, not in the query: with {@code versie = 1} in the WHERE
     * clause H2 takes the {@code (run_id, versie, regel)} index for it and sorts, which holds 20,000 rows
     * in the heap (the 1M export: 57–59 MB live instead of 44).
     */
    public Voorstellen eersteVersiesOpContract(String runId) {
        return actie -> Cursor.elk(dataSource, "SELECT " + KOLOMMEN + " FROM voorstel WHERE run_id = ? ORDER BY run_id, "
                + databank.codepuntVolgorde("contract_id") + ", versie", opdracht -> opdracht.setString(1, runId),
                rij -> {
                    if (rij.getInt("versie") == 1) {
                        actie.accept(versie(rij));
                    }
                });
    }

    /** A cursor of its own: streamed on both databases (committed proposals only: earlier steps wrote them). */
    private void stroom(String runId, Consumer<VoorstelVersie> actie) {
        Cursor.elk(dataSource, "SELECT " + KOLOMMEN + " FROM voorstel WHERE run_id = ? AND versie = 1",
                opdracht -> opdracht.setString(1, runId), rij -> actie.accept(versie(rij)));
    }

    public void voegToe(String runId, List<? extends VoorstelVersie> versies) {
        List<Object[]> rijen = new ArrayList<>(versies.size());
        Timestamp nu = Timestamp.valueOf(LocalDateTime.now());
        for (VoorstelVersie v : versies) {
            Voorstel u = v.voorstel();
            HuishoudenFeiten h = v.huishouden();
            rijen.add(new Object[] {runId, v.contractId(), v.versie(), v.regel(), v.vheId(), v.sector().name(),
                    v.woningtype().name(), v.kaleHuurOud(), v.servicekosten(), v.maximaleHuur(), v.streefhuur(),
                    v.wwsPunten(), v.chronischZiek(), v.huurbevriezing(), v.woningverbeteringDatum(),
                    v.inBezitSinds(), h.personen(), h.aow(), h.huishoudenOnbekend(), h.inkomenCategorie(),
                    u.soort().name(), u.inkomenCategorie(), u.streefhuurNieuw(), u.percentageMax(), u.kaleHuurNieuw(),
                    u.verhogingBedrag(), u.verhogingPct(), u.inHuursom(), VoorstelVersie.redenen(u.redenen()),
                    v.huursomCap(), v.beleidSha(), v.ingangsdatum(), v.correctie(), nu});
        }
        jdbc.batchUpdate("INSERT INTO voorstel (run_id, " + KOLOMMEN + ", aangemaakt) VALUES ("
                + "?, ".repeat(33) + "?)", rijen, new int[] {Types.VARCHAR, Types.VARCHAR, Types.INTEGER,
                Types.BIGINT, Types.VARCHAR, Types.VARCHAR, Types.VARCHAR, Types.NUMERIC, Types.NUMERIC, Types.NUMERIC,
                Types.NUMERIC, Types.NUMERIC, Types.BOOLEAN, Types.BOOLEAN, Types.DATE, Types.DATE, Types.INTEGER,
                Types.BOOLEAN, Types.BOOLEAN, Types.VARCHAR, Types.VARCHAR, Types.VARCHAR, Types.NUMERIC,
                Types.NUMERIC, Types.NUMERIC, Types.NUMERIC, Types.NUMERIC, Types.BOOLEAN, Types.VARCHAR,
                Types.NUMERIC, Types.VARCHAR, Types.DATE, Types.VARCHAR, Types.TIMESTAMP});
    }

    /** Removes the first versions of the contracts with lines in (na, totEnMet]: a restart's clean-up. */
    void verwijderEersteVersies(String runId, long na, long totEnMet) {
        jdbc.update("DELETE FROM voorstel WHERE run_id = ? AND versie = 1 AND regel > ? AND regel <= ?", runId, na,
                totEnMet);
    }

    /** Replaces the outcome of existing versions (the huursom step recomputes with its cap). */
    public void werkUitkomstBij(String runId, List<? extends VoorstelVersie> versies) {
        List<Object[]> rijen = new ArrayList<>(versies.size());
        for (VoorstelVersie v : versies) {
            Voorstel u = v.voorstel();
            rijen.add(new Object[] {u.soort().name(), u.inkomenCategorie(), u.streefhuurNieuw(), u.percentageMax(),
                    u.kaleHuurNieuw(), u.verhogingBedrag(), u.verhogingPct(), u.inHuursom(),
                    VoorstelVersie.redenen(u.redenen()), v.huursomCap(), runId, v.contractId(), v.versie()});
        }
        jdbc.batchUpdate("""
                UPDATE voorstel SET soort = ?, inkomen_categorie = ?, streefhuur_nieuw = ?, percentage_max = ?,
                    kale_huur_nieuw = ?, verhoging_bedrag = ?, verhoging_pct = ?, in_huursom = ?, redenen = ?,
                    huursom_cap = ?
                WHERE run_id = ? AND contract_id = ? AND versie = ?""", rijen, new int[] {Types.VARCHAR,
                Types.VARCHAR, Types.NUMERIC, Types.NUMERIC, Types.NUMERIC, Types.NUMERIC, Types.NUMERIC,
                Types.BOOLEAN, Types.VARCHAR, Types.NUMERIC, Types.VARCHAR, Types.VARCHAR, Types.INTEGER});
    }

    /**
     * Streams only the rule inputs of the given version in line order: what a huursom probe needs. On a
     * cursor of its own, ordered as the {@code (run_id, versie, regel)} index is declared, so H2 streams it.
     */
    public void stroomFeiten(String runId, int versie, Consumer<ContractFeiten> actie) {
        Cursor.elk(dataSource, """
                SELECT contract_id, sector, woningtype, kale_huur_oud, maximale_huur, streefhuur, chronisch_ziek,
                       huurbevriezing, woningverbetering_datum, in_bezit_sinds, personen, aow, huishouden_onbekend,
                       huishouden_categorie
                FROM voorstel WHERE run_id = ? AND versie = ? ORDER BY run_id, versie, regel""", opdracht -> {
                    opdracht.setString(1, runId);
                    opdracht.setInt(2, versie);
                }, rs -> actie.accept(
                new ContractFeiten(rs.getString(1), Sector.valueOf(rs.getString(2)), Woningtype.valueOf(rs.getString(3)),
                        bedrag(rs, 4), bedrag(rs, 5), bedrag(rs, 6), rs.getBoolean(7), rs.getBoolean(8), datum(rs, 9),
                        datum(rs, 10), new HuishoudenFeiten(rs.getInt(11), rs.getBoolean(12), rs.getBoolean(13),
                                rs.getString(14)))));
    }

    /** All versions of one contract, oldest first. */
    public List<VoorstelVersie> versies(String runId, String contractId) {
        return jdbc.query("SELECT " + KOLOMMEN + " FROM voorstel WHERE run_id = ? AND contract_id = ? ORDER BY versie",
                (rs, i) -> versie(rs), runId, contractId);
    }

    /** Reads the columns of {@link #kolommen}, starting at column 1. */
    public static VoorstelVersie versie(ResultSet rs) throws SQLException {
        BigDecimal pctMax = rs.getBigDecimal(23);
        BigDecimal cap = rs.getBigDecimal(29);
        Voorstel voorstel = new Voorstel(Soort.valueOf(rs.getString(20)), rs.getString(21), bedrag(rs, 22),
                pctMax == null ? null : pctMax.setScale(4), bedrag(rs, 24), bedrag(rs, 25), bedrag(rs, 26),
                rs.getBoolean(27), VoorstelVersie.redenen(rs.getString(28)));
        HuishoudenFeiten huishouden = new HuishoudenFeiten(rs.getInt(16), rs.getBoolean(17), rs.getBoolean(18),
                rs.getString(19));
        return new VoorstelVersie(rs.getString(1), rs.getInt(2), rs.getLong(3), rs.getString(4),
                Sector.valueOf(rs.getString(5)), Woningtype.valueOf(rs.getString(6)), bedrag(rs, 7), bedrag(rs, 8),
                bedrag(rs, 9), bedrag(rs, 10), bedrag(rs, 11), rs.getBoolean(12), rs.getBoolean(13), datum(rs, 14),
                datum(rs, 15), huishouden, voorstel, cap == null ? null : cap.setScale(4), rs.getString(30),
                datum(rs, 31), rs.getString(32));
    }
}
