package nl.huurronde.ronde;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import nl.huurronde.CsvBestand;
import nl.huurronde.Golden;
import nl.huurronde.Huurronde;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The corpus of broken input (inputs.md "Bad input"), each case through the real yearly run on the
 * golden 2020 files with one defect: a bad value rejects its row with the file, physical line, key
 * and column in afgewezen.csv while the rest runs (read = processed + rejected for every file); a
 * file-level defect stops the run at once with one line naming the file, and writes nothing.
 */
class KapotteInvoerTest {

    private static final Path HUURDERS = Path.of("huurders.csv");
    private static final Path BRP = Path.of("brp.csv");
    private static final Path INKOMEN = Path.of("inkomen.csv");

    @TempDir
    Path tmp;
    Path invoer;

    @BeforeEach
    void kopieerGolden() throws IOException {
        invoer = Golden.kopie(tmp.resolve("invoer"));
    }

    /** One bad value: the row is rejected on that column, the run completes without it. */
    record Waarde(String bestand, int regel, String kolom, String waarde) {
        @Override
        public String toString() {
            return bestand + " regel " + regel + " " + kolom + " = " + (waarde.length() > 30
                    ? waarde.substring(0, 12) + "…(" + waarde.length() + " tekens)" : waarde.replace("\0", "\\0"));
        }
    }

