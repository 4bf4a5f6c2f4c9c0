package nl.huurronde.voorstel;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import javax.sql.DataSource;

import nl.huurronde.batch.Batchinvoeging;
import nl.huurronde.batch.Cursor;
import nl.huurronde.batch.Databank;
import nl.huurronde.batch.Vooruitlezer;
import nl.huurronde.contract.Contract;
import nl.huurronde.regels.ContractFeiten;
import nl.huurronde.regels.HuishoudenFeiten;
import nl.huurronde.regels.Soort;
import nl.huurronde.regels.Voorstel;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.namedparam.SqlParameterSource;
import org.springframework.stereotype.Repository;

/**
 * The voorstel table: one row per run, contract and version. The contract's columns are
 * {@link Contract.Kolom}'s; the others are named here once, for the insert and the reader.
 */
@Repository
public class VoorstelOpslag {

    /** The household's columns. */
    private static final String HUISHOUDEN = "personen, aow, huishouden_onbekend, huishouden_categorie, "
            + "verklaring_ontbreekt";
    /** The outcome's columns: what {@link #werkUitkomstBij} replaces. */
    private static final List<String> UITKOMST = List.of("soort", "inkomen_categorie", "streefhuur_nieuw",
            "percentage_max", "kale_huur_nieuw", "verhoging_bedrag", "verhoging_pct", "in_huursom", "redenen",
            "huursom_cap");
    private static final String OVERIG = "versie, " + HUISHOUDEN + ", " + String.join(", ", UITKOMST)
            + ", beleid_sha, ingangsdatum, correctie";

    /** The columns that {@link Lezer} reads. */
    static final String KOLOMMEN = kolommen(null);

    /** The insert: the run, the contract's columns, the others, and when the row was made. */
    private static final Batchinvoeging INVOEGING = new Batchinvoeging("voorstel", invoegkolommen());

    private final DataSource dataSource;
    private final JdbcTemplate jdbcTemplate;
    private final NamedParameterJdbcTemplate jdbc;
    private final Databank databank;

    /** The columns that {@link Lezer} reads, each prefixed with a table alias when given (for joins). */
    public static String kolommen(String alias) {
        String prefix = alias == null ? "" : alias + ".";
        StringBuilder tekst = new StringBuilder(Contract.kolommen(Contract.Tabel.VOORSTEL, alias));
        for (String kolom : OVERIG.split(",")) {
            tekst.append(", ").append(prefix).append(kolom.strip());
        }
        return tekst.toString();
    }

    private static List<Batchinvoeging.Kolom> invoegkolommen() {
        List<Batchinvoeging.Kolom> kolommen = new ArrayList<>();
        kolommen.add(new Batchinvoeging.Kolom("run_id", Types.VARCHAR));
        for (Contract.Kolom k : Contract.Kolom.values()) {
            kolommen.add(new Batchinvoeging.Kolom(k.naam(Contract.Tabel.VOORSTEL), k.sqlType()));
        }
        for (String kolom : OVERIG.split(",")) {
            kolommen.add(new Batchinvoeging.Kolom(kolom.strip(), type(kolom.strip())));
        }
        kolommen.add(new Batchinvoeging.Kolom("aangemaakt", Types.TIMESTAMP));
        return kolommen;
    }

    /** The SQL type of one of the columns besides the contract's (schema: V2__huurronde.sql and later migrations). */
    private static int type(String kolom) {
        return switch (kolom) {
            case "versie", "personen" -> Types.INTEGER;
            case "aow", "huishouden_onbekend", "verklaring_ontbreekt", "in_huursom" -> Types.BOOLEAN;
            case "streefhuur_nieuw", "percentage_max", "kale_huur_nieuw", "verhoging_bedrag", "verhoging_pct",
                 "huursom_cap" -> Types.NUMERIC;
            case "ingangsdatum" -> Types.DATE;
            case "huishouden_categorie", "soort", "inkomen_categorie", "redenen", "beleid_sha", "correctie" -> Types.VARCHAR;
            // a column added to OVERIG without its type here fails when the class loads, not as a silent VARCHAR
            default -> throw new IllegalStateException("geen SQL-type voor kolom " + kolom + " van voorstel");
        };
    }

