package nl.huurronde.brieven;

import static org.assertj.core.api.Assertions.assertThat;

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
}
