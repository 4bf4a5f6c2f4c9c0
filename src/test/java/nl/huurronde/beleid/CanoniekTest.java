package nl.huurronde.beleid;

import static nl.huurronde.beleid.JobFileLoaderTest.laad;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The canonical policy text whose SHA-256 is part of the run identity. */
class CanoniekTest {

    private static final String JOB = "jobs/2020-swz.yml";

    @Test
    void stabiel() throws BeleidFout {
        JobConfig eerste = laad(JOB);
        JobConfig tweede = laad(JOB);

        assertThat(eerste.canoniek()).isEqualTo(tweede.canoniek());
        assertThat(eerste.sha256()).isEqualTo(tweede.sha256()).matches("[0-9a-f]{64}");
        assertThat(eerste.canoniek())
                .startsWith("huurronde-beleid/2\njaar=2020\ningangsdatum=2020-07-01\nverzenddatum=2020-04-20\n")
                .contains("beleid.regulier_max_pct=0.041\n", "beleid.iah.band.HOOG.pct=0.056\n",
                        "beleid.huursom.max_pct=0.036\n", "wet.regulier_max_pct=0.051\n",
                        "wet.liberalisatiegrens.2019-01-01=720.42\n", "wet.liberalisatie_vanaf=1994-07-01\n");
    }

    @Test
    void onafhankelijkVanInvoerUitvoerEnThreads() throws BeleidFout {
        String sha = laad(JOB).sha256();

        assertThat(laad(JOB, "invoer.huurders", "/elders/huurders.csv", "invoer.brp", "/elders/brp.csv",
                "invoer.inkomen", "/elders/inkomen.csv", "uitvoer", "/tmp/ergens-anders", "threads", "8").sha256())
                .isEqualTo(sha);
        assertThat(laad(JOB).canoniek()).doesNotContain("sample-data", "uitvoer", "threads");
    }

    /** #24 item 7: the CSV dialect is a format, not part of the run; runs from before are still recognised. */
    @Test
    void hetCsvDialectIsGeenBeleidEnOudeControlegetallenBlijvenGeldig() throws BeleidFout {
        JobConfig standaard = laad(JOB);
        JobConfig excel = laad(JOB, "csv_dialect", "excel-nl");
        assertThat(excel.sha256()).isEqualTo(standaard.sha256());
        assertThat(standaard.canoniek()).doesNotContain("csv_dialect");
        // version 1 (with csv_dialect) is what runs started before stored
        assertThat(standaard.canoniekV1()).startsWith("huurronde-beleid/1\n").contains("csv_dialect=standaard\n");
        assertThat(excel.sha256V1()).isNotEqualTo(standaard.sha256V1());
        assertThat(excel.heeftControlegetal(excel.sha256V1())).isTrue();
        assertThat(excel.heeftControlegetal(standaard.sha256V1())).isFalse();
        assertThat(excel.heeftControlegetal(standaard.sha256())).isTrue();
    }

    @Test
    void gelijkeWaardenGevenGelijkeTekst() throws BeleidFout {
        assertThat(laad(JOB, "beleid.regulier_max_pct", "0.0410").sha256()).isEqualTo(laad(JOB).sha256());
        assertThat(laad(JOB, "beleid.iah.banden[1].vanaf_1", "43574.00").sha256()).isEqualTo(laad(JOB).sha256());
    }

