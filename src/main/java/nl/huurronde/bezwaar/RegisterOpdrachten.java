package nl.huurronde.bezwaar;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import nl.huurronde.brieven.NlFormaat;
import nl.huurronde.intake.OngeldigeWaarde;
import nl.huurronde.intake.Waarden;
import nl.huurronde.opdracht.Opdracht;
import nl.huurronde.opdracht.Opdrachtregel;
import nl.huurronde.uitvoer.Exporteur;
import org.springframework.stereotype.Component;

/**
 * The register's commands, {@code huurronde bezwaar <stap> ...} (issue #21; the interface is fixed):
 * thin shells that read the options, call {@link Bezwaarregister} and print what it did.
 */
final class RegisterOpdrachten {

    private RegisterOpdrachten() {}

    /** Options every step takes. */
    static final List<String> BASIS = List.of("run", "contract", "door");

    static LocalDate datum(Opdrachtregel regel, String optie) {
        String tekst = regel.verplicht(optie);
        try {
            LocalDate d = Waarden.datum(tekst);
            if (d == null) {
                throw new Opdrachtregel.GebruiksFout("--" + optie + " is leeg");
            }
            return d;
        } catch (OngeldigeWaarde e) {
            throw new Opdrachtregel.GebruiksFout("--" + optie + ": " + e.reden());
        }
    }

    static void meld(PrintStream uit, Bezwaarregister.Wijziging w) {
        Zaak z = w.zaak();
        uit.println("Bezwaar contract " + z.contractId() + " (zaak " + z.zaak() + ") in run " + z.runId() + ": "
                + z.status().woord() + " op " + z.statusDatum() + (z.teLaat() ? " [te laat]" : "") + ".");
        if (w.verwerkt() != null) {
            BezwaarVerwerking.Uitkomst u = w.verwerkt();
            uit.println("  versie " + u.nieuw().versie() + " vervangt versie " + u.vorige().versie() + ": kale huur nieuw "
                    + NlFormaat.bedrag(u.nieuw().voorstel().kaleHuurNieuw()) + " (was "
                    + NlFormaat.bedrag(u.vorige().voorstel().kaleHuurNieuw()) + "), ingangsdatum "
                    + u.nieuw().ingangsdatum());
            uit.println("  correctie voor financiën: mutatie " + NlFormaat.bedrag(u.mutatie()));
            uit.println("  uitvoer: " + u.map());
        }
        w.meldingen().forEach(m -> uit.println("  " + m));
    }

    @Component
    static class Registreer implements Opdracht {
        private final Bezwaarregister register;

        Registreer(Bezwaarregister register) {
            this.register = register;
        }

        @Override
        public String naam() {
            return "bezwaar registreer";
        }

        @Override
        public List<String> opties() {
            return List.of("run", "contract", "ontvangen", "kanaal", "grond", "toelichting", "scan", "door");
        }

        @Override
        public void voerUit(Opdrachtregel regel, PrintStream uit) {
            List<Zaak.Grond> gronden = new ArrayList<>();
            for (String g : regel.alle("grond")) {
                for (String deel : g.split(",")) {
                    gronden.add(Zaak.Grond.van(deel));
                }
            }
            String kanaal = regel.optie("kanaal");
            meld(uit, register.registreer(new Bezwaarregister.Melding(register.runVanContract(regel, uit),
                    regel.verplicht("contract").strip(), datum(regel, "ontvangen"),
                    kanaal == null ? Zaak.Kanaal.BRIEF : Zaak.Kanaal.van(kanaal), gronden, regel.optie("toelichting"),
                    Bezwaarregister.wie(regel.optie("door"))), scan(regel)));
        }
    }

    static Path scan(Opdrachtregel regel) {
        String bestand = regel.optie("scan");
        if (bestand == null) {
            return null;
        }
        if (bestand.isBlank()) {
            throw new Opdrachtregel.GebruiksFout("--scan is leeg: geef de PDF van de bezwaarbrief");
        }
        return Path.of(bestand.strip());
    }

