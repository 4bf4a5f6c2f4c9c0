package nl.huurronde.bezwaar;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import nl.huurronde.brieven.NlFormaat;
import nl.huurronde.intake.Waarden;
import nl.huurronde.opdracht.Opdrachtregel;
import nl.huurronde.register.Ronde;
import nl.huurronde.register.RondeFout;
import org.springframework.stereotype.Service;

/**
 * The register as the desk sees it (issue #22): the desk's only way into {@link Bezwaarregister}, with
 * public views of a case and of the work list. Every move goes through the same register methods as the
 * commands; this class only translates (and hides health data from users without the right to see it).
 * Refusals of the register or of its input checks come out as {@link Geweigerd} with the register's line.
 */
@Service
public class Bezwaarbalie {

    private final Bezwaarregister register;
    private final BezwaarVerwerking verwerking;
    private final ZaakOpslag zaken;
    private final Contractversies contractversies;
    private final Dossier dossier;

    Bezwaarbalie(Bezwaarregister register, BezwaarVerwerking verwerking, ZaakOpslag zaken,
                 Contractversies contractversies, Dossier dossier) {
        this.register = register;
        this.verwerking = verwerking;
        this.zaken = zaken;
        this.contractversies = contractversies;
        this.dossier = dossier;
    }

    /** A move the register refused, with its message (one line, Dutch). */
    public static class Geweigerd extends RuntimeException {
        Geweigerd(String bericht) {
            super(bericht);
        }
    }

    /** A paper the user may not see: it names health data and the user lacks the health role. */
    public static class Verborgen extends RuntimeException {
        Verborgen() {
            super("alleen voor de rol beheer");
        }
    }

    /**
     * A case paper the register wrote, as the register's own path inside the run's folder ({@code runMap});
     * the desk still checks it is a regular owner-only file there before reading it.
     */
    public record Stuk(Path runMap, Path pad, String naam) {}

    /** The choices of the forms, as the commands spell them. */
    public static final List<String> KANALEN = namen(Zaak.Kanaal.values());
    public static final List<String> GRONDEN = namen(Zaak.Grond.values());
    public static final List<String> UITKOMSTEN = namen(Zaak.Uitkomst.values());
    static final String VERBORGEN = "[gezondheid: alleen beheer]";

    /** One step of a case's history. */
    public record Stap(LocalDate datum, String status, String door, String wat) {}

    /**
     * A contract's latest case. {@code gronden} and {@code toelichting} leave out chronic illness for a
     * user without the health role; {@code termijn}/{@code dagenOver} are those of the work list.
     */
    public record Zaakbeeld(int zaak, String status, boolean open, LocalDate ontvangen, String kanaal,
                            List<String> gronden, String toelichting, boolean teLaat, LocalDate ingangsdatum,
                            LocalDate termijn, Long dagenOver, String actie, String zaaknummer, String uitkomst,
                            BigDecimal bedrag, Integer versie, String door, List<Stap> historie,
                            List<String> mogelijk, boolean handhaven, boolean scan, boolean dossier) {}

    /** A line of the work list (the same as {@code bezwaar lijst}). */
    public record Werkregel(String contractId, int zaak, String status, LocalDate ontvangen, String kanaal,
                            String gronden, boolean teLaat, boolean herinnerd, LocalDate ingangsdatum,
                            LocalDate termijn, Long dagenOver, String actie, String zaaknummer) {}

    /** The corrections the desk offers for a grant (those of {@code bezwaar toekennen} except a BRP file). */
    public record Correctievelden(boolean chronischZiek, Integer personen, List<LocalDate> geboortedata,
                                  String inkomenscategorie, BigDecimal maximaleHuur, BigDecimal wwsPunten) {
        public Correctievelden {
            geboortedata = geboortedata == null ? List.of() : List.copyOf(geboortedata);
        }
    }