    @ParameterizedTest(name = "{0} = {1}")
    @CsvSource(delimiter = '|', textBlock = """
            jaar                                  | 2021
            ingangsdatum                          | 2020-08-01
            verzenddatum                          | 2020-04-21
            verhuurder.naam                       | SWZ Zwolle
            verhuurder.bezwaar_adres              | Postbus 1, 8000 AA Zwolle
            verhuurder.logo                       | jobs/logo.png
            brieven                               | geen
            drukbestand_max                       | 1000
            max_afwijzingen                       | 0.02
            bezorgdagen                           | 2
            pdfa                                  | true
            duplex                                | false
            beleid.inflatie                       | 0.027
            beleid.regulier_max_pct               | 0.040
            beleid.iah.niet_vanaf_streefhuur      | false
            beleid.iah.banden[1].naam             | HOGER
            beleid.iah.banden[1].vanaf_1          | 45000
            beleid.iah.banden[1].vanaf_meer       | 45000
            beleid.iah.banden[1].pct              | 0.05
            beleid.iah.banden                     | []
            beleid.huursom.max_pct                | 0.035
            beleid.huursom.iah_telt_mee           | true
            beleid.vrije_sector_pct               | 0.025
            beleid.midden_pct                     | 0.025
            beleid.woonwagen_pct                  | 0.025
            beleid.inkomen.peiljaar_offset        | 1
            beleid.inkomen.jongeren_leeftijd      | 24
            beleid.inkomen.jongeren_vrijstelling  | 21000
            """)
    void elkeBeleidswaardeVerandertDeHash(String sleutel, String waarde) throws BeleidFout {
        JobConfig config = sleutel.equals("jaar")
                // 2021 needs a policy that fits its freeze
                ? laad(JOB, "jaar", waarde, "ingangsdatum", "", "verzenddatum", "2021-04-20", "beleid.vrije_sector_pct", "0.024",
                        "beleid.regulier_max_pct", "0",
                        "beleid.woonwagen_pct", "0", "beleid.iah.banden", "[]", "beleid.huursom.lokale_afspraken", "false",
                        "beleid.huursom.max_pct", "0", "beleid.inkomen.jongeren_vrijstelling", "")
                : laad(JOB, sleutel, waarde);

        assertThat(config.sha256()).isNotEqualTo(laad(JOB).sha256());
    }

    /** Duplex-safe print files are the default and add no line: runs started before the key keep their identity. */
    @Test
    void duplexStandaardVerandertDeHashNiet() throws BeleidFout {
        assertThat(laad(JOB, "duplex", "true").sha256()).isEqualTo(laad(JOB).sha256());
        assertThat(laad(JOB).canoniek()).doesNotContain("duplex");
        assertThat(laad(JOB, "duplex", "false").canoniek()).contains("duplex=false\n");
    }

    @Test
    void inkomenscategorieInPlaatsVanInkomenIsEenAnderBeleid() throws BeleidFout {
        assertThat(laad(JOB, "invoer.inkomen", "", "invoer.inkomenscategorie", "x.csv").sha256())
                .isNotEqualTo(laad(JOB).sha256());
    }

    @Test
    void eenAndereEncodingIsEenAndereRunMaarUtf8VerandertNiets() throws BeleidFout {
        // another encoding gives other text from the same bytes (other names in the letters)
        assertThat(laad(JOB, "invoer.encoding", "windows-1252").sha256()).isNotEqualTo(laad(JOB).sha256());
        assertThat(laad(JOB, "invoer.encodings.brp", "windows-1252").canoniek())
                .contains("invoer.encoding.brp=windows-1252\n").doesNotContain("invoer.encoding.huurders");
        // UTF-8, the default, written or not: the identity of runs from before the option
        assertThat(laad(JOB, "invoer.encoding", "utf-8").sha256()).isEqualTo(laad(JOB).sha256());
        assertThat(laad(JOB).canoniek()).doesNotContain("encoding");
    }

    @Test
    void elkeJobHeeftEenEigenHash() throws Exception {
        Set<String> hashes = new HashSet<>();
        List<String> jobs = JobFileLoaderTest.jobs().map(Object::toString).toList();
        for (String job : jobs) {
            hashes.add(laad(job).sha256());
        }
        assertThat(hashes).hasSize(jobs.size());
    }

    @Test
    void verzenddatumVandaagBlijftVandaag() throws BeleidFout {
        JobConfig zonderDatum = laad(JOB, "verzenddatum", "");
        assertThat(zonderDatum.canoniek()).contains("verzenddatum=vandaag\n");
        assertThat(zonderDatum.verzenddatum()).isNull();
    }
}