    /** {@code bezwaar scan}: the scanned objection letter of the contract's case, added later. */
    @Component
    static class Scan implements Opdracht {
        private final Bezwaarregister register;

        Scan(Bezwaarregister register) {
            this.register = register;
        }

        @Override
        public String naam() {
            return "bezwaar scan";
        }

        @Override
        public List<String> opties() {
            return List.of("run", "contract", "bestand", "door");
        }

        @Override
        public void voerUit(Opdrachtregel regel, PrintStream uit) {
            String bestand = regel.verplicht("bestand");
            meld(uit, register.scan(regel.verplicht("run").strip(), regel.verplicht("contract").strip(),
                    Path.of(bestand.strip()), Bezwaarregister.wie(regel.optie("door"))));
        }
    }

    /** {@code bezwaar dossier}: the Huurcommissie's dossier of a case put to it. */
    @Component
    static class DossierOpdracht implements Opdracht {
        private final Dossier dossier;

        DossierOpdracht(Dossier dossier) {
            this.dossier = dossier;
        }

        @Override
        public String naam() {
            return "bezwaar dossier";
        }

        @Override
        public List<String> opties() {
            return List.of("run", "contract", "uit");
        }

        @Override
        public void voerUit(Opdrachtregel regel, PrintStream uit) {
            String map = regel.optie("uit");
            if (map != null && map.isBlank()) {
                throw new Opdrachtregel.GebruiksFout("--uit is leeg: geef de map voor het dossier");
            }
            Dossier.Uitkomst u = dossier.schrijf(regel.verplicht("run").strip(), regel.verplicht("contract").strip(),
                    map == null ? null : Path.of(map.strip()));
            Zaak z = u.zaak();
            uit.println("Dossier voor de Huurcommissie, contract " + z.contractId() + " (zaak " + z.zaak() + ", "
                    + z.status().woord() + "): " + u.paginas() + " pagina's, " + (u.metScan() ? "met" : "zonder")
                    + " scan van de bezwaarbrief, " + u.brieven() + (u.brieven() == 1 ? " brief" : " brieven"));
            uit.println("  dossier: " + u.pad());
            if (z.status() == Zaakstatus.VOORLEGGEN && !z.teLaat()) {
                uit.println("  indienen uiterlijk " + nl.huurronde.regels.Bezwaartermijnen.indienenUiterlijk(
                        z.ingangsdatum()) + "; daarna 'huurronde bezwaar indienen' met het zaaknummer");
            }
        }
    }

    @Component
    static class Toekennen implements Opdracht {
        private final Bezwaarregister register;

        Toekennen(Bezwaarregister register) {
            this.register = register;
        }

        @Override
        public String naam() {
            return "bezwaar toekennen";
        }

        @Override
        public List<String> opties() {
            List<String> opties = new ArrayList<>(BASIS);
            opties.addAll(List.of("datum", "ontvangen", "verzenddatum", "encoding"));
            opties.addAll(Correctie.OPTIES);
            return opties;
        }

        @Override
        public void voerUit(Opdrachtregel regel, PrintStream uit) {
            Correctie correctie = Correctie.lees(regel);
            BezwaarVerwerking.vereisCorrectie(correctie);
            meld(uit, register.toekennen(register.runVanContract(regel, uit), regel.verplicht("contract").strip(), correctie,
                    Correctie.ontvangen(regel), BezwaarOpdracht.brpCodering(regel, correctie),
                    regel.optie("datum") == null ? null : datum(regel, "datum"),
                    regel.optie("verzenddatum") == null ? null : datum(regel, "verzenddatum"),
                    Bezwaarregister.wie(regel.optie("door"))));
        }
    }

    /** intrekken and voorleggen: a date and nothing else. */
    abstract static class Stap implements Opdracht {
        final Bezwaarregister register;

