package nl.huurronde.intake;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import nl.huurronde.regels.HuishoudenFeiten;
import nl.huurronde.register.Ronde;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The checks of the answer zip after its rows are staged (part of intakeControle, one transaction): a
 * category row for an address that is not in the roll is rejected; every address in an IAH band needs
 * its huishoudverklaring, a real PDF (magic bytes, and OpenPDF opens it), named in the row's
 * {@code huishoudverklaring} column or by the address ({@link #naam}); a PDF that matches no such row is
 * rejected and removed. A band row without a valid statement stays accepted (its category stays in the
 * audit) but gets a line in afgewezen.csv, and the rules give it the regular increase with reason
 * HUISHOUDVERKLARING_ONTBREEKT (docs/regels.md).
 */
@Component
class Antwoordcontrole {

    private static final String BESTAND = Bestandsoort.INKOMENSANTWOORD.naam();
    private static final int VOLGNR = 98;

    private final NamedParameterJdbcTemplate jdbc;
    private final Antwoordmap antwoordmap;

    Antwoordcontrole(JdbcTemplate jdbc, Antwoordmap antwoordmap) {
        this.jdbc = new NamedParameterJdbcTemplate(jdbc);
        this.antwoordmap = antwoordmap;
    }

    private record Rij(long regel, String adresSleutel, String categorie, String verklaring, String sleutel) {}

    void controleer(Ronde ronde) {
        String runId = ronde.runId();
        List<MapSqlParameterSource> afwijzingen = new ArrayList<>();
        List<MapSqlParameterSource> afgewezen = new ArrayList<>();
        jdbc.query("SELECT c.regel, c.sleutel FROM inkomenscategorie c WHERE c.run_id = :run_id AND c.afgewezen = FALSE "
                + "AND NOT EXISTS (SELECT 1 FROM huurder h WHERE h.run_id = c.run_id "
                + "AND h.adres_sleutel = c.adres_sleutel)", run(runId), rs -> {
                    afwijzingen.add(afwijzing(runId, rs.getLong("regel"), VOLGNR, rs.getString("sleutel"),
                            "postcode", "adres staat niet in huurders.csv; deze categorie is niet gebruikt"));
                    afgewezen.add(run(runId).addValue("regel", rs.getLong("regel")));
                });
        jdbc.batchUpdate("UPDATE inkomenscategorie SET afgewezen = TRUE WHERE run_id = :run_id AND regel = :regel",
                afgewezen.toArray(MapSqlParameterSource[]::new));

        Path map = antwoordmap.verklaringen(runId);
        Map<String, Path> bestanden = bestanden(map);
        List<Rij> rijen = jdbc.query("SELECT regel, adres_sleutel, categorie, huishoudverklaring, sleutel "
                + "FROM inkomenscategorie WHERE run_id = :run_id AND afgewezen = FALSE ORDER BY regel", run(runId),
                (rs, i) -> new Rij(rs.getLong("regel"), rs.getString("adres_sleutel"), rs.getString("categorie"),
                        rs.getString("huishoudverklaring"), rs.getString("sleutel")));
        List<MapSqlParameterSource> verklaringen = new ArrayList<>();
        for (Rij rij : rijen) {
            boolean vereist = !HuishoudenFeiten.LAAG.equals(rij.categorie())
                    && !HuishoudenFeiten.ONBEKEND.equals(rij.categorie());
            String naam = rij.verklaring() != null ? rij.verklaring() : naam(rij.adresSleutel());
            Path pdf = bestanden.get(naam.toLowerCase(Locale.ROOT));
            if (!vereist) {
                continue; // a PDF named for it is left over, and rejected below
            }
            Inkomensantwoord.Pdf gelezen = pdf == null ? null : pdf(pdf);
            String reden = pdf == null ? "geen huishoudverklaring " + naam + " in het antwoord"
                    : gelezen.reden() != null ? "huishoudverklaring " + pdf.getFileName() + " " + gelezen.reden() : null;
            if (reden != null) {
                if (pdf != null) {
                    verwijder(pdf);
                }
                afwijzingen.add(afwijzing(runId, rij.regel(), VOLGNR, rij.sleutel(), "huishoudverklaring",
                        reden + "; dit adres krijgt geen inkomensafhankelijke verhoging maar de gewone"));
            } else {
                verklaringen.add(run(runId).addValue("adres_sleutel", rij.adresSleutel())
                        .addValue("bestand", pdf.getFileName().toString()).addValue("paginas", gelezen.paginas())
                        .addValue("regel", rij.regel()));
            }
            bestanden.remove(naam.toLowerCase(Locale.ROOT));
        }
        int volgnr = 0;
        for (Map.Entry<String, Path> over : bestanden.entrySet()) {
            String naam = over.getValue().getFileName().toString();
            afwijzingen.add(afwijzing(runId, 0L, volgnr++, Waarden.veilig(naam, 200), "huishoudverklaring",
                    "pdf-bestand hoort bij geen adres van het antwoord met een inkomen boven de grens; niet gebruikt "
                            + "en verwijderd"));
            verwijder(over.getValue());
        }
        jdbc.update("DELETE FROM huishoudverklaring WHERE run_id = :run_id", run(runId));
        jdbc.batchUpdate("INSERT INTO huishoudverklaring (run_id, adres_sleutel, bestand, paginas, regel) "
                + "VALUES (:run_id, :adres_sleutel, :bestand, :paginas, :regel)",
                verklaringen.toArray(MapSqlParameterSource[]::new));
        jdbc.batchUpdate("INSERT INTO afwijzing (run_id, bestand, regel, volgnr, sleutel, kolom, reden) "
                + "VALUES (:run_id, :bestand, :regel, :volgnr, :sleutel, :kolom, :reden)",
                afwijzingen.toArray(MapSqlParameterSource[]::new));
    }

    private static MapSqlParameterSource run(String runId) {
        return new MapSqlParameterSource("run_id", runId);
    }

    private static MapSqlParameterSource afwijzing(String runId, long regel, int volgnr, String sleutel, String kolom,
                                                   String reden) {
        return run(runId).addValue("bestand", BESTAND).addValue("regel", regel).addValue("volgnr", volgnr)
                .addValue("sleutel", sleutel).addValue("kolom", kolom).addValue("reden", reden);
    }

    /**
     * The statement's file name when the row does not name it: the address key's parts joined by
     * {@code _}, empty huisletter and toevoeging left out at the end ({@code 8011AB_12.pdf},
     * {@code 8011AB_12_A.pdf}, {@code 8011AB_12__BIS.pdf}, {@code 8011AB_12_A_BIS.pdf}).
     */
    static String naam(String adresSleutel) {
        String[] delen = adresSleutel.split("\\|", -1);
        StringBuilder naam = new StringBuilder(delen[0]).append('_').append(delen[1]);
        if (!delen[3].isEmpty()) {
            naam.append('_').append(delen[2]).append('_').append(delen[3]);
        } else if (!delen[2].isEmpty()) {
            naam.append('_').append(delen[2]);
        }
        return naam.append(".pdf").toString();
    }

    /** The unpacked PDFs by lower-case name, sorted (so rejections come in a fixed order). */
    private static Map<String, Path> bestanden(Path map) {
        Map<String, Path> bestanden = new TreeMap<>();
        if (!Files.isDirectory(map)) {
            return bestanden;
        }
        try (Stream<Path> lijst = Files.list(map)) {
            lijst.forEach(p -> bestanden.put(p.getFileName().toString().toLowerCase(Locale.ROOT), p));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bestanden;
    }

    private static Inkomensantwoord.Pdf pdf(Path pdf) {
        try {
            return Inkomensantwoord.pdf(Files.readAllBytes(pdf));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void verwijder(Path pdf) {
        try {
            Files.deleteIfExists(pdf);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
