package nl.huurronde.beleid;

import java.io.IOException;
import java.io.StringReader;
import java.math.BigDecimal;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import nl.huurronde.regels.Beleid;
import nl.huurronde.regels.HuishoudenFeiten;

/**
 * Loads a job file ({@code jobs/<name>.yml}, policy.md): reads it with SnakeYAML's node API,
 * applies command-line overrides, validates every key (unknown, missing, wrong type, out of
 * range: each error names the key path and line), fills the defaults, and checks the policy
 * against the law of its year. Nothing runs before this passes.
 */
public final class JobFileLoader {

    static final MonthDay STANDAARD_INGANG = MonthDay.of(7, 1);

    private static final Map<String, BrievenModus> BRIEVEN = woorden(
            Map.entry("per-contract", BrievenModus.PER_CONTRACT), Map.entry("drukbestand", BrievenModus.DRUKBESTAND),
            Map.entry("beide", BrievenModus.BEIDE), Map.entry("geen", BrievenModus.GEEN));
    private static final Map<String, CsvDialect> DIALECTEN = woorden(
            Map.entry("standaard", CsvDialect.STANDAARD), Map.entry("excel-nl", CsvDialect.EXCEL_NL));
    private static final Map<String, Codering> CODERINGEN = Arrays.stream(Codering.values())
            .collect(Collectors.toMap(Codering::woord, c -> c, (a, b) -> a, LinkedHashMap::new));
    private static final Set<String> GERESERVEERDE_BANDNAMEN =
            Set.of(HuishoudenFeiten.LAAG, HuishoudenFeiten.ONBEKEND, HuishoudenFeiten.NVT);

    private JobFileLoader() {}

    /**
     * @param jobFile    the job file; relative paths inside it are relative to the working directory
     * @param overrides  dotted keys below {@code huurronde} with their new value, e.g.
     *                   {@code beleid.regulier_max_pct -> 0.035}; validated like the file
     */
    public static JobConfig laad(Path jobFile, Map<String, String> overrides) throws BeleidFout {
        String naam = jobFile.toString();
        Knoop.Tabel wortel = wortel(YamlBoom.lees(new StringReader(leesTekst(jobFile)), "jobbestand", naam), naam);
        Knoop.Tabel huurronde = (Knoop.Tabel) wortel.velden().get("huurronde");
        Overschrijvingen.pasToe(huurronde, overrides == null ? Map.of() : overrides);
        Sectie sectie = Sectie.van(new Lezing(), "", huurronde, wortel.sleutelplekken().get("huurronde"));
        return new Inlezing(sectie, jobFile).lees();
    }