        Stap(Bezwaarregister register) {
            this.register = register;
        }

        @Override
        public List<String> opties() {
            return List.of("run", "contract", "datum", "door");
        }

        abstract Bezwaarregister.Wijziging doe(String run, String contract, LocalDate datum, String door);

        @Override
        public void voerUit(Opdrachtregel regel, PrintStream uit) {
            meld(uit, doe(register.runVanContract(regel, uit), regel.verplicht("contract").strip(), datum(regel, "datum"),
                    Bezwaarregister.wie(regel.optie("door"))));
        }
    }

    @Component
    static class Intrekken extends Stap {
        Intrekken(Bezwaarregister register) {
            super(register);
        }

        @Override
        public String naam() {
            return "bezwaar intrekken";
        }

        @Override
        Bezwaarregister.Wijziging doe(String run, String contract, LocalDate datum, String door) {
            return register.intrekken(run, contract, datum, door);
        }
    }

    @Component
    static class Voorleggen extends Stap {
        Voorleggen(Bezwaarregister register) {
            super(register);
        }

        @Override
        public String naam() {
            return "bezwaar voorleggen";
        }

        @Override
        Bezwaarregister.Wijziging doe(String run, String contract, LocalDate datum, String door) {
            return register.voorleggen(run, contract, datum, door);
        }
    }

    @Component
    static class Indienen implements Opdracht {
        private final Bezwaarregister register;

        Indienen(Bezwaarregister register) {
            this.register = register;
        }

        @Override
        public String naam() {
            return "bezwaar indienen";
        }

        @Override
        public List<String> opties() {
            return List.of("run", "contract", "datum", "zaaknummer", "door");
        }

        @Override
        public void voerUit(Opdrachtregel regel, PrintStream uit) {
            meld(uit, register.indienen(register.runVanContract(regel, uit), regel.verplicht("contract").strip(),
                    datum(regel, "datum"), regel.verplicht("zaaknummer"), Bezwaarregister.wie(regel.optie("door"))));
        }
    }

    @Component
    static class Uitspraak implements Opdracht {
        private final Bezwaarregister register;

        Uitspraak(Bezwaarregister register) {
            this.register = register;
        }

        @Override
        public String naam() {
            return "bezwaar uitspraak";
        }

        @Override
        public List<String> opties() {
            return List.of("run", "contract", "datum", "uitkomst", "bedrag", "door");
        }

        @Override
        public void voerUit(Opdrachtregel regel, PrintStream uit) {
            BigDecimal bedrag = null;
            if (regel.optie("bedrag") != null) {
                try {
                    bedrag = Waarden.bedrag(regel.optie("bedrag"));
                } catch (OngeldigeWaarde e) {
                    throw new Opdrachtregel.GebruiksFout("--bedrag: " + e.reden());
                }
                if (bedrag == null || bedrag.signum() <= 0) {
                    throw new Opdrachtregel.GebruiksFout("--bedrag verwacht een bedrag groter dan 0, bijv. 512.40");
                }
            }
            meld(uit, register.uitspraak(register.runVanContract(regel, uit), regel.verplicht("contract").strip(),
                    datum(regel, "datum"), Zaak.Uitkomst.van(regel.verplicht("uitkomst")), bedrag,
                    Bezwaarregister.wie(regel.optie("door"))));
        }
    }

    @Component
    static class Lijst implements Opdracht {
        static final String[] KOPPEN = {"contract_id", "zaak", "status", "ontvangen", "kanaal", "gronden", "te_laat",
            "herinnerd", "ingangsdatum", "termijn", "dagen_over", "actie", "zaaknummer"};

        private final Bezwaarregister register;
        private final Contractversies contractversies;

        Lijst(Bezwaarregister register, Contractversies contractversies) {
            this.register = register;
            this.contractversies = contractversies;
        }

