package nl.huurronde.bezwaar;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import nl.huurronde.beleid.Codering;
import nl.huurronde.brieven.NlFormaat;
import nl.huurronde.intake.Waarden;
import nl.huurronde.regels.Bezwaartermijnen;
import nl.huurronde.register.Ronde;
import nl.huurronde.register.RondeFout;
import nl.huurronde.voorstel.VoorstelVersie;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The bezwaar register (issue #21): records each objection as a case and moves it forward, refusing
 * every move the law or the register does not allow with one clear line ({@link RondeFout}). The
 * commands and, later, the web desk call this class; it prints nothing. The rules of the computation
 * stay in {@code regels}; a grant or a lowered ruling goes through {@link BezwaarVerwerking}, in the same
 * transaction as the case's change.
 */
@Service
class Bezwaarregister {

    private final Contractversies contractversies;
    private final ZaakOpslag zaken;
    private final BezwaarVerwerking verwerking;
    private final TransactionTemplate transactie;
    private final Bezwaarstukken stukken;

    Bezwaarregister(Contractversies contractversies, ZaakOpslag zaken, BezwaarVerwerking verwerking,
                    TransactionTemplate transactie, Bezwaarstukken stukken) {
        this.stukken = stukken;
        this.contractversies = contractversies;
        this.zaken = zaken;
        this.verwerking = verwerking;
        this.transactie = transactie;
    }

    /** A new objection as the employee enters it. */
    record Melding(String runId, String contractId, LocalDate ontvangen, Zaak.Kanaal kanaal, List<Zaak.Grond> gronden,
                   String toelichting, String door) {}

    /** A change of a case: the case after it, the version a grant or lowering made (or null), and warnings. */
    record Wijziging(Zaak zaak, BezwaarVerwerking.Uitkomst verwerkt, List<String> meldingen) {}

    /** One line of {@code bezwaar lijst}: an open case, or a reminded contract without a case. */
    record Regel(String contractId, int zaak, String status, LocalDate ontvangen, String kanaal, String gronden,
                 boolean teLaat, boolean herinnerd, LocalDate ingangsdatum, LocalDate termijn, String actie,
                 Long dagenOver, String zaaknummer) {}

    /** What {@code status} shows of the register. */
    record Overzicht(Map<String, Integer> perStatus, Optional<Regel> eerstvolgende) {}

    /** The employee who records a change: {@code --door}, else the operating-system user. */
    static String wie(String door) {
        if (door != null && !door.isBlank()) {
            return Waarden.veilig(door.strip(), 80);
        }
        String gebruiker = System.getProperty("user.name");
        return gebruiker == null || gebruiker.isBlank() ? "onbekend" : gebruiker;
    }

    Wijziging registreer(Melding m) {
        return registreer(m, null);
    }

    /** Registers the objection and stores its scanned letter ({@code scan}, or null) together, or neither. */
    Wijziging registreer(Melding m, java.nio.file.Path scan) {
        return transactie.execute(t -> {
            Wijziging w = registreerInTransactie(m, LocalDate.now());
            if (scan == null) {
                return w;
            }
            java.nio.file.Path pad = stukken.bewaarScan(contractversies.voltooideRun(m.runId()), w.zaak(), scan);
            zaken.historie(w.zaak(), m.ontvangen(), m.door(), "scan van de bezwaarbrief bewaard");
            List<String> meldingen = new ArrayList<>(w.meldingen());
            meldingen.add("scan bewaard: " + pad);
            return new Wijziging(w.zaak(), null, meldingen);
        });
    }

    private Wijziging registreerInTransactie(Melding m, LocalDate vandaag) {
        Ronde ronde = contractversies.voltooideRun(m.runId());
        VoorstelVersie laatste = laatsteVersie(ronde, m.contractId());
        datumToegestaan(ronde, "de ontvangstdatum", m.ontvangen(), vandaag);
        Optional<Zaak> vorige = zaken.laatste(ronde.runId(), m.contractId());
        if (vorige.isPresent() && vorige.get().status().open()) {
            Zaak open = vorige.get();
            throw new RondeFout("contract " + m.contractId() + " heeft al een open bezwaar (zaak " + open.zaak()
                    + ", " + open.status().woord() + " sinds " + open.statusDatum() + "); werk dat bij in plaats van "
                    + "een tweede te registreren");
        }
        if (vorige.isPresent() && vorige.get().status() == Zaakstatus.UITSPRAAK) {
            throw new RondeFout("over contract " + m.contractId() + " heeft de Huurcommissie al uitspraak gedaan ("
                    + vorige.get().statusDatum() + "); een nieuw bezwaar tegen hetzelfde voorstel kan niet");
        }
        List<Zaak.Grond> gronden = new ArrayList<>(new LinkedHashSet<>(m.gronden()));
        boolean teLaat = Bezwaartermijnen.teLaat(m.ontvangen(), laatste.ingangsdatum());
        Zaak zaak = new Zaak(ronde.runId(), m.contractId(), zaken.volgendeZaak(ronde.runId(), m.contractId()),
                m.ontvangen(), laatste.ingangsdatum(), m.kanaal(), gronden, leegIsNull(m.toelichting()), teLaat,
                Zaakstatus.ONTVANGEN, m.ontvangen(), null, null, null, null, null, m.door(), LocalDateTime.now());
        try {
            zaken.voegToe(zaak);
        } catch (DuplicateKeyException e) {
            throw new RondeFout("contract " + m.contractId() + " kreeg tegelijk een ander bezwaar; bekijk 'bezwaar lijst'");
        }
        // The history names the grounds and channel, never the free text (it can hold health data).
        zaken.historie(zaak, m.ontvangen(), m.door(), "geregistreerd: ontvangen per " + zaak.kanaal().name()
                .toLowerCase(java.util.Locale.ROOT) + (gronden.isEmpty() ? "" : ", gronden " + zaak.grondenTekst())
                + (teLaat ? ", te laat (na de ingangsdatum " + laatste.ingangsdatum() + ")" : ""));
        List<String> meldingen = new ArrayList<>();
        if (teLaat) {
            meldingen.add("let op: ontvangen na de ingangsdatum " + laatste.ingangsdatum() + " (te laat bezwaar, "
                    + "art. 7:253 lid 2 BW): de verhuurder dient niet zelf in; na een aangetekende herinnering kan de "
                    + "huurder tot en met " + Bezwaartermijnen.huurderUiterlijk(laatste.ingangsdatum())
                    + " de Huurcommissie vragen");
        }
        return new Wijziging(zaak, null, meldingen);
    }

    /**
     * Grants the open case: the corrections make version n+1 with the revised letter and the finance
     * correction; the case closes as toegekend.
     */
    Wijziging toekennen(String runId, String contractId, Correctie correctie, LocalDate ontvangenBrief,
                        Codering brpCodering, LocalDate datum, LocalDate verzonden, String door) {
        return transactie.execute(t -> {
            LocalDate vandaag = LocalDate.now();
            Ronde ronde = contractversies.voltooideRun(runId);
            laatsteVersie(ronde, contractId);
            Zaak zaak = openZaak(ronde, contractId, Zaakstatus.TOEGEKEND);
            // a letter may be dated ahead; the grant itself is not in the future
            LocalDate op = datum != null ? datum : verzonden != null && verzonden.isBefore(vandaag) ? verzonden : vandaag;
            stapDatum(ronde, zaak, op, vandaag);
            BezwaarVerwerking.Uitkomst u = verwerking.verwerk(ronde.runId(), contractId, correctie, ontvangenBrief,
                    brpCodering, zaak.ontvangen(), verzonden);
            Zaak nieuw = zaak.toegekend(op, u.nieuw().versie());
            zaken.werkBij(nieuw);
            zaken.historie(nieuw, op, door, "toegekend: versie " + u.nieuw().versie() + " vervangt versie "
                    + u.vorige().versie() + ", kale huur nieuw " + NlFormaat.bedrag(u.nieuw().voorstel().kaleHuurNieuw())
                    + ", mutatie " + NlFormaat.bedrag(u.mutatie()));
            return new Wijziging(nieuw, u, List.of());
        });
    }

    /**
     * Today's {@code bezwaar --run --contract [correcties]}: registers the objection (received today, by
     * letter, grounds from the corrections) when there is no open case, and grants it, in one transaction.
     */
    Wijziging kortweg(String runId, String contractId, Correctie correctie, LocalDate ontvangenBrief,
                      Codering brpCodering, LocalDate verzonden, String door) {
        return transactie.execute(t -> {
            Ronde ronde = contractversies.voltooideRun(runId);
            laatsteVersie(ronde, contractId);
            Optional<Zaak> vorige = zaken.laatste(ronde.runId(), contractId);
            List<String> meldingen = new ArrayList<>();
            if (vorige.isEmpty() || !vorige.get().status().open()) {
                // the objection came in before the letter that answers it: on its send date at the latest
                LocalDate vandaag = LocalDate.now();
                LocalDate binnen = verzonden != null && verzonden.isBefore(vandaag) ? verzonden : vandaag;
                meldingen.addAll(registreerInTransactie(new Melding(ronde.runId(), contractId, binnen,
                        Zaak.Kanaal.BRIEF, gronden(correctie), null, door), vandaag).meldingen());
            }
            Wijziging w = toekennen(runId, contractId, correctie, ontvangenBrief, brpCodering, null, verzonden, door);
            meldingen.addAll(w.meldingen());
            return new Wijziging(w.zaak(), w.verwerkt(), meldingen);
        });
    }

    Wijziging intrekken(String runId, String contractId, LocalDate datum, String door) {
        return stap(runId, contractId, Zaakstatus.INGETROKKEN, datum, door, "ingetrokken door de huurder");
    }

    /**
     * The landlord holds to its proposal: the case moves to voorleggen and the tenant gets the letter "Wij
     * handhaven ons voorstel" (issue #24 item 3), dated {@code datum}, in the same transaction: a letter that
     * cannot be written leaves the case as it was.
     */
    Wijziging voorleggen(String runId, String contractId, LocalDate datum, String door) {
        return transactie.execute(t -> {
            Wijziging w = stap(runId, contractId, Zaakstatus.VOORLEGGEN, datum, door,
                    "voorleggen: de verhuurder houdt vast aan het voorstel; brief 'wij handhaven ons voorstel'");
            Ronde ronde = contractversies.voltooideRun(runId);
            java.nio.file.Path brief = stukken.schrijfHandhaving(ronde, w.zaak(), laatsteVersie(ronde, contractId), datum);
            List<String> meldingen = new ArrayList<>();
            meldingen.add("brief aan de huurder (wij handhaven ons voorstel): " + brief);
            if (!w.zaak().teLaat()) {
                meldingen.add("indienen bij de Huurcommissie uiterlijk " + Bezwaartermijnen.indienenUiterlijk(
                        w.zaak().ingangsdatum()) + "; het dossier: 'huurronde bezwaar dossier --run " + ronde.runId()
                        + " --contract " + contractId + "'");
            }
            return new Wijziging(w.zaak(), null, meldingen);
        });
    }

    /** Stores the tenant's scanned objection letter with the contract's latest case (any status). */
    Wijziging scan(String runId, String contractId, java.nio.file.Path bestand, String door) {
        return transactie.execute(t -> {
            Ronde ronde = contractversies.voltooideRun(runId);
            laatsteVersie(ronde, contractId);
            Zaak zaak = zaken.laatste(ronde.runId(), contractId).orElseThrow(() -> new RondeFout("contract " + contractId
                    + " heeft geen bezwaar in run " + ronde.runId() + "; registreer het eerst met 'huurronde bezwaar "
                    + "registreer'"));
            java.nio.file.Path pad = stukken.bewaarScan(ronde, zaak, bestand);
            zaken.historie(zaak, LocalDate.now().isBefore(zaak.statusDatum()) ? zaak.statusDatum() : LocalDate.now(),
                    door, "scan van de bezwaarbrief bewaard");
            return new Wijziging(zaak, null, List.of("scan bewaard: " + pad));
        });
    }

    Wijziging indienen(String runId, String contractId, LocalDate datum, String zaaknummer, String door) {
        if (zaaknummer == null || zaaknummer.isBlank()) {
            throw new nl.huurronde.opdracht.Opdrachtregel.GebruiksFout("--zaaknummer is leeg");
        }
        String nummer = Waarden.veilig(zaaknummer.strip(), 40);
        return transactie.execute(t -> {
            LocalDate vandaag = LocalDate.now();
            Ronde ronde = contractversies.voltooideRun(runId);
            laatsteVersie(ronde, contractId);
            Zaak zaak = openZaak(ronde, contractId, Zaakstatus.INGEDIEND);
            stapDatum(ronde, zaak, datum, vandaag);
            Zaak nieuw = zaak.ingediend(datum, nummer);
            zaken.werkBij(nieuw);
            List<String> meldingen = new ArrayList<>();
            LocalDate termijn = Bezwaartermijnen.indienenUiterlijk(zaak.ingangsdatum());
            String laat = "";
            if (!zaak.teLaat() && datum.isAfter(termijn)) {
                laat = ", na de termijn van " + termijn;
                meldingen.add("let op: ingediend na de termijn (uiterlijk " + termijn + ", zes weken na de ingangsdatum "
                        + zaak.ingangsdatum() + "): de Huurcommissie kan het verzoek niet-ontvankelijk verklaren");
            }
            zaken.historie(nieuw, datum, door, "ingediend bij de Huurcommissie, zaaknummer " + nummer + laat);
            return new Wijziging(nieuw, null, meldingen);
        });
    }

    Wijziging uitspraak(String runId, String contractId, LocalDate datum, Zaak.Uitkomst uitkomst, BigDecimal bedrag,
                        String door) {
        if (uitkomst == Zaak.Uitkomst.VERLAAGD && bedrag == null) {
            throw new nl.huurronde.opdracht.Opdrachtregel.GebruiksFout("--uitkomst verlaagd vraagt --bedrag: de kale "
                    + "huur die de Huurcommissie vaststelde");
        }
        if (uitkomst != Zaak.Uitkomst.VERLAAGD && bedrag != null) {
            throw new nl.huurronde.opdracht.Opdrachtregel.GebruiksFout("--bedrag hoort alleen bij --uitkomst verlaagd");
        }
        return transactie.execute(t -> {
            LocalDate vandaag = LocalDate.now();
            Ronde ronde = contractversies.voltooideRun(runId);
            laatsteVersie(ronde, contractId);
            Zaak zaak = openZaak(ronde, contractId, Zaakstatus.UITSPRAAK);
            stapDatum(ronde, zaak, datum, vandaag);
            BezwaarVerwerking.Uitkomst u = null;
            if (uitkomst == Zaak.Uitkomst.VERLAAGD) {
                u = verwerking.vastgesteld(ronde.runId(), contractId, bedrag, zaak.zaaknummer());
            }
            Zaak nieuw = zaak.uitspraak(datum, uitkomst, u == null ? null : u.nieuw().voorstel().kaleHuurNieuw(),
                    u == null ? null : u.nieuw().versie());
            zaken.werkBij(nieuw);
            zaken.historie(nieuw, datum, door, "uitspraak Huurcommissie: " + uitkomst.name().toLowerCase(java.util.Locale.ROOT)
                    + (u == null ? "" : ", kale huur " + NlFormaat.bedrag(u.nieuw().voorstel().kaleHuurNieuw())
                    + ", versie " + u.nieuw().versie() + ", mutatie " + NlFormaat.bedrag(u.mutatie())));
            return new Wijziging(nieuw, u, List.of());
        });
    }

    /**
     * Every open case and every reminded contract without a case, with its deadline and the days left on
     * {@code peildatum}, most urgent first; a reminded contract past the tenant's four months is aanvaard.
     */
    List<Regel> lijst(String runId, LocalDate peildatum) {
        return regels(contractversies.voltooideRun(runId).runId(), peildatum);
    }

    /** {@link #lijst} from the database alone (status works without the job file). */
    private List<Regel> regels(String runId, LocalDate peildatum) {
        return regels(zaken, runId, peildatum);
    }

    /** Static over the case table alone, so 'status' can read it without the rest of the register (no Spring). */
    private static List<Regel> regels(ZaakOpslag zaken, String runId, LocalDate peildatum) {
        Map<String, ZaakOpslag.Herinnering> herinnerd = new HashMap<>();
        for (ZaakOpslag.Herinnering h : zaken.herinneringen(runId)) {
            herinnerd.put(h.contractId(), h);
        }
        List<Regel> regels = new ArrayList<>();
        Set<String> metZaak = new java.util.HashSet<>();
        for (Zaak z : zaken.vanRun(runId)) {
            metZaak.add(z.contractId());
            if (!z.status().open()) {
                continue;
            }
            boolean isHerinnerd = herinnerd.containsKey(z.contractId());
            LocalDate termijn;
            String actie;
            LocalDate ingang = z.ingangsdatum();
            if (z.status() == Zaakstatus.INGEDIEND) {
                termijn = null;
                actie = "wacht op de uitspraak van de Huurcommissie (zaak " + z.zaaknummer() + ")";
            } else if (!z.teLaat()) {
                termijn = Bezwaartermijnen.indienenUiterlijk(ingang);
                actie = z.status() == Zaakstatus.ONTVANGEN ? "toekennen of voorleggen aan de Huurcommissie"
                        : "indienen bij de Huurcommissie";
            } else if (isHerinnerd) {
                termijn = Bezwaartermijnen.huurderUiterlijk(ingang);
                actie = "te laat bezwaar na herinnering: de huurder kan de Huurcommissie vragen";
            } else {
                termijn = Bezwaartermijnen.herinneringUiterlijk(ingang);
                actie = "te laat bezwaar: toekennen, of aangetekend herinneren";
            }
            regels.add(new Regel(z.contractId(), z.zaak(), z.status().woord(), z.ontvangen(),
                    z.kanaal().name().toLowerCase(java.util.Locale.ROOT), z.grondenTekst(), z.teLaat(), isHerinnerd,
                    ingang, termijn, actie, termijn == null ? null : ChronoUnit.DAYS.between(peildatum, termijn),
                    z.zaaknummer()));
        }
        for (ZaakOpslag.Herinnering h : herinnerd.values()) {
            if (metZaak.contains(h.contractId())) {
                continue;
            }
            boolean voorbij = peildatum.isAfter(h.uiterlijk());
            LocalDate ingang = h.ingangsdatum();
            regels.add(new Regel(h.contractId(), 0, voorbij ? "aanvaard" : "herinnerd", null, null, "", false, true,
                    ingang, h.uiterlijk(), voorbij ? "geen reactie binnen vier maanden: het voorstel geldt als aanvaard"
                            : "wacht op de huurder (herinnering verzonden " + h.verzonden() + ")",
                    voorbij ? null : ChronoUnit.DAYS.between(peildatum, h.uiterlijk()), null));
        }
        regels.sort(Comparator.comparing((Regel r) -> r.dagenOver() == null ? 1 : 0)
                .thenComparing(r -> r.termijn() == null ? LocalDate.MAX : r.termijn())
                .thenComparing(Regel::contractId));
        return regels;
    }

    /** Cases per status (closed ones too), reminders and the nearest running deadline. */
    Overzicht overzicht(String runId, LocalDate peildatum) {
        return overzicht(zaken, runId, peildatum);
    }

    static Overzicht overzicht(ZaakOpslag zaken, String runId, LocalDate peildatum) {
        Map<String, Integer> perStatus = new LinkedHashMap<>();
        for (Zaakstatus s : Zaakstatus.values()) {
            perStatus.put(s.woord(), 0);
        }
        for (Zaak z : zaken.vanRun(runId)) {
            perStatus.merge(z.status().woord(), 1, Integer::sum);
        }
        List<Regel> lijst = regels(zaken, runId, peildatum);
        perStatus.put("herinnerd", (int) lijst.stream().filter(r -> r.status().equals("herinnerd")).count());
        perStatus.put("aanvaard", (int) lijst.stream().filter(r -> r.status().equals("aanvaard")).count());
        return new Overzicht(perStatus, lijst.stream().filter(r -> r.dagenOver() != null).findFirst());
    }

    /** The grounds a shorthand bezwaar's corrections imply. */
    static List<Zaak.Grond> gronden(Correctie c) {
        EnumSet<Zaak.Grond> g = EnumSet.noneOf(Zaak.Grond.class);
        if (c.chronischZiek()) {
            g.add(Zaak.Grond.CHRONISCH_ZIEK);
        }
        if (c.huishouden()) {
            g.add(Zaak.Grond.HUISHOUDEN);
        }
        if (c.inkomenscategorie() != null) {
            g.add(Zaak.Grond.INKOMEN);
        }
        if (c.maximaleHuur() != null || c.wwsPunten() != null) {
            g.add(Zaak.Grond.WWS);
        }
        return List.copyOf(g);
    }

    private Wijziging stap(String runId, String contractId, Zaakstatus naar, LocalDate datum, String door, String wat) {
        return transactie.execute(t -> {
            LocalDate vandaag = LocalDate.now();
            Ronde ronde = contractversies.voltooideRun(runId);
            laatsteVersie(ronde, contractId);
            Zaak zaak = openZaak(ronde, contractId, naar);
            stapDatum(ronde, zaak, datum, vandaag);
            Zaak nieuw = zaak.met(naar, datum);
            zaken.werkBij(nieuw);
            zaken.historie(nieuw, datum, door, wat);
            return new Wijziging(nieuw, null, List.of());
        });
    }

    /** Refuses, as the move itself would, when the contract's case cannot move to {@code naar} now. */
    /** Refuses a move the open case does not allow; returns the day that case was received. */
    LocalDate vereisStap(String runId, String contractId, Zaakstatus naar) {
        Ronde ronde = contractversies.voltooideRun(runId);
        laatsteVersie(ronde, contractId);
        return openZaak(ronde, contractId, naar).ontvangen();
    }

    private VoorstelVersie laatsteVersie(Ronde ronde, String contractId) {
        List<VoorstelVersie> versies = contractversies.versies(ronde, contractId);
        return versies.get(versies.size() - 1);
    }

    /** The contract's open case, which must allow the move to {@code naar}. */
    private Zaak openZaak(Ronde ronde, String contractId, Zaakstatus naar) {
        Optional<Zaak> laatste = zaken.laatste(ronde.runId(), contractId);
        if (laatste.isEmpty()) {
            throw new RondeFout("contract " + contractId + " heeft geen bezwaar in run " + ronde.runId()
                    + "; registreer het eerst met 'huurronde bezwaar registreer'");
        }
        Zaak zaak = laatste.get();
        if (!zaak.status().open()) {
            String waarom = zaak.status() == Zaakstatus.UITSPRAAK
                    ? "de Huurcommissie deed al uitspraak (" + zaak.uitkomst().name().toLowerCase(java.util.Locale.ROOT)
                            + ", " + zaak.statusDatum() + ")"
                    : "het bezwaar is al " + zaak.status().woord() + " (" + zaak.statusDatum() + ")";
            throw new RondeFout("contract " + contractId + " kan niet " + werkwoord(naar) + ": " + waarom);
        }
        if (!zaak.status().volgende().contains(naar)) {
            throw new RondeFout("contract " + contractId + " kan niet " + werkwoord(naar) + ": het bezwaar is "
                    + zaak.status().woord() + " sinds " + zaak.statusDatum() + " (mogelijk: "
                    + String.join(", ", zaak.status().volgende().stream().map(Zaakstatus::woord).toList()) + ")");
        }
        return zaak;
    }

    private static String werkwoord(Zaakstatus naar) {
        return switch (naar) {
            case TOEGEKEND -> "worden toegekend";
            case INGETROKKEN -> "worden ingetrokken";
            case VOORLEGGEN -> "worden voorgelegd";
            case INGEDIEND -> "worden ingediend";
            case UITSPRAAK -> "een uitspraak krijgen";
            case ONTVANGEN -> "worden geregistreerd";
        };
    }

    /** A step's date: not before the case's last step, nor before the letter was sent, nor in the future. */
    private static void stapDatum(Ronde ronde, Zaak zaak, LocalDate datum, LocalDate vandaag) {
        datumToegestaan(ronde, "de datum", datum, vandaag);
        if (datum.isBefore(zaak.statusDatum())) {
            throw new RondeFout("de datum " + datum + " ligt vóór de vorige stap van het bezwaar ("
                    + zaak.status().woord() + " op " + zaak.statusDatum() + ")");
        }
    }

    private static void datumToegestaan(Ronde ronde, String wat, LocalDate datum, LocalDate vandaag) {
        if (datum.isAfter(vandaag)) {
            throw new RondeFout(wat + " " + datum + " ligt in de toekomst (vandaag is " + vandaag + ")");
        }
        if (datum.isBefore(ronde.verzenddatum())) {
            throw new RondeFout(wat + " " + datum + " ligt vóór de verzending van de brieven op "
                    + ronde.verzenddatum() + "; een bezwaar kan pas na het voorstel komen");
        }
    }

    private static String leegIsNull(String tekst) {
        return tekst == null || tekst.isBlank() ? null : tekst.strip();
    }

    /**
     * The run of a command's {@code --run} and {@code --contract}: a contract of a supplement (aanvulrun) is
     * found from the round's run id ({@link Contractversies#runVanContract}).
     */
    String runVanContract(nl.huurronde.opdracht.Opdrachtregel regel, java.io.PrintStream uit) {
        return contractversies.runVanContract(regel, uit);
    }
}
