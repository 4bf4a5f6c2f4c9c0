package nl.huurronde.brieven;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;

import nl.huurronde.PdfTekst;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DrukbestandTest {

    @Test
    void zonderDuplexBrievenInDeVolgordeVanDeAanroeperMetJuistePaginabereiken(@TempDir Path map) throws Exception {
        Path pdf = map.resolve("drukbestand-001.pdf");
        Brief unicode = Voorbeelden.metContract(Voorbeelden.met(Voorbeelden.huurverlaging(), new Geadresseerde(
                "Şükrü Łęcki", "Øresundlaan", 4, null, null, "9711AA", "Groningen")), "C-3");
        List<Brief> brieven = List.of(
                Voorbeelden.metContract(Voorbeelden.regulier(), "C-1"),
                Voorbeelden.metContract(Voorbeelden.iah(), "C-2"),
                unicode,
                Voorbeelden.metContract(Voorbeelden.bevriezing(), "C-4"),
                Voorbeelden.metContract(Voorbeelden.iah(), "C-5"));

        List<Paginabereik> bereiken = new ArrayList<>();
        try (Drukbestand druk = Drukbestand.open(pdf, false, false)) {
            for (Brief b : brieven) {
                bereiken.add(druk.voegToe(b));
            }
            assertThat(Files.exists(pdf)).as("pas na close op zijn plaats").isFalse();
        }

        assertThat(bereiken).containsExactly(new Paginabereik(1, 1), new Paginabereik(2, 3),
                new Paginabereik(4, 4), new Paginabereik(5, 5), new Paginabereik(6, 7));
        byte[] bytes = Files.readAllBytes(pdf);
        assertThat(PdfTekst.lees(bytes).paginas()).isEqualTo(7);
        assertThat(PdfTekst.pagina(bytes, 1)).contains("C-1", "€ 541,84");
        assertThat(PdfTekst.pagina(bytes, 2)).contains("C-2", "inkomensafhankelijke");
        assertThat(PdfTekst.pagina(bytes, 3)).contains("Bijlage", "C-2", "€ 43.574 of hoger");
        assertThat(PdfTekst.pagina(bytes, 4)).contains("Şükrü Łęcki", "Øresundlaan 4", "Huurverlaging");
        assertThat(PdfTekst.pagina(bytes, 5)).contains("C-4", "Huurbevriezing");
        assertThat(PdfTekst.pagina(bytes, 7)).contains("C-5", "Bijlage");
        assertThat(Files.list(map)).containsExactly(pdf);
        assertThat(Files.getPosixFilePermissions(pdf)).isEqualTo(PosixFilePermissions.fromString("rw-------"));
    }

    /**
     * Duplex (the default): 1- and 2-page letters mixed, every letter starts on an odd page (a front side), a
     * blank page after each 1-page letter, also after the last; the ranges are the letter's own pages.
     */
    @Test
    void duplexElkeBriefBegintOpEenVoorkant(@TempDir Path map) throws Exception {
        Path pdf = map.resolve("duplex.pdf");
        List<Brief> brieven = List.of(
                Voorbeelden.metContract(Voorbeelden.regulier(), "C-1"),
                Voorbeelden.metContract(Voorbeelden.regulier(), "C-2"),
                Voorbeelden.metContract(Voorbeelden.iah(), "C-3"),
                Voorbeelden.metContract(Voorbeelden.bevriezing(), "C-4"),
                Voorbeelden.metContract(Voorbeelden.iah(), "C-5"),
                Voorbeelden.metContract(Voorbeelden.regulier(), "C-6"));
        List<Paginabereik> bereiken = new ArrayList<>();
        try (Drukbestand druk = Drukbestand.open(pdf, false)) {
            for (Brief b : brieven) {
                bereiken.add(druk.voegToe(b));
            }
        }

        assertThat(bereiken).containsExactly(new Paginabereik(1, 1), new Paginabereik(3, 3),
                new Paginabereik(5, 6), new Paginabereik(7, 7), new Paginabereik(9, 10), new Paginabereik(11, 11));
        assertThat(bereiken).allSatisfy(b -> assertThat(b.eerste() % 2).as(b.toString()).isEqualTo(1));
        byte[] bytes = Files.readAllBytes(pdf);
        assertThat(PdfTekst.lees(bytes).paginas()).as("the last 1-page letter is padded too").isEqualTo(12);
        for (int i = 0; i < brieven.size(); i++) {
            assertThat(PdfTekst.pagina(bytes, bereiken.get(i).eerste())).contains("C-" + (i + 1));
        }
        for (int blanco : new int[] {2, 4, 8, 12}) {
            assertThat(PdfTekst.pagina(bytes, blanco)).as("page " + blanco).isBlank();
        }
        assertThat(PdfTekst.pagina(bytes, 6)).contains("Bijlage", "C-3");
    }

    @Test
    void eenLeegDrukbestandWordtNietGeschreven(@TempDir Path map) throws Exception {
        Path pdf = map.resolve("leeg.pdf");
        try (Drukbestand druk = Drukbestand.open(pdf, false)) {
            assertThat(pdf).doesNotExist();
        }
        assertThat(Files.list(map)).isEmpty();
    }

    @Test
    void ookAlsPdfA(@TempDir Path map) throws Exception {
        Path pdf = map.resolve("archief.pdf");
        try (Drukbestand druk = Drukbestand.open(pdf, true)) {
            assertThat(druk.voegToe(Voorbeelden.regulier())).isEqualTo(new Paginabereik(1, 1));
            assertThat(druk.voegToe(Voorbeelden.iah())).isEqualTo(new Paginabereik(3, 4));
            assertThat(druk.voegToe(Voorbeelden.regulier())).isEqualTo(new Paginabereik(5, 5));
        }
        assertThat(PdfTekst.lees(Files.readAllBytes(pdf)).paginas()).isEqualTo(6);
        assertThat(PdfATest.fouten(Files.readAllBytes(pdf))).isEmpty();
    }
}