        @Override
        public String naam() {
            return "bezwaar lijst";
        }

        @Override
        public List<String> opties() {
            return List.of("run", "uit", "termijn", "peildatum");
        }

        @Override
        public void voerUit(Opdrachtregel regel, PrintStream uit) {
            String runId = regel.verplicht("run").strip();
            LocalDate peildatum = regel.optie("peildatum") == null ? LocalDate.now() : datum(regel, "peildatum");
            var ronde = contractversies.voltooideRun(runId);
            List<Bezwaarregister.Regel> regels = register.lijst(runId, peildatum);
            if (regel.vlag("termijn")) {
                regels = regels.stream().filter(r -> r.dagenOver() != null).toList();
            }
            Path doel = regel.optie("uit") != null ? Path.of(regel.optie("uit")) : ronde.map().resolve("bezwaren.csv");
            List<Bezwaarregister.Regel> rijen = regels;
            try {
                schrijf(doel, ronde.config().csvDialect(), rijen);
            } catch (IOException e) {
                throw new UncheckedIOException("kan " + doel + " niet schrijven: " + e.getMessage(), e);
            }
            uit.println("Bezwaren van run " + runId + " op " + peildatum + ": " + regels.size() + " (meest dringend eerst)");
            for (Bezwaarregister.Regel r : regels) {
                uit.println(String.format("  %-12s %-10s termijn %-10s %s  %s%s", r.contractId(), r.status(),
                        tekst(r.termijn()), r.dagenOver() == null ? "" : "(" + r.dagenOver() + " dagen)", r.actie(),
                        r.teLaat() ? " [te laat]" : ""));
            }
            uit.println("  lijst: " + doel);
        }

        /** bezwaren.csv; the desk's download writes the same file. Owner-only: the grounds can be health data. */
        static void schrijf(Path doel, nl.huurronde.beleid.CsvDialect dialect, List<Bezwaarregister.Regel> rijen)
                throws IOException {
            Exporteur.schrijfCsv(doel, dialect, csv -> {
                csv.koppen(KOPPEN);
                for (Bezwaarregister.Regel r : rijen) {
                    csv.tekst(r.contractId()).getal(r.zaak()).tekst(r.status()).tekst(tekst(r.ontvangen()))
                            .tekst(r.kanaal() == null ? "" : r.kanaal()).tekst(r.gronden()).janee(r.teLaat())
                            .janee(r.herinnerd()).tekst(tekst(r.ingangsdatum())).tekst(tekst(r.termijn()));
                    if (r.dagenOver() == null) {
                        csv.tekst("");
                    } else {
                        csv.getal(r.dagenOver()); // a number: never a text guarded against formulas
                    }
                    csv.tekst(r.actie()).tekst(r.zaaknummer() == null ? "" : r.zaaknummer()).einde();
                }
            });
        }

        private static String tekst(LocalDate d) {
            return d == null ? "" : d.toString();
        }
    }

    /** The register's lines of {@code status --run}: counts per status and the nearest deadline. */
    static List<String> statusregels(Bezwaarregister.Overzicht o) {
        List<String> regels = new ArrayList<>();
        StringBuilder tellingen = new StringBuilder("bezwaarregister:");
        for (Map.Entry<String, Integer> e : o.perStatus().entrySet()) {
            if (e.getValue() > 0) {
                tellingen.append(' ').append(e.getKey()).append(' ').append(e.getValue()).append(',');
            }
        }
        if (tellingen.charAt(tellingen.length() - 1) == ',') {
            tellingen.setLength(tellingen.length() - 1);
        } else {
            tellingen.append(" leeg");
        }
        regels.add(tellingen.toString());
        o.eerstvolgende().ifPresent(r -> regels.add("eerstvolgende termijn: " + r.termijn() + " (" + r.dagenOver()
                + " dagen), contract " + r.contractId() + ": " + r.actie()));
        return regels;
    }
}