    /** The recomputed proposal before it is stored. */
    public record Voorbeeld(BigDecimal huurOud, BigDecimal huurNieuwNu, BigDecimal huurNieuw, LocalDate ingangsdatum,
                            String correctie, int versie) {}

    /** What a move did: the line the command prints first, and its warnings. */
    public record Resultaat(String melding, List<String> meldingen) {}

    /** Whether the run has a register at all (a completed yearly run, not a simulation). */
    public boolean heeftRegister(String runId) {
        try {
            contractversies.voltooideRun(runId);
            return true;
        } catch (RondeFout e) {
            return false;
        }
    }

    public Optional<Zaakbeeld> zaak(String runId, String contractId, boolean gezondheid, LocalDate peildatum) {
        Optional<Zaak> laatste = zaken.laatste(runId, contractId);
        if (laatste.isEmpty()) {
            return Optional.empty();
        }
        Zaak z = laatste.get();
        Optional<Bezwaarregister.Regel> regel = z.status().open()
                ? register.lijst(runId, peildatum).stream().filter(r -> r.contractId().equals(contractId)).findFirst()
                : Optional.empty();
        List<String> gronden = z.gronden().stream()
                .map(g -> g == Zaak.Grond.CHRONISCH_ZIEK && !gezondheid ? VERBORGEN : g.name()).toList();
        List<Stap> historie = zaken.historie(runId, contractId, z.zaak()).stream()
                .map(s -> new Stap(s.datum(), s.status().woord(), s.door(), gezondheid ? s.wat() : verberg(s.wat())))
                .toList();
        return Optional.of(new Zaakbeeld(z.zaak(), z.status().woord(), z.status().open(), z.ontvangen(),
                z.kanaal().name().toLowerCase(Locale.ROOT), gronden,
                gezondheid ? z.toelichting() : (z.toelichting() == null ? null : VERBORGEN), z.teLaat(),
                z.ingangsdatum(), regel.map(Bezwaarregister.Regel::termijn).orElse(null),
                regel.map(Bezwaarregister.Regel::dagenOver).orElse(null), regel.map(Bezwaarregister.Regel::actie).orElse(null),
                z.zaaknummer(), z.uitkomst() == null ? null : z.uitkomst().name().toLowerCase(Locale.ROOT), z.bedrag(),
                z.versie(), z.door(), historie, z.status().volgende().stream().map(Zaakstatus::woord).toList(),
                (gezondheid || !z.gronden().contains(Zaak.Grond.CHRONISCH_ZIEK))
                        && handhavingsbrief(runId, z, true).isPresent(), gezondheid && scan(runId, z).isPresent(),
                z.status() == Zaakstatus.VOORLEGGEN || z.status() == Zaakstatus.INGEDIEND));
    }

    /**
     * The "wij handhaven ons voorstel" letter of case {@code zaak} of the contract, when it was written.
     * It restates the grounds, so a case with chronic illness is {@link Verborgen} without the health role.
     */
    public Optional<Stuk> handhavingsbrief(String runId, String contractId, int zaak, boolean gezondheid) {
        return zaakVan(runId, contractId, zaak).flatMap(z -> handhavingsbrief(runId, z, gezondheid));
    }

    /** The stored scan of the objection letter of case {@code zaak}; health data: {@link Verborgen} without the role. */
    public Optional<Stuk> scan(String runId, String contractId, int zaak, boolean gezondheid) {
        Optional<Zaak> z = zaakVan(runId, contractId, zaak);
        if (z.isPresent() && !gezondheid) {
            throw new Verborgen();
        }
        return z.flatMap(x -> scan(runId, x));
    }