    /** Strict UTF-8: a job file with broken characters is refused, not silently patched. */
    private static String leesTekst(Path jobFile) throws BeleidFout {
        try {
            byte[] bytes = Files.readAllBytes(jobFile);
            String tekst = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes)).toString();
            return tekst.startsWith("\uFEFF") ? tekst.substring(1) : tekst;
        } catch (NoSuchFileException e) {
            throw new BeleidFout("jobbestand " + jobFile + " bestaat niet");
        } catch (CharacterCodingException e) {
            throw new BeleidFout("jobbestand " + jobFile + " is geen geldige UTF-8-tekst");
        } catch (IOException e) {
            throw new BeleidFout("jobbestand " + jobFile + " is niet leesbaar: " + e.getClass().getSimpleName());
        }
    }

    /** The document: one key {@code huurronde} holding a mapping. */
    private static Knoop.Tabel wortel(Knoop wortel, String naam) throws BeleidFout {
        if (!(wortel instanceof Knoop.Tabel tabel)) {
            throw new BeleidFout(naam + ": verwacht bovenaan de sleutel huurronde:" + wortel.plek().achtervoegsel());
        }
        List<String> fouten = new ArrayList<>();
        tabel.sleutelplekken().forEach((sleutel, plek) -> {
            if (!sleutel.equals("huurronde")) {
                fouten.add("onbekende sleutel " + sleutel + " bovenaan het bestand; alle sleutels horen onder huurronde:"
                        + plek.achtervoegsel());
            }
        });
        Knoop huurronde = tabel.velden().get("huurronde");
        if (huurronde == null) {
            fouten.addFirst("ontbrekende sleutel huurronde" + tabel.plek().achtervoegsel());
        } else if (!(huurronde instanceof Knoop.Tabel)) {
            fouten.addFirst("huurronde: verwacht een tabel met sleutels, niet " + Knoop.soort(huurronde)
                    + huurronde.plek().achtervoegsel());
        }
        if (!fouten.isEmpty()) {
            throw new BeleidFout(fouten);
        }
        return tabel;
    }

    /** One reading of the tree below {@code huurronde}, in the order of policy.md's example. */
    private static final class Inlezing {

        private final Sectie huurronde;
        private final Lezing lezing;
        private final Path bestand;

        Inlezing(Sectie huurronde, Path bestand) {
            this.huurronde = huurronde;
            this.bestand = bestand;
            this.lezing = huurronde.lezing();
        }

        JobConfig lees() throws BeleidFout {
            Integer jaar = huurronde.geheel("jaar", true, 1900, 2200);
            Path wetBestand = huurronde.bestand("wet", false);
            WetJaar wet = wet(jaar, wetBestand);
            LocalDate ingangsdatum = huurronde.datum("ingangsdatum", false);
            LocalDate verzenddatum = huurronde.datum("verzenddatum", false);
            Verhuurder verhuurder = verhuurder(huurronde.sectie("verhuurder", true));
            Invoer invoer = invoer(huurronde.sectie("invoer", true));
            Path uitvoer = huurronde.bestand("uitvoer", false);
            BrievenModus brieven = huurronde.keuze("brieven", false, BRIEVEN);
            Integer drukbestandMax = huurronde.geheel("drukbestand_max", false, 1, 1_000_000);
            BigDecimal maxAfwijzingen = huurronde.breuk("max_afwijzingen", false);
            Integer bezorgdagen = huurronde.geheel("bezorgdagen", false, 0, 31);
            CsvDialect csvDialect = huurronde.keuze("csv_dialect", false, DIALECTEN);
            Boolean pdfa = huurronde.janee("pdfa", false);
            Boolean duplex = huurronde.janee("duplex", false);
            Integer threads = huurronde.geheel("threads", false, 1, 256);
            Sectie beleidSectie = huurronde.sectie("beleid", true);
            BeleidWaarden beleid = beleid(beleidSectie, wet);
            huurronde.sluit();
            lezing.gooiAlsFout();

            LocalDate ingang = ingangsdatum != null ? ingangsdatum : STANDAARD_INGANG.atYear(jaar);
            int dagen = bezorgdagen != null ? bezorgdagen : 3;
            boolean ingangGoed = controleerIngangsdatum(jaar, ingang);
            Beleid regels = beleid.alsBeleid(jaar, ingang, wet);
            WettelijkeToets.Uitkomst toets = WettelijkeToets.toets(regels, beleid.lokaleAfspraken,
                    beleid.jongerenVrijstelling == null, wet, lezing);
            List<String> ontbrekend = wet.ontbrekendVoor(regels, beleid.jongerenVrijstelling == null);
            JobConfig config = new JobConfig(bestand.toAbsolutePath().normalize(), jaar, ingang, verzenddatum,
                    verhuurder, invoer, uitvoer != null ? uitvoer : Path.of("uitvoer").toAbsolutePath().normalize(),
                    brieven != null ? brieven : BrievenModus.BEIDE,
                    drukbestandMax != null ? drukbestandMax : 5000,
                    maxAfwijzingen != null ? maxAfwijzingen : new BigDecimal("0.01"),
                    dagen,
                    csvDialect != null ? csvDialect : CsvDialect.STANDAARD,
                    Boolean.TRUE.equals(pdfa),
                    !Boolean.FALSE.equals(duplex),
                    threads != null ? threads : 2,
                    regels, wet, toets.waarschuwingen(), new JobConfig.Voorlopig(ontbrekend, toets.aannames()));
            if (ingangGoed) {
                controleerVerzenddatum(config);
            }
            lezing.gooiAlsFout();
            return config;
        }

        /** The law of the year: a file given with {@code wet:} / {@code --wet} replaces the bundled one. */
        private WetJaar wet(Integer jaar, Path wetBestand) {
            if (jaar == null) {
                return null;
            }
            try {
                return wetBestand != null ? Wetgeving.uitBestand(wetBestand, jaar) : Wetgeving.jaar(jaar);
            } catch (BeleidFout e) {
                if (wetBestand != null) {
                    // each problem already names the law file, line and key
                    e.fouten().forEach(f -> lezing.fout(null, f));
                } else {
                    lezing.fout(huurronde.plekVan("jaar"), "jaar = " + jaar + ": " + e.getMessage());
                }
                return null;
            }
        }

        /** The policy may move the ingangsdatum later, never earlier, and not into the next round. */
        private boolean controleerIngangsdatum(int jaar, LocalDate ingang) {
            LocalDate vroegst = STANDAARD_INGANG.atYear(jaar);
            if (ingang.isBefore(vroegst)) {
                lezing.fout(lezing.plek("ingangsdatum"), "ingangsdatum = " + ingang + " ligt vóór " + vroegst
                        + ": de ingangsdatum mag alleen later zijn dan 1 juli van het jaar");
                return false;
            }
            if (!ingang.isBefore(vroegst.plusYears(1))) {
                lezing.fout(lezing.plek("ingangsdatum"), "ingangsdatum = " + ingang + " ligt in de huurronde van "
                        + (jaar + 1) + ": kies jaar " + (jaar + 1) + " of een ingangsdatum vóór " + vroegst.plusYears(1));
                return false;
            }
            return true;
        }

        /** The letters must reach the tenant two months before the ingangsdatum (operations.md). */
        private void controleerVerzenddatum(JobConfig config) {
            LocalDate verzend = config.verzenddatum();
            if (verzend != null && verzend.isAfter(config.uitersteVerzenddatum())) {
                lezing.fout(lezing.plek("verzenddatum"), "verzenddatum = " + verzend
                        + " is te laat: de brief moet uiterlijk " + config.laatsteOntvangstdatum()
                        + " binnen zijn (twee maanden vóór de ingangsdatum " + config.ingangsdatum() + "); met "
                        + config.bezorgdagen() + " bezorgdagen uiterlijk verzenden op " + config.uitersteVerzenddatum());
            }
        }

        private Verhuurder verhuurder(Sectie sectie) {
            Verhuurder verhuurder = new Verhuurder(
                    sectie.tekst("naam", true),
                    sectie.tekst("adres", true),
                    sectie.tekst("telefoon", true),
                    sectie.tekst("website", true),
                    sectie.tekst("bezwaar_adres", true),
                    sectie.bestand("logo", false),
                    ondertekening(sectie.sectie("ondertekening", false)),
                    contact(sectie.sectie("contact", false)));
            sectie.sluit();
            return verhuurder;
        }

        /** {@code verhuurder.ondertekening}: who signs the letters; absent means the landlord's name alone. */
        private Verhuurder.Ondertekening ondertekening(Sectie sectie) {
            String naam = sectie.tekst("naam", sectie.aanwezig());
            String functie = sectie.tekst("functie", false);
            sectie.sluit();
            return naam == null ? null : new Verhuurder.Ondertekening(naam, functie);
        }

        /** {@code verhuurder.contact}: a person or department for questions, with a telephone number and/or e-mail. */
        private Verhuurder.Contact contact(Sectie sectie) {
            String naam = sectie.tekst("naam", sectie.aanwezig());
            String telefoon = sectie.tekst("telefoon", false);
            String email = sectie.tekst("email", false);
            if (email != null && !email.matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+")) {
                sectie.fout("email", "'" + email + "' is geen e-mailadres (naam@domein.nl)");
            }
            sectie.sluit();
            return naam == null ? null : new Verhuurder.Contact(naam, telefoon, email);
        }

        private Invoer invoer(Sectie sectie) {
            Path huurders = sectie.bestand("huurders", true);
            Path brp = sectie.bestand("brp", true);
            boolean heeftInkomen = sectie.heeft("inkomen");
            boolean heeftCategorie = sectie.heeft("inkomenscategorie");
            boolean heeftAntwoord = sectie.heeft("inkomensantwoord");
            Path inkomen = sectie.bestand("inkomen", false);
            Path categorie = sectie.bestand("inkomenscategorie", false);
            Path antwoord = sectie.bestand("inkomensantwoord", false);
            Path medehuurders = sectie.bestand("medehuurders", false);
            int bronnen = (heeftInkomen ? 1 : 0) + (heeftCategorie ? 1 : 0) + (heeftAntwoord ? 1 : 0);
            if (sectie.aanwezig() && bronnen != 1) {
                Plek plek = heeftAntwoord ? sectie.plekVan("inkomensantwoord")
                        : heeftCategorie ? sectie.plekVan("inkomenscategorie") : sectie.sleutelplek();
                lezing.fout(plek, "invoer: geef precies één van inkomen (inkomens per persoon), inkomenscategorie "
                        + "(categorie per adres van de Belastingdienst) en inkomensantwoord (het antwoord-zip van de "
                        + "Belastingdienst met de huishoudverklaringen)" + (bronnen > 1 ? ", niet meer dan één" : ""));
            }
            Codering alle = sectie.keuze("encoding", false, CODERINGEN);
            Sectie perBestand = sectie.sectie("encodings", false);
            Codering standaard = alle != null ? alle : Codering.UTF_8;
            Codering huurdersCodering = perBestand.keuze("huurders", false, CODERINGEN);
            Codering brpCodering = perBestand.keuze("brp", false, CODERINGEN);
            Codering inkomenCodering = encodingVan(perBestand, "inkomen", heeftInkomen);
            Codering categorieCodering = encodingVan(perBestand, "inkomenscategorie", heeftCategorie);
            Codering antwoordCodering = encodingVan(perBestand, "inkomensantwoord", heeftAntwoord);
            Codering medehuurdersCodering = encodingVan(perBestand, "medehuurders", medehuurders != null);
            perBestand.sluit();
            sectie.sluit();
            Codering inkomensbestand = heeftAntwoord ? antwoordCodering
                    : heeftCategorie ? categorieCodering : inkomenCodering;
            return new Invoer(huurders, brp, inkomen, categorie, antwoord,
                    huurdersCodering != null ? huurdersCodering : standaard,
                    brpCodering != null ? brpCodering : standaard,
                    inkomensbestand != null ? inkomensbestand : standaard, medehuurders,
                    medehuurdersCodering != null ? medehuurdersCodering : standaard);
        }

        /** A per-file encoding; one for a file the job does not read is a mistake, not a no-op. */
        private Codering encodingVan(Sectie perBestand, String bestand, boolean gelezen) {
            Codering codering = perBestand.keuze(bestand, false, CODERINGEN);
            if (codering != null && !gelezen) {
                perBestand.fout(bestand, "invoer." + bestand + " staat niet in invoer; deze encoding geldt voor niets");
            }
            return codering;
        }

        private BeleidWaarden beleid(Sectie sectie, WetJaar wet) {
            BeleidWaarden beleid = new BeleidWaarden();
            beleid.inflatie = sectie.pct("inflatie", true);
            beleid.regulierMaxPct = sectie.pct("regulier_max_pct", true);
            Sectie laagHuur = sectie.sectie("laag_huur", false);
            BigDecimal grens = laagHuur.bedrag("grens", laagHuur.aanwezig());
            BigDecimal bedrag = laagHuur.bedrag("bedrag", laagHuur.aanwezig());
            beleid.laagHuur = grens != null && bedrag != null ? new Beleid.LaagHuur(grens, bedrag) : null;
            laagHuur.sluit();

            Sectie iah = sectie.sectie("iah", false);
            beleid.nietVanafStreefhuur = Boolean.TRUE.equals(iah.janee("niet_vanaf_streefhuur", false));
            List<Sectie> banden = iah.lijst("banden", false);
            if (banden != null) {
                Set<String> namen = new HashSet<>();
                for (Sectie band : banden) {
                    Beleid.IahBand iahBand = band(band, namen);
                    if (iahBand != null) {
                        beleid.banden.add(iahBand);
                    }
                }
            }
            iah.sluit();

            Sectie huursom = sectie.sectie("huursom", true);
            beleid.huursomMaxPct = huursom.pct("max_pct", true);
            beleid.lokaleAfspraken = Boolean.TRUE.equals(huursom.janee("lokale_afspraken", false));
            beleid.iahTeltMee = Boolean.TRUE.equals(huursom.janee("iah_telt_mee", false));
            huursom.sluit();

            beleid.vrijeSectorPct = sectie.pct("vrije_sector_pct", true);
            beleid.middenPct = sectie.pct("midden_pct", wet != null && wet.middenhuur());
            beleid.woonwagenPct = sectie.pct("woonwagen_pct", true);

            Sectie inkomen = sectie.sectie("inkomen", false);
            beleid.peiljaarOffset = inkomen.geheel("peiljaar_offset", false, 0, 10);
            beleid.jongerenLeeftijd = inkomen.geheel("jongeren_leeftijd", false, 0, 120);
            beleid.jongerenVrijstelling = inkomen.bedrag("jongeren_vrijstelling", false);
            inkomen.sluit();
            sectie.sluit();
            return beleid;
        }

        private Beleid.IahBand band(Sectie band, Set<String> namen) {
            String naam = band.tekst("naam", true);
            BigDecimal vanaf1 = band.bedrag("vanaf_1", true);
            BigDecimal vanafMeer = band.bedrag("vanaf_meer", true);
            boolean heeftPct = band.heeft("pct");
            boolean heeftBedrag = band.heeft("bedrag");
            BigDecimal pct = band.pct("pct", false);
            BigDecimal bedrag = band.bedrag("bedrag", false);
            band.sluit();
            boolean goed = true;
            if (naam != null) {
                if (!naam.matches("[A-Za-z0-9_]{1,30}")) {
                    band.fout("naam", "'" + naam + "' mag alleen letters, cijfers en _ bevatten (ten hoogste 30)");
                    goed = false;
                } else if (GERESERVEERDE_BANDNAMEN.contains(naam.toUpperCase(Locale.ROOT))) {
                    band.fout("naam", naam + " is de naam van een vaste inkomenscategorie; kies een andere naam");
                    goed = false;
                } else if (!namen.add(naam)) {
                    band.fout("naam", "band " + naam + " komt twee keer voor");
                    goed = false;
                }
            }
            if (heeftPct == heeftBedrag) {
                lezing.fout(band.sleutelplek(), band.pad() + ": geef precies één van pct (percentage) en bedrag (euro)"
                        + (heeftPct ? ", niet beide" : ""));
                return null;
            }
            if (!goed) {
                return null;
            }
            if (naam == null || vanaf1 == null || vanafMeer == null || (pct == null && bedrag == null)) {
                return null;
            }
            return new Beleid.IahBand(naam, vanaf1, vanafMeer, pct, bedrag);
        }
    }

    /** The beleid values as read, before defaults from the law. */
    private static final class BeleidWaarden {
        BigDecimal inflatie;
        BigDecimal regulierMaxPct;
        Beleid.LaagHuur laagHuur;
        boolean nietVanafStreefhuur;
        final List<Beleid.IahBand> banden = new ArrayList<>();
        BigDecimal huursomMaxPct;
        boolean lokaleAfspraken;
        boolean iahTeltMee;
        BigDecimal vrijeSectorPct;
        BigDecimal middenPct;
        BigDecimal woonwagenPct;
        Integer peiljaarOffset;
        Integer jongerenLeeftijd;
        BigDecimal jongerenVrijstelling;

        Beleid alsBeleid(int jaar, LocalDate peildatum, WetJaar wet) {
            // no legal figure (2021, a freeze without IAH): nothing is exempt, and nothing needs to be
            BigDecimal vrijstelling = jongerenVrijstelling != null ? jongerenVrijstelling
                    : wet.jongerenVrijstelling() != null ? wet.jongerenVrijstelling() : BigDecimal.ZERO;
            return new Beleid(jaar, peildatum, inflatie, regulierMaxPct, laagHuur, nietVanafStreefhuur, banden,
                    huursomMaxPct, iahTeltMee, vrijeSectorPct, middenPct, woonwagenPct,
                    peiljaarOffset != null ? peiljaarOffset : 2,
                    jongerenLeeftijd != null ? jongerenLeeftijd : wet.jongerenLeeftijd(),
                    vrijstelling, wet.wet());
        }
    }

    /** YAML words in the order staff read them in an error message. */
    @SafeVarargs
    private static <E> Map<String, E> woorden(Map.Entry<String, E>... woorden) {
        Map<String, E> map = new LinkedHashMap<>();
        for (Map.Entry<String, E> woord : woorden) {
            map.put(woord.getKey(), woord.getValue());
        }
        return Collections.unmodifiableMap(map);
    }
}
