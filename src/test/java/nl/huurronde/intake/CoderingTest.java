package nl.huurronde.intake;

import static java.nio.charset.StandardCharsets.UTF_8;
import static nl.huurronde.intake.Bestanden.samen;
import static nl.huurronde.intake.Bestanden.schrijf;
import static nl.huurronde.intake.Bestanden.utf8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.Charset;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Inputs in another encoding than UTF-8 (issue #24, item 5): decoded strictly, by pre-check and reader alike. */
class CoderingTest {

    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");
    private static final Charset ISO_8859_15 = Charset.forName("ISO-8859-15");
    private static final String KOP = "postcode;huisnummer;bsn;geboortedatum;rol\r\n";

    @TempDir
    Path map;

    @Test
    void windows1252UitExcelGeeftDeJuisteLetters() throws Exception {
        String tekst = KOP + "8011VM;1;100000010;1980-05-05;Hélène Ruïne-Voorbeëld “€”\r\n";
        Path pad = schrijf(map, "brp.csv", tekst.getBytes(WINDOWS_1252));
        assertThat(Voorcontrole.controleer(pad, Bestandsoort.BRP, WINDOWS_1252).records()).isEqualTo(1);
        assertThat(lees(pad, WINDOWS_1252)).singleElement()
                .satisfies(r -> assertThat(r.waarde("rol")).isEqualTo("Hélène Ruïne-Voorbeëld “€”"));
    }

    @Test
    void ongeldigeUtf8NoemtDeRegelEnWijstNaarDeOptie() {
        String tekst = KOP + "8011VM;1;100000010;1980-05-05;HUURDER\r\n8011VM;2;100000022;1975-01-01;Voorbeëld\r\n";
        Path pad = schrijf(map, "brp.csv", tekst.getBytes(WINDOWS_1252));
        assertThatThrownBy(() -> Voorcontrole.controleer(pad, Bestandsoort.BRP, UTF_8)).isInstanceOf(InvoerFout.class)
                .hasMessage("brp.csv regel 3: ongeldige UTF-8 (byte 0xEB); is dit bestand uit Excel? gebruik dan "
                        + "--encoding windows-1252 of invoer.encoding in het jobbestand");
        assertThatThrownBy(() -> lees(pad, UTF_8)).hasMessageContaining("regel 3").hasMessageContaining("--encoding");
    }

    @Test
    void eenByteDieWindows1252NietKentWordtGeweigerdMetZijnRegel() {
        for (int onbekend : new int[] {0x81, 0x8D, 0x8F, 0x90, 0x9D}) {
            Path pad = schrijf(map, "brp.csv", samen(utf8(KOP + "8011VM;1;100000010;1980-05-05;HUURDER\r\n"
                    + "8011VM;2;100000022;1975-01-01;HUUR"), new byte[] {(byte) onbekend}, utf8("DER\r\n")));
            String melding = String.format("brp.csv regel 3: ongeldige windows-1252 (byte 0x%02X is daarin geen teken)",
                    onbekend);
            assertThatThrownBy(() -> Voorcontrole.controleer(pad, Bestandsoort.BRP, WINDOWS_1252))
                    .hasMessageStartingWith(melding);
            assertThatThrownBy(() -> lees(pad, WINDOWS_1252)).hasMessageStartingWith(melding);
        }
    }

    @Test
    void eenUtf8BestandGelezenAlsWindows1252WordtGeweigerd() throws Exception {
        // the BOM of Excel's "CSV UTF-8": refused at once
        Path metBom = schrijf(map, "bom.csv", samen(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF},
                utf8(KOP + "8011VM;1;100000010;1980-05-05;HUURDER\r\n")));
        assertThatThrownBy(() -> Voorcontrole.controleer(metBom, Bestandsoort.BRP, WINDOWS_1252))
                .hasMessageStartingWith("brp.csv regel 1: dit bestand is UTF-8, geen windows-1252");
        // without BOM: it would decode as "VoorbeÃ«ld"; valid UTF-8 to the end means it is UTF-8
        Path zonderBom = schrijf(map, "utf8.csv", utf8(KOP + "8011VM;1;100000010;1980-05-05;HUURDER\r\n"
                + "8011VM;2;100000022;1975-01-01;Voorbeëld\r\n"));
        assertThatThrownBy(() -> Voorcontrole.controleer(zonderBom, Bestandsoort.BRP, WINDOWS_1252))
                .hasMessageStartingWith("brp.csv regel 3: dit bestand is UTF-8, geen windows-1252");
        // plain ASCII is the same in both: fine
        Path ascii = schrijf(map, "ascii.csv", utf8(KOP + "8011VM;1;100000010;1980-05-05;HUURDER\r\n"));
        assertThat(Voorcontrole.controleer(ascii, Bestandsoort.BRP, WINDOWS_1252).records()).isEqualTo(1);
    }

    @Test
    void iso885915KentDeEuroEnWeigertStuurtekens() throws Exception {
        Path euro = schrijf(map, "brp.csv", samen(utf8(KOP + "8011VM;1;100000010;1980-05-05;"),
                new byte[] {(byte) 0xA4, (byte) 0xE9}, utf8("\r\n")));
        assertThat(lees(euro, ISO_8859_15)).singleElement().satisfies(r -> assertThat(r.waarde("rol")).isEqualTo("€é"));
        // 0x80-0x9F are C1 controls in ISO-8859-15: such a file is really windows-1252
        Path c1 = schrijf(map, "c1.csv", samen(utf8(KOP + "8011VM;1;100000010;1980-05-05;"),
                new byte[] {(byte) 0x80}, utf8("\r\n")));
        assertThatThrownBy(() -> Voorcontrole.controleer(c1, Bestandsoort.BRP, ISO_8859_15))
                .hasMessageStartingWith("brp.csv regel 2: ongeldige iso-8859-15 (byte 0x80");
    }

    private static List<CsvRecord> lees(Path pad, Charset tekenset) throws Exception {
        List<CsvRecord> records = new ArrayList<>();
        try (CsvLezer lezer = CsvLezer.open(pad, Bestandsoort.BRP, tekenset)) {
            for (CsvRecord r = lezer.volgende(); r != null; r = lezer.volgende()) {
                records.add(r);
            }
        }
        return records;
    }
}