    /** Writes the contract's dossier for the Huurcommissie ({@code bezwaar dossier}) to its usual place. */
    public Stuk dossier(String runId, String contractId) {
        if (zaken.laatste(runId, contractId).isEmpty()) { // the register's line names commands; the desk its form
            throw new Geweigerd("Er is geen bezwaar vastgelegd voor contract " + contractId + ". Een dossier voor de "
                    + "Huurcommissie hoort bij een bezwaar dat is voorgelegd of ingediend.");
        }
        try {
            Dossier.Uitkomst u = dossier.schrijf(runId, contractId, null);
            return new Stuk(contractversies.voltooideRun(runId).map(), u.pad(), "dossier-" + contractId + ".pdf");
        } catch (RondeFout e) {
            throw new Geweigerd(e.getMessage());
        }
    }

    private Optional<Zaak> zaakVan(String runId, String contractId, int zaak) {
        return zaken.vanContract(runId, contractId).stream().filter(z -> z.zaak() == zaak).findFirst();
    }

    private Optional<Stuk> handhavingsbrief(String runId, Zaak z, boolean gezondheid) {
        Ronde ronde = contractversies.voltooideRun(runId);
        Path pad = Bezwaarstukken.handhavingsbrief(ronde, z);
        if (!Files.isRegularFile(pad, LinkOption.NOFOLLOW_LINKS)) {
            return Optional.empty();
        }
        if (!gezondheid && z.gronden().contains(Zaak.Grond.CHRONISCH_ZIEK)) {
            throw new Verborgen();
        }
        return Optional.of(new Stuk(ronde.map(), pad, z.contractId() + "-zaak" + z.zaak() + "-handhaven.pdf"));
    }

    private Optional<Stuk> scan(String runId, Zaak z) {
        Ronde ronde = contractversies.voltooideRun(runId);
        Path pad = Bezwaarstukken.scan(ronde, z);
        return Files.isRegularFile(pad, LinkOption.NOFOLLOW_LINKS)
                ? Optional.of(new Stuk(ronde.map(), pad, z.contractId() + "-zaak" + z.zaak() + "-scan.pdf"))
                : Optional.empty();
    }

    public Resultaat registreer(String runId, String contractId, LocalDate ontvangen, String kanaal,
                                List<String> gronden, String toelichting, String door) {
        return registreer(runId, contractId, ontvangen, kanaal, gronden, toelichting, door, null, null);
    }

    /**
     * Registers the objection with its scanned letter ({@code scan}, or null: none), both or neither; the
     * scan gets the same checks as {@code bezwaar scan}, and a refusal names the file by {@code scanNaam}.
     */
    public Resultaat registreer(String runId, String contractId, LocalDate ontvangen, String kanaal,
                                List<String> gronden, String toelichting, String door, byte[] scan, String scanNaam) {
        Bezwaarregister.Melding m = new Bezwaarregister.Melding(runId, contractId, ontvangen,
                Zaak.Kanaal.van(kanaal), gronden.stream().map(Zaak.Grond::van).toList(), toelichting, door);
        if (scan == null) {
            return doe(() -> register.registreer(m));
        }
        Path map = null;
        Path bestand = null;
        try {
            map = Files.createTempDirectory("scan"); // owner-only (rwx------): the letter holds personal data
            bestand = map.resolve("bezwaarbrief.pdf");
            Files.write(bestand, scan);
            Path pad = bestand;
            Resultaat r = doe(() -> register.registreer(m, pad));
            // The desk user needs no server paths: the stored scan is offered on the case panel.
            return new Resultaat(r.melding(), r.meldingen().stream()
                    .map(x -> x.startsWith("scan bewaard") ? "Scan van de bezwaarbrief bewaard." : x).toList());
        } catch (Geweigerd e) {
            throw new Geweigerd(e.getMessage().replace(bestand.toString(), "'" + Waarden.veilig(scanNaam == null
                    ? "bezwaarbrief" : scanNaam, 120) + "'"));
        } catch (IOException e) {
            throw new UncheckedIOException("kan de scan niet tijdelijk bewaren: " + e.getMessage(), e);
        } finally {
            try {
                if (bestand != null) {
                    Files.deleteIfExists(bestand);
                }
                if (map != null) {
                    Files.deleteIfExists(map);
                }
            } catch (IOException e) {
                // a leftover owner-only temp file; the next start of the JVM's temp cleanup removes it
            }
        }
    }

