package nl.huurronde.ronde;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import nl.huurronde.batch.Databank;
import nl.huurronde.bestand.Json;
import nl.huurronde.bestand.Privebestanden;
import nl.huurronde.bestand.Uitvoerbestand;
import nl.huurronde.brieven.Bijlagenverwijdering;
import nl.huurronde.intake.Antwoordmap;
import nl.huurronde.register.Ronde;
import nl.huurronde.register.RondeFout;
import nl.huurronde.uitvoer.Exporteur;
import nl.huurronde.uitvoer.Herexport;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * {@code verwijder --run ID --inkomen}: destroys a round's income data once the increase is settled
 * (art. 19b Uitvoeringswet huurprijzen woonruimte; docs/decisions.md, "Destroying the income data"):
 * the incomes (inkomen), the category answers (inkomenscategorie), the statements (huishoudverklaring and
 * the unpacked answer under the data folder), and the statements' pages in every letter and print file of
 * the run (rewritten without them; the index follows). The proposals keep the category used and the reason
 * codes. Gone from disk: H2 is compacted ({@code SHUTDOWN COMPACT} rewrites the file), PostgreSQL's tables
 * are rewritten ({@code VACUUM FULL}).
 */
@Component
class Inkomensverwijdering {

    /** After the ingangsdatum a tenant may still take the proposal to the Huurcommissie for six weeks. */
    static final int WEKEN_NA_INGANG = 6;

    private final JdbcTemplate jdbc;
    private final NamedParameterJdbcTemplate named;
    private final Databank databank;
    private final Antwoordmap antwoordmap;
    private final Exporteur exporteur;
    private final Herexport herexport;
    private final TransactionTemplate transactie;

    Inkomensverwijdering(JdbcTemplate jdbc, Databank databank, Antwoordmap antwoordmap, Exporteur exporteur,
                         Herexport herexport, TransactionTemplate transactie) {
        this.jdbc = jdbc;
        this.named = new NamedParameterJdbcTemplate(jdbc);
        this.databank = databank;
        this.antwoordmap = antwoordmap;
        this.exporteur = exporteur;
        this.herexport = herexport;
        this.transactie = transactie;
    }

    /** What the run holds of income data. */
    record Omvang(long inkomens, long categorieen, long verklaringen) {
        @Override
        public String toString() {
            return inkomens + " inkomensregels, " + categorieen + " inkomenscategorieën, " + verklaringen
                    + " huishoudverklaringen";
        }
    }

    Omvang tel(String runId) {
        return new Omvang(aantal("inkomen", runId), aantal("inkomenscategorie", runId),
                aantal("huishoudverklaring", runId));
    }

    /**
     * Cases of the bezwaar register ({@code bezwaarzaak}) still open for the run: received, held to the proposal
     * or filed with the Huurcommissie. While one is open, the income that decided its proposal is evidence.
     */
    long openBezwaren(String runId) {
        Long n = named.queryForObject("SELECT COUNT(*) FROM bezwaarzaak "
                + "WHERE run_id = :run_id AND open_contract IS NOT NULL", run(runId), Long.class);
        return n == null ? 0 : n;
    }

    /**
     * The last day a reminded tenant may still object (four months after the ingangsdatum, art. 7:253 lid 2 BW),
     * if the run sent registered reminders: until then a new objection may still need the income.
     */
    java.util.Optional<LocalDate> herinneringLooptTot(String runId) {
        LocalDate tot = named.queryForObject("SELECT MAX(uiterlijk) AS tot "
                + "FROM herinnering WHERE run_id = :run_id", run(runId),
                (rs, i) -> rs.getObject("tot", LocalDate.class));
        return java.util.Optional.ofNullable(tot);
    }

    /** The first day the income data may go: six weeks after the latest ingangsdatum of any version. */
    static LocalDate vanaf(LocalDate laatsteIngangsdatum) {
        return laatsteIngangsdatum.plusWeeks(WEKEN_NA_INGANG);
    }

