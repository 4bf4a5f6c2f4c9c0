package nl.huurronde;

import static nl.huurronde.Hulp.optie;
import static nl.huurronde.Hulp.vlag;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import nl.huurronde.opdracht.Invoeropties;
import nl.huurronde.opdracht.Opdracht;

/**
 * The usage of every command, read without the application context (so {@code --help} needs no
 * database). The overall usage text is made from it, and run, simulatie, genereer and inkomensverzoek take their list
 * of known options from it; a test checks that every {@link Opdracht} bean accepts exactly the options
 * its entry describes.
 */
final class Hulpteksten {

    static final String DATABANK = "database: standaard H2 onder ./data (--huurronde.data=MAP); "
            + "PostgreSQL met --spring.profiles.active=postgres (HUURRONDE_DB_URL, HUURRONDE_DB_USER, HUURRONDE_DB_PASSWORD)";
    private static final String EXITCODES = "exitcode: 0 gelukt, 1 mislukt (één regel op stderr), 2 verkeerd gebruik\n"
            + DATABANK;
    private static final String EXITCODES_RUN = "exitcode: " + Exitcode.VOLTOOID + " voltooid zonder afwijzingen, "
            + Exitcode.MET_AFWIJZINGEN + " voltooid met afwijzingen (zie afgewezen.csv), " + Exitcode.MISLUKT
            + " mislukt (één regel op stderr), " + Exitcode.GEBRUIKSFOUT + " verkeerd gebruik\n" + DATABANK;

    /** The input options of run, simulatie and vergelijk ({@link Invoeropties#NAMEN}). */
    private static final List<Hulp.Optie> INVOER = List.of(
            optie("huurders", "F", "huurders.csv in plaats van het bestand uit het jobbestand"),
            optie("brp", "F", "brp.csv (BRP-uittreksel) in plaats van het bestand uit het jobbestand"),
            optie("medehuurders", "F", "medehuurders.csv (de medehuurders per contract_id) in plaats van het "
                    + "bestand uit het jobbestand; --huurders zonder --medehuurders leest er geen"),
            optie("inkomen", "F", "inkomen.csv (inkomens per persoon); niet samen met --inkomenscategorie"),
            optie("inkomenscategorie", "F", "inkomenscategorie.csv (categorie per adres van de Belastingdienst) "
                    + "in plaats van --inkomen"),
            optie("inkomensantwoord", "ZIP", "het antwoord van de Belastingdienst zoals geleverd (zip met de CSV "
                    + "en de huishoudverklaringen) in plaats van --inkomen"),
            optie("encoding", "E", "tekenset van alle invoerbestanden: utf-8 (standaard), windows-1252 (Excel) "
                    + "of iso-8859-15"));

    private static final List<Hulp.Optie> RUN_OPTIES = Stream.concat(
            Stream.of(optie("job", "BESTAND", "het jobbestand van de ronde (verplicht), bijv. jobs/2026.yml")),
            Stream.concat(INVOER.stream(), Stream.of(
                    optie("uitvoer", "MAP", "map waaronder de map van de run komt (standaard: uitvoer uit het jobbestand)"),
                    optie("parameter", "SLEUTEL=WAARDE", "overschrijft een sleutel van het jobbestand, bijv. "
                            + "beleid.regulier_max_pct=0.035; mag vaker"),
                    optie("csv-dialect", "D", "standaard of excel-nl (puntkomma, decimale komma) voor de CSV-uitvoer"),
                    vlag("opnieuw", "start een nieuwe run, ook als deze ronde al voltooid is"),
                    optie("wet", "WETBESTAND", "de wettelijke cijfers van het jaar uit een bestand, vóór een release "
                            + "ze meebrengt (docs/wet.md)")))).toList();

