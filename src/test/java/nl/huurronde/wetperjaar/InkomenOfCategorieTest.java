package nl.huurronde.wetperjaar;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The two income inputs are interchangeable when they agree: the 2025 roll once with incomes per
 * person (inkomen.csv) and once with the Belastingdienst's category per address
 * (inkomenscategorie.csv, written to match what those incomes give: HOOG for G04 and G13 — the
 * latter only through the under-23 exemption — ZEER_HOOG for G06, G07 and G08, ONBEKEND for the
 * NIET_VASTGESTELD household G16, no row for G17 where nobody lives, LAAG for the rest). The
 * command line's {@code --inkomenscategorie F} replaces the job's inkomen.csv.
 */
class InkomenOfCategorieTest {

    @TempDir
    Path tmp;

    @Test
    void zelfdeVoorstellenMetInkomenOfCategorie() throws IOException {
        Path invoer = Jaarronde.INVOER.resolve("2025");
        Jaarronde.Resultaat metInkomen = Jaarronde.voer(tmp.resolve("inkomen"), "2025.yml", "2025",
                RondePerJaarTest.MIDDEN_OP_WETTELIJK_MAXIMUM);

        List<String> args = new ArrayList<>(List.of("run", "--job", "jobs/2025.yml",
                "--huurders", invoer.resolve("huurders.csv").toString(),
                "--brp", invoer.resolve("brp.csv").toString(),
                "--inkomenscategorie", invoer.resolve("inkomenscategorie.csv").toString()));
        args.addAll(List.of(RondePerJaarTest.MIDDEN_OP_WETTELIJK_MAXIMUM));
        Jaarronde.Resultaat metCategorie = Jaarronde.voerUit(tmp.resolve("categorie"), args);

        // really the other input: the category run read no inkomen.csv
        assertThat(metCategorie.runJson()).contains("inkomenscategorie.csv").doesNotContain("\"inkomen.csv\"");
        assertThat(metInkomen.runJson()).contains("\"inkomen.csv\"");

        Jaarronde.vergelijk(metCategorie, RondePerJaarTest.VERWACHT_2025);
        assertThat(Files.readString(metCategorie.runMap().resolve("audit.csv")))
                .isEqualTo(Files.readString(metInkomen.runMap().resolve("audit.csv")));
        assertThat(Files.readString(metCategorie.runMap().resolve("financieel.csv")))
                .isEqualTo(Files.readString(metInkomen.runMap().resolve("financieel.csv")));
    }
}