    /** Already destroyed: when and what, or null. */
    String verwijderd(String runId) {
        List<String> rij = named.query("SELECT inkomen_verwijderd, inkomen_verwijderd_wat FROM ronde_run "
                + "WHERE run_id = :run_id", run(runId), (rs, i) -> rs.getTimestamp("inkomen_verwijderd") == null ? null
                        : rs.getTimestamp("inkomen_verwijderd").toLocalDateTime().withNano(0) + " ("
                                + rs.getString("inkomen_verwijderd_wat") + ")");
        return rij.isEmpty() ? null : rij.get(0);
    }

    /**
     * Destroys it for a round's runs together (a main run and its supplements, whose folders sit inside the
     * main run's); {@code melding} goes into ronde_run and each run.json (with --nu: that it was early). The
     * database is compacted once, at the end: H2's {@code SHUTDOWN COMPACT} closes it for this process.
     *
     * @return what was destroyed, for the command's line
     */
    String verwijder(List<Ronde> rondes, String melding) {
        Map<Ronde, Omvang> omvang = new LinkedHashMap<>();
        Map<Ronde, Herschreven> herschreven = new LinkedHashMap<>();
        for (Ronde ronde : rondes) {
            omvang.put(ronde, tel(ronde.runId()));
            herschreven.put(ronde, herschrijfBrieven(ronde));
        }
        LocalDateTime nu = LocalDateTime.now().withNano(0);
        transactie.executeWithoutResult(t -> {
            for (Ronde ronde : rondes) {
                for (String tabel : List.of("huishoudverklaring", "inkomenscategorie", "inkomen")) {
                    named.update("DELETE FROM " + tabel + " WHERE run_id = :run_id", run(ronde.runId()));
                }
                named.update("UPDATE ronde_run SET inkomen_verwijderd = :op, inkomen_verwijderd_wat = :wat "
                        + "WHERE run_id = :run_id", run(ronde.runId()).addValue("op", java.sql.Timestamp.valueOf(nu))
                        .addValue("wat", melding + ": " + omvang.get(ronde) + ", " + herschreven.get(ronde)));
            }
        });
        for (Ronde ronde : rondes) {
            Path antwoord = antwoordmap.map(ronde.runId());
            try {
                Privebestanden.verwijderBoom(antwoord);
            } catch (IOException e) {
                throw new RondeFout("de inkomensgegevens in de database zijn verwijderd, maar de map "
                        + antwoord + " niet: " + e.getMessage() + "; verwijder die map met de hand");
            }
            schrijfRunJson(ronde.map(), nu, melding, omvang.get(ronde), herschreven.get(ronde));
        }
        comprimeer();
        return rondes.stream().map(r -> (rondes.size() == 1 ? "" : r.runId() + ": ") + omvang.get(r) + ", "
                + herschreven.get(r)).collect(java.util.stream.Collectors.joining("; "));
    }

    /** The letters and print files that carried a statement, rewritten without its pages. */
    record Herschreven(long bestanden, long paginas) {
        @Override
        public String toString() {
            return bestanden + " brieven en drukbestanden zonder bijlage herschreven (" + paginas + " pagina's eruit)";
        }
    }

    /** The run's own PDFs: a main run's folder holds its supplements' folders, which are theirs. */
    private Herschreven herschrijfBrieven(Ronde ronde) {
        Path map = ronde.map();
        if (!Files.isDirectory(map)) {
            return new Herschreven(0, 0);
        }
        long bestanden = 0;
        long paginas = 0;
        boolean index = false;
        List<Path> pdfs;
        try (Stream<Path> alle = Files.walk(map)) {
            pdfs = alle.filter(p -> p.getFileName().toString().endsWith(".pdf"))
                    .filter(p -> !inAanvulling(map, p)).sorted().toList();
        } catch (IOException e) {
            throw new RondeFout("kan de map " + map + " niet lezen: " + e.getMessage());
        }
        for (Path pdf : pdfs) {
            int[] nieuw;
            try {
                nieuw = Bijlagenverwijdering.herschrijf(pdf, ronde.config().duplex()
                        && pdf.getParent().getFileName().toString().equals("drukbestanden"));
            } catch (IOException | RuntimeException e) {
                throw new RondeFout("kan " + pdf + " niet herschrijven zonder huishoudverklaring: " + e.getMessage());
            }
            if (nieuw == null) {
                continue;
            }
            bestanden++;
            for (int i = 1; i < nieuw.length; i++) {
                paginas += nieuw[i] == 0 ? 1 : 0;
            }
            if (pdf.getParent().getFileName().toString().equals("drukbestanden")) {
                pasIndexAan(ronde.runId(), pdf.getFileName().toString(), nieuw);
                index = true;
            }
        }
        if (index) {
            try {
                exporteur.drukbestandIndex(ronde);
                herexport.drukbestandIndex(ronde);
            } catch (IOException e) {
                throw new RondeFout("kan drukbestand-index.csv niet opnieuw schrijven: " + e.getMessage());
            }
        }
        return new Herschreven(bestanden, paginas);
    }

