package nl.huurronde.beleid;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import nl.huurronde.regels.Beleid;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class JobFileLoaderTest {

    static final String RES = "src/test/resources/policy/";
    private static final Path CWD = Path.of("").toAbsolutePath();

    static Stream<Path> jobs() throws IOException {
        try (Stream<Path> bestanden = Files.list(Path.of("jobs"))) {
            return bestanden.filter(p -> p.toString().endsWith(".yml")).sorted().toList().stream();
        }
    }

    @Test
    void elkJaarHeeftEenJob() throws IOException {
        assertThat(jobs().map(p -> p.getFileName().toString()))
                .contains("2020-swz.yml", "2019.yml", "2021.yml", "2022.yml", "2023.yml", "2024.yml", "2025.yml",
                        "2026.yml");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("jobs")
    void elkeJobLaadt(Path job) throws BeleidFout {
        JobConfig config = JobFileLoader.laad(job, Map.of());

        assertThat(config.bestand()).isEqualTo(job.toAbsolutePath().normalize());
        assertThat(config.verzenddatum()).isNotNull().isBeforeOrEqualTo(config.uitersteVerzenddatum());
        assertThat(config.invoer().huurders()).isAbsolute();
        assertThat(config.beleid().jaar()).isEqualTo(config.jaar());
        assertThat(config.beleid().peildatum()).isEqualTo(config.ingangsdatum());
        assertThat(config.wet().jaar()).isEqualTo(config.jaar());
        String map = job.getFileName().toString().replace(".yml", "");
        assertThat(config.invoer().huurders()).isEqualTo(CWD.resolve("sample-data/" + map + "/huurders.csv"));
        assertThat(config.invoer().inkomen()).isEqualTo(CWD.resolve("sample-data/" + map + "/inkomen.csv"));
        assertThat(config.invoer().inkomenscategorie()).isNull();
    }

    @Test
    void hetGoudenBeleidVanSwz2020() throws BeleidFout {
        JobConfig config = JobFileLoader.laad(Path.of("jobs/2020-swz.yml"), Map.of());
        Beleid beleid = config.beleid();

        assertThat(config.jaar()).isEqualTo(2020);
        assertThat(config.ingangsdatum()).isEqualTo(LocalDate.of(2020, 7, 1));
        assertThat(config.verzenddatum()).isEqualTo(LocalDate.of(2020, 4, 20));
        assertThat(config.verhuurder()).isEqualTo(new Verhuurder("SWZ", "Postbus 123, 8000 AA Zwolle",
                "038 - 468 01 23", "www.swz.nl", "Postbus 123, 8000 AA Zwolle", null));
        assertThat(config.invoer().brp()).isEqualTo(CWD.resolve("sample-data/2020-swz/brp.csv"));
        assertThat(beleid.peildatum()).isEqualTo(LocalDate.of(2020, 7, 1));
        assertThat(beleid.inflatie()).isEqualByComparingTo("0.026");
        assertThat(beleid.regulierMaxPct()).isEqualByComparingTo("0.041");
        assertThat(beleid.laagHuur()).isNull();
        assertThat(beleid.iahNietVanafStreefhuur()).isTrue();
        assertThat(beleid.iahBanden()).containsExactly(new Beleid.IahBand("HOOG",
                new BigDecimal("43574"), new BigDecimal("43574"), new BigDecimal("0.056"), null));
        assertThat(beleid.huursomMaxPct()).isEqualByComparingTo("0.036");
        assertThat(beleid.huursomIahTeltMee()).isFalse();
        assertThat(beleid.vrijeSectorPct()).isEqualByComparingTo("0.026");
        assertThat(beleid.woonwagenPct()).isEqualByComparingTo("0.026");
        assertThat(beleid.inkomensjaar()).isEqualTo(2018);
        assertThat(beleid.jongerenLeeftijd()).isEqualTo(23);
        assertThat(beleid.jongerenVrijstelling()).isEqualByComparingTo("20450");
        assertThat(beleid.wet().aowJaren()).isEqualTo(66);
        assertThat(beleid.wet().aowMaanden()).isEqualTo(4);
        assertThat(beleid.wet().aowVrijstelling()).isTrue();
        assertThat(beleid.wet().vierPlusVrijstelling()).isTrue();
        assertThat(beleid.wet().sector().periodeOp(java.time.LocalDate.of(2019, 1, 1)).grens()).isEqualByComparingTo("720.42");
    }

    @Test
    void standaardwaarden() throws BeleidFout {
        JobConfig config = JobFileLoader.laad(Path.of(RES + "minimaal.yml"), Map.of());

        assertThat(config.ingangsdatum()).isEqualTo(LocalDate.of(2020, 7, 1));
        assertThat(config.verzenddatum()).isNull();
        assertThat(config.uitvoer()).isEqualTo(CWD.resolve("uitvoer"));
        assertThat(config.brieven()).isEqualTo(BrievenModus.BEIDE);
        assertThat(config.drukbestandMax()).isEqualTo(5000);
        assertThat(config.maxAfwijzingen()).isEqualByComparingTo("0.01");
        assertThat(config.bezorgdagen()).isEqualTo(3);
        assertThat(config.csvDialect()).isEqualTo(CsvDialect.STANDAARD);
        assertThat(config.pdfa()).isFalse();
        assertThat(config.threads()).isEqualTo(2);
        assertThat(config.verhuurder().logo()).isNull();
        assertThat(config.invoer().inkomen()).isNull();
        assertThat(config.invoer().inkomenscategorie()).isEqualTo(CWD.resolve("data/inkomenscategorie.csv"));
        Beleid beleid = config.beleid();
        assertThat(beleid.iahBanden()).isEmpty();
        assertThat(beleid.iahNietVanafStreefhuur()).isFalse();
        assertThat(beleid.huursomIahTeltMee()).isFalse();
        assertThat(beleid.laagHuur()).isNull();
        assertThat(beleid.middenPct()).isNull();
        assertThat(beleid.inkomenPeiljaarOffset()).isEqualTo(2);
        assertThat(beleid.jongerenLeeftijd()).isEqualTo(23);
        // the law's figure of 2020
        assertThat(beleid.jongerenVrijstelling()).isEqualByComparingTo("20450");
    }

    @Test
    void extraSleutelsOnderHuurronde() throws BeleidFout {
        JobConfig config = laad(RES + "minimaal.yml", "csv_dialect", "excel-nl", "pdfa", "true", "threads", "4",
                "brieven", "per-contract", "verhuurder.logo", "jobs/logo.png");

        assertThat(config.csvDialect()).isEqualTo(CsvDialect.EXCEL_NL);
        assertThat(config.pdfa()).isTrue();
        assertThat(config.threads()).isEqualTo(4);
        assertThat(config.brieven()).isEqualTo(BrievenModus.PER_CONTRACT);
        assertThat(config.verhuurder().logo()).isEqualTo(CWD.resolve("jobs/logo.png"));
        assertThat(laad(RES + "minimaal.yml", "brieven", "drukbestand").brieven()).isEqualTo(BrievenModus.DRUKBESTAND);
        assertThat(laad(RES + "minimaal.yml", "brieven", "geen").brieven()).isEqualTo(BrievenModus.GEEN);
    }

    @Test
    void middenPctIsVerplichtVanaf2024() throws BeleidFout {
        assertThatThrownBy(() -> laad("jobs/2025.yml", "beleid.midden_pct", ""))
                .hasMessage("ontbrekende sleutel beleid.midden_pct (jobs/2025.yml regel 24)");
        assertThatThrownBy(() -> laad("jobs/2024.yml", "beleid.midden_pct", ""))
                .hasMessageContaining("ontbrekende sleutel beleid.midden_pct");
        assertThat(laad("jobs/2023.yml").beleid().middenPct()).isNull();
        assertThat(laad("jobs/2025.yml").beleid().middenPct()).isEqualByComparingTo("0.041");
    }

    // --- errors name the key and the line

    @Test
    void onbekendeSleutelMetSuggestie() {
        assertThatThrownBy(() -> JobFileLoader.laad(Path.of(RES + "onbekende-sleutel.yml"), Map.of()))
                .isInstanceOf(BeleidFout.class)
                .hasMessage("onbekende sleutel beleid.vrije_sektor_pct; bedoelt u beleid.vrije_sector_pct? "
                        + "(src/test/resources/policy/onbekende-sleutel.yml regel 21)");
    }

    @Test
    void ontbrekendeSleutelOpDeRegelVanZijnTabel() {
        assertThatThrownBy(() -> JobFileLoader.laad(Path.of(RES + "ontbrekende-sleutel.yml"), Map.of()))
                .isInstanceOf(BeleidFout.class)
                .hasMessage("ontbrekende sleutel beleid.regulier_max_pct "
                        + "(src/test/resources/policy/ontbrekende-sleutel.yml regel 14)");
    }

    @Test
    void verkeerdType() {
        assertThatThrownBy(() -> JobFileLoader.laad(Path.of(RES + "verkeerd-type.yml"), Map.of()))
                .isInstanceOf(BeleidFout.class)
                .hasMessage("beleid.regulier_max_pct = vier procent: verwacht een getal "
                        + "(src/test/resources/policy/verkeerd-type.yml regel 16)");
    }

    @Test
    void percentageBuiten0Tot20Procent() {
        assertThatThrownBy(() -> JobFileLoader.laad(Path.of(RES + "pct-buiten-bereik.yml"), Map.of()))
                .isInstanceOf(BeleidFout.class)
                .hasMessageStartingWith("beleid.regulier_max_pct = 4.1 ligt buiten 0 tot 0.20")
                .hasMessageEndingWith("(src/test/resources/policy/pct-buiten-bereik.yml regel 16)");
        assertThatThrownBy(() -> laad(RES + "minimaal.yml", "beleid.inflatie", "-0.01"))
                .hasMessageStartingWith("beleid.inflatie = -0.01 ligt buiten 0 tot 0.20");
        assertThatThrownBy(() -> laad(RES + "minimaal.yml", "beleid.vrije_sector_pct", "0.2001"))
                .hasMessageStartingWith("beleid.vrije_sector_pct = 0.2001 ligt buiten 0 tot 0.20");
    }

    @Test
    void alleFoutenTegelijkInBestandsvolgorde() {
        String f = "(src/test/resources/policy/fouten.yml regel ";
        assertThatThrownBy(() -> JobFileLoader.laad(Path.of(RES + "fouten.yml"), Map.of()))
                .isInstanceOfSatisfying(BeleidFout.class, fout -> assertThat(fout.fouten()).containsExactly(
                        "verzenddatum = 20-04-2020: verwacht een datum JJJJ-MM-DD " + f + "3)",
                        "ontbrekende sleutel verhuurder.website " + f + "4)",
                        "brieven = allemaal: verwacht een van: per-contract, drukbestand, beide, geen " + f + "13)",
                        "drukbestand_max = veel: verwacht een getal " + f + "14)",
                        "pdfa = misschien: verwacht true of false " + f + "15)",
                        "threads = 0 ligt buiten 1 tot 256 " + f + "16)",
                        "ontbrekende sleutel beleid.regulier_max_pct " + f + "17)",
                        "beleid.inflatie = 0,026: verwacht een getal (gebruik een punt als decimaalteken, zonder "
                                + "duizendtallen) " + f + "18)",
                        "onbekende sleutel beleid.regulir_max_pct; bedoelt u beleid.regulier_max_pct? " + f + "19)",
                        "beleid.iah.banden[1].pct = 5.6 ligt buiten 0 tot 0.20 (0% tot 20%); schrijf een percentage "
                                + "als breuk: 0.041 = 4,1% " + f + "25)",
                        "ontbrekende sleutel beleid.huursom.max_pct " + f + "26)",
                        "beleid.vrije_sector_pct: verwacht een getal, niet een lijst " + f + "28)"))
                .hasMessageStartingWith("12 fouten: verzenddatum = 20-04-2020");
    }

    @Test
    void ongeldigeYamlNoemtDeRegel() {
        assertThatThrownBy(() -> JobFileLoader.laad(Path.of(RES + "ongeldige-yaml.yml"), Map.of()))
                .isInstanceOf(BeleidFout.class)
                .hasMessage("jobbestand src/test/resources/policy/ongeldige-yaml.yml regel 4, kolom 11: ongeldige YAML: "
                        + "een aanhalingsteken wordt hier geopend maar niet gesloten");
    }

    @Test
    void dubbeleSleutelEnSleutelBuitenHuurronde() {
        assertThatThrownBy(() -> JobFileLoader.laad(Path.of(RES + "dubbel.yml"), Map.of()))
                .isInstanceOf(BeleidFout.class)
                .hasMessageContaining("dubbele sleutel jaar (src/test/resources/policy/dubbel.yml regel 3)");
    }

    @Test
    void ontbrekendBestand() {
        assertThatThrownBy(() -> JobFileLoader.laad(Path.of("jobs/bestaat-niet.yml"), Map.of()))
                .isInstanceOf(BeleidFout.class)
                .hasMessage("jobbestand jobs/bestaat-niet.yml bestaat niet");
    }

    @Test
    void geenUtf8(@TempDir Path map) throws IOException {
        Path job = map.resolve("latin1.yml");
        Files.write(job, "huurronde:\n  jaar: 2020 # \u00e9\n".getBytes(java.nio.charset.StandardCharsets.ISO_8859_1));
        assertThatThrownBy(() -> JobFileLoader.laad(job, Map.of()))
                .hasMessageContaining("geen geldige UTF-8");
    }

    @Test
    void preciesEenInkomensbron() {
        assertThatThrownBy(() -> laad(RES + "minimaal.yml", "invoer.inkomen", "data/inkomen.csv"))
                .hasMessageStartingWith("invoer: geef precies één van inkomen")
                .hasMessageContaining("niet meer dan één");
        assertThatThrownBy(() -> laad(RES + "minimaal.yml", "invoer.inkomenscategorie", ""))
                .hasMessageStartingWith("invoer: geef precies één van inkomen")
                .hasMessageEndingWith("(src/test/resources/policy/minimaal.yml regel 10)");
    }

    @Test
    void bandenMoetenKloppen() {
        String f = "(src/test/resources/policy/banden.yml regel ";
        assertThatThrownBy(() -> JobFileLoader.laad(Path.of(RES + "banden.yml"), Map.of()))
                .isInstanceOfSatisfying(BeleidFout.class, fout -> assertThat(fout.fouten()).containsExactly(
                        "beleid.iah.banden[1]: geef precies één van pct (percentage) en bedrag (euro), niet beide "
                                + f + "19)",
                        "beleid.iah.banden[2].naam: LAAG is de naam van een vaste inkomenscategorie; kies een andere "
                                + "naam " + f + "24)",
                        "beleid.iah.banden[3].naam: band HOOG komt twee keer voor " + f + "28)",
                        "ontbrekende sleutel beleid.iah.banden[4].naam " + f + "32)",
                        "beleid.iah.banden[4]: geef precies één van pct (percentage) en bedrag (euro) " + f + "32)"));
    }

    @Test
    void encodingVoorAlleInvoerOfPerBestand(@TempDir Path map) throws IOException, BeleidFout {
        assertThat(laad("jobs/2020-swz.yml").invoer()).satisfies(i -> assertThat(List.of(i.huurdersCodering(),
                i.brpCodering(), i.inkomenCodering())).containsOnly(Codering.UTF_8));
        Invoer alle = JobFileLoader.laad(metInvoer(map, "    encoding: Windows-1252\n"), Map.of()).invoer();
        assertThat(List.of(alle.huurdersCodering(), alle.brpCodering(), alle.inkomenCodering()))
                .containsOnly(Codering.WINDOWS_1252);
        Invoer perBestand = JobFileLoader.laad(metInvoer(map, "    encoding: windows-1252\n    encodings:\n"
                + "      brp: utf-8\n      inkomen: iso-8859-15\n"), Map.of()).invoer();
        assertThat(List.of(perBestand.huurdersCodering(), perBestand.brpCodering(), perBestand.inkomenCodering()))
                .containsExactly(Codering.WINDOWS_1252, Codering.UTF_8, Codering.ISO_8859_15);
        // --encoding on the command line: all inputs at once, the per-file ones give way
        Invoer opdrachtregel = JobFileLoader.laad(metInvoer(map, "    encodings:\n      brp: windows-1252\n"),
                Map.of("invoer.encoding", "windows-1252", "invoer.encodings", "")).invoer();
        assertThat(List.of(opdrachtregel.huurdersCodering(), opdrachtregel.brpCodering(),
                opdrachtregel.inkomenCodering())).containsOnly(Codering.WINDOWS_1252);
    }

    @Test
    void eenOnbekendeEncodingNoemtSleutelRegelEnDeToegestaneWaarden(@TempDir Path map) throws IOException {
        Path job = metInvoer(map, "    encoding: latin1\n    encodings:\n      huurders: ansi\n"
                + "      inkomenscategorie: utf-8\n");
        String bestand = " (" + job + " regel ";
        assertThatThrownBy(() -> JobFileLoader.laad(job, Map.of()))
                .isInstanceOfSatisfying(BeleidFout.class, fout -> assertThat(fout.fouten()).containsExactly(
                        "invoer.encoding = latin1: verwacht een van: utf-8, windows-1252, iso-8859-15" + bestand + "17)",
                        "invoer.encodings.huurders = ansi: verwacht een van: utf-8, windows-1252, iso-8859-15"
                                + bestand + "19)",
                        "invoer.encodings.inkomenscategorie: invoer.inkomenscategorie staat niet in invoer; deze "
                                + "encoding geldt voor niets" + bestand + "20)"));
        assertThatThrownBy(() -> laad("jobs/2020-swz.yml", "invoer.encoding", "utf-16"))
                .hasMessage("invoer.encoding = utf-16: verwacht een van: utf-8, windows-1252, iso-8859-15 (opdrachtregel)");
    }

    /** jobs/2020-swz.yml with extra lines at the end of its invoer block (lines 17 on). */
    private static Path metInvoer(Path map, String regels) throws IOException {
        String job = Files.readString(Path.of("jobs/2020-swz.yml"));
        int inkomen = job.indexOf("\n", job.indexOf("    inkomen:")) + 1;
        Path pad = map.resolve("job.yml");
        Files.writeString(pad, job.substring(0, inkomen) + regels + job.substring(inkomen));
        return pad;
    }

    // --- command-line overrides

    @Test
    void overschrijvingenGaanVoorHetBestand() throws BeleidFout {
        JobConfig config = laad("jobs/2020-swz.yml",
                "beleid.regulier_max_pct", "0.035",
                "invoer.huurders", "/data/ronde/huurders.csv",
                "uitvoer", "elders/uit",
                "beleid.iah.banden.1.pct", "0.05",
                "huurronde.bezorgdagen", "2",
                "verzenddatum", "");

        assertThat(config.beleid().regulierMaxPct()).isEqualByComparingTo("0.035");
        assertThat(config.invoer().huurders()).isEqualTo(Path.of("/data/ronde/huurders.csv"));
        assertThat(config.uitvoer()).isEqualTo(CWD.resolve("elders/uit"));
        assertThat(config.beleid().iahBanden().getFirst().pct()).isEqualByComparingTo("0.05");
        assertThat(config.bezorgdagen()).isEqualTo(2);
        assertThat(config.verzenddatum()).isNull();
        assertThat(laad("jobs/2020-swz.yml", "beleid.iah.banden[1].vanaf_1", "50000")
                .beleid().iahBanden().getFirst().vanaf1()).isEqualByComparingTo("50000");
    }

    @Test
    void overschrijvingenKunnenToevoegenEnLeegmaken() throws BeleidFout {
        JobConfig config = laad(RES + "minimaal.yml", "ingangsdatum", "2020-08-01", "beleid.inkomen.peiljaar_offset", "2",
                "invoer.inkomenscategorie", "", "invoer.inkomen", "data/inkomen.csv");
        assertThat(config.ingangsdatum()).isEqualTo(LocalDate.of(2020, 8, 1));
        assertThat(config.beleid().peildatum()).isEqualTo(LocalDate.of(2020, 8, 1));
        assertThat(config.invoer().inkomen()).isEqualTo(CWD.resolve("data/inkomen.csv"));
        assertThat(config.invoer().inkomenscategorie()).isNull();

        assertThat(laad("jobs/2022.yml", "beleid.iah.banden", "[]").beleid().iahBanden()).isEmpty();
    }

    /** Issue #24 item 15: a named contact and signature under verhuurder; job files without them stay valid. */
    @Test
    void contactEnOndertekeningZijnOptioneel() throws BeleidFout {
        JobConfig zonder = laad("jobs/2020-swz.yml");
        assertThat(zonder.verhuurder().ondertekening()).isNull();
        assertThat(zonder.verhuurder().contact()).isNull();
        JobConfig met = laad("jobs/2020-swz.yml", "verhuurder.ondertekening.naam", "A. Jansen",
                "verhuurder.ondertekening.functie", "manager Wonen", "verhuurder.contact.naam", "team Huren",
                "verhuurder.contact.email", "huren@swz.example");
        assertThat(met.verhuurder().ondertekening()).isEqualTo(new Verhuurder.Ondertekening("A. Jansen", "manager Wonen"));
        assertThat(met.verhuurder().contact()).isEqualTo(new Verhuurder.Contact("team Huren", null, "huren@swz.example"));
        assertThat(met.sha256()).as("letter text: part of the identity").isNotEqualTo(zonder.sha256());
        assertThat(zonder.canoniek()).doesNotContain("ondertekening", "contact");

        assertThatThrownBy(() -> laad("jobs/2020-swz.yml", "verhuurder.contact.naam", "team Huren",
                "verhuurder.contact.email", "huren-at-swz"))
                .hasMessage("verhuurder.contact.email: 'huren-at-swz' is geen e-mailadres (naam@domein.nl) (opdrachtregel)");
        assertThatThrownBy(() -> laad("jobs/2020-swz.yml", "verhuurder.ondertekening.functie", "manager"))
                .hasMessageContaining("ontbrekende sleutel verhuurder.ondertekening.naam");
        assertThatThrownBy(() -> laad("jobs/2020-swz.yml", "verhuurder.contact.mail", "x@y.nl"))
                .hasMessageContaining("onbekende sleutel verhuurder.contact.mail");
    }

    @Test
    void overschrijvingenWordenGevalideerdAlsHetBestand() {
        assertThatThrownBy(() -> laad("jobs/2020-swz.yml", "beleid.regulier_max", "0.03"))
                .hasMessage("onbekende sleutel beleid.regulier_max; bedoelt u beleid.regulier_max_pct? (opdrachtregel)");
        assertThatThrownBy(() -> laad("jobs/2020-swz.yml", "beleid.regulier_max_pct", "4,1%"))
                .hasMessage("beleid.regulier_max_pct = 4,1%: verwacht een getal (gebruik een punt als decimaalteken, "
                        + "zonder duizendtallen) (opdrachtregel)");
        assertThatThrownBy(() -> laad("jobs/2020-swz.yml", "beleid.woonwagen_pct", "0.26"))
                .hasMessageStartingWith("beleid.woonwagen_pct = 0.26 ligt buiten 0 tot 0.20")
                .hasMessageEndingWith("(opdrachtregel)");
        assertThatThrownBy(() -> laad("jobs/2020-swz.yml", "beleid.iah.banden.2.pct", "0.05"))
                .hasMessage("beleid.iah.banden[2] bestaat niet: de lijst heeft 1 elementen, genummerd vanaf 1 (opdrachtregel)");
        assertThatThrownBy(() -> laad("jobs/2020-swz.yml", "jaar.x", "1"))
                .hasMessageContaining("jaar is een waarde, geen tabel");
        assertThatThrownBy(() -> laad("jobs/2020-swz.yml", "beleid..inflatie", "0.01"))
                .hasMessageContaining("ongeldige sleutel");
        // the law check applies to overrides too
        assertThatThrownBy(() -> laad("jobs/2020-swz.yml", "beleid.regulier_max_pct", "0.052"))
                .hasMessage("beleid.regulier_max_pct = 0.052 is hoger dan het wettelijk maximum 0.051 voor 2020 "
                        + "(opdrachtregel)");
    }

    @Test
    void ingangsdatumAlleenLater() throws BeleidFout {
        assertThatThrownBy(() -> laad("jobs/2020-swz.yml", "ingangsdatum", "2020-06-30"))
                .hasMessage("ingangsdatum = 2020-06-30 ligt vóór 2020-07-01: de ingangsdatum mag alleen later zijn "
                        + "dan 1 juli van het jaar (opdrachtregel)");
        assertThatThrownBy(() -> laad("jobs/2020-swz.yml", "ingangsdatum", "2021-07-01"))
                .hasMessageContaining("ligt in de huurronde van 2021");
        assertThat(laad("jobs/2020-swz.yml", "ingangsdatum", "2020-09-01").ingangsdatum())
                .isEqualTo(LocalDate.of(2020, 9, 1));
    }

    @Test
    void onbekendJaar() {
        assertThatThrownBy(() -> laad("jobs/2020-swz.yml", "jaar", "2031"))
                .hasMessageStartingWith("jaar = 2031: geen wetgeving bekend voor 2031")
                .hasMessageEndingWith("(opdrachtregel)");
    }

    static JobConfig laad(String job, String... sleutelsEnWaarden) throws BeleidFout {
        Map<String, String> overschrijvingen = new LinkedHashMap<>();
        for (int i = 0; i < sleutelsEnWaarden.length; i += 2) {
            overschrijvingen.put(sleutelsEnWaarden[i], sleutelsEnWaarden[i + 1]);
        }
        return JobFileLoader.laad(Path.of(job), overschrijvingen);
    }

    static List<String> waarschuwingen(String job, String... sleutelsEnWaarden) throws BeleidFout {
        return laad(job, sleutelsEnWaarden).waarschuwingen();
    }
}
