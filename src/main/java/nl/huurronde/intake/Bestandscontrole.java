package nl.huurronde.intake;

import java.math.BigDecimal;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.StringJoiner;

import nl.huurronde.batch.Databank;
import nl.huurronde.register.Ronde;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.namedparam.NamedParameterUtils;
import org.springframework.jdbc.core.namedparam.SqlParameterSource;
import org.springframework.stereotype.Component;

/**
 * The checks over whole files, after every row was staged: duplicate keys (every occurrence is
 * rejected: the job cannot know which one is right), the household flags, and the rejection
 * threshold that stops a broken extract before it produces wrong letters.
 */
@Component
class Bestandscontrole {

    private static final int VOLGNR_DUBBEL = 99;
    /** Co-tenants per contract: with the tenant four names, the most the envelope window holds. */
    static final int MAX_MEDEHUURDERS = 3;

    private final JdbcTemplate jdbc;
    private final NamedParameterJdbcTemplate named;
    private final IntakeTellingen tellingen;
    private final Databank databank;
    private final Intakekopie kopie;
    private final Antwoordcontrole antwoordcontrole;

    Bestandscontrole(JdbcTemplate jdbc, IntakeTellingen tellingen, Databank databank, Intakekopie kopie,
                     Antwoordcontrole antwoordcontrole) {
        this.antwoordcontrole = antwoordcontrole;
        this.jdbc = jdbc;
        this.named = new NamedParameterJdbcTemplate(jdbc);
        this.tellingen = tellingen;
        this.databank = databank;
        this.kopie = kopie;
    }

    void controleer(Ronde ronde) {
        String runId = ronde.runId();
        databank.werkStatistiekBij("huurder", "medehuurder", "persoon", "inkomen", "inkomenscategorie");
        Map<Bestandsoort, Set<Long>> dubbel = new EnumMap<>(Bestandsoort.class);
        dubbel.put(Bestandsoort.HUURDERS, wijsDubbeleAf(runId, "huurder", "contract_id", Bestandsoort.HUURDERS,
                "contract_id komt meer dan eens voor in het bestand"));
        dubbel.put(Bestandsoort.BRP, wijsDubbeleAf(runId, "persoon", "bsn", Bestandsoort.BRP,
                "BSN komt meer dan eens voor in het bestand"));
        dubbel.put(Bestandsoort.INKOMEN, wijsDubbeleAf(runId, "inkomen", "bsn", Bestandsoort.INKOMEN,
                "BSN komt meer dan eens voor in het bestand"));
        Bestandsoort categorieen = ronde.config().invoer().inkomensantwoord() != null
                ? Bestandsoort.INKOMENSANTWOORD : Bestandsoort.INKOMENSCATEGORIE;
        dubbel.put(Bestandsoort.INKOMENSCATEGORIE, wijsDubbeleAf(runId, "inkomenscategorie", "adres_sleutel",
                categorieen, "adres komt meer dan eens voor in het bestand"));
        if (categorieen == Bestandsoort.INKOMENSANTWOORD) {
            antwoordcontrole.controleer(ronde);
        }
        dubbel.put(Bestandsoort.MEDEHUURDERS, controleerMedehuurders(runId));
        Map<String, Integer> medehuurders = telMedehuurders(runId);
        Set<Long> gedeeld = markeerGedeeldeAdressen(runId);
        Set<String> brpAfgewezen = markeerAfgewezenBrp(runId);
        List<IntakeTellingen.Telling> telling = tellingen.legVast(runId);
        kopie.controle(runId, new Intakekopie.Controle(dubbel, gedeeld, brpAfgewezen, medehuurders), telling);
        toetsDrempel(runId, telling, ronde.config().maxAfwijzingen());
    }

