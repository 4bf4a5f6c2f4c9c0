package nl.huurronde.rapport;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import nl.huurronde.policy.BeleidFout;
import nl.huurronde.policy.Invoer;
import nl.huurronde.policy.JobConfig;
import nl.huurronde.policy.JobFileLoader;
import nl.huurronde.ronde.Ronde;
import nl.huurronde.ronde.RondeFout;
import nl.huurronde.ronde.RondeStarter;
import nl.huurronde.ronde.Rondes;
import nl.huurronde.ronde.RunSoort;
import nl.huurronde.ronde.StartOpdracht;
import org.springframework.stereotype.Service;

/**
 * Compares two policy variants for rent-policy staff (the {@code vergelijk} command): runs both as
 * simulations on the same inputs (those of A), then writes {@code vergelijking.csv} and
 * {@code vergelijking.pdf} to {@code <uitvoer>/vergelijk-<runA>-<runB>/}. A simulation that already
 * completed with the same policy and inputs is reused, so comparing again is fast.
 */
@Service
public class Vergelijking {

    private final RondeStarter starter;
    private final Rondes rondes;
    private final VergelijkingGegevens gegevens;

    Vergelijking(RondeStarter starter, Rondes rondes, VergelijkingGegevens gegevens) {
        this.starter = starter;
        this.rondes = rondes;
        this.gegevens = gegevens;
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
        overridesB.putAll(invoerVan(laad(opdracht.jobA(), overridesA)));

        uit.println("Variant A: " + beschrijving(opdracht.jobA(), opdracht.overridesA()));
        String runA = starter.start(new StartOpdracht(opdracht.jobA(), overridesA, opdracht.opnieuw(),
                RunSoort.SIMULATIE), uit).runId();
        uit.println("Variant B: " + beschrijving(opdracht.jobB(), opdracht.overridesB()));
        String runB = starter.start(new StartOpdracht(opdracht.jobB(), overridesB, opdracht.opnieuw(),
                RunSoort.SIMULATIE), uit).runId();

        Ronde a = rondes.laad(runA);
        Ronde b = rondes.laad(runB);
        VergelijkingCijfers cijfers = gegevens.lees(a, beschrijving(opdracht.jobA(), opdracht.overridesA()), b,
                beschrijving(opdracht.jobB(), opdracht.overridesB()), opdracht.aantal());
        Path basis = opdracht.uitvoer() != null ? opdracht.uitvoer().toAbsolutePath().normalize()
                : a.map().getParent();
        Path map = basis.resolve("vergelijk-" + runA + "-" + runB);
        VergelijkingCsv.schrijf(map, cijfers, a.config().csvDialect());
        VergelijkingPdf.schrijf(map, cijfers);

        VergelijkingCijfers.Verschillen v = cijfers.verschillen();
        uit.println("Vergelijking " + runA + " / " + runB + ": huursom " + Opmaak.procent(cijfers.a().huursom().pct())
                + " / " + Opmaak.procent(cijfers.b().huursom().pct()) + "; " + (v.geen() ? "geen verschillen"
                : v.hogerInB() + " contracten hoger en " + v.lagerInB() + " lager onder B"));
        uit.println("  uitvoer: " + map);
        return map;
    }

    /** The input files of A as overrides, so B reads exactly the same extracts, decoded the same way. */
    private static Map<String, String> invoerVan(JobConfig config) {
        Invoer invoer = config.invoer();
        Map<String, String> paden = new LinkedHashMap<>();
        paden.put("invoer.huurders", absoluut(invoer.huurders()));
        paden.put("invoer.brp", absoluut(invoer.brp()));
        String inkomen = invoer.inkomenscategorie() != null ? "inkomenscategorie" : "inkomen";
        String anderInkomen = invoer.inkomenscategorie() != null ? "inkomen" : "inkomenscategorie";
        paden.put("invoer." + inkomen, absoluut(invoer.inkomenscategorie() != null ? invoer.inkomenscategorie()
                : invoer.inkomen()));
        paden.put("invoer." + anderInkomen, ""); // an empty value removes the key
        // and A's encodings, file by file, instead of whatever B's job file says
        paden.put("invoer.encoding", "");
        paden.put("invoer.encodings.huurders", invoer.huurdersCodering().woord());
        paden.put("invoer.encodings.brp", invoer.brpCodering().woord());
        paden.put("invoer.encodings." + inkomen, invoer.inkomenCodering().woord());
        paden.put("invoer.encodings." + anderInkomen, "");
        return paden;
    }

    private static String absoluut(Path pad) {
        return pad.toAbsolutePath().normalize().toString();
    }

    private static JobConfig laad(Path job, Map<String, String> overrides) {
        try {
            return JobFileLoader.laad(job.toAbsolutePath().normalize(), overrides);
        } catch (BeleidFout e) {
            throw new RondeFout(e.getMessage());
        }
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