    private static boolean inAanvulling(Path map, Path pdf) {
        for (Path deel : map.relativize(pdf)) {
            if (deel.toString().startsWith(AanvulStarter.MAP_VOORVOEGSEL)) {
                return true;
            }
        }
        return false;
    }

    /** A tenant's range in the rewritten print file: from its first page to its last kept page. */
    private void pasIndexAan(String runId, String bestand, int[] nieuw) {
        List<MapSqlParameterSource> rijen = new ArrayList<>();
        MapSqlParameterSource bestandVanRun = run(runId).addValue("bestand", bestand);
        named.query("SELECT volgnr, eerste_pagina, laatste_pagina FROM drukbestand_index "
                + "WHERE run_id = :run_id AND bestand = :bestand", bestandVanRun, rs -> {
                    int laatste = rs.getInt("laatste_pagina");
                    while (laatste > 0 && nieuw[laatste] == 0) {
                        laatste--;
                    }
                    rijen.add(run(runId).addValue("bestand", bestand).addValue("volgnr", rs.getInt("volgnr"))
                            .addValue("eerste", nieuw[rs.getInt("eerste_pagina")]).addValue("laatste", nieuw[laatste]));
                });
        named.batchUpdate("UPDATE drukbestand_index SET eerste_pagina = :eerste, laatste_pagina = :laatste "
                + "WHERE run_id = :run_id AND bestand = :bestand AND volgnr = :volgnr",
                rijen.toArray(MapSqlParameterSource[]::new));
    }

    private static MapSqlParameterSource run(String runId) {
        return new MapSqlParameterSource("run_id", runId);
    }

    private static void schrijfRunJson(Path map, LocalDateTime nu, String melding, Omvang omvang, Herschreven h) {
        Path runJson = map.resolve("run.json");
        if (!Files.isRegularFile(runJson)) {
            return;
        }
        Map<String, Object> record = new LinkedHashMap<>();
        record.put("op", nu.toString());
        record.put("melding", melding);
        record.put("inkomensregels", omvang.inkomens());
        record.put("inkomenscategorieen", omvang.categorieen());
        record.put("huishoudverklaringen", omvang.verklaringen());
        record.put("brieven_herschreven", h.bestanden());
        record.put("paginas_verwijderd", h.paginas());
        try {
            String oud = Files.readString(runJson, StandardCharsets.UTF_8).stripTrailing();
            String nieuw = oud.substring(0, oud.length() - 1).stripTrailing() + ",\n  \"inkomen_verwijderd\": "
                    + Json.tekst(record).replace("\n", "\n  ") + "\n}\n";
            Uitvoerbestand.schrijf(runJson, nieuw);
        } catch (IOException e) {
            throw new RondeFout("de inkomensgegevens zijn verwijderd, maar run.json is niet bijgewerkt: " + e.getMessage());
        }
    }

    /**
     * Deleted rows still sit in the database's files until they are rewritten: H2 rewrites its whole file on
     * {@code SHUTDOWN COMPACT} (this process's last use of the database), PostgreSQL its tables on
     * {@code VACUUM FULL}.
     */
    private void comprimeer() {
        if (databank.postgres()) {
            jdbc.execute("VACUUM FULL huishoudverklaring, inkomenscategorie, inkomen");
        } else {
            jdbc.execute("SHUTDOWN COMPACT");
        }
    }

    private long aantal(String tabel, String runId) {
        Long n = named.queryForObject("SELECT COUNT(*) FROM " + tabel + " WHERE run_id = :run_id", run(runId),
                Long.class);
        return n == null ? 0 : n;
    }
}