    /** What a bezwaar can correct: the options of bezwaar and bezwaar toekennen. */
    private static final List<Hulp.Optie> CORRECTIES = List.of(
                            vlag("chronisch-ziek", "bewijs van chronische ziekte of handicap ligt er"),
                            optie("personen", "N", "het juiste aantal personen van het huishouden"),
                            optie("geboortedatum", "jjjj-mm-dd[,ROL]", "één persoon van het juiste huishouden "
                                    + "(ROL: HUURDER, MEDEHUURDER, PARTNER, INWONEND); mag vaker"),
                            optie("brp", "F.csv", "een klein brp.csv met de personen die nu op het adres staan"),
                            optie("encoding", "E", "tekenset van --brp (standaard die van de run)"),
                            optie("inkomenscategorie", "LAAG|BAND", "een nieuwere inkomensverklaring: LAAG of een "
                                    + "IAH-band van het beleid"),
                            optie("maximale-huur", "BEDRAG", "de nieuwe maximale huur (uitspraak Huurcommissie, "
                                    + "nieuwe WWS-punten)"),
                            optie("wws-punten", "N", "het nieuwe aantal WWS-punten; alleen samen met --maximale-huur, de "
                                    + "maximale huur die bij deze punten hoort"));

    private static Hulp stap(String stap, String omschrijving) {
        return new Hulp("bezwaar " + stap, "--run ID --contract ID --datum jjjj-mm-dd [--door NAAM]", omschrijving,
                List.of(optie("run", "ID", "de voltooide run (verplicht)"),
                        optie("contract", "ID", "het contract met een open bezwaar (verplicht)"),
                        optie("datum", "jjjj-mm-dd", "de dag van deze stap (verplicht; niet in de toekomst)"),
                        optie("door", "NAAM", "wie het vastlegt (standaard de gebruiker van het systeem)")),
                "huurronde bezwaar " + stap + " --run 2026-1a2b3c4d --contract HC00000123 --datum 2026-06-20",
                EXITCODES);
    }