    /** The grant's recompute without storing: the same checks and computation as {@link #toekennen}. */
    public Voorbeeld voorbeeld(String runId, String contractId, Correctievelden velden) {
        try {
            LocalDate bezwaarOntvangen = register.vereisStap(runId, contractId, Zaakstatus.TOEGEKEND);
            BezwaarVerwerking.Berekening b = verwerking.bereken(runId, contractId, correctie(velden), null, null,
                    bezwaarOntvangen, null);
            return new Voorbeeld(b.vorige().contract().kaleHuur(), b.vorige().voorstel().kaleHuurNieuw(),
                    b.berekend().voorstel().kaleHuurNieuw(), b.berekend().ingangsdatum(), b.berekend().correctie(),
                    b.berekend().versie());
        } catch (BezwaarVerwerking.NietsVeranderd e) {
            throw new Geweigerd(nietsVeranderd(e));
        } catch (RondeFout | Opdrachtregel.GebruiksFout e) {
            throw new Geweigerd(e.getMessage());
        }
    }

    public Resultaat toekennen(String runId, String contractId, Correctievelden velden, LocalDate datum, String door) {
        return doe(() -> register.toekennen(runId, contractId, correctie(velden), null, null, datum, null, door));
    }

    public Resultaat intrekken(String runId, String contractId, LocalDate datum, String door) {
        return doe(() -> register.intrekken(runId, contractId, datum, door));
    }

    public Resultaat voorleggen(String runId, String contractId, LocalDate datum, String door) {
        return doe(() -> register.voorleggen(runId, contractId, datum, door));
    }

    public Resultaat indienen(String runId, String contractId, LocalDate datum, String zaaknummer, String door) {
        return doe(() -> register.indienen(runId, contractId, datum, zaaknummer, door));
    }

    public Resultaat uitspraak(String runId, String contractId, LocalDate datum, String uitkomst, BigDecimal bedrag,
                               String door) {
        return doe(() -> register.uitspraak(runId, contractId, datum, Zaak.Uitkomst.van(uitkomst), bedrag, door));
    }

    /** The open cases of {@code bezwaar lijst}, optionally of one status; health grounds hidden without the role. */
    public List<Werkregel> werklijst(String runId, String status, boolean gezondheid, LocalDate peildatum) {
        List<Werkregel> regels = new ArrayList<>();
        for (Bezwaarregister.Regel r : regels(runId, status, gezondheid, peildatum)) {
            regels.add(new Werkregel(r.contractId(), r.zaak(), r.status(), r.ontvangen(), r.kanaal(), r.gronden(),
                    r.teLaat(), r.herinnerd(), r.ingangsdatum(), r.termijn(), r.dagenOver(), r.actie(), r.zaaknummer()));
        }
        return regels;
    }

