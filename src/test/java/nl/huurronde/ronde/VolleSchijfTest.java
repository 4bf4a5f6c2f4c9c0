package nl.huurronde.ronde;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import nl.huurronde.Golden;
import nl.huurronde.Proces;
import nl.huurronde.genereer.Generator;
import nl.huurronde.genereer.Opties;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The output disk fills up during the letters (ENOSPC on a small tmpfs, a real file system): one clear
 * line, no letter or CSV under its final name that is incomplete, no manifest saying VOLTOOID; once
 * space is freed the same command resumes and the result equals an uninterrupted run. Mounting needs
 * root: CI runs as root; elsewhere the test is skipped with the reason.
 */
class VolleSchijfTest {

    @TempDir
    Path tmp;
    private Path schijf;

    @AfterEach
    void ontkoppel() throws Exception {
        if (schijf != null) {
            opdracht("umount", schijf.toString());
        }
    }

    @Test
    void volleSchijfGeeftEenFoutEnNaHetVrijmakenHervatDeRun() throws Exception {
        schijf = Files.createDirectory(tmp.resolve("schijf"));
        assumeTrue(opdracht("mount", "-t", "tmpfs", "-o", "size=1m,mode=0700", "tmpfs", schijf.toString()) == 0,
                "een kleine tmpfs koppelen kan alleen als root (in CI wel)");
        Path invoer = tmp.resolve("invoer");
        Generator.schrijf(invoer, 1200, 5, 2025, Opties.standaard());
        List<String> basis = List.of("run", "--job", "jobs/2025.yml", "--huurders",
                invoer.resolve("huurders.csv").toString(), "--brp", invoer.resolve("brp.csv").toString(),
                "--inkomen", invoer.resolve("inkomen.csv").toString(), "--parameter", "brieven=per-contract",
                "--huurronde.chunk-grootte=100");

        Path uitVol = schijf.resolve("uit");
        List<String> vol = met(basis, "--uitvoer", uitVol.toString(), "--huurronde.data=" + tmp.resolve("data-vol"));
        Path log = tmp.resolve("1.log");
        assertThat(Proces.draai(log, vol)).as(Files.readString(log)).isEqualTo(1);
        assertThat(Files.readString(log)).contains("fout: de schijf van de uitvoermap is vol", "hervat")
                .doesNotContain("\tat ");
        Path run = Golden.runMap(uitVol);
        assertThat(run.resolve("audit.csv")).doesNotExist();
        assertThat(run.resolve("run.json")).doesNotExist();
        List<Path> brieven = pdfs(run);
        assertThat(brieven).isNotEmpty().hasSizeLessThan(1200);
        for (Path brief : brieven) {
            try (PDDocument pdf = Loader.loadPDF(brief.toFile())) { // complete, or it would not parse
                assertThat(pdf.getNumberOfPages()).isPositive();
            }
        }

        assertThat(opdracht("mount", "-o", "remount,size=128m", schijf.toString())).isZero();
        Path log2 = tmp.resolve("2.log");
        // completed, with the generated roll's deliberately bad rows
        assertThat(Proces.draai(log2, vol)).as(Files.readString(log2)).isEqualTo(3);
        assertThat(Files.readString(log2)).contains("wordt hervat", "voltooid");

        Path schoon = tmp.resolve("schoon");
        Path log3 = tmp.resolve("3.log");
        assertThat(Proces.draai(log3, met(basis, "--uitvoer", schoon.toString(),
                "--huurronde.data=" + tmp.resolve("data-schoon")))).as(Files.readString(log3)).isEqualTo(3);
        Path schoneRun = Golden.runMap(schoon);
        for (String csv : HervattenNaKillTest.CSV) {
            if (Files.exists(schoneRun.resolve(csv))) {
                assertThat(Files.readString(run.resolve(csv))).as(csv).isEqualTo(Files.readString(schoneRun.resolve(csv)));
            }
        }
        assertThat(namen(pdfs(run))).isEqualTo(namen(pdfs(schoneRun)));
        try (Stream<Path> rest = Files.walk(run)) {
            assertThat(rest.filter(p -> p.getFileName().toString().endsWith(".tmp"))).isEmpty();
        }
    }

    private static List<String> met(List<String> basis, String... extra) {
        List<String> args = new ArrayList<>(basis);
        args.addAll(List.of(extra));
        return args;
    }

    private static List<Path> pdfs(Path run) throws Exception {
        try (Stream<Path> bestanden = Files.walk(run)) {
            return bestanden.filter(p -> p.getFileName().toString().endsWith(".pdf")).sorted().toList();
        }
    }

    private static List<String> namen(List<Path> paden) {
        return paden.stream().map(p -> p.getFileName().toString()).toList();
    }

    private static int opdracht(String... opdracht) throws Exception {
        Process p = new ProcessBuilder(opdracht).redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .start();
        return p.waitFor(1, TimeUnit.MINUTES) ? p.exitValue() : -1;
    }
}