    /** Every occurrence of a key that occurs more than once; returns their lines. */
    private Set<Long> wijsDubbeleAf(String runId, String tabel, String kolom, Bestandsoort soort, String reden) {
        String sleutel = tabel.equals("inkomen") ? "''" : "sleutel";
        List<SqlParameterSource> afwijzingen = new ArrayList<>();
        List<Long> regels = new ArrayList<>();
        String afwijzingKolom = kolom.equals("adres_sleutel") ? "postcode" : kolom;
        herhaald("SELECT regel, " + kolom + " AS dubbel, " + sleutel + " AS weergave FROM " + tabel
                + " WHERE run_id = :run_id AND " + kolom + " IS NOT NULL ORDER BY run_id, " + kolom, runId,
                (regel, sleutelWaarde) -> {
                    afwijzingen.add(new MapSqlParameterSource("run_id", runId).addValue("bestand", soort.naam())
                            .addValue("regel", regel).addValue("volgnr", VOLGNR_DUBBEL).addValue("sleutel", sleutelWaarde)
                            .addValue("kolom", afwijzingKolom).addValue("reden", reden));
                    regels.add(regel);
                });
        named.batchUpdate("INSERT INTO afwijzing (run_id, bestand, regel, volgnr, sleutel, kolom, reden) "
                + "VALUES (:run_id, :bestand, :regel, :volgnr, :sleutel, :kolom, :reden)",
                afwijzingen.toArray(SqlParameterSource[]::new));
        named.batchUpdate("UPDATE " + tabel + " SET afgewezen = TRUE WHERE run_id = :run_id AND regel = :regel",
                perRegel(runId, regels));
        return new HashSet<>(regels);
    }

    /**
     * medehuurders.csv against huurders.csv (#20): a co-tenant of a contract_id that huurders.csv does not
     * have, the same name twice for one contract (the first line counts) and more co-tenants than the
     * envelope window holds are rejected. Returns the lines rejected here.
     */
    private Set<Long> controleerMedehuurders(String runId) {
        MapSqlParameterSource run = new MapSqlParameterSource("run_id", runId);
        List<SqlParameterSource> afwijzingen = new ArrayList<>();
        List<Long> regels = new ArrayList<>();
        Afwijzer afwijzer = (regel, sleutel, kolom, reden) -> {
            afwijzingen.add(new MapSqlParameterSource("run_id", runId).addValue("bestand",
                    Bestandsoort.MEDEHUURDERS.naam()).addValue("regel", regel).addValue("volgnr", VOLGNR_DUBBEL)
                    .addValue("sleutel", sleutel).addValue("kolom", kolom).addValue("reden", reden));
            regels.add(regel);
        };
        named.query("SELECT m.regel, m.sleutel FROM medehuurder m WHERE m.run_id = :run_id AND m.afgewezen = FALSE "
                + "AND NOT EXISTS (SELECT 1 FROM huurder h WHERE h.run_id = m.run_id AND h.contract_id = m.contract_id) "
                + "ORDER BY m.regel", run, rs -> {
                    afwijzer.wijsAf(rs.getLong("regel"), rs.getString("sleutel"), "contract_id",
                            "contract_id staat niet in huurders.csv");
                });
        Set<Long> onbekend = new HashSet<>(regels);
        // one contract's names at a time, in line order: a repeat points to the line that counts
        String[] contract = {null};
        Map<String, Long> namen = new java.util.HashMap<>();
        named.query("SELECT regel, contract_id, naam_sleutel, sleutel FROM medehuurder WHERE run_id = :run_id "
                + "AND afgewezen = FALSE ORDER BY contract_id, regel", run, rs -> {
                    long regel = rs.getLong("regel");
                    if (onbekend.contains(regel)) {
                        return;
                    }
                    if (!rs.getString("contract_id").equals(contract[0])) {
                        contract[0] = rs.getString("contract_id");
                        namen.clear();
                    }
                    Long eerder = namen.get(rs.getString("naam_sleutel"));
                    if (eerder != null) {
                        afwijzer.wijsAf(regel, rs.getString("sleutel"), "medehuurder_naam",
                                "deze medehuurder staat al op regel " + eerder + " bij dit contract_id; die regel telt");
                    } else if (namen.size() == MAX_MEDEHUURDERS) {
                        afwijzer.wijsAf(regel, rs.getString("sleutel"), "contract_id",
                                "meer dan " + MAX_MEDEHUURDERS + " medehuurders bij dit contract_id: het adresvenster"
                                        + " heeft geen ruimte voor meer namen; deze regel telt niet");
                    } else {
                        namen.put(rs.getString("naam_sleutel"), regel);
                    }
                });
        named.batchUpdate("INSERT INTO afwijzing (run_id, bestand, regel, volgnr, sleutel, kolom, reden) "
                + "VALUES (:run_id, :bestand, :regel, :volgnr, :sleutel, :kolom, :reden)",
                afwijzingen.toArray(SqlParameterSource[]::new));
        named.batchUpdate("UPDATE medehuurder SET afgewezen = TRUE WHERE run_id = :run_id AND regel = :regel",
                perRegel(runId, regels));
        return new HashSet<>(regels);
    }

