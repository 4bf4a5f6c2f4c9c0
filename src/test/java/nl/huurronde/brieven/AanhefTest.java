package nl.huurronde.brieven;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The salutation in Dutch letter form, for the name forms the sample rolls and Excel exports carry. */
class AanhefTest {

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', textBlock = """
            Mevr. N. Bos                     | Geachte mevrouw Bos,
            Mw. S. Smit                      | Geachte mevrouw Smit,
            Dhr. W. de Vries                 | Geachte heer De Vries,
            Hr. R. van der Linden            | Geachte heer Van der Linden,
            Dhr. J.A. Jansen-de Boer         | Geachte heer Jansen-de Boer,
            Fam. El Amrani                   | Geachte familie El Amrani,
            Fam. de Groot                    | Geachte familie De Groot,
            Fam. 't Hart                     | Geachte familie 't Hart,
            Dhr. A. Bos en Mevr. B. Jansen   | Geachte heer Bos en mevrouw Jansen,
            Dhr. A. Bos en Mw. C. Bos        | Geachte heer en mevrouw Bos,
            Dhr. en Mevr. de Wit             | Geachte heer en mevrouw De Wit,
            Bos, N. en S.                    | Geachte N. en S. Bos,
            Van Vliet, G. en N.S.            | Geachte G. en N.S. van Vliet,
            N. Bos                           | Geachte N. Bos,
            N. De Vries                      | Geachte N. de Vries,
            Bos                              | Geachte heer/mevrouw Bos,
            '  Mevr.   M.  El Amrani '        | Geachte mevrouw El Amrani,
            Şükrü Łęcki                      | Geachte heer/mevrouw Şükrü Łęcki,
            ''                               | Geachte heer/mevrouw,
            """)
    void nederlandseBriefvorm(String naam, String aanhef) {
        assertThat(Aanhef.van(naam)).isEqualTo(aanhef);
    }

    /** Every tenant of the contract (#20): the tenant first, then the co-tenants of medehuurders.csv. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            Dhr. J. de Vries ; Mevr. A. Yilmaz                 | Geachte heer De Vries en mevrouw Yilmaz,
            Dhr. P. Bakker ; Mevr. S. Bakker                   | Geachte heer en mevrouw Bakker,
            Fam. Demir ; Dhr. B.E. Huisman                     | Geachte familie Demir en heer Huisman,
            N. Bos ; Mevr. A. Yilmaz                           | Geachte N. Bos en mevrouw Yilmaz,
            Dhr. A. Bos en Mevr. B. Bos ; Dhr. C. Bos          | Geachte heer en mevrouw Bos en heer Bos,
            Dhr. T. de Wit ; Mevr. A. de Wit ; Mw. L. Çelik    | Geachte heer De Wit, mevrouw De Wit en mevrouw Çelik,
            """)
    void iedereHuurder(String namen, String aanhef) {
        assertThat(Aanhef.van(java.util.Arrays.stream(namen.split(";")).map(String::strip).toList())).isEqualTo(aanhef);
    }

    @Test
    void geadresseerdeInHetVenster() {
        Geadresseerde twee = new Geadresseerde("Dhr. J. de Vries", "Kerkstraat", 12, "A", "2", "8011AB", "Zwolle",
                java.util.List.of("Mevr. A. Yilmaz"), null);
        assertThat(twee.vensterregels()).containsExactly("Dhr. J. de Vries en Mevr. A. Yilmaz", "Kerkstraat 12A-2",
                "8011 AB  ZWOLLE");
        Geadresseerde buitenland = new Geadresseerde("Dhr. K. Jansen", "Kerkstraat", 12, null, null, "8011AB", "Zwolle",
                java.util.List.of(), new nl.huurronde.contract.Correspondentieadres("p/a mw. Jansen", "Rue Royale", 88,
                        null, "bte 3", "1000", "Bruxelles", "België"));
        assertThat(buitenland.vensterregels()).containsExactly("Dhr. K. Jansen", "p/a mw. Jansen", "Rue Royale 88-bte 3",
                "1000 BRUXELLES", "BELGIË");
        assertThat(buitenland.envelopPostcode()).isEqualTo("1000");
        assertThat(buitenland.envelopPostcoderegel()).isEqualTo("1000 BRUXELLES, BELGIË");
        assertThat(buitenland.woning()).isEqualTo("Kerkstraat 12, 8011 AB Zwolle");
    }
}
