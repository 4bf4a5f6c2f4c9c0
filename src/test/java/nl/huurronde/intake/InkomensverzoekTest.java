package nl.huurronde.intake;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;

import nl.huurronde.Huurronde;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code huurronde inkomensverzoek} through the real program on the 2026 job with a small roll: only the
 * addresses that may get an IAH, each once, only the four address fields; rejected rows named, not sent.
 */
class InkomensverzoekTest {

    @TempDir
    Path tmp;

    /** contract_id, huisnummer, huisletter, toevoeging, postcode, woningtype, sector, kale_huur, streefhuur, chronisch_ziek, huurbevriezing */
    private static String rij(String id, String nr, String letter, String toev, String postcode, String type,
                              String sector, String kale, String streef, String ziek, String bevroren) {
        return String.join(",", id, "V" + id, "Naam " + id, "Dorpsstraat", nr, letter, toev, postcode, "Zwolle", type,
                "2015-01-01", "500.00", sector, kale, "10.00", "1100.00", "150", streef, ziek, bevroren, "", "") + "\n";
    }

    private Path rol() {
        String inhoud = Bestanden.HUURDERS_KOP + "\n"
                + rij("C1", "1", "A", "2 hoog", "8011 ab", "ZELFSTANDIG", "SOCIAAL", "600.00", "900.00", "N", "N")
                + rij("C2", "1", "a", "2HOOG", "8011AB", "ZELFSTANDIG", "SOCIAAL", "610.00", "900.00", "N", "N")
                + rij("C3", "3", "", "", "8011AB", "ZELFSTANDIG", "SOCIAAL", "600.00", "900.00", "N", "J")
                + rij("C4", "4", "", "", "8011AB", "ZELFSTANDIG", "SOCIAAL", "600.00", "900.00", "J", "N")
                + rij("C5", "5", "", "", "8011AB", "ZELFSTANDIG", "SOCIAAL", "950.00", "900.00", "N", "N")
                + rij("C6", "6", "", "", "8011AB", "ONZELFSTANDIG", "SOCIAAL", "400.00", "900.00", "N", "N")
                + rij("C7", "7", "", "", "8011AB", "ZELFSTANDIG", "VRIJ", "1300.00", "1400.00", "N", "N")
                + rij("C8", "8", "", "", "801 AB", "ZELFSTANDIG", "SOCIAAL", "600.00", "900.00", "N", "N")
                + rij("C9", "9", "", "", "", "ZELFSTANDIG", "SOCIAAL", "600.00", "900.00", "N", "N")
                + rij("C10", "10", "", "a;b", "9999ZZ", "ZELFSTANDIG", "SOCIAAL", "600.00", "900.00", "N", "N");
        return Bestanden.schrijf(tmp, "huurders.csv", inhoud);
    }

    @Test
    void alleenDeAdressenMetMogelijkeIahElkEenKeerZonderKopregel() throws Exception {
        Path uit = tmp.resolve("verzoek/inkomensverzoek.csv");
        Huurronde.Uitkomst u = Huurronde.h2(tmp.resolve("data")).voer("inkomensverzoek", "--job", "jobs/2026.yml",
                "--huurders", rol().toString(), "--uit", uit.toString());
        assertThat(u.code()).as(u.toString()).isZero();
        assertThat(u.uit()).contains("2 adressen (van 10 contracten",
                "niet verstuurd: 2 afgewezen regels van huurders.csv",
                "huurders.csv regel 9, kolom postcode: ongeldige postcode",
                "huurders.csv regel 10, kolom postcode: verplichte waarde ontbreekt");
        assertThat(Files.readString(uit, StandardCharsets.UTF_8))
                .isEqualTo("8011AB;1;A;2 hoog\r\n9999ZZ;10;;\"a;b\"\r\n");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(uit))).isEqualTo("rw-------");
        // no database was started for it
        assertThat(tmp.resolve("data")).doesNotExist();
    }

    @Test
    void scheidingstekenEnKopregelInstelbaar() throws Exception {
        Path uit = tmp.resolve("verzoek.csv");
        Huurronde.Uitkomst u = Huurronde.h2(tmp.resolve("data")).voer("inkomensverzoek", "--job", "jobs/2026.yml",
                "--huurders", rol().toString(), "--uit", uit.toString(), "--scheidingsteken", ",", "--kopregel");
        assertThat(u.code()).as(u.toString()).isZero();
        assertThat(Files.readString(uit, StandardCharsets.UTF_8)).isEqualTo(
                "postcode,huisnummer,huisletter,huisnummertoevoeging\r\n8011AB,1,A,2 hoog\r\n9999ZZ,10,,a;b\r\n");

        Huurronde.Uitkomst fout = Huurronde.h2(tmp.resolve("data")).voer("inkomensverzoek", "--job", "jobs/2026.yml",
                "--uit", uit.toString(), "--scheidingsteken", "|");
        assertThat(fout.code()).as(fout.toString()).isEqualTo(2);
        assertThat(fout.fout()).contains("--scheidingsteken verwacht ; , of tab");
    }

    @Test
    void eenRondeZonderIahBandenHeeftGeenVerzoekNodig() {
        Huurronde.Uitkomst u = Huurronde.h2(tmp.resolve("data")).voer("inkomensverzoek", "--job", "jobs/2021.yml",
                "--uit", tmp.resolve("v.csv").toString());
        assertThat(u.code()).as(u.toString()).isEqualTo(1);
        assertThat(u.fout()).contains("geen IAH-banden");
        assertThat(tmp.resolve("v.csv")).doesNotExist();
    }
}
