package nl.huurronde.vergelijk;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

import nl.huurronde.rapport.Opmaak;
import nl.huurronde.rapport.Varianten;
import nl.huurronde.register.Ronde;
import nl.huurronde.register.RondeRegister;
import nl.huurronde.register.Rondes;
import nl.huurronde.register.RunSoort;
import nl.huurronde.ronde.RondeStarter;
import nl.huurronde.ronde.StartOpdracht;
import org.springframework.stereotype.Service;

/**
 * Compares two policy variants or two years for rent-policy staff (the {@code vergelijk} command): runs
 * both as simulations, each on its own job file's inputs unless inputs are given on the command line (then
 * both on those), matches the contracts by contract_id, then writes {@code vergelijking.csv} and
 * {@code vergelijking.pdf} to {@code <uitvoer>/vergelijk-<runA>-<runB>/}. A simulation that already
 * completed with the same policy and inputs is reused, so comparing again is fast.
 */
@Service
public class Vergelijking {

    private final RondeStarter starter;
    private final Rondes rondes;
    private final VergelijkingGegevens gegevens;
    private final RondeRegister register;

    Vergelijking(RondeStarter starter, Rondes rondes, VergelijkingGegevens gegevens, RondeRegister register) {
        this.starter = starter;
        this.rondes = rondes;
        this.gegevens = gegevens;
        this.register = register;
    }

    /** Runs both simulations and writes the comparison; returns its folder. */
    public Path vergelijk(Varianten opdracht, PrintStream uit) throws IOException {
        Map<String, String> overridesA = new TreeMap<>(opdracht.overridesA());
        Map<String, String> overridesB = new TreeMap<>(opdracht.overridesB());
        if (opdracht.uitvoer() != null) {
            String map = opdracht.uitvoer().toAbsolutePath().normalize().toString();
            overridesA.put("uitvoer", map);
            overridesB.put("uitvoer", map);
        }
        // Each job reads its own inputs (a year-over-year comparison: 2025 against 2026); inputs given on the
        // command line are in both override maps, so then both read those.

        uit.println("Variant A: " + beschrijving(opdracht.jobA(), opdracht.overridesA()));
        String runA = starter.start(new StartOpdracht(opdracht.jobA(), overridesA, opdracht.opnieuw(),
                RunSoort.SIMULATIE, true), uit).runId();
        uit.println("Variant B: " + beschrijving(opdracht.jobB(), opdracht.overridesB()));
        String runB = starter.start(new StartOpdracht(opdracht.jobB(), overridesB, opdracht.opnieuw(),
                RunSoort.SIMULATIE, true), uit).runId();

        Ronde a = rondes.laad(runA);
        Ronde b = rondes.laad(runB);
        VergelijkingCijfers cijfers = gegevens.lees(a, beschrijving(opdracht.jobA(), opdracht.overridesA()), b,
                beschrijving(opdracht.jobB(), opdracht.overridesB()), opdracht.aantal(), zelfdeInvoer(runA, runB));
        Path basis = opdracht.uitvoer() != null ? opdracht.uitvoer().toAbsolutePath().normalize()
                : a.map().getParent();
        Path map = basis.resolve("vergelijk-" + runA + "-" + runB);
        VergelijkingCsv.schrijf(map, cijfers, a.config().csvDialect());
        VergelijkingPdf.schrijf(map, cijfers);

        VergelijkingCijfers.Verschillen v = cijfers.verschillen();
        uit.println("Vergelijking " + runA + " / " + runB + ": huursom " + Opmaak.procent(cijfers.a().huursom().pct())
                + " / " + Opmaak.procent(cijfers.b().huursom().pct()) + "; " + (v.geen() ? "geen verschillen"
                : v.hogerInB() + " contracten hoger en " + v.lagerInB() + " lager onder B"));
        if (v.alleenInA() + v.alleenInB() > 0) {
            uit.println("  alleen in A: " + v.alleenInA() + " contracten, alleen in B: " + v.alleenInB()
                    + " (gekoppeld op contract_id)");
        }
        uit.println("  uitvoer: " + map);
        return map;
    }

    /** Both runs read the same extracts (same checksums): then every difference is the policy's. */
    private boolean zelfdeInvoer(String runA, String runB) {
        return register.invoer(runA).stream().map(i -> i.bestand() + ":" + i.sha256()).toList()
                .equals(register.invoer(runB).stream().map(i -> i.bestand() + ":" + i.sha256()).toList());
    }

    /** The job file's name and the policy overrides, as staff recognise the variant (no paths). */
    static String beschrijving(Path job, Map<String, String> overrides) {
        String parameters = new TreeMap<>(overrides).entrySet().stream()
                .filter(e -> !e.getKey().startsWith("invoer.") && !e.getKey().equals("uitvoer"))
                .map(e -> e.getKey() + "=" + e.getValue())
                .collect(Collectors.joining(", "));
        return job.getFileName() + (parameters.isEmpty() ? "" : " met " + parameters);
    }
}