    static Stream<Waarde> slechteWaarden() {
        return Stream.of(
                new Waarde("huurders.csv", 3, "kale_huur", "1.234"),
                new Waarde("huurders.csv", 3, "kale_huur", "\"1,234\""),
                new Waarde("huurders.csv", 3, "kale_huur", "1.234.567"),
                new Waarde("huurders.csv", 3, "kale_huur", "\"1,2,3\""),
                new Waarde("huurders.csv", 3, "kale_huur", "\"12,345\""),
                new Waarde("huurders.csv", 3, "kale_huur", "\"512, 40\""),
                new Waarde("huurders.csv", 3, "kale_huur", "-600.00"),
                new Waarde("huurders.csv", 3, "kale_huur", "600.005"),
                new Waarde("huurders.csv", 3, "kale_huur", "zeshonderd"),
                new Waarde("huurders.csv", 3, "servicekosten", "€€ 12"),
                new Waarde("huurders.csv", 3, "contract_ingang", "2012-13-01"),
                new Waarde("huurders.csv", 3, "contract_ingang", "01.01.2012"),
                new Waarde("huurders.csv", 3, "chronisch_ziek", "misschien"),
                new Waarde("huurders.csv", 3, "woningtype", "KASTEEL"),
                new Waarde("huurders.csv", 3, "sector", "MIDDEN"), // only for rounds from 1 July 2024
                new Waarde("huurders.csv", 3, "huisletter", "AB"),
                new Waarde("huurders.csv", 3, "huisnummer", "twee"),
                new Waarde("huurders.csv", 3, "postcode", "801VM"),
                new Waarde("huurders.csv", 3, "vhe_id", "VHE/0002"),
                new Waarde("huurders.csv", 3, "huurder_naam", "Fam.\0Voorbeeld"),
                new Waarde("huurders.csv", 3, "huurder_naam", "Fam.\u0007Voorbeeld"),
                new Waarde("huurders.csv", 3, "straat", "x".repeat(201)),
                new Waarde("huurders.csv", 3, "straat", "y".repeat(10 * 1024 * 1024)),
                new Waarde("brp.csv", 3, "bsn", "100000023"),
                new Waarde("brp.csv", 3, "bsn", "10000002"),
                new Waarde("brp.csv", 3, "geboortedatum", "1975-02-30"),
                new Waarde("brp.csv", 3, "rol", "OPPAS"),
                new Waarde("inkomen.csv", 3, "peiljaar", "2017"),
                new Waarde("inkomen.csv", 3, "verzamelinkomen", "25.000"),
                new Waarde("inkomen.csv", 3, "status", "ONZEKER"),
                new Waarde("inkomen.csv", 3, "bsn", "100000023"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("slechteWaarden")
    void eenSlechteWaardeWijstAlleenDieRijAf(Waarde geval) throws IOException {
        Path bestand = invoer.resolve(geval.bestand());
        List<String> regels = new ArrayList<>(Files.readAllLines(bestand));
        regels.set(geval.regel() - 1, zetVeld(regels.get(0), regels.get(geval.regel() - 1), geval.kolom(), geval.waarde()));
        String sleutel = regels.get(geval.regel() - 1).split(",", -1)[0];
        Files.write(bestand, regels);

        Path run = draaiEnVerwachtSucces();
        Map<String, String> afwijzing = enigeAfwijzing(run);
        assertThat(afwijzing).containsEntry("bestand", geval.bestand()).containsEntry("regel", String.valueOf(geval.regel()))
                .containsEntry("kolom", geval.kolom());
        assertThat(afwijzing.get("reden")).isNotBlank();
        if (geval.bestand().equals("huurders.csv")) {
            assertThat(afwijzing).containsEntry("sleutel", sleutel);
            assertThat(CsvBestand.perSleutel(run.resolve("audit.csv"), "contract_id")).hasSize(22)
                    .doesNotContainKey(sleutel);
        } else {
            assertThat(CsvBestand.perSleutel(run.resolve("audit.csv"), "contract_id")).hasSize(23);
        }
        String afgewezen = Files.readString(run.resolve("afgewezen.csv"));
        assertThat(afgewezen).as("geen BSN, geboortedatum of inkomen in afgewezen.csv")
                .doesNotContain("10000002", "1975-", "25.000", "25000");
        assertThat(afgewezen.length()).as("een te lang veld wordt niet herhaald").isLessThan(2000);
        telklopt(run);
    }

    @org.junit.jupiter.api.Test
    void eenRecordMetTeVeelOfTeWeinigVeldenWordtAfgewezen() throws IOException {
        Path bestand = invoer.resolve(HUURDERS);
        List<String> regels = new ArrayList<>(Files.readAllLines(bestand));
        regels.set(2, regels.get(2) + ",extra");
        String laatste = regels.get(regels.size() - 1);
        regels.set(regels.size() - 1, laatste.substring(0, laatste.length() / 2)); // truncated last line
        Files.write(bestand, regels);

        Path run = draaiEnVerwachtSucces();
        List<Map<String, String>> afgewezen = CsvBestand.lees(run.resolve("afgewezen.csv"));
        assertThat(afgewezen).extracting(r -> r.get("regel")).containsExactly("3", String.valueOf(regels.size()));
        assertThat(afgewezen).allSatisfy(r -> assertThat(r.get("reden")).contains("velden"));
        telklopt(run);
    }

    @org.junit.jupiter.api.Test
    void eenDubbelContractnummerWijstElkVoorkomenAf() throws IOException {
        Path bestand = invoer.resolve(HUURDERS);
        List<String> regels = new ArrayList<>(Files.readAllLines(bestand));
        regels.set(2, regels.get(2).replaceFirst("^G02,", "G01,"));
        Files.write(bestand, regels);

        Path run = draaiEnVerwachtSucces();
        List<Map<String, String>> afgewezen = CsvBestand.lees(run.resolve("afgewezen.csv"));
        assertThat(afgewezen).extracting(r -> r.get("regel") + " " + r.get("sleutel") + " " + r.get("kolom"))
                .containsExactly("2 G01 contract_id", "3 G01 contract_id");
        assertThat(CsvBestand.perSleutel(run.resolve("audit.csv"), "contract_id")).hasSize(21)
                .doesNotContainKeys("G01", "G02");
        telklopt(run);
    }

    /** A defect of the whole file: exit 1, one line naming the file, and no output at all. */
    record Bestandsfout(String naam, Path bestand, Bewerking bewerking, String... melding) {
        @Override
        public String toString() {
            return naam;
        }
    }

    @FunctionalInterface
    interface Bewerking {
        void pas(Path pad) throws IOException;
    }

    static Stream<Bestandsfout> bestandsfouten() {
        return Stream.of(
                new Bestandsfout("Latin-1 in plaats van UTF-8", HUURDERS, pad -> {
                    byte[] tekst = Files.readAllBytes(pad);
                    String s = new String(tekst, StandardCharsets.UTF_8).replace("Fam. Voorbeeld,Thorbeckegracht,4,",
                            "Fam. Voorbeëld,Thorbeckegracht,4,");
                    Files.write(pad, s.getBytes(StandardCharsets.ISO_8859_1));
                }, "huurders.csv", "regel 5", "UTF-8"),
                new Bestandsfout("verplichte kolom ontbreekt", HUURDERS, pad -> verwijderKolom(pad, 13),
                        "huurders.csv", "kale_huur", "ontbreekt"),
                new Bestandsfout("dubbele kolom in de kopregel", BRP, pad -> {
                    List<String> regels = new ArrayList<>(Files.readAllLines(pad));
                    regels.set(0, regels.get(0).replace(",rol", ",bsn"));
                    Files.write(pad, regels);
                }, "brp.csv", "bsn"),
                new Bestandsfout("leeg bestand", INKOMEN, pad -> Files.write(pad, new byte[0]), "inkomen.csv", "leeg"),
                new Bestandsfout("alleen een kopregel", HUURDERS,
                        pad -> Files.write(pad, List.of(Files.readAllLines(pad).get(0))), "huurders.csv", "geen gegevensregels"),
                new Bestandsfout("aanhalingsteken niet gesloten", BRP,
                        pad -> Files.writeString(pad, Files.readString(pad) + "8011VM,1,,,\"100000010,1980-05-05,HUURDER\n"),
                        "brp.csv", "regel 30", "aanhalingsteken"),
                new Bestandsfout("bestand ontbreekt", INKOMEN, Files::delete, "inkomen.csv", "niet gevonden"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("bestandsfouten")
    void eenKapotBestandStoptDeRunZonderUitvoer(Bestandsfout geval) throws IOException {
        geval.bewerking().pas(invoer.resolve(geval.bestand()));
        Huurronde.Uitkomst u = draai();
        assertThat(u.code()).as(u.toString()).isEqualTo(1);
        String[] regels = u.fout().strip().split("\n");
        assertThat(regels[regels.length - 1]).as(u.toString()).startsWith("fout: ").contains(geval.melding());
        assertThat(u.fout()).doesNotContain("\tat ", "Exception");
        Path uit = tmp.resolve("uit");
        try (Stream<Path> alles = Files.exists(uit) ? Files.walk(uit) : Stream.empty()) {
            assertThat(alles.filter(Files::isRegularFile)).as("niets geschreven").isEmpty();
        }
    }

    /** Excel's windows-1252 read as UTF-8: the one line says which option reads it (issue #24). */
    @org.junit.jupiter.api.Test
    void ongeldigeUtf8WijstNaarDeEncodingOptie() throws IOException {
        Path bestand = invoer.resolve(HUURDERS);
        String tekst = Files.readString(bestand)
                .replace("Fam. Voorbeeld,Thorbeckegracht,4,", "Fam. Voorbeëld,Thorbeckegracht,4,");
        Files.write(bestand, tekst.getBytes(java.nio.charset.Charset.forName("windows-1252")));
        Huurronde.Uitkomst u = draai();
        assertThat(u.code()).as(u.toString()).isEqualTo(1);
        assertThat(u.fout()).contains("fout: huurders.csv regel 5: ongeldige UTF-8 (byte 0xEB); is dit bestand uit Excel? "
                + "gebruik dan --encoding windows-1252 of invoer.encoding in het jobbestand");
        assertThat(tmp.resolve("uit")).doesNotExist();

        Huurronde.Uitkomst goed = draai("--encoding", "windows-1252");
        assertThat(goed.code()).as(goed.toString()).isZero();
        Huurronde.Uitkomst onbekend = draai("--encoding", "latin1");
        assertThat(onbekend.code()).as(onbekend.toString()).isEqualTo(2);
        assertThat(onbekend.fout()).startsWith("fout: --encoding verwacht een van: utf-8, windows-1252, iso-8859-15, "
                + "niet 'latin1'");
    }

    /** Two income sources on the command line: a usage error, not one of them silently dropped (issue #24). */
    @org.junit.jupiter.api.Test
    void inkomenEnInkomenscategorieSamenIsEenGebruiksfout() {
        Huurronde.Uitkomst u = draai("--inkomenscategorie", invoer.resolve(INKOMEN).toString());
        assertThat(u.code()).as(u.toString()).isEqualTo(2);
        assertThat(u.fout()).startsWith("fout: geef --inkomen (inkomens per persoon), --inkomenscategorie "
                + "(categorie per adres van de Belastingdienst) of --inkomensantwoord (het antwoord-zip van de "
                + "Belastingdienst), niet meer dan één");
        assertThat(tmp.resolve("uit")).doesNotExist();
    }

    @org.junit.jupiter.api.Test
    void eenTweeProcentKapotBestandOverschrijdtDeDrempel() throws IOException {
        Path bestand = invoer.resolve(INKOMEN);
        List<String> regels = new ArrayList<>(Files.readAllLines(bestand));
        regels.set(4, regels.get(4).replace(",2018,", ",2019,")); // 1 of 25 = 4% > 1%
        Files.write(bestand, regels);
        Huurronde.Uitkomst u = draai();
        assertThat(u.code()).isEqualTo(1);
        assertThat(u.fout()).contains("inkomen.csv", "max_afwijzingen", "regel 5 peiljaar");
        Path run = Golden.runMap(tmp.resolve("uit"));
        try (Stream<Path> bestanden = Files.list(run)) {
            assertThat(bestanden.map(p -> p.getFileName().toString()).sorted()).containsExactly("afgewezen.csv", "run.json");
        }
    }

    private Path draaiEnVerwachtSucces() throws IOException {
        Huurronde.Uitkomst u = draai("--parameter", "max_afwijzingen=0.2");
        assertThat(u.code()).as(u.toString()).isEqualTo(3); // completed with the row it rejects
        assertThat(u.uit()).as("the rejections on the console, without personal data").contains("  afgewezen: ")
                .doesNotContain("10000002", "1975-", "25.000", "25000");
        return Golden.runMap(tmp.resolve("uit"));
    }

    private Huurronde.Uitkomst draai(String... extra) {
        Stream<String> args = Stream.concat(Stream.of("--parameter", "brieven=geen"), Stream.of(extra));
        return Huurronde.h2(tmp.resolve("data")).voer(Golden.run(invoer, tmp.resolve("uit"),
                args.toArray(String[]::new)));
    }

    private static Map<String, String> enigeAfwijzing(Path run) throws IOException {
        List<Map<String, String>> afgewezen = CsvBestand.lees(run.resolve("afgewezen.csv"));
        assertThat(afgewezen).hasSize(1);
        return afgewezen.get(0);
    }

    /** read = processed + rejected for every file, in run.json. */
    private static void telklopt(Path run) throws IOException {
        String json = Files.readString(run.resolve("run.json"));
        Matcher m = Pattern.compile("\"gelezen\": (\\d+),\\s*\"verwerkt\": (\\d+),\\s*\"afgewezen\": (\\d+)").matcher(json);
        int bestanden = 0;
        while (m.find()) {
            bestanden++;
            assertThat(Long.parseLong(m.group(1))).isEqualTo(Long.parseLong(m.group(2)) + Long.parseLong(m.group(3)));
        }
        assertThat(bestanden).isEqualTo(3);
    }

    private static String zetVeld(String kop, String regel, String kolom, String waarde) {
        int index = Arrays.asList(kop.split(",", -1)).indexOf(kolom);
        assertThat(index).as(kolom).isNotNegative();
        String[] velden = regel.split(",", -1);
        velden[index] = waarde;
        return String.join(",", velden);
    }

    private static void verwijderKolom(Path pad, int index) throws IOException {
        List<String> uit = new ArrayList<>();
        for (String regel : Files.readAllLines(pad)) {
            List<String> velden = new ArrayList<>(Arrays.asList(regel.split(",", -1)));
            velden.remove(index);
            uit.add(String.join(",", velden));
        }
        Files.write(pad, uit);
    }
}
