package nl.huurronde.balie;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;

import nl.huurronde.Huurronde;
import nl.huurronde.regels.Reden;
import nl.huurronde.regels.Soort;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Usage errors of {@code huurronde web} (no server started), and the one table of sentences it shows. */
class WebOpdrachtTest {

    @TempDir
    Path tmp;

    @Test
    void verkeerdGebruikIsExitcode2() {
        Huurronde h = Huurronde.h2(tmp.resolve("data"));
        Huurronde.Uitkomst poort = h.voer("web", "--poort", "70000");
        assertThat(poort.code()).isEqualTo(2);
        assertThat(poort.fout()).startsWith("fout: --poort verwacht een poortnummer van 1 tot en met 65535");
        Huurronde.Uitkomst tekst = h.voer("web", "--poort", "acht");
        assertThat(tekst.code()).isEqualTo(2);
        assertThat(tekst.fout()).startsWith("fout: --poort verwacht een geheel getal");
        Huurronde.Uitkomst onbekend = h.voer("web", "--kleur", "rood");
        assertThat(onbekend.code()).isEqualTo(2);
        assertThat(onbekend.fout()).contains("--kleur");
    }

    @Test
    void elkeRedencodeEnSoortHeeftEenZin() {
        for (Reden r : Reden.values()) {
            assertThat(r.zin()).as(r.name()).matches("[A-Z].{10,}\\.");
        }
        for (Soort s : Soort.values()) {
            assertThat(s.zin()).as(s.name()).matches("[A-Z].{10,}\\.");
        }
        assertThat(Reden.values()).filteredOn(Reden::gezondheid).containsExactly(Reden.CHRONISCH_ZIEK);
    }
}