    /** The work list as bezwaren.csv (same columns, same writer, the run's CSV dialect). */
    public byte[] werklijstCsv(String runId, String status, boolean gezondheid, LocalDate peildatum) {
        List<Bezwaarregister.Regel> regels = regels(runId, status, gezondheid, peildatum);
        try {
            Path map = Files.createTempDirectory("werklijst"); // owner-only (rwx------)
            Path csv = map.resolve("bezwaren.csv");
            try {
                RegisterOpdrachten.Lijst.schrijf(csv, contractversies.voltooideRun(runId).config().csvDialect(), regels);
                return Files.readAllBytes(csv);
            } finally {
                Files.deleteIfExists(csv);
                Files.deleteIfExists(map);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("kan de werklijst niet schrijven: " + e.getMessage(), e);
        }
    }

    /** The statuses the work list can show. */
    public static List<String> werklijstStatussen() {
        List<String> s = new ArrayList<>();
        for (Zaakstatus z : Zaakstatus.values()) {
            if (z.open()) {
                s.add(z.woord());
            }
        }
        s.add("herinnerd");
        s.add("aanvaard");
        return s;
    }

    private List<Bezwaarregister.Regel> regels(String runId, String status, boolean gezondheid, LocalDate peildatum) {
        try {
            return register.lijst(runId, peildatum).stream()
                    .filter(r -> status == null || status.isBlank() || r.status().equals(status))
                    .map(r -> gezondheid ? r : new Bezwaarregister.Regel(r.contractId(), r.zaak(), r.status(),
                            r.ontvangen(), r.kanaal(), r.gronden().replace(Zaak.Grond.CHRONISCH_ZIEK.name(), VERBORGEN),
                            r.teLaat(), r.herinnerd(), r.ingangsdatum(), r.termijn(), r.actie(), r.dagenOver(),
                            r.zaaknummer()))
                    .toList();
        } catch (RondeFout e) {
            throw new Geweigerd(e.getMessage());
        }
    }

    private static String verberg(String wat) {
        return wat == null ? null : wat.replace(Zaak.Grond.CHRONISCH_ZIEK.name(), VERBORGEN);
    }

    private static Correctie correctie(Correctievelden v) {
        List<Correctie.Persoon> personen = v.geboortedata().stream()
                .map(d -> new Correctie.Persoon(d, nl.huurronde.regels.Rol.INWONEND)).toList();
        String categorie = v.inkomenscategorie() == null || v.inkomenscategorie().isBlank() ? null
                : v.inkomenscategorie().strip();
        return new Correctie(v.chronischZiek(), v.personen(), personen, null, categorie, v.maximaleHuur(),
                v.wwsPunten());
    }

    private interface Zet {
        Bezwaarregister.Wijziging doe();
    }

    private static Resultaat doe(Zet zet) {
        try {
            Bezwaarregister.Wijziging w = zet.doe();
            Zaak z = w.zaak();
            StringBuilder m = new StringBuilder("Bezwaar (zaak " + z.zaak() + "): " + z.status().woord() + " op "
                    + NlFormaat.datum(z.statusDatum()) + (z.teLaat() ? " [te laat]" : "") + ".");
            if (w.verwerkt() != null) {
                BezwaarVerwerking.Uitkomst u = w.verwerkt();
                m.append(" Versie ").append(u.nieuw().versie()).append(" vervangt versie ").append(u.vorige().versie())
                        .append(": nieuwe kale huur ").append(NlFormaat.bedrag(u.nieuw().voorstel().kaleHuurNieuw()))
                        .append(" (was ").append(NlFormaat.bedrag(u.vorige().voorstel().kaleHuurNieuw()))
                        .append("); de herziene brief staat bij die versie.");
            }
            return new Resultaat(m.toString(), w.meldingen());
        } catch (BezwaarVerwerking.NietsVeranderd e) {
            throw new Geweigerd(nietsVeranderd(e));
        } catch (RondeFout | Opdrachtregel.GebruiksFout e) {
            throw new Geweigerd(e.getMessage());
        }
    }

    /** The register's "changes nothing" in desk words: the desk's own action, not the command line's. */
    private static String nietsVeranderd(BezwaarVerwerking.NietsVeranderd e) {
        return "Deze correctie verandert niets: versie " + e.versie + " heeft deze gegevens al (nieuwe kale huur "
                + NlFormaat.bedrag(e.kaleHuur) + ", per " + NlFormaat.datum(e.ingangsdatum) + "). Er is niets "
                + "opgeslagen. Blijft u bij het voorstel, kies dan hieronder 'Voorleggen' (voorleggen aan de "
                + "Huurcommissie): dat schrijft de brief 'Wij handhaven ons voorstel'.";
    }

    private static List<String> namen(Enum<?>[] waarden) {
        List<String> n = new ArrayList<>();
        for (Enum<?> e : waarden) {
            n.add(e.name().toLowerCase(Locale.ROOT));
        }
        return List.copyOf(n);
    }
}