    /** A rejection of one line of medehuurders.csv. */
    @FunctionalInterface
    private interface Afwijzer {
        void wijsAf(long regel, String sleutel, String kolom, String reden);
    }

    /**
     * Writes the accepted co-tenants into their contract's staged row: the names (in line order) that the
     * letters read with the tenant, and their number (audit). Returns the number per contract_id.
     */
    private Map<String, Integer> telMedehuurders(String runId) {
        Map<String, List<String>> namen = new java.util.LinkedHashMap<>();
        named.query("SELECT contract_id, naam FROM medehuurder WHERE run_id = :run_id AND afgewezen = FALSE "
                + "ORDER BY contract_id, regel", new MapSqlParameterSource("run_id", runId),
                rs -> {
                    namen.computeIfAbsent(rs.getString("contract_id"), c -> new ArrayList<>()).add(rs.getString("naam"));
                });
        Map<String, Integer> aantallen = new java.util.HashMap<>();
        List<SqlParameterSource> rijen = new ArrayList<>();
        namen.forEach((contract, lijst) -> {
            aantallen.put(contract, lijst.size());
            rijen.add(new MapSqlParameterSource("run_id", runId).addValue("contract_id", contract)
                    .addValue("namen", String.join(nl.huurronde.contract.Huurder.SCHEIDING, lijst))
                    .addValue("aantal", lijst.size()));
        });
        named.batchUpdate("UPDATE huurder SET medehuurder_namen = :namen, medehuurders = :aantal "
                + "WHERE run_id = :run_id AND contract_id = :contract_id", rijen.toArray(SqlParameterSource[]::new));
        return aantallen;
    }

    /** Households that cannot be known (1): an address key that two accepted contracts share. Their lines. */
    private Set<Long> markeerGedeeldeAdressen(String runId) {
        List<Long> gedeeld = new ArrayList<>();
        herhaald("SELECT regel, adres_sleutel AS dubbel, '' AS weergave FROM huurder WHERE run_id = :run_id "
                + "AND afgewezen = FALSE AND adres_sleutel IS NOT NULL ORDER BY run_id, adres_sleutel", runId,
                (regel, sleutel) -> gedeeld.add(regel));
        named.batchUpdate("UPDATE huurder SET adres_gedeeld = TRUE WHERE run_id = :run_id AND regel = :regel",
                perRegel(runId, gedeeld));
        return new HashSet<>(gedeeld);
    }

    /** Households that cannot be known (2): a rejected BRP row at the address. The address keys. */
    private Set<String> markeerAfgewezenBrp(String runId) {
        // every rejected BRP row has its reasons in afwijzing: a short index range instead of a table scan
        List<String> adressen = named.query("SELECT DISTINCT p.adres_sleutel FROM afwijzing a JOIN persoon p "
                + "ON p.run_id = a.run_id AND p.regel = a.regel WHERE a.run_id = :run_id AND a.bestand = :bestand "
                + "AND p.adres_sleutel IS NOT NULL", new MapSqlParameterSource("run_id", runId)
                .addValue("bestand", Bestandsoort.BRP.naam()), (rs, i) -> rs.getString("adres_sleutel"));
        named.batchUpdate("UPDATE huurder SET brp_afgewezen = TRUE WHERE run_id = :run_id "
                + "AND adres_sleutel = :adres_sleutel AND afgewezen = FALSE", adressen.stream()
                .map(a -> new MapSqlParameterSource("run_id", runId).addValue("adres_sleutel", a))
                .toArray(SqlParameterSource[]::new));
        return new HashSet<>(adressen);
    }

