package nl.huurronde.brieven;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.openpdf.text.Document;
import org.openpdf.text.pdf.PdfWriter;

/** Which drawn parts are the same part: equal content, whatever the instance, and never just an equal hash. */
class SjablonenTest {

    private final Sjablonen sjablonen = new Sjablonen(PdfWriter.getInstance(new Document(), new ByteArrayOutputStream()));

    @Test
    void gelijkeInhoudIsHetzelfdeDeelOokAlsHetEenAnderObjectIs() {
        Sjablonen.Deel eerste = sjablonen.deel(List.of(new String("Geachte heer De Vries,"), 12f));
        assertThat(eerste.terug()).isFalse();

        Sjablonen.Deel tweede = sjablonen.deel(List.of(new String("Geachte heer De Vries,"), 12f));

        assertThat(tweede).isSameAs(eerste);
        assertThat(tweede.terug()).as("seen twice: worth a template").isTrue();
    }

    @Test
    void eenGelijkeHashMaaktNogGeenGelijkDeel() {
        assertThat("Aa".hashCode()).isEqualTo("BB".hashCode());

        Sjablonen.Deel aa = sjablonen.deel(List.of("Aa"));
        Sjablonen.Deel bb = sjablonen.deel(List.of("BB"));

        assertThat(bb).isNotSameAs(aa);
        assertThat(bb.terug()).isFalse();
        assertThat(sjablonen.deel(List.of("Aa"))).isSameAs(aa);
    }

    @Test
    void hetOudsteDeelValtWegAlsErMeerDanPlaatsenZijn() {
        Sjablonen.Deel oudste = sjablonen.deel("deel 0");
        for (int i = 1; i <= Sjablonen.PLAATSEN; i++) {
            sjablonen.deel("deel " + i);
        }

        Sjablonen.Deel opnieuw = sjablonen.deel("deel 0");

        assertThat(opnieuw).as("evicted: made again").isNotSameAs(oudste);
        assertThat(opnieuw.terug()).isFalse();
        assertThat(sjablonen.deel("deel " + Sjablonen.PLAATSEN).terug()).as("the newest stays").isTrue();
    }
}
