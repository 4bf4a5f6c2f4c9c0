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
import org.springframework.stereotype.Component;

/**
 * The checks over whole files, after every row was staged: duplicate keys (every occurrence is
 * rejected: the job cannot know which one is right), the household flags, and the rejection
 * threshold that stops a broken extract before it produces wrong letters.
 */
@Component
class Bestandscontrole {

    private static final int VOLGNR_DUBBEL = 99;

    private final JdbcTemplate jdbc;
    private final IntakeTellingen tellingen;
    private final Databank databank;
    private final Intakekopie kopie;
    private final Antwoordcontrole antwoordcontrole;

    Bestandscontrole(JdbcTemplate jdbc, IntakeTellingen tellingen, Databank databank, Intakekopie kopie,
                     Antwoordcontrole antwoordcontrole) {
        this.antwoordcontrole = antwoordcontrole;
        this.jdbc = jdbc;
        this.tellingen = tellingen;
        this.databank = databank;
        this.kopie = kopie;
    }

    void controleer(Ronde ronde) {
        String runId = ronde.runId();
        databank.werkStatistiekBij("huurder", "persoon", "inkomen", "inkomenscategorie");
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
        Set<Long> gedeeld = markeerGedeeldeAdressen(runId);
        Set<String> brpAfgewezen = markeerAfgewezenBrp(runId);
        List<IntakeTellingen.Telling> telling = tellingen.legVast(runId);
        kopie.controle(runId, new Intakekopie.Controle(dubbel, gedeeld, brpAfgewezen), telling);
        toetsDrempel(runId, telling, ronde.config().maxAfwijzingen());
    }

    /** Every occurrence of a key that occurs more than once; returns their lines. */
    private Set<Long> wijsDubbeleAf(String runId, String tabel, String kolom, Bestandsoort soort, String reden) {
        String sleutel = tabel.equals("inkomen") ? "''" : "sleutel";
        List<Object[]> afwijzingen = new ArrayList<>();
        List<Object[]> regels = new ArrayList<>();
        String afwijzingKolom = kolom.equals("adres_sleutel") ? "postcode" : kolom;
        herhaald("SELECT regel, " + kolom + ", " + sleutel + " FROM " + tabel + " WHERE run_id = ? AND " + kolom
                + " IS NOT NULL ORDER BY run_id, " + kolom, runId, (regel, sleutelWaarde) -> {
                    afwijzingen.add(new Object[] {runId, soort.naam(), regel, VOLGNR_DUBBEL, sleutelWaarde,
                            afwijzingKolom, reden});
                    regels.add(new Object[] {runId, regel});
                });
        jdbc.batchUpdate("INSERT INTO afwijzing (run_id, bestand, regel, volgnr, sleutel, kolom, reden) "
                + "VALUES (?, ?, ?, ?, ?, ?, ?)", afwijzingen);
        jdbc.batchUpdate("UPDATE " + tabel + " SET afgewezen = TRUE WHERE run_id = ? AND regel = ?", regels);
        return regelsVan(regels);
    }

    /** Households that cannot be known (1): an address key that two accepted contracts share. Their lines. */
    private Set<Long> markeerGedeeldeAdressen(String runId) {
        List<Object[]> gedeeld = new ArrayList<>();
        herhaald("SELECT regel, adres_sleutel, '' FROM huurder WHERE run_id = ? AND afgewezen = FALSE "
                + "AND adres_sleutel IS NOT NULL ORDER BY run_id, adres_sleutel", runId,
                (regel, sleutel) -> gedeeld.add(new Object[] {runId, regel}));
        jdbc.batchUpdate("UPDATE huurder SET adres_gedeeld = TRUE WHERE run_id = ? AND regel = ?", gedeeld);
        return regelsVan(gedeeld);
    }

    /** Households that cannot be known (2): a rejected BRP row at the address. The address keys. */
    private Set<String> markeerAfgewezenBrp(String runId) {
        // every rejected BRP row has its reasons in afwijzing: a short index range instead of a table scan
        List<Object[]> adressen = jdbc.query("SELECT DISTINCT p.adres_sleutel FROM afwijzing a JOIN persoon p "
                + "ON p.run_id = a.run_id AND p.regel = a.regel WHERE a.run_id = ? AND a.bestand = ? "
                + "AND p.adres_sleutel IS NOT NULL", (rs, i) -> new Object[] {runId, rs.getString(1)}, runId,
                Bestandsoort.BRP.naam());
        jdbc.batchUpdate("UPDATE huurder SET brp_afgewezen = TRUE WHERE run_id = ? AND adres_sleutel = ? "
                + "AND afgewezen = FALSE", adressen);
        Set<String> sleutels = new HashSet<>();
        adressen.forEach(a -> sleutels.add((String) a[1]));
        return sleutels;
    }

    /** The lines (second value) of batch-update rows {run_id, regel}. */
    private static Set<Long> regelsVan(List<Object[]> rijen) {
        Set<Long> regels = new HashSet<>();
        rijen.forEach(r -> regels.add((Long) r[1]));
        return regels;
    }

    /** A row whose key (column 2) repeats: its line (column 1) and its key as written in afgewezen.csv. */
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
            try (PreparedStatement opdracht = verbinding.prepareStatement(sql)) {
                opdracht.setFetchSize(1000);
                opdracht.setString(1, runId);
                try (ResultSet rs = opdracht.executeQuery()) {
                    String vorigeSleutel = null;
                    long vorigeRegel = 0;
                    String vorigeWeergave = null;
                    boolean vorigeGemeld = false;
                    while (rs.next()) {
                        long regel = rs.getLong(1);
                        String sleutel = rs.getString(2);
                        String weergave = rs.getString(3);
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
        List<String> redenen = jdbc.query("SELECT regel, kolom, reden FROM afwijzing WHERE run_id = ? AND bestand = ? "
                        + "ORDER BY regel, kolom, volgnr", (rs, i) -> "regel " + rs.getLong(1) + " " + rs.getString(2)
                        + ": " + rs.getString(3), runId, bestand);
        StringJoiner eerste = new StringJoiner("; ");
        redenen.stream().limit(3).forEach(eerste::add);
        return eerste.toString();
    }
}
