package nl.huurronde.wetperjaar;

import nl.huurronde.PdfTekst;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import nl.huurronde.CsvBestand;
import nl.huurronde.Golden;
import nl.huurronde.Huurronde;

/**
 * One round of the real program: the year's own job file from {@code jobs/}, with the small
 * hand-written roll of {@code src/test/resources/wetperjaar/<jaar>/} as its input.
 */
final class Jaarronde {

    static final Path INVOER = Path.of("src/test/resources/wetperjaar");

    private Jaarronde() {}

    /** What came out of one run. */
    record Resultaat(Huurronde.Uitkomst uitkomst, Path runMap) {

        Map<String, Map<String, String>> audit() {
            try {
                return CsvBestand.perSleutel(runMap.resolve("audit.csv"), "contract_id");
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        String runJson() {
            try {
                return Files.readString(runMap.resolve("run.json"));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        /** The per-contract letter read back with PDFBox, whitespace flattened (phrases may wrap). */
        String brief(String contractId) {
            return PdfTekst.lees(runMap.resolve("brieven").resolve(contractId + ".pdf")).plat();
        }
    }

    /**
     * Runs {@code jobs/<job>} on the roll of {@code wetperjaar/<map>/} (huurders, brp, inkomen) and
     * expects success with nothing rejected.
     */
    static Resultaat voer(Path tmp, String job, String map, String... extra) {
        Path invoer = INVOER.resolve(map);
        List<String> args = new ArrayList<>(List.of("run", "--job", "jobs/" + job,
                "--huurders", invoer.resolve("huurders.csv").toString(),
                "--brp", invoer.resolve("brp.csv").toString(),
                "--inkomen", invoer.resolve("inkomen.csv").toString()));
        args.addAll(Arrays.asList(extra));
        return voerUit(tmp, args);
    }

    /** Same, with the arguments after {@code run --job jobs/<job>} given in full. */
    static Resultaat voerUit(Path tmp, List<String> args) {
        Path uitvoer = tmp.resolve("uit");
        List<String> alle = new ArrayList<>(args);
        alle.addAll(List.of("--uitvoer", uitvoer.toString()));
        Huurronde.Uitkomst u = Huurronde.h2(tmp.resolve("data")).voer(alle.toArray(String[]::new));
        assertThat(u.code()).as(u.toString()).isZero();
        try {
            Path run = Golden.runMap(uitvoer);
            assertThat(CsvBestand.lees(run.resolve("afgewezen.csv"))).as("afgewezen.csv").isEmpty();
            return new Resultaat(u, run);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The expected audit row of one contract, worked out by hand from the year's law and job file.
     *
     * @param categorie inkomen_categorie (LAAG, ONBEKEND, NVT or a band of the job)
     * @param redenen   reason codes in the order of rules.md §6, "|"-separated; "" for none
     */
    record Verwacht(String contractId, String soort, String categorie, String kaleHuurNieuw,
                    String verhogingPct, String inHuursom, String redenen) {}

    static Verwacht rij(String contractId, String soort, String categorie, String nieuw, String pct,
                        String inHuursom, String redenen) {
        return new Verwacht(contractId, soort, categorie, nieuw, pct, inHuursom, redenen);
    }

    /** Every contract of the roll is in audit.csv, each exactly as worked out by hand. */
    static void vergelijk(Resultaat resultaat, List<Verwacht> verwacht) {
        Map<String, Map<String, String>> audit = resultaat.audit();
        assertThat(audit.keySet()).containsExactlyInAnyOrderElementsOf(
                verwacht.stream().map(Verwacht::contractId).collect(Collectors.toList()));
        for (Verwacht v : verwacht) {
            Map<String, String> rij = audit.get(v.contractId());
            String context = v.contractId() + " " + rij;
            assertThat(rij.get("soort")).as(context + ": soort").isEqualTo(v.soort());
            assertThat(rij.get("inkomen_categorie")).as(context + ": inkomen_categorie").isEqualTo(v.categorie());
            assertThat(rij.get("kale_huur_nieuw")).as(context + ": kale_huur_nieuw").isEqualTo(v.kaleHuurNieuw());
            assertThat(rij.get("verhoging_pct")).as(context + ": verhoging_pct").isEqualTo(v.verhogingPct());
            assertThat(rij.get("in_huursom")).as(context + ": in_huursom").isEqualTo(v.inHuursom());
            assertThat(rij.get("redenen")).as(context + ": redenen").isEqualTo(v.redenen());
        }
    }

    /** The small rolls are balanced so that the huursom cap does not bind: every figure above holds as is. */
    static void geenHuursomCap(Resultaat resultaat) {
        assertThat(resultaat.uitkomst().uit()).contains("huursom cap: niet nodig");
        assertThat(resultaat.runJson()).contains("\"cap\": null");
    }
}
