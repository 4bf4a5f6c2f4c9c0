package nl.huurronde.genereer;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import nl.huurronde.Huurronde;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code huurronde genereer}: what it wrote in Dutch, not a record's toString (issue #24 item 8). */
class GenereerOpdrachtTest {

    @TempDir
    Path tmp;

    @Test
    void zegtInHetNederlandsWatHetSchreef() throws Exception {
        Path uit = tmp.resolve("set");
        Huurronde.Uitkomst u = Huurronde.h2(tmp.resolve("data")).voer("genereer", "--aantal", "1000", "--uit",
                uit.toString(), "--seed", "3", "--jaar", "2025");
        assertThat(u.code()).as(u.toString()).isZero();
        Samenvatting s = Generator.schrijf(tmp.resolve("zelfde"), 1000, 3, 2025,
                Opties.standaard().metInkomensantwoord(true));
        assertThat(s.bedoeldAfgewezen()).isPositive();
        assertThat(u.uit()).isEqualTo("Gegenereerd in " + uit.toAbsolutePath() + ": 1000 contracten, " + s.personen()
                + " personen, " + s.inkomens() + " inkomensregels, " + s.bedoeldAfgewezen() + " opzettelijk foute regels "
                + "(huurders.csv " + s.afgewezenHuurders() + ", brp.csv " + s.afgewezenBrp() + ", inkomen.csv "
                + s.afgewezenInkomen() + ", medehuurders.csv " + s.afgewezenMedehuurders()
                + "; de run wijst ze af); bestanden: huurders.csv, brp.csv, inkomen.csv, medehuurders.csv ("
                + s.medehuurders() + " medehuurders), inkomensantwoord.zip (" + s.antwoorden() + " adressen, " + s.verklaringen() + " huishoudverklaringen)\n");
        assertThat(s.verklaringen()).isPositive().isLessThan(s.antwoorden());
        assertThat(u.uit()).doesNotContain("Samenvatting[", "=");
        assertThat(tmp.resolve("data")).doesNotExist();
    }

    @Test
    void eenJaarZonderWetIsEenGebruiksfoutInEenRegel() {
        Huurronde.Uitkomst u = Huurronde.h2(tmp.resolve("data")).voer("genereer", "--aantal", "10", "--uit",
                tmp.resolve("set").toString(), "--jaar", "2031");
        assertThat(u.code()).as(u.toString()).isEqualTo(2);
        assertThat(u.fout()).startsWith("fout: jaar moet tussen ").doesNotContain("IllegalArgumentException");
    }

    @Test
    void eenEnkelvoudBlijftEnkelvoud() {
        assertThat(new Samenvatting(1, 1, 1, 0, 0, 0, 0, 0).tekst()).isEqualTo("1 contract, 1 persoon, 1 inkomensregel, "
                + "0 opzettelijk foute regels; bestanden: huurders.csv, brp.csv, inkomen.csv");
        assertThat(new Samenvatting(2, 3, 4, 0, 0, 0, 0, 2).tekst()).contains("2 inkomenscategorieregels")
                .endsWith(", inkomenscategorie.csv");
    }
}