    VoorstelOpslag(DataSource dataSource, JdbcTemplate jdbc, Databank databank) {
        this.dataSource = dataSource;
        this.jdbcTemplate = jdbc;
        this.jdbc = new NamedParameterJdbcTemplate(jdbc);
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
     * in the heap (the 1M export: 57–59 MB live instead of 44). Read ahead on a thread of its own
     * ({@link Vooruitlezer}): the outputs' pass formats its rows on one core while the next are read on the other.
     */
    public Voorstellen eersteVersiesOpContract(String runId) {
        return actie -> Vooruitlezer.<VoorstelVersie>elk("voorstellen-op-contract", bron -> {
            Lezer[] lezer = {null};
            Cursor.elk(dataSource, "SELECT " + KOLOMMEN + " FROM voorstel WHERE run_id = :run_id ORDER BY run_id, "
                    + databank.codepuntVolgorde("contract_id") + ", versie", run(runId), rij -> {
                        if (lezer[0] == null) {
                            lezer[0] = new Lezer(rij);
                        }
                        if (rij.getInt(lezer[0].versie) == 1) {
                            bron.accept(lezer[0].lees(rij));
                        }
                    });
        }, actie);
    }

    /** A cursor of its own: streamed on both databases (committed proposals only: earlier steps wrote them). */
    private void stroom(String runId, Consumer<VoorstelVersie> actie) {
        Lezer[] lezer = {null};
        Cursor.elk(dataSource, "SELECT " + KOLOMMEN + " FROM voorstel WHERE run_id = :run_id AND versie = 1",
                run(runId), rij -> {
                    if (lezer[0] == null) {
                        lezer[0] = new Lezer(rij);
                    }
                    actie.accept(lezer[0].lees(rij));
                });
    }

    public void voegToe(String runId, List<? extends VoorstelVersie> versies) {
        // the timestamp as the database keeps it (microseconds), on both paths alike
        LocalDateTime nu = LocalDateTime.now().truncatedTo(ChronoUnit.MICROS);
        INVOEGING.<VoorstelVersie>voegIn(jdbcTemplate, versies, (v, rij) -> {
            HuishoudenFeiten h = v.huishouden();
            rij.zet("run_id", runId, Types.VARCHAR);
            v.contract().bind(Contract.Tabel.VOORSTEL, rij);
            rij.zet("versie", v.versie(), Types.INTEGER);
            rij.zet("personen", h.personen(), Types.INTEGER);
            rij.zet("aow", h.aow(), Types.BOOLEAN);
            rij.zet("huishouden_onbekend", h.huishoudenOnbekend(), Types.BOOLEAN);
            rij.zet("huishouden_categorie", h.inkomenCategorie(), Types.VARCHAR);
            rij.zet("verklaring_ontbreekt", h.verklaringOntbreekt(), Types.BOOLEAN);
            rij.zet("beleid_sha", v.beleidSha(), Types.VARCHAR);
            rij.zet("ingangsdatum", v.ingangsdatum(), Types.DATE);
            rij.zet("correctie", v.correctie(), Types.VARCHAR);
            rij.zet("aangemaakt", nu, Types.TIMESTAMP);
            uitkomst(rij, v);
        });
    }

    /** The outcome's columns of a version. */
    private static void uitkomst(Contract.Parameters rij, VoorstelVersie v) {
        Voorstel u = v.voorstel();
        rij.zet("soort", u.soort().name(), Types.VARCHAR);
        rij.zet("inkomen_categorie", u.inkomenCategorie(), Types.VARCHAR);
        rij.zet("streefhuur_nieuw", u.streefhuurNieuw(), Types.NUMERIC);
        rij.zet("percentage_max", u.percentageMax(), Types.NUMERIC);
        rij.zet("kale_huur_nieuw", u.kaleHuurNieuw(), Types.NUMERIC);
        rij.zet("verhoging_bedrag", u.verhogingBedrag(), Types.NUMERIC);
        rij.zet("verhoging_pct", u.verhogingPct(), Types.NUMERIC);
        rij.zet("in_huursom", u.inHuursom(), Types.BOOLEAN);
        rij.zet("redenen", VoorstelVersie.redenen(u.redenen()), Types.VARCHAR);
        rij.zet("huursom_cap", v.huursomCap(), Types.NUMERIC);
    }

    /** Removes the first versions of the contracts with lines in (na, totEnMet]: a restart's clean-up. */
    void verwijderEersteVersies(String runId, long na, long totEnMet) {
        jdbc.update("DELETE FROM voorstel WHERE run_id = :run_id AND versie = 1 AND regel > :na AND regel <= :tot",
                run(runId).addValue("na", na).addValue("tot", totEnMet));
    }

    /** Replaces the outcome of existing versions (the huursom step recomputes with its cap). */
    public void werkUitkomstBij(String runId, List<? extends VoorstelVersie> versies) {
        SqlParameterSource[] rijen = new SqlParameterSource[versies.size()];
        int n = 0;
        for (VoorstelVersie v : versies) {
            MapSqlParameterSource rij = run(runId).addValue("contract_id", v.contractId(), Types.VARCHAR)
                    .addValue("versie", v.versie(), Types.INTEGER);
            uitkomst(rij::addValue, v);
            rijen[n++] = rij;
        }
        StringBuilder zet = new StringBuilder();
        for (String kolom : UITKOMST) {
            zet.append(zet.isEmpty() ? "" : ", ").append(kolom).append(" = :").append(kolom);
        }
        jdbc.batchUpdate("UPDATE voorstel SET " + zet
                + " WHERE run_id = :run_id AND contract_id = :contract_id AND versie = :versie", rijen);
    }

    /**
     * Streams only the rule inputs of the given version in line order: what a huursom probe needs. On a
     * cursor of its own, ordered as the {@code (run_id, versie, regel)} index is declared, so H2 streams it.
     */
    public void stroomFeiten(String runId, int versie, Consumer<ContractFeiten> actie) {
        Lezer[] lezer = {null};
        Cursor.elk(dataSource, "SELECT " + Contract.kolommen(Contract.Tabel.VOORSTEL, null) + ", " + HUISHOUDEN
                + " FROM voorstel WHERE run_id = :run_id AND versie = :versie ORDER BY run_id, versie, regel",
                run(runId).addValue("versie", versie), rs -> {
                    if (lezer[0] == null) {
                        lezer[0] = new Lezer(rs, false);
                    }
                    actie.accept(lezer[0].contract.lees(rs).feiten(lezer[0].huishouden(rs)));
                });
    }

    /** All versions of one contract, oldest first. */
    public List<VoorstelVersie> versies(String runId, String contractId) {
        return jdbc.query("SELECT " + KOLOMMEN + " FROM voorstel WHERE run_id = :run_id AND contract_id = :contract_id "
                + "ORDER BY versie", run(runId).addValue("contract_id", contractId), rijen());
    }

    private static MapSqlParameterSource run(String runId) {
        return new MapSqlParameterSource("run_id", runId);
    }

    /** Maps the rows of one query with {@link #kolommen} to versions, the columns looked up at its first row. */
    public static RowMapper<VoorstelVersie> rijen() {
        return new RowMapper<>() {
            private Lezer lezer;

            @Override
            public VoorstelVersie mapRow(ResultSet rs, int rij) throws SQLException {
                if (lezer == null) {
                    lezer = new Lezer(rs);
                }
                return lezer.lees(rs);
            }
        };
    }

    /**
     * Reads versions from the rows of one result set with {@link #kolommen} by column name, looked up once
     * when it is made (for a join: the first column of a name, so select only these from voorstel).
     */
    public static final class Lezer {
        private final Contract.Lezer contract;
        private final int versie;
        private final int personen;
        private final int aow;
        private final int huishoudenOnbekend;
        private final int huishoudenCategorie;
        private final int verklaringOntbreekt;
        private final int soort;
        private final int inkomenCategorie;
        private final int streefhuurNieuw;
        private final int percentageMax;
        private final int kaleHuurNieuw;
        private final int verhogingBedrag;
        private final int verhogingPct;
        private final int inHuursom;
        private final int redenen;
        private final int huursomCap;
        private final int beleidSha;
        private final int ingangsdatum;
        private final int correctie;

        public Lezer(ResultSet rs) throws SQLException {
            this(rs, true);
        }

        /** {@code heel}: all of {@link #kolommen}; else only the contract's and the household's. */
        private Lezer(ResultSet rs, boolean heel) throws SQLException {
            contract = new Contract.Lezer(rs, Contract.Tabel.VOORSTEL);
            personen = rs.findColumn("personen");
            aow = rs.findColumn("aow");
            huishoudenOnbekend = rs.findColumn("huishouden_onbekend");
            huishoudenCategorie = rs.findColumn("huishouden_categorie");
            verklaringOntbreekt = rs.findColumn("verklaring_ontbreekt");
            versie = heel ? rs.findColumn("versie") : 0;
            soort = heel ? rs.findColumn("soort") : 0;
            inkomenCategorie = heel ? rs.findColumn("inkomen_categorie") : 0;
            streefhuurNieuw = heel ? rs.findColumn("streefhuur_nieuw") : 0;
            percentageMax = heel ? rs.findColumn("percentage_max") : 0;
            kaleHuurNieuw = heel ? rs.findColumn("kale_huur_nieuw") : 0;
            verhogingBedrag = heel ? rs.findColumn("verhoging_bedrag") : 0;
            verhogingPct = heel ? rs.findColumn("verhoging_pct") : 0;
            inHuursom = heel ? rs.findColumn("in_huursom") : 0;
            redenen = heel ? rs.findColumn("redenen") : 0;
            huursomCap = heel ? rs.findColumn("huursom_cap") : 0;
            beleidSha = heel ? rs.findColumn("beleid_sha") : 0;
            ingangsdatum = heel ? rs.findColumn("ingangsdatum") : 0;
            correctie = heel ? rs.findColumn("correctie") : 0;
        }

        private HuishoudenFeiten huishouden(ResultSet rs) throws SQLException {
            return new HuishoudenFeiten(rs.getInt(personen), rs.getBoolean(aow), rs.getBoolean(huishoudenOnbekend),
                    rs.getString(huishoudenCategorie), rs.getBoolean(verklaringOntbreekt));
        }

        public VoorstelVersie lees(ResultSet rs) throws SQLException {
            BigDecimal pctMax = rs.getBigDecimal(percentageMax);
            BigDecimal cap = rs.getBigDecimal(huursomCap);
            Voorstel voorstel = new Voorstel(Soort.valueOf(rs.getString(soort)), rs.getString(inkomenCategorie),
                    Contract.bedrag(rs, streefhuurNieuw), pctMax == null ? null : pctMax.setScale(4),
                    Contract.bedrag(rs, kaleHuurNieuw), Contract.bedrag(rs, verhogingBedrag),
                    Contract.bedrag(rs, verhogingPct), rs.getBoolean(inHuursom),
                    VoorstelVersie.redenen(rs.getString(redenen)));
            return new VoorstelVersie(contract.lees(rs), rs.getInt(versie), huishouden(rs), voorstel,
                    cap == null ? null : cap.setScale(4), rs.getString(beleidSha), Contract.datum(rs, ingangsdatum),
                    rs.getString(correctie));
        }
    }
}
