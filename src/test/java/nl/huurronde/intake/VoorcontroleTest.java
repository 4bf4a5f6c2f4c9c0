package nl.huurronde.intake;

import static java.nio.charset.StandardCharsets.UTF_8;
import static nl.huurronde.intake.Bestanden.samen;
import static nl.huurronde.intake.Bestanden.schrijf;
import static nl.huurronde.intake.Bestanden.utf8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class VoorcontroleTest {

    @TempDir
    Path map;

    @Test
    void goedBestandGeeftShaEnAantalRecords() throws Exception {
        byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
        byte[] inhoud = samen(bom, utf8("bsn;peiljaar;status;extra;Nog Een\r\n1;2;3;4;5\r\n\r\n\"a\r\nb\";2;3;4;5\r\n6;7\r\n"));
        Path pad = schrijf(map, "inkomen-2020.csv", inhoud);
        BestandInfo info = Voorcontrole.controleer(pad, Bestandsoort.INKOMEN, UTF_8);
        assertThat(info.records()).isEqualTo(3);
        assertThat(info.onbekendeKolommen()).containsExactly("extra", "Nog Een");
        assertThat(info.sha256()).isEqualTo(HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(inhoud)));
    }

    @Test
    void deGoudenVoorbeeldenZijnGoed() throws Exception {
        Path map = Path.of(getClass().getResource("/intake/2020-swz").toURI());
        assertThat(Voorcontrole.controleer(map.resolve("huurders.csv"), Bestandsoort.HUURDERS, UTF_8).records()).isEqualTo(23);
        assertThat(Voorcontrole.controleer(map.resolve("brp.csv"), Bestandsoort.BRP, UTF_8).records()).isEqualTo(28);
        assertThat(Voorcontrole.controleer(map.resolve("inkomen.csv"), Bestandsoort.INKOMEN, UTF_8).records()).isEqualTo(25);
    }

    @Test
    void ongeldigeUtf8NoemtDeRegelVanDeEersteFouteByte() {
        StringBuilder tekst = new StringBuilder("bsn,peiljaar,status\n");
        for (int i = 0; i < 15; i++) {
            tekst.append("1,2,\"drie\nvier\"\n"); // 2 physical lines per record: lines 2..31
        }
        byte[] inhoud = samen(utf8(tekst + "1,2,Caf"), new byte[] {(byte) 0xE9}, utf8("\n1,2,3\n"),
                new byte[] {(byte) 0xFF}, utf8("\n"));
        Path pad = schrijf(map, "x.csv", inhoud);
        assertThatThrownBy(() -> Voorcontrole.controleer(pad, Bestandsoort.INKOMEN, UTF_8)).isInstanceOf(InvoerFout.class)
                .hasMessage("inkomen.csv regel 32: ongeldige UTF-8 (byte 0xE9); " + Voorcontrole.EXCEL_HINT);
    }

    @Test
    void ongeldigeUtf8NaEenGroteBufferBlijftDeJuisteRegelNoemen() {
        String regel = "1,2,3" + "x".repeat(90) + "\n";
        byte[] inhoud = samen(utf8("bsn,peiljaar,status\n" + regel.repeat(1000)), new byte[] {(byte) 0xC3, 0x28});
        Path pad = schrijf(map, "x.csv", inhoud);
        assertThatThrownBy(() -> Voorcontrole.controleer(pad, Bestandsoort.INKOMEN, UTF_8))
                .hasMessage("inkomen.csv regel 1002: ongeldige UTF-8 (byte 0xC3); " + Voorcontrole.EXCEL_HINT);
    }

    @Test
    void afgebrokenUtf8AanHetEinde() {
        Path pad = schrijf(map, "x.csv", samen(utf8("bsn,peiljaar,status\n1,2,3\n4,5,"), new byte[] {(byte) 0xE2, (byte) 0x82}));
        assertThatThrownBy(() -> Voorcontrole.controleer(pad, Bestandsoort.INKOMEN, UTF_8))
                .hasMessage("inkomen.csv regel 3: ongeldige UTF-8 (byte 0xE2); " + Voorcontrole.EXCEL_HINT);
    }

    @Test
    void utf16IsGeenUtf8() {
        Path pad = schrijf(map, "x.csv", samen(new byte[] {(byte) 0xFF, (byte) 0xFE}, utf8("b")));
        assertThatThrownBy(() -> Voorcontrole.controleer(pad, Bestandsoort.BRP, UTF_8))
                .hasMessage("brp.csv regel 1: ongeldige UTF-8 (byte 0xFF); " + Voorcontrole.EXCEL_HINT);
    }

    @Test
    void aanhalingstekenNietGesloten() {
        Path pad = schrijf(map, "x.csv", "bsn,peiljaar,status\n1,2,3\n4,\"5,6\n7,8,9\n");
        assertThatThrownBy(() -> Voorcontrole.controleer(pad, Bestandsoort.INKOMEN, UTF_8))
                .hasMessage("inkomen.csv regel 3: aanhalingsteken niet gesloten aan het einde van het bestand");
    }

    @Test
    void ontbrekendeKolom() {
        Path pad = schrijf(map, "x.csv", "postcode,huisnummer,geboortedatum\n1234AB,1,2000-01-01\n");
        assertThatThrownBy(() -> Voorcontrole.controleer(pad, Bestandsoort.BRP, UTF_8))
                .hasMessage("brp.csv: verplichte kolom 'bsn' ontbreekt");
        Path tweeWeg = schrijf(map, "y.csv", "postcode,huisnummer\n1234AB,1\n");
        assertThatThrownBy(() -> Voorcontrole.controleer(tweeWeg, Bestandsoort.BRP, UTF_8))
                .hasMessage("brp.csv: verplichte kolommen 'bsn', 'geboortedatum' ontbreken");
    }

    @Test
    void dubbeleKolomHoofdletterOngevoelig() {
        Path pad = schrijf(map, "x.csv", "bsn,peiljaar,status, BSN \n1,2,3,4\n");
        assertThatThrownBy(() -> Voorcontrole.controleer(pad, Bestandsoort.INKOMEN, UTF_8))
                .hasMessage("inkomen.csv: kolom 'bsn' staat meer dan eens in de kopregel");
        Path onbekend = schrijf(map, "y.csv", "bsn,peiljaar,Opm,status,opm\n1,2,3,4,5\n");
        assertThatThrownBy(() -> Voorcontrole.controleer(onbekend, Bestandsoort.INKOMEN, UTF_8))
                .hasMessage("inkomen.csv: kolommen 3 en 5 hebben dezelfde naam");
    }

    @Test
    void bestandZonderKopregelToontGeenGegevens() {
        Path pad = schrijf(map, "x.csv", "100000010,2018,2018,VASTGESTELD\n100000022,2018,1,VASTGESTELD\n");
        assertThatThrownBy(() -> Voorcontrole.controleer(pad, Bestandsoort.INKOMEN, UTF_8))
                .hasMessage("inkomen.csv: verplichte kolommen 'bsn', 'peiljaar', 'status' ontbreken");
    }

    @Test
    void scheidingstekenUitDeKopregelOokMetAanhalingstekens() throws Exception {
        Path pad = schrijf(map, "x.csv", "\n\"bsn\";\"peil,jaar\";peiljaar;\"sta\"\"tus\";status\n1;2;3;4;5\n");
        try (CsvLezer lezer = CsvLezer.open(pad, Bestandsoort.INKOMEN, UTF_8)) {
            assertThat(lezer.scheidingsteken()).isEqualTo(';');
            assertThat(lezer.onbekendeKolommen()).containsExactly("peil,jaar", "sta\"tus");
            CsvRecord r = lezer.volgende();
            assertThat(r.regel()).isEqualTo(3);
            assertThat(r.waarde("status")).isEqualTo("5");
        }
    }

    @Test
    void leegBestandEnAlleenKopregel() {
        Path leeg = schrijf(map, "leeg.csv", "");
        assertThatThrownBy(() -> Voorcontrole.controleer(leeg, Bestandsoort.HUURDERS, UTF_8))
                .hasMessage("huurders.csv: bestand is leeg (geen kopregel)");
        Path kop = schrijf(map, "kop.csv", Bestanden.HUURDERS_KOP + "\r\n\r\n  \r\n");
        assertThatThrownBy(() -> Voorcontrole.controleer(kop, Bestandsoort.HUURDERS, UTF_8))
                .hasMessage("huurders.csv: geen gegevensregels");
        Path inkomen = schrijf(map, "inkomen.csv", "bsn,peiljaar,status");
        assertThatThrownBy(() -> Voorcontrole.controleer(inkomen, Bestandsoort.INKOMEN, UTF_8))
                .hasMessage("inkomen.csv: geen gegevensregels");
    }

    @Test
    void ontbrekendBestand() {
        Path pad = map.resolve("bestaat-niet.csv");
        assertThatThrownBy(() -> Voorcontrole.controleer(pad, Bestandsoort.BRP, UTF_8))
                .hasMessage("brp.csv: bestand niet gevonden: " + pad);
        assertThatThrownBy(() -> Voorcontrole.controleer(map, Bestandsoort.BRP, UTF_8))
                .isInstanceOf(InvoerFout.class).hasMessageStartingWith("brp.csv: bestand niet leesbaar");
    }

    @Test
    void nulByteEnTienMegabyteVeldZijnGeenBestandsfout() throws Exception {
        String groot = "x".repeat(10 * 1024 * 1024);
        Path pad = schrijf(map, "x.csv", "bsn,peiljaar,status\n1,\u0000,3\n" + groot + ",2,3\n");
        assertThat(Voorcontrole.controleer(pad, Bestandsoort.INKOMEN, UTF_8).records()).isEqualTo(2);
    }

    @Test
    void eenGrootBestandWordtStromendGeteld() throws Exception {
        Path pad = map.resolve("groot.csv");
        try (var uit = Files.newBufferedWriter(pad)) {
            uit.write("bsn,peiljaar,status\n");
            for (int i = 0; i < 300_000; i++) {
                uit.write("100000010,2018,VASTGESTELD\n");
            }
        }
        assertThat(Voorcontrole.controleer(pad, Bestandsoort.INKOMEN, UTF_8).records()).isEqualTo(300_000);
    }

    @Test
    void rijenMetAlleenLegeVeldenTellenNietMeeEnDeLezerSlaatDezelfdeOver() throws Exception {
        // what Excel leaves below the data: rows of separators, also with spaces, quoted empties or a TAB
        Path pad = schrijf(map, "x.csv", "bsn;peiljaar;status\r\n100000010;2018;VASTGESTELD\r\n;;\r\n ; ;\t\r\n"
                + "\"\";\" \";\r\n;;;;;;\r\n;2018;\r\n;;\r\n;;");
        BestandInfo info = Voorcontrole.controleer(pad, Bestandsoort.INKOMEN, UTF_8);
        assertThat(info.records()).isEqualTo(2);
        assertThat(Bestanden.alles(pad, Bestandsoort.INKOMEN)).extracting(CsvRecord::regel).containsExactly(2L, 7L);
        // a file of nothing but such rows has no data
        Path leeg = schrijf(map, "leeg.csv", "bsn,peiljaar,status\n,,\n,,\n");
        assertThatThrownBy(() -> Voorcontrole.controleer(leeg, Bestandsoort.INKOMEN, UTF_8))
                .hasMessage("inkomen.csv: geen gegevensregels");
    }
}