    private static final Map<String, Hulp> ALLE = Stream.of(
            new Hulp("run", """
                    --job jobs/<ronde>.yml [--huurders F] [--medehuurders F] [--brp F]
                    [--inkomen F | --inkomenscategorie F | --inkomensantwoord ZIP]
                    [--encoding utf-8|windows-1252|iso-8859-15] [--uitvoer MAP]
                    [--parameter beleid.sleutel=waarde]... [--csv-dialect excel-nl] [--opnieuw]
                    [--wet WETBESTAND]""",
                    "De jaarlijkse run: leest de invoer, berekent de voorstellen en schrijft brieven, audit, "
                            + "financiële export, huursomrapport, afgewezen.csv en run.json. Een onderbroken run wordt "
                            + "met dezelfde opdracht hervat.",
                    RUN_OPTIES, "huurronde run --job jobs/2026.yml --uitvoer /data/huurronde/uitvoer", EXITCODES_RUN),
            new Hulp("simulatie", "--job jobs/<ronde>.yml [dezelfde opties als run]",
                    "Dezelfde berekening als run, zonder brieven en financiële export: audit.csv, huursom.csv, "
                            + "huursom-rapport.pdf, afgewezen.csv en run.json.",
                    RUN_OPTIES, "huurronde simulatie --job jobs/2026.yml --parameter beleid.regulier_max_pct=0.03",
                    EXITCODES_RUN),
            new Hulp("aanvulrun", """
                    --run ID --huurders F [--medehuurders F] [--brp F] [--inkomen F | --inkomenscategorie F | --inkomensantwoord ZIP]
                    [--encoding utf-8|windows-1252|iso-8859-15] [--verzenddatum jjjj-mm-dd]""",
                    "Aanvulling op een voltooide jaarlijkse run: berekent alleen de contracten waarvoor de ronde nog "
                            + "geen voorstel heeft (na de run verbeterde afgewezen regels, nieuwe contracten), met het "
                            + "beleid en de huursomcap van de hoofdrun, en schrijft hun brieven, audit, financiële "
                            + "aanvulling en afgewezen.csv naar <map van de run>/aanvulling-N/. Contracten die al een "
                            + "voorstel hebben, worden alleen geteld en genoemd (bestaande-contracten.csv; een gewijzigde "
                            + "rij: huurronde bezwaar). Niets nieuws: er wordt niets aangemaakt. Een onderbroken "
                            + "aanvulling wordt met dezelfde opdracht hervat.",
                    Stream.concat(Stream.of(optie("run", "ID", "de voltooide jaarlijkse run die wordt aangevuld (verplicht)")),
                            Stream.concat(INVOER.stream(), Stream.of(optie("verzenddatum", "jjjj-mm-dd",
                                    "datum van de brieven van deze aanvulling (standaard vandaag); minder dan twee "
                                            + "maanden voor de ingangsdatum: die schuift op naar de eerste van de maand "
                                            + "twee maanden na ontvangst")))).toList(),
                    "huurronde aanvulrun --run 2026-1a2b3c4d --huurders sample-data/2026/aanvulling/huurders.csv",
                    EXITCODES_RUN),
            new Hulp("inkomensverzoek", "--job jobs/<ronde>.yml [--uit F] [--huurders F] [--encoding E] "
                    + "[--scheidingsteken ';'|','|tab] [--kopregel]",
                    "Schrijft het vraagbestand voor de Belastingdienst (portaal inkomensafhankelijke huurverhoging): "
                            + "één regel per adres waarvoor deze ronde een inkomensafhankelijke huurverhoging kan "
                            + "vragen, met alleen postcode, huisnummer, huisletter en toevoeging. Afgewezen regels van "
                            + "het huurdersbestand worden genoemd en niet verstuurd. Start geen database.",
                    List.of(optie("job", "BESTAND", "het jobbestand van de ronde (verplicht)"),
                            optie("uit", "F", "het vraagbestand (standaard <uitvoer>/inkomensverzoek-<jaar>.csv)"),
                            optie("huurders", "F", "huurders.csv in plaats van het bestand uit het jobbestand"),
                            optie("encoding", "E", "tekenset van huurders.csv: utf-8 (standaard), windows-1252 of "
                                    + "iso-8859-15"),
                            optie("scheidingsteken", "T", "; (standaard), , of tab"),
                            vlag("kopregel", "begin met de regel postcode;huisnummer;huisletter;huisnummertoevoeging")),
                    "huurronde inkomensverzoek --job jobs/2026.yml --uit /veilig/inkomensverzoek-2026.csv",
                    "exitcode: 0 gelukt (ook met afgewezen regels, die worden genoemd), 1 mislukt, 2 verkeerd gebruik"),
            new Hulp("genereer", "--aantal N --uit MAP [--seed S] [--jaar J]",
                    "Schrijft een synthetisch huurdersbestand, BRP-uittreksel en inkomensbestand in het formaat van de "
                            + "spec, met opzettelijk enkele foute regels (0,2%).",
                    List.of(optie("aantal", "N", "aantal contracten (verplicht)"),
                            optie("uit", "MAP", "map voor huurders.csv, brp.csv en inkomen.csv (verplicht)"),
                            optie("seed", "S", "startgetal van het toeval: dezelfde seed geeft dezelfde bestanden "
                                    + "(standaard 1)"),
                            optie("jaar", "J", "jaar van de ronde, 2019 t/m 2027 (standaard 2026)")),
                    "huurronde genereer --aantal 1000 --uit /tmp/invoer --seed 7",
                    "exitcode: 0 gelukt, 1 mislukt, 2 verkeerd gebruik"),
            new Hulp("vergelijk", """
                    --job A.yml [--job B.yml] [--parameter-a k=v]... [--parameter-b k=v]... [--parameter k=v]...
                    [--huurders F] [--medehuurders F] [--brp F] [--inkomen F | --inkomenscategorie F | --inkomensantwoord ZIP]
                    [--encoding E] [--uitvoer MAP]
                    [--aantal N] [--opnieuw]""",
                    "Twee beleidsvarianten als simulatie op dezelfde invoer, vergeleken in een CSV en een PDF.",
                    Stream.concat(Stream.of(
                            optie("job", "BESTAND", "jobbestand van variant A (verplicht); een tweede --job is variant "
                                    + "B, anders is B gelijk aan A"),
                            optie("parameter-a", "K=V", "overschrijft een sleutel alleen voor variant A; mag vaker"),
                            optie("parameter-b", "K=V", "overschrijft een sleutel alleen voor variant B; mag vaker"),
                            optie("parameter", "K=V", "overschrijft een sleutel voor beide varianten; mag vaker")),
                            Stream.concat(INVOER.stream(), Stream.of(
                                    optie("csv-dialect", "D", "standaard of excel-nl voor de CSV-uitvoer"),
                                    optie("uitvoer", "MAP", "map voor de simulaties en de vergelijking"),
                                    optie("aantal", "N", "zoveel contracten met het grootste verschil worden genoemd "
                                            + "(standaard 50)"),
                                    vlag("opnieuw", "nieuwe simulaties, ook als ze al bestaan")))).toList(),
                    "huurronde vergelijk --job jobs/2026.yml --parameter-b beleid.regulier_max_pct=0.03", EXITCODES),
            new Hulp("bezwaar", """
                    --run ID --contract ID [--chronisch-ziek] [--personen N] [--geboortedatum jjjj-mm-dd[,ROL]]...
                    [--brp F.csv [--encoding E]] [--inkomenscategorie LAAG|BAND] [--maximale-huur BEDRAG
                    [--wws-punten N]] [--verzenddatum jjjj-mm-dd] [--ontvangen jjjj-mm-dd]""",
                    "Herberekent één contract van een voltooide run met de gegeven correcties en schrijft de herziene "
                            + "brief, auditregel en financiële correctie (versie n+1).",
                    Stream.concat(Stream.of(optie("run", "ID", "de voltooide run (verplicht; zie huurronde status)"),
                            optie("contract", "ID", "het contract (verplicht)")), Stream.concat(CORRECTIES.stream(),
                            Stream.of(optie("door", "NAAM", "wie het bezwaar verwerkt (standaard de gebruiker van het "
                                    + "systeem)"),
                            optie("verzenddatum", "jjjj-mm-dd", "datum van de herziene brief (standaard vandaag); --ontvangen "
                                    + "mag niet eerder zijn"),
                            optie("ontvangen", "jjjj-mm-dd", "ontvangstdatum van het herziene voorstel (standaard: "
                                    + "de verzenddatum plus de bezorgdagen)")))).toList(),
                    "huurronde bezwaar --run 2026-1a2b3c4d --contract HC00000123 --chronisch-ziek", EXITCODES),
            new Hulp("bezwaar registreer", """
                    --run ID --contract ID --ontvangen jjjj-mm-dd [--kanaal brief|email|portaal|balie]
                    [--grond CHRONISCH_ZIEK|HUISHOUDEN|INKOMEN|WWS|OVERIG]... [--toelichting TEKST] [--scan F.pdf] [--door NAAM]""",
                    "Legt een bezwaar vast in het bezwaarregister (status ontvangen); een bezwaar dat op of na de "
                            + "ingangsdatum binnenkomt wordt vastgelegd en gemarkeerd als te laat.",
                    List.of(optie("run", "ID", "de voltooide run (verplicht)"),
                            optie("contract", "ID", "het contract (verplicht)"),
                            optie("ontvangen", "jjjj-mm-dd", "de dag dat het bezwaar binnenkwam (verplicht; niet vóór "
                                    + "de verzenddatum, niet in de toekomst)"),
                            optie("kanaal", "K", "brief (standaard), email, portaal of balie"),
                            optie("grond", "G", "CHRONISCH_ZIEK, HUISHOUDEN, INKOMEN, WWS of OVERIG; mag vaker"),
                            optie("toelichting", "TEKST", "vrije tekst van de huurder (kan gezondheidsgegevens "
                                    + "bevatten: komt nooit in logs)"),
                            optie("scan", "F.pdf", "de gescande bezwaarbrief (PDF, ten hoogste 20 MB); wordt alleen "
                                    + "voor de eigenaar leesbaar bewaard bij de run en komt in het dossier"),
                            optie("door", "NAAM", "wie het vastlegt (standaard de gebruiker van het systeem)")),
                    "huurronde bezwaar registreer --run 2026-1a2b3c4d --contract HC00000123 --ontvangen 2026-05-12 "
                            + "--kanaal email --grond INKOMEN", EXITCODES),
            new Hulp("bezwaar toekennen", "--run ID --contract ID [correcties zoals bij bezwaar] [--datum jjjj-mm-dd] "
                    + "[--door NAAM]",
                    "Kent het open bezwaar toe: herberekent het contract met de correcties (versie n+1, herziene brief, "
                            + "financiële correctie) en sluit de zaak als toegekend.",
                    Stream.concat(Stream.of(optie("run", "ID", "de voltooide run (verplicht)"),
                            optie("contract", "ID", "het contract met een open bezwaar (verplicht)")),
                            Stream.concat(CORRECTIES.stream(), Stream.of(
                                    optie("ontvangen", "jjjj-mm-dd", "ontvangstdatum van het herziene voorstel "
                                            + "(standaard: vandaag plus de bezorgdagen)"),
                                    optie("verzenddatum", "jjjj-mm-dd", "datum van de herziene brief (standaard vandaag); --ontvangen "
                                    + "mag niet eerder zijn"),
                                    optie("datum", "jjjj-mm-dd", "datum van de beslissing (standaard vandaag)"),
                                    optie("door", "NAAM", "wie beslist (standaard de gebruiker van het systeem)"))))
                            .toList(),
                    "huurronde bezwaar toekennen --run 2026-1a2b3c4d --contract HC00000123 --chronisch-ziek", EXITCODES),
            stap("intrekken", "De huurder trekt het bezwaar in; de zaak sluit zonder nieuwe versie."),
            stap("voorleggen", "De verhuurder houdt vast aan het voorstel: het bezwaar gaat naar de Huurcommissie "
                    + "(uiterlijk zes weken na de ingangsdatum indienen). Schrijft de brief 'Wij handhaven ons "
                    + "voorstel' aan de huurder, gedateerd --datum: <run>/bezwaar/<contract>-zaak<n>-handhaven.pdf."),
            new Hulp("bezwaar scan", "--run ID --contract ID --bestand F.pdf [--door NAAM]",
                    "Bewaart de gescande bezwaarbrief bij het bezwaar van het contract (vervangt een eerdere scan): "
                            + "<run>/bezwaren/scans/<contract>-zaak<n>.pdf, alleen voor de eigenaar leesbaar. Alleen "
                            + "een PDF van ten hoogste 20 MB, niet beveiligd.",
                    List.of(optie("run", "ID", "de voltooide run (verplicht)"),
                            optie("contract", "ID", "het contract met een bezwaar (verplicht)"),
                            optie("bestand", "F.pdf", "de scan (verplicht)"),
                            optie("door", "NAAM", "wie het vastlegt (standaard de gebruiker van het systeem)")),
                    "huurronde bezwaar scan --run 2026-1a2b3c4d --contract HC00000123 --bestand bezwaar-HC00000123.pdf",
                    EXITCODES),
            new Hulp("bezwaar dossier", "--run ID --contract ID [--uit MAP]",
                    "Schrijft het dossier voor de Huurcommissie als één PDF: voorblad (verhuurder, huurder en woning, "
                            + "run, data, termijn, status en verloop), het bezwaar (gronden, toelichting, de scan), de "
                            + "berekening toegelicht (gegevens, redenen, wettelijk maximum, beleid, huursomcap) en de "
                            + "brieven zoals verzonden. Alleen voor een bezwaar dat is voorgelegd of ingediend; alleen "
                            + "voor de eigenaar leesbaar (gezondheidsgegevens).",
                    List.of(optie("run", "ID", "de voltooide run (verplicht)"),
                            optie("contract", "ID", "het contract (verplicht)"),
                            optie("uit", "MAP", "waar het dossier komt (standaard <run>/bezwaren/); het bestand heet "
                                    + "dossier-<contract>.pdf")),
                    "huurronde bezwaar dossier --run 2026-1a2b3c4d --contract HC00000123", EXITCODES),
            new Hulp("bezwaar indienen", "--run ID --contract ID --datum jjjj-mm-dd --zaaknummer NR [--door NAAM]",
                    "Legt vast dat het verzoek bij de Huurcommissie is ingediend, met het zaaknummer; na de termijn van "
                            + "zes weken volgt een waarschuwing.",
                    List.of(optie("run", "ID", "de voltooide run (verplicht)"),
                            optie("contract", "ID", "het contract (verplicht)"),
                            optie("datum", "jjjj-mm-dd", "de dag van indienen (verplicht)"),
                            optie("zaaknummer", "NR", "het zaaknummer van de Huurcommissie (verplicht)"),
                            optie("door", "NAAM", "wie het vastlegt (standaard de gebruiker van het systeem)")),
                    "huurronde bezwaar indienen --run 2026-1a2b3c4d --contract HC00000123 --datum 2026-08-03 "
                            + "--zaaknummer HC-2026-0042", EXITCODES),
            new Hulp("bezwaar uitspraak", "--run ID --contract ID --datum jjjj-mm-dd --uitkomst gehandhaafd|verlaagd|afgewezen "
                    + "[--bedrag B] [--door NAAM]",
                    "Legt de uitspraak van de Huurcommissie vast; bij verlaagd maakt het bedrag een nieuwe versie met "
                            + "herziene brief en financiële correctie, zoals een toekenning.",
                    List.of(optie("run", "ID", "de voltooide run (verplicht)"),
                            optie("contract", "ID", "het contract (verplicht)"),
                            optie("datum", "jjjj-mm-dd", "de dag van de uitspraak (verplicht)"),
                            optie("uitkomst", "U", "gehandhaafd, verlaagd of afgewezen (verplicht)"),
                            optie("bedrag", "B", "de kale huur die de Huurcommissie vaststelde (alleen bij verlaagd)"),
                            optie("door", "NAAM", "wie het vastlegt (standaard de gebruiker van het systeem)")),
                    "huurronde bezwaar uitspraak --run 2026-1a2b3c4d --contract HC00000123 --datum 2026-10-20 "
                            + "--uitkomst verlaagd --bedrag 512.40", EXITCODES),
            new Hulp("bezwaar lijst", "--run ID [--termijn] [--uit bezwaren.csv] [--peildatum jjjj-mm-dd]",
                    "Toont elk open bezwaar en elke herinnerde huurder met de wettelijke termijn en de dagen die "
                            + "resten, meest dringend eerst, en schrijft de lijst als CSV (alleen voor de eigenaar "
                            + "leesbaar: de gronden kunnen gezondheidsgegevens zijn).",
                    List.of(optie("run", "ID", "de voltooide run (verplicht)"),
                            vlag("termijn", "alleen bezwaren waarvan een termijn loopt"),
                            optie("uit", "F.csv", "waar de lijst komt (standaard bezwaren.csv in de map van de run)"),
                            optie("peildatum", "jjjj-mm-dd", "rekenen vanaf deze dag (standaard vandaag)")),
                    "huurronde bezwaar lijst --run 2026-1a2b3c4d --termijn", EXITCODES),
            new Hulp("herinnering", "--run ID --betaald F.csv [--datum jjjj-mm-dd] [--door NAAM]",
                    "Schrijft de aangetekende herinnering (art. 7:253 lid 2 BW) voor elk contract met een verhoging dat "
                            + "de nieuwe huur niet betaalde en geen open bezwaar heeft: een PDF per contract, een "
                            + "drukbestand en aangetekend.csv voor het formulier van de post, met de datum tot wanneer "
                            + "de huurder de Huurcommissie kan vragen (vier maanden na de ingangsdatum).",
                    List.of(optie("run", "ID", "de voltooide run (verplicht)"),
                            optie("betaald", "F.csv", "de contracten die de nieuwe huur betaalden (verplicht): kolom "
                                    + "contract_id, of contract_id en bedrag"),
                            optie("datum", "jjjj-mm-dd", "datum van de herinnering (standaard vandaag; op of na de "
                                    + "ingangsdatum, binnen drie maanden daarna)"),
                            optie("door", "NAAM", "wie de herinneringen verstuurt (standaard de gebruiker van het "
                                    + "systeem)")),
                    "huurronde herinnering --run 2026-1a2b3c4d --betaald /data/grootboek/betaald-juli.csv", EXITCODES),
            new Hulp("herdruk", "--run ID --contract ID [--versie N]",
                    "Drukt de brief van een contract opnieuw af, met dezelfde datum en tekst, gemarkeerd als KOPIE.",
                    List.of(optie("run", "ID", "de voltooide run (verplicht)"),
                            optie("contract", "ID", "het contract (verplicht)"),
                            optie("versie", "N", "de versie van het voorstel (standaard de laatste)")),
                    "huurronde herdruk --run 2026-1a2b3c4d --contract HC00000123 --versie 1", EXITCODES),
            new Hulp("status", "[--run ID]",
                    "Toont de runs in de database: toestand, aantallen per soort, afgewezen regels, bezwaren en "
                            + "uitvoermappen.",
                    List.of(optie("run", "ID", "alleen deze run, uitgebreider")),
                    "huurronde status --run 2026-1a2b3c4d", EXITCODES),
            new Hulp("definitief", "--run ID [--intrekken]",
                    "Maakt een voltooide jaarlijkse run de definitieve run van zijn jaar (de eerste voltooide run "
                            + "van een jaar is dat vanzelf); status toont 'definitief', bezwaar en herdruk op een "
                            + "andere run van dat jaar waarschuwen. Geweigerd zolang een andere run van het jaar "
                            + "definitief is: trek die eerst in met --intrekken.",
                    List.of(optie("run", "ID", "de voltooide jaarlijkse run (verplicht)"),
                            optie("intrekken", "", "de run is niet langer de definitieve run van zijn jaar")),
                    "huurronde definitief --run 2026-1a2b3c4d", EXITCODES),
            new Hulp("verwijder", "--run ID [--inkomen] [--bevestig] [--nu]",
                    "Verwijdert na de bewaartermijn (zes maanden na de laatste ingangsdatum) de persoonsgegevens "
                            + "van een run uit de database en de uitvoermap; de run blijft in de geschiedenis staan "
                            + "als verwijderd en wordt nooit hervat. Zonder --bevestig toont het alleen wat er gewist "
                            + "zou worden.",
                    List.of(optie("run", "ID", "de afgesloten run (verplicht)"),
                            optie("bevestig", "", "echt verwijderen"),
                            optie("nu", "", "ook vóór het einde van de bewaartermijn (wordt vastgelegd)"),
                            vlag("inkomen", "alleen de inkomensgegevens (inkomens, inkomenscategorieën, "
                                    + "huishoudverklaringen, ook uit de brieven), na de bezwaartermijn: zes weken na de "
                                    + "laatste ingangsdatum en geen open bezwaar")),
                    "huurronde verwijder --run 2019-5e6f7a8b --bevestig", EXITCODES),
            new Hulp("web", "[--poort 8080] [--adres 127.0.0.1]",
                    "Start de balie: de webpagina's voor medewerkers (zoeken, uitleg per contract, brieven, "
                            + "overzicht van de runs), met inloggen (docs/balie.md). Luistert standaard alleen op "
                            + "deze computer; zet er voor anderen een reverse proxy met TLS voor. Stoppen: Ctrl-C.",
                    List.of(optie("poort", "N", "de poort (standaard 8080)"),
                            optie("adres", "ADRES", "het adres om op te luisteren (standaard 127.0.0.1)")),
                    "huurronde web --poort 8080", EXITCODES),
            new Hulp("gebruiker", "--naam NAAM --rol medewerker|beheer",
                    "Maakt een gebruiker van de balie aan, of geeft een bestaande een nieuw wachtwoord en rol (en "
                            + "heft een blokkade op). Het wachtwoord (minstens 12 tekens) komt van standaardinvoer, "
                            + "nooit van de opdrachtregel.",
                    List.of(optie("naam", "NAAM", "de gebruikersnaam: kleine letters, cijfers en . _ - (verplicht)"),
                            optie("rol", "medewerker|beheer", "medewerker: zoeken, uitleggen, vastleggen; beheer: ook "
                                    + "toekennen, gezondheidsgegevens en gebruikers (verplicht)")),
                    "huurronde gebruiker --naam jan --rol medewerker < wachtwoord.txt", EXITCODES),
            new Hulp("help", "[OPDRACHT]",
                    "Toont dit overzicht, of met een opdracht de uitleg van die opdracht (net als huurronde "
                            + "<opdracht> --help).",
                    List.of(), "huurronde help run", ""))
            .collect(Collectors.toMap(Hulp::naam, h -> h, (a, b) -> a, LinkedHashMap::new));

    /** The overall usage text: every command in short. */
    static final String GEBRUIK = "gebruik: huurronde <opdracht> [opties]      (uitleg per opdracht: huurronde <opdracht> --help)\n"
            + ALLE.values().stream().filter(h -> !h.naam().equals("help")).map(Hulp::kort)
                    .collect(Collectors.joining("\n"))
            + "\n  " + DATABANK
            + "\n  exitcode: 0 gelukt, 1 mislukt, 2 verkeerd gebruik, 3 run of simulatie voltooid met afwijzingen "
            + "(zie afgewezen.csv)";

    private Hulpteksten() {}

    /** The entry of a command, or null for a word that is not a command. */
    static Hulp van(String opdracht) {
        return ALLE.get(opdracht);
    }

    static Map<String, Hulp> alle() {
        return ALLE;
    }
}
