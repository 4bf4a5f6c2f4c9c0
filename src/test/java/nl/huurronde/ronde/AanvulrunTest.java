package nl.huurronde.ronde;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import nl.huurronde.CsvBestand;
import nl.huurronde.Golden;
import nl.huurronde.Huurronde;
import nl.huurronde.PdfTekst;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The supplementary run (#20 item 4) through the real program on the small 2026 roll of
 * {@code wetperjaar/2026} (round of 1 July 2026, letters of the main run dated 20 April): the main run rejects
 * H05 (no streefhuur) and H06 (unknown sector); the supplement is given the whole corrected roll, with H07's
 * rent changed, two new contracts H13 and H14 and a bad row H15, and its own send date 10 May 2026 (received
 * 13 May: too late for 1 July, so its contracts start on 1 August).
 */
class AanvulrunTest {

    static final Path INVOER = Path.of("src/test/resources/wetperjaar/2026");

    @TempDir
    Path tmp;

    /** The 12-contract roll with per-contract edits of one column (index in the header) and extra rows. */
    static Path rol(Path doel, Map<String, String[]> wijzig, List<String> extra) throws Exception {
        List<String> regels = Files.readAllLines(INVOER.resolve("huurders.csv"));
        List<String> kop = List.of(regels.get(0).split(",", -1));
        List<String> uit = new ArrayList<>(List.of(regels.get(0)));
        for (String regel : regels.subList(1, regels.size())) {
            String[] velden = regel.split(",", -1);
            String[] w = wijzig.get(velden[0]);
            if (w != null) {
                velden[kop.indexOf(w[0])] = w[1];
            }
            uit.add(String.join(",", velden));
        }
        uit.addAll(extra);
        Files.createDirectories(doel.getParent());
        Files.write(doel, uit);
        return doel;
    }

    /** A new contract like H01 at Wetstraat {@code nummer}. */
    static String nieuw(String id, int nummer) {
        return id + ",VHE-" + id + ",Fam. " + id + ",Wetstraat," + nummer + ",,,9708AA,Voorbeeldhaven,ZELFSTANDIG,"
                + "2010-01-01,400.00,SOCIAAL,600.00,0.00,900.00,,700.00,N,N,,";
    }

    static Path hoofdrol(Path tmp) throws Exception {
        return rol(tmp.resolve("hoofd/huurders.csv"), Map.of("H05", new String[] {"streefhuur", ""},
                "H06", new String[] {"sector", "ONBEKEND"}), List.of());
    }

    static Path aanvulrol(Path tmp) throws Exception {
        return rol(tmp.resolve("aanvul/huurders.csv"), Map.of("H07", new String[] {"kale_huur", "610.00"}),
                List.of(nieuw("H13", 13), nieuw("H14", 14), nieuw("H15", 15).replace(",600.00,0.00,", ",zeshonderd,0.00,")));
    }

    static String[] hoofdrun(Path tmp, Path huurders) {
        return new String[] {"run", "--job", "jobs/2026.yml", "--huurders", huurders.toString(),
                "--brp", INVOER.resolve("brp.csv").toString(), "--inkomen", INVOER.resolve("inkomen.csv").toString(),
                "--uitvoer", tmp.resolve("uit").toString(), "--parameter", "huurronde.max_afwijzingen=0.5"};
    }

    /** The main run on {@link #hoofdrol}, completed with its two rejected contracts; its run id. */
    static String hoofdrunGedaan(Huurronde huurronde, Path tmp) throws Exception {
        Huurronde.Uitkomst hoofd = huurronde.voer(hoofdrun(tmp, hoofdrol(tmp)));
        assertThat(hoofd.code()).as(hoofd.toString()).isEqualTo(3);
        return runId(hoofd);
    }

    static String runId(Huurronde.Uitkomst u) {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("Run (\\S+) voltooid").matcher(u.uit());
        assertThat(m.find()).as(u.toString()).isTrue();
        return m.group(1);
    }

    @Test
    void alleenNieuweContractenMetEigenVerzenddatum() throws Exception {
        Huurronde huurronde = Huurronde.h2(tmp.resolve("data"));
        String run = hoofdrunGedaan(huurronde, tmp);
        Path runMap = Golden.runMap(tmp.resolve("uit"));
        assertThat(CsvBestand.lees(runMap.resolve("afgewezen.csv"))).extracting(r -> r.get("kolom"))
                .containsExactly("streefhuur", "sector");
        Map<String, byte[]> hoofdBestanden = inhoud(runMap);

        Huurronde.Uitkomst aanvul = huurronde.voer("aanvulrun", "--run", run, "--huurders", aanvulrol(tmp).toString(),
                "--verzenddatum", "2026-05-10");
        assertThat(aanvul.code()).as(aanvul.toString()).isEqualTo(3); // H15 rejected
        Path map = runMap.resolve("aanvulling-1");
        assertThat(aanvul.uit()).contains("Aanvulling " + run + "-a1 van run " + run + " gestart (verzenddatum 2026-05-10)",
                "al in de ronde: 10 contracten, niet opnieuw berekend; 1 met een gewijzigde rij",
                "huursom van de ronde:", map.resolve("afgewezen.csv").toString(),
                "huurders.csv regel 16, kolom kale_huur");

        // only the fixed and the new contracts, with the moved ingangsdatum
        Map<String, Map<String, String>> audit = CsvBestand.perSleutel(map.resolve("audit.csv"), "contract_id");
        assertThat(audit.keySet()).containsExactlyInAnyOrder("H05", "H06", "H13", "H14");
        assertThat(audit.get("H05").get("redenen")).contains("INGANG_NA_VERZENDING");
        Map<String, Map<String, String>> financieel = CsvBestand.perSleutel(map.resolve("financieel.csv"), "contract_id");
        assertThat(financieel.keySet()).containsExactlyInAnyOrder("H05", "H06", "H13", "H14");
        assertThat(financieel.values()).allSatisfy(r -> assertThat(r).containsEntry("ingangsdatum", "2026-08-01"));
        assertThat(map.resolve("financieel-totalen.csv")).exists();
        assertThat(CsvBestand.lees(map.resolve("afgewezen.csv"))).extracting(r -> r.get("regel") + ":" + r.get("kolom"))
                .containsExactly("16:kale_huur");
        String brief = PdfTekst.lees(map.resolve("brieven/H13.pdf")).plat();
        assertThat(brief).contains("10 mei 2026", "Vanaf 1 augustus 2026 wordt uw kale huur",
                "Daarom gaat uw nieuwe huur pas in op 1 augustus 2026.").doesNotContain("1 juli 2026 wordt");
        assertThat(map.resolve("brieven/H01.pdf")).doesNotExist();
        try (Stream<Path> druk = Files.list(map.resolve("drukbestanden"))) {
            assertThat(druk).isNotEmpty();
        }

        // the round's other contracts: listed, H07's changed row pointed to bezwaar
        Map<String, Map<String, String>> bestaand = CsvBestand.perSleutel(map.resolve("bestaande-contracten.csv"),
                "contract_id");
        assertThat(bestaand).hasSize(10).doesNotContainKeys("H05", "H06", "H13", "H14", "H15");
        assertThat(bestaand.get("H07")).containsEntry("rij_gewijzigd", "J").containsEntry("voorstel_in_run", run);
        assertThat(bestaand.get("H07").get("actie")).contains("huurronde bezwaar --run " + run + " --contract H07");
        assertThat(bestaand.get("H01")).containsEntry("rij_gewijzigd", "N");

        // the huursom of the round moved by the supplement's contracts in it
        Map<String, Map<String, String>> som = CsvBestand.perSleutel(map.resolve("huursom-aanvulling.csv"), "sectie");
        long voor = Long.parseLong(som.get("RONDE_VOOR").get("aantal"));
        long erbij = Long.parseLong(som.get("AANVULLING").get("aantal"));
        assertThat(erbij).isPositive().isEqualTo(audit.values().stream().filter(r -> r.get("in_huursom").equals("J")).count());
        assertThat(Long.parseLong(som.get("RONDE_NA").get("aantal"))).isEqualTo(voor + erbij);
        assertThat(new java.math.BigDecimal(som.get("VERSCHUIVING").get("pct"))).isEqualByComparingTo(
                new java.math.BigDecimal(som.get("RONDE_NA").get("pct")).subtract(new java.math.BigDecimal(som.get("RONDE_VOOR").get("pct"))));
        assertThat(map.resolve("run.json")).content().contains("\"VOLTOOID\"", "\"soort\": \"AANVULLING\"",
                "\"hoofdrun\": \"" + run + "\"", "\"aanvulling\": 1", "\"verzenddatum\": \"2026-05-10\"");

        // the main run's files are untouched
        assertThat(inhoud(runMap)).containsOnlyKeys(hoofdBestanden.keySet().toArray(String[]::new));
        Map<String, byte[]> naAanvulling = inhoud(runMap);
        hoofdBestanden.forEach((naam, bytes) -> assertThat(naAanvulling.get(naam)).as(naam).isEqualTo(bytes));

        // the same input again, and the roll without anything new: nothing is made
        Huurronde.Uitkomst nogmaals = huurronde.voer("aanvulrun", "--run", run, "--huurders", aanvulrol(tmp).toString(),
                "--verzenddatum", "2026-05-10");
        assertThat(nogmaals.code()).as(nogmaals.toString()).isZero();
        assertThat(nogmaals.uit()).contains("Niets nieuws");
        Huurronde.Uitkomst niets = huurronde.voer("aanvulrun", "--run", run, "--huurders",
                rol(tmp.resolve("niets/huurders.csv"), Map.of("H08", new String[] {"servicekosten", "5.00"}), List.of())
                        .toString());
        assertThat(niets.code()).as(niets.toString()).isZero();
        assertThat(niets.uit()).contains("Niets nieuws voor run " + run + ": alle 12 geaccepteerde contracten",
                "1 met een gewijzigde rij", "--run " + run + " --contract H08");
        assertThat(runMap.resolve("aanvulling-2")).doesNotExist();

        // status shows the round with its supplement
        Huurronde.Uitkomst status = huurronde.voer("status", "--run", run);
        assertThat(status.uit()).as(status.toString()).contains("aanvulling 1: " + run + "-a1");
        Huurronde.Uitkomst alle = huurronde.voer("status");
        assertThat(alle.uit()).as(alle.toString()).contains(run + "-a1");

        // bezwaar and herdruk find the supplement's contract from the main run
        Huurronde.Uitkomst bezwaar = huurronde.voer("bezwaar", "--run", run, "--contract", "H13", "--chronisch-ziek");
        assertThat(bezwaar.code()).as(bezwaar.toString()).isZero();
        assertThat(bezwaar.uit()).contains("aanvulling " + run + "-a1");
        assertThat(map.resolve("bezwaar/H13-v2")).isDirectory();
        Huurronde.Uitkomst zaak = huurronde.voer("bezwaar", "registreer", "--run", run, "--contract", "H06",
                "--ontvangen", "2026-05-20");
        assertThat(zaak.code()).as(zaak.toString()).isZero();
        assertThat(zaak.uit()).contains("contract H06 staat in aanvulling " + run + "-a1 van run " + run);
        Huurronde.Uitkomst herdruk = huurronde.voer("herdruk", "--run", run, "--contract", "H14");
        assertThat(herdruk.code()).as(herdruk.toString()).isZero();
        assertThat(map.resolve("herdruk")).isDirectory();
    }

    /**
     * The supplement's own medehuurders.csv: a new contract's letter names its co-tenant, a co-tenant given
     * for a contract the round already has is a changed row (bezwaar), and that contract's co-tenant names
     * are not kept in the supplement's staging.
     */
    @Test
    void nieuwContractKrijgtZijnMedehuurderUitDeAanvulling() throws Exception {
        Huurronde huurronde = Huurronde.h2(tmp.resolve("data"));
        String run = hoofdrunGedaan(huurronde, tmp);
        Path medehuurders = Files.writeString(tmp.resolve("medehuurders.csv"),
                "contract_id,medehuurder_naam\nH13,Mevr. A. Yilmaz\nH01,Dhr. P. Bakker\n");

        Huurronde.Uitkomst aanvul = huurronde.voer("aanvulrun", "--run", run, "--huurders", aanvulrol(tmp).toString(),
                "--medehuurders", medehuurders.toString(), "--verzenddatum", "2026-05-10");
        assertThat(aanvul.code()).as(aanvul.toString()).isEqualTo(3); // H15 rejected
        Path map = Golden.runMap(tmp.resolve("uit")).resolve("aanvulling-1");
        Map<String, Map<String, String>> audit = CsvBestand.perSleutel(map.resolve("audit.csv"), "contract_id");
        assertThat(audit.get("H13")).containsEntry("medehuurders", "1");
        assertThat(audit.get("H14")).containsEntry("medehuurders", "0");
        assertThat(PdfTekst.lees(map.resolve("brieven/H13.pdf")).plat()).contains("Fam. H13 en Mevr. A. Yilmaz");
        assertThat(PdfTekst.lees(map.resolve("brieven/H14.pdf")).plat()).doesNotContain("Yilmaz", "Bakker");

        Map<String, Map<String, String>> bestaand = CsvBestand.perSleutel(map.resolve("bestaande-contracten.csv"),
                "contract_id");
        assertThat(bestaand.get("H01")).containsEntry("rij_gewijzigd", "J");
        assertThat(bestaand.get("H02")).containsEntry("rij_gewijzigd", "N");
        try (java.sql.Connection c = java.sql.DriverManager.getConnection("jdbc:h2:file:"
                + tmp.resolve("data").toAbsolutePath() + "/huurronde;AUTO_SERVER=TRUE", "sa", "");
             java.sql.ResultSet rij = c.createStatement().executeQuery(
                     "SELECT contract_id FROM medehuurder WHERE run_id = '" + run + "-a1'")) {
            List<String> gebleven = new ArrayList<>();
            while (rij.next()) {
                gebleven.add(rij.getString("contract_id"));
            }
            assertThat(gebleven).containsExactly("H13");
        }
    }

    @Test
    void geweigerdeAanvulrunIsEenRegel() throws Exception {
        Huurronde huurronde = Huurronde.h2(tmp.resolve("data"));
        Huurronde.Uitkomst onbekend = huurronde.voer("aanvulrun", "--run", "2026-bestaatniet", "--huurders",
                aanvulrol(tmp).toString());
        assertThat(onbekend.code()).isEqualTo(1);
        assertThat(onbekend.fout()).isEqualTo("fout: onbekende run '2026-bestaatniet'; 'huurronde status' toont de runs\n");

        List<String> sim = new ArrayList<>(List.of(hoofdrun(tmp, hoofdrol(tmp))));
        sim.set(0, "simulatie");
        Huurronde.Uitkomst simulatie = huurronde.voer(sim.toArray(String[]::new));
        assertThat(simulatie.code()).as(simulatie.toString()).isEqualTo(3);
        String simId = runId(simulatie);
        Huurronde.Uitkomst opSimulatie = huurronde.voer("aanvulrun", "--run", simId, "--huurders", aanvulrol(tmp).toString());
        assertThat(opSimulatie.code()).isEqualTo(1);
        assertThat(opSimulatie.fout()).contains("is een simulatie").hasLineCount(1);

        Huurronde.Uitkomst geenHuurders = huurronde.voer("aanvulrun", "--run", simId);
        assertThat(geenHuurders.code()).isEqualTo(2);
        assertThat(geenHuurders.fout()).contains("--huurders");
        Huurronde.Uitkomst datum = huurronde.voer("aanvulrun", "--run", simId, "--huurders", "x.csv", "--verzenddatum", "10-05");
        assertThat(datum.code()).isEqualTo(2);
        assertThat(datum.fout()).contains("--verzenddatum verwacht een datum jjjj-mm-dd");

        String run = hoofdrunGedaan(huurronde, tmp);
        // a whole-file error of the input: one line naming the file, nothing started
        Path kapot = Files.writeString(tmp.resolve("kapot.csv"), "contract_id,vhe_id\n\"H01,VHE\n");
        Huurronde.Uitkomst fout = huurronde.voer("aanvulrun", "--run", run, "--huurders", kapot.toString());
        assertThat(fout.code()).as(fout.toString()).isEqualTo(1);
        assertThat(fout.fout()).contains("huurders.csv: verplichte kolommen").hasLineCount(1); // as the main run says it
        Huurronde.Uitkomst ontbreekt = huurronde.voer("aanvulrun", "--run", run, "--huurders", tmp.resolve("weg.csv").toString());
        assertThat(ontbreekt.code()).as(ontbreekt.toString()).isEqualTo(1);
        assertThat(ontbreekt.fout()).contains("weg.csv").hasLineCount(1);
        assertThat(tmp.resolve("uit").resolve(run).resolve("aanvulling-1")).doesNotExist();

        Huurronde.Uitkomst aanvul = huurronde.voer("aanvulrun", "--run", run, "--huurders", aanvulrol(tmp).toString(),
                "--verzenddatum", "2026-04-25");
        assertThat(aanvul.code()).as(aanvul.toString()).isEqualTo(3);
        // sent early enough: the round's own ingangsdatum
        Path map = tmp.resolve("uit").resolve(run).resolve("aanvulling-1");
        assertThat(CsvBestand.perSleutel(map.resolve("financieel.csv"), "contract_id").values())
                .allSatisfy(r -> assertThat(r).containsEntry("ingangsdatum", "2026-07-01"));
        Huurronde.Uitkomst opAanvulling = huurronde.voer("aanvulrun", "--run", run + "-a1", "--huurders",
                aanvulrol(tmp).toString());
        assertThat(opAanvulling.code()).isEqualTo(1);
        assertThat(opAanvulling.fout()).contains("is zelf een aanvulling van run " + run).hasLineCount(1);

        // deleting the round deletes its supplement too; a deleted run is not supplemented
        Huurronde.Uitkomst weg = huurronde.voer("verwijder", "--run", run, "--bevestig", "--nu");
        assertThat(weg.code()).as(weg.toString()).isZero();
        assertThat(map).doesNotExist();
        Huurronde.Uitkomst status = huurronde.voer("status", "--run", run + "-a1");
        assertThat(status.uit()).as(status.toString()).contains("VERWIJDERD");
        Huurronde.Uitkomst verwijderd = huurronde.voer("aanvulrun", "--run", run, "--huurders", aanvulrol(tmp).toString());
        assertThat(verwijderd.code()).isEqualTo(1);
        assertThat(verwijderd.fout()).contains("is verwijderd op").hasLineCount(1);
    }

    /**
     * A supplement killed (SIGKILL, separate process) while its job runs: the same command resumes it, and it
     * ends as an uninterrupted one, its letters dated and its contracts starting as asked.
     */
    @Test
    void naEenKillHervatMetDezelfdeOpdracht() throws Exception {
        Huurronde huurronde = Huurronde.h2(tmp.resolve("data"));
        String run = hoofdrunGedaan(huurronde, tmp);
        List<String> args = new ArrayList<>(List.of("aanvulrun", "--run", run, "--huurders", aanvulrol(tmp).toString(),
                "--verzenddatum", "2026-05-10"));
        args.addAll(huurronde.argumenten());
        Path log = tmp.resolve("kill.log");
        Process p = nl.huurronde.Proces.start(log, args);
        while (p.isAlive() && !(Files.exists(log) && Files.readString(log).contains(" gestart (verzenddatum"))) {
            Thread.sleep(20);
        }
        Thread.sleep(300);
        p.destroyForcibly();
        p.waitFor();
        Huurronde.Uitkomst status = huurronde.voer("status", "--run", run + "-a1");
        assertThat(status.uit()).as(Files.readString(log) + status).contains("onderbroken");

        Huurronde.Uitkomst hervat = huurronde.voer(args.subList(0, 7).toArray(String[]::new));
        assertThat(hervat.code()).as(hervat.toString()).isEqualTo(3);
        assertThat(hervat.uit()).contains("Aanvulling " + run + "-a1 wordt hervat.", "Run " + run + "-a1 voltooid");
        Path map = tmp.resolve("uit").resolve(run).resolve("aanvulling-1");
        assertThat(CsvBestand.perSleutel(map.resolve("audit.csv"), "contract_id").keySet())
                .containsExactlyInAnyOrder("H05", "H06", "H13", "H14");
        assertThat(CsvBestand.perSleutel(map.resolve("financieel.csv"), "contract_id").values())
                .allSatisfy(r -> assertThat(r).containsEntry("ingangsdatum", "2026-08-01"));
        assertThat(PdfTekst.lees(map.resolve("brieven/H05.pdf")).plat()).contains("10 mei 2026", "Vanaf 1 augustus 2026");
    }

    /** The same main run and supplement on PostgreSQL and H2: the supplement's files are the same bytes. */
    @Test
    void opPostgresDezelfdeBytes() throws Exception {
        Huurronde.vereisPostgres();
        Path hoofdrol = hoofdrol(tmp);
        Path aanvulrol = aanvulrol(tmp);
        Map<String, Path> mappen = new java.util.LinkedHashMap<>();
        for (String db : List.of("h2", "pg")) {
            Path werk = tmp.resolve(db);
            Huurronde huurronde = db.equals("h2") ? Huurronde.h2(werk.resolve("data")) : Huurronde.postgres(werk.resolve("data"));
            Huurronde.Uitkomst hoofd = huurronde.voer(hoofdrun(werk, hoofdrol));
            String run = runId(hoofd);
            Huurronde.Uitkomst aanvul = huurronde.voer("aanvulrun", "--run", run, "--huurders", aanvulrol.toString(),
                    "--verzenddatum", "2026-05-10");
            assertThat(aanvul.code()).as(aanvul.toString()).isEqualTo(3);
            Huurronde.Uitkomst niets = huurronde.voer("aanvulrun", "--run", run, "--huurders",
                    rol(werk.resolve("niets/huurders.csv"), Map.of(), List.of()).toString());
            assertThat(niets.code()).as(niets.toString()).isZero();
            assertThat(niets.uit()).contains("Niets nieuws");
            Huurronde.Uitkomst bezwaar = huurronde.voer("bezwaar", "--run", run, "--contract", "H14", "--chronisch-ziek");
            assertThat(bezwaar.code()).as(bezwaar.toString()).isZero();
            assertThat(huurronde.voer("status").uit()).contains("aanvulling 1: " + run + "-a1");
            mappen.put(db, werk.resolve("uit").resolve(run).resolve("aanvulling-1"));
            assertThat(mappen.get(db).resolve("aanvulling-2")).doesNotExist();
        }
        for (String bestand : List.of("audit.csv", "financieel.csv", "financieel-totalen.csv", "afgewezen.csv",
                "bestaande-contracten.csv", "huursom-aanvulling.csv", "huursom.csv", "drukbestand-index.csv")) {
            assertThat(Files.readString(mappen.get("pg").resolve(bestand))).as(bestand)
                    .isEqualTo(Files.readString(mappen.get("h2").resolve(bestand)));
        }
        assertThat(Files.readString(mappen.get("pg").resolve("financieel.csv"))).contains("2026-08-01");
        assertThat(PdfTekst.lees(mappen.get("pg").resolve("brieven/H13.pdf")).plat()).contains("Vanaf 1 augustus 2026");
        assertThat(mappen.get("pg").resolve("bezwaar/H14-v2")).isDirectory();
    }

    /** Every file under a folder, by relative path, with its bytes (the supplement's folder left out). */
    private static Map<String, byte[]> inhoud(Path map) throws Exception {
        Map<String, byte[]> inhoud = new java.util.TreeMap<>();
        try (Stream<Path> bestanden = Files.walk(map)) {
            for (Path p : bestanden.filter(Files::isRegularFile).toList()) {
                String naam = map.relativize(p).toString();
                if (!naam.startsWith("aanvulling-")) {
                    inhoud.put(naam, Files.readAllBytes(p));
                }
            }
        }
        return inhoud;
    }
}
