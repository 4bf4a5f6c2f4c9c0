package nl.huurronde.intake;

import static java.nio.charset.StandardCharsets.UTF_8;
import static nl.huurronde.intake.Bestanden.alles;
import static nl.huurronde.intake.Bestanden.samen;
import static nl.huurronde.intake.Bestanden.schrijf;
import static nl.huurronde.intake.Bestanden.utf8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.Charset;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CsvLezerTest {

    @TempDir
    Path map;

    @Test
    void leestKommaBestandMetKolomnamenInKleineLetters() throws Exception {
        Path pad = schrijf(map, "x.csv", "BSN , Peiljaar,STATUS,verzamelinkomen\n100000010,2018,VASTGESTELD,30000.00\n");
        List<CsvRecord> records = alles(pad, Bestandsoort.INKOMEN);
        assertThat(records).singleElement().satisfies(r -> {
            assertThat(r.regel()).isEqualTo(2);
            assertThat(r.velden()).containsExactly(java.util.Map.entry("bsn", "100000010"),
                    java.util.Map.entry("peiljaar", "2018"), java.util.Map.entry("status", "VASTGESTELD"),
                    java.util.Map.entry("verzamelinkomen", "30000.00"));
            assertThat(r.veldenAantalFout()).isFalse();
        });
    }

    @Test
    void bomPuntkommaEnCrlf() throws Exception {
        byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
        Path pad = schrijf(map, "x.csv", samen(bom,
                utf8("bsn;peiljaar;status;verzamelinkomen\r\n100000010;2018;VASTGESTELD;30.000,00\r\n")));
        try (CsvLezer lezer = CsvLezer.open(pad, Bestandsoort.INKOMEN, UTF_8)) {
            assertThat(lezer.scheidingsteken()).isEqualTo(';');
            CsvRecord r = lezer.volgende();
            assertThat(r.waarde("bsn")).isEqualTo("100000010");
            assertThat(r.waarde("verzamelinkomen")).isEqualTo("30.000,00");
            assertThat(lezer.volgende()).isNull();
        }
    }

    @Test
    void quotedNewlineGeeftDeStartregelEnTeltDeFysiekeRegels() throws Exception {
        Path pad = schrijf(map, "x.csv", """
                a,bsn,peiljaar,status
                1,"regel een
                regel twee
                regel drie",x,y

                2,"met ""quotes"", en komma",x,y
                3,back\\slash,x,y
                """);
        List<CsvRecord> records = alles(pad, Bestandsoort.INKOMEN);
        assertThat(records).extracting(CsvRecord::regel).containsExactly(2L, 6L, 7L);
        assertThat(records.get(0).waarde("bsn")).isEqualTo("regel een\nregel twee\nregel drie");
        assertThat(records.get(1).waarde("bsn")).isEqualTo("met \"quotes\", en komma");
        assertThat(records.get(2).waarde("bsn")).isEqualTo("back\\slash");
    }

    @Test
    void legeRegelsWordenOvergeslagenOokMetSpatiesEnCrlf() throws Exception {
        Path pad = schrijf(map, "x.csv", "\r\nbsn,peiljaar,status\r\n\r\n   \r\n1,2,3\r\n\t\n4,5,6");
        List<CsvRecord> records = alles(pad, Bestandsoort.INKOMEN);
        assertThat(records).extracting(CsvRecord::regel).containsExactly(5L, 7L);
        assertThat(records.get(1).waarde("status")).isEqualTo("6");
    }

    @Test
    void verkeerdAantalVelden() throws Exception {
        Path pad = schrijf(map, "x.csv", "bsn,peiljaar,status\n1,2\n1,2,3,4\n1,2,3\n,,\n");
        List<CsvRecord> records = alles(pad, Bestandsoort.INKOMEN);
        // ",," has only empty fields: skipped like a blank line (issue #24), so three records
        assertThat(records).extracting(CsvRecord::veldenAantalFout).containsExactly(true, true, false);
        assertThat(records.get(0).velden()).containsOnlyKeys("bsn", "peiljaar");
        assertThat(records.get(1).velden()).containsOnlyKeys("bsn", "peiljaar", "status");
    }

    @Test
    void onbekendeEnNaamlozeKolommen() throws Exception {
        Path pad = schrijf(map, "x.csv", "bsn,Opmerking,peiljaar,status,\n1,x,2,3,\n");
        try (CsvLezer lezer = CsvLezer.open(pad, Bestandsoort.INKOMEN, UTF_8)) {
            assertThat(lezer.onbekendeKolommen()).containsExactly("Opmerking");
            CsvRecord r = lezer.volgende();
            assertThat(r.veldenAantalFout()).isFalse();
            assertThat(r.velden()).containsOnlyKeys("bsn", "opmerking", "peiljaar", "status");
        }
    }

    @Test
    void spatiesRondOmEenQuotedVeld() throws Exception {
        Path pad = schrijf(map, "x.csv", "bsn,peiljaar,status\n  \"a,b\"  ,x\"y,\"\"\n");
        CsvRecord r = alles(pad, Bestandsoort.INKOMEN).get(0);
        assertThat(Waarden.schoon(r.waarde("bsn"))).isEqualTo("a,b");
        assertThat(r.waarde("peiljaar")).isEqualTo("x\"y");
        assertThat(r.waarde("status")).isEmpty();
    }

    @Test
    void eenLosseCrIsGeenRegeleinde() throws Exception {
        Path pad = schrijf(map, "x.csv", "bsn,peiljaar,status\n\r=1+1,a\rb,c\n2,3,4\n");
        List<CsvRecord> records = alles(pad, Bestandsoort.INKOMEN);
        assertThat(records).hasSize(2);
        assertThat(records.get(0).waarde("bsn")).isEqualTo("\r=1+1");
        assertThat(records.get(0).waarde("peiljaar")).isEqualTo("a\rb");
        assertThat(records.get(1).regel()).isEqualTo(3);
    }

    @Test
    void eenVeldVanTienMegabyteWordtAfgekaptNietIngelezen() throws Exception {
        String groot = "x".repeat(10 * 1024 * 1024);
        Path pad = schrijf(map, "x.csv", "bsn,peiljaar,status\n1,\"" + groot + "\",3\n" + groot + ",2,3\n4,5,6\n");
        List<CsvRecord> records = alles(pad, Bestandsoort.INKOMEN);
        assertThat(records).hasSize(3);
        assertThat(records.get(0).waarde("peiljaar")).hasSize(Ontleder.MAX_VELD);
        assertThat(records.get(1).waarde("bsn")).hasSize(Ontleder.MAX_VELD);
        assertThat(records.get(2).regel()).isEqualTo(4);
    }

    @Test
    void slaOverBijEenHerstart() throws Exception {
        Path pad = schrijf(map, "x.csv", "bsn,peiljaar,status\n1,1,1\n\n2,2,2\n3,3,3\n");
        try (CsvLezer lezer = CsvLezer.open(pad, Bestandsoort.INKOMEN, UTF_8)) {
            lezer.sla(2);
            CsvRecord r = lezer.volgende();
            assertThat(r.waarde("bsn")).isEqualTo("3");
            assertThat(r.regel()).isEqualTo(5);
        }
        try (CsvLezer lezer = CsvLezer.open(pad, Bestandsoort.INKOMEN, UTF_8)) {
            assertThatThrownBy(() -> lezer.sla(4)).isInstanceOf(InvoerFout.class).hasMessageStartingWith("inkomen.csv:");
        }
    }

    @Test
    void ongeldigeUtf8TijdensHetLezenNoemtDeRegel() throws Exception {
        Path pad = schrijf(map, "x.csv", samen(utf8("bsn,peiljaar,status\n1,2,3\n\"a\nb\",Caf"),
                new byte[] {(byte) 0xE9}, utf8(",3\n")));
        try (CsvLezer lezer = CsvLezer.open(pad, Bestandsoort.INKOMEN, UTF_8)) {
            assertThat(lezer.volgende()).isNotNull();
            assertThatThrownBy(lezer::volgende).isInstanceOf(InvoerFout.class)
                    .hasMessage("inkomen.csv regel 4: ongeldige UTF-8 (byte 0xE9); " + Voorcontrole.EXCEL_HINT);
        }
    }

    /**
     * The parser reads its chars in blocks of 16K and scans them for the special chars: a doubled quote,
     * a CRLF, a quote that opens a field after spaces and a bad byte must give the same records and the
     * same line wherever a block boundary falls (UTF-8 and single-byte sources alike).
     */
    @Test
    void eenBlokgrensOpElkePlekVeranderNiets() throws Exception {
        for (Charset tekenset : List.of(UTF_8, Charset.forName("windows-1252"))) {
            for (int opvulling = 16 * 1024 - 64; opvulling <= 16 * 1024 + 8; opvulling++) {
                Path pad = schrijf(map, "x.csv", samen(utf8("bsn,peiljaar,status\n" + "x".repeat(opvulling)
                        + ",\"a\"\"b\r\nc\",  \"d\"\r\n\r\n ,\t,\r\n1,2\r3,4\n7,8,"), new byte[] {(byte) 0x81},
                        utf8("\n")));
                String geval = tekenset + ", opvulling " + opvulling;
                try (CsvLezer lezer = CsvLezer.open(pad, Bestandsoort.INKOMEN, tekenset)) {
                    CsvRecord eerste = lezer.volgende();
                    assertThat(eerste.regel()).as(geval).isEqualTo(2);
                    assertThat(eerste.waarde("bsn")).as(geval).hasSize(Ontleder.MAX_VELD);
                    assertThat(eerste.waarde("peiljaar")).as(geval).isEqualTo("a\"b\r\nc");
                    assertThat(eerste.waarde("status")).as(geval).isEqualTo("d");
                    CsvRecord tweede = lezer.volgende();
                    assertThat(tweede.regel()).as(geval).isEqualTo(6);
                    assertThat(List.of(tweede.waarde("bsn"), tweede.waarde("peiljaar"), tweede.waarde("status")))
                            .as(geval).containsExactly("1", "2\r3", "4");
                    assertThatThrownBy(lezer::volgende).as(geval).hasMessageStartingWith("inkomen.csv regel 7: ongeldige");
                }
                assertThatThrownBy(() -> Voorcontrole.controleer(pad, Bestandsoort.INKOMEN, tekenset)).as(geval)
                        .hasMessageStartingWith("inkomen.csv regel 7: ongeldige");
            }
        }
    }

    @Test
    void kopregelFoutenBijHetOpenen() {
        Path pad = schrijf(map, "x.csv", "bsn,status\n1,2\n");
        assertThatThrownBy(() -> CsvLezer.open(pad, Bestandsoort.INKOMEN, UTF_8))
                .hasMessage("inkomen.csv: verplichte kolom 'peiljaar' ontbreekt");
    }
}