    /** The batch parameters {run_id, regel} of these lines. */
    private static SqlParameterSource[] perRegel(String runId, List<Long> regels) {
        return regels.stream().map(r -> new MapSqlParameterSource("run_id", runId).addValue("regel", r))
                .toArray(SqlParameterSource[]::new);
    }

    /** A row whose key ({@code dubbel}) repeats: its line and its key as written in afgewezen.csv ({@code weergave}). */
    private interface Herhaling {
        void regel(long regel, String sleutel);
    }

    /**
     * Walks rows ordered by their key (one ordered scan, no per-row subquery) and reports every row whose
     * key equals its neighbour's: all occurrences of a repeated key, none of a unique one. The scan follows
     * the key's index, written as declared (run_id first), in H2's lazy mode: sorting 2M BRP rows instead
     * held 39 MB of them in the heap and took twice as long. On the step's own connection: the scans see
     * the rejections the checks before them made in this transaction.
     */
    private void herhaald(String sql, String runId, Herhaling herhaling) {
        jdbc.execute((ConnectionCallback<Void>) verbinding -> {
            Databank.lui(verbinding, true);
            // a raw statement for the lazy scan, its one named parameter substituted as NamedParameterJdbcTemplate does
            MapSqlParameterSource parameters = new MapSqlParameterSource("run_id", runId);
            try (PreparedStatement opdracht = verbinding.prepareStatement(
                    NamedParameterUtils.substituteNamedParameters(sql, parameters))) {
                opdracht.setFetchSize(1000);
                Object[] waarden = NamedParameterUtils.buildValueArray(sql, parameters.getValues());
                for (int i = 0; i < waarden.length; i++) {
                    opdracht.setObject(i + 1, waarden[i]);
                }
                try (ResultSet rs = opdracht.executeQuery()) {
                    String vorigeSleutel = null;
                    long vorigeRegel = 0;
                    String vorigeWeergave = null;
                    boolean vorigeGemeld = false;
                    // looked up once per scan, not per row
                    int regelIndex = rs.findColumn("regel");
                    int dubbelIndex = rs.findColumn("dubbel");
                    int weergaveIndex = rs.findColumn("weergave");
                    while (rs.next()) {
                        long regel = rs.getLong(regelIndex);
                        String sleutel = rs.getString(dubbelIndex);
                        String weergave = rs.getString(weergaveIndex);
                        boolean gelijk = sleutel.equals(vorigeSleutel);
                        if (gelijk && !vorigeGemeld) {
                            herhaling.regel(vorigeRegel, vorigeWeergave);
                        }
                        if (gelijk) {
                            herhaling.regel(regel, weergave);
                        }
                        vorigeGemeld = gelijk;
                        vorigeSleutel = sleutel;
                        vorigeRegel = regel;
                        vorigeWeergave = weergave;
                    }
                }
            } finally {
                Databank.lui(verbinding, false);
            }
            return null;
        });
    }

    private void toetsDrempel(String runId, List<IntakeTellingen.Telling> telling, BigDecimal maxAfwijzingen) {
        for (IntakeTellingen.Telling t : telling) {
            if (BigDecimal.valueOf(t.afgewezen()).compareTo(maxAfwijzingen.multiply(BigDecimal.valueOf(t.gelezen()))) > 0) {
                throw new DrempelOverschreden(t, maxAfwijzingen, eersteRedenen(runId, t.bestand()));
            }
        }
    }

    private String eersteRedenen(String runId, String bestand) {
        List<String> redenen = named.query("SELECT regel, kolom, reden FROM afwijzing WHERE run_id = :run_id "
                + "AND bestand = :bestand ORDER BY regel, kolom, volgnr",
                new MapSqlParameterSource("run_id", runId).addValue("bestand", bestand),
                (rs, i) -> "regel " + rs.getLong("regel") + " " + rs.getString("kolom") + ": " + rs.getString("reden"));
        StringJoiner eerste = new StringJoiner("; ");
        redenen.stream().limit(3).forEach(eerste::add);
        return eerste.toString();
    }
}
