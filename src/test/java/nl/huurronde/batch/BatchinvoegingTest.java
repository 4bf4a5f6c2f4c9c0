package nl.huurronde.batch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Types;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import nl.huurronde.Huurronde;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;

/**
 * The bulk insert on both databases: JDBC batch on H2, COPY on PostgreSQL. What comes back is what went
 * in, for every value type and the characters COPY's text format escapes (tab, newline, CR, backslash, and
 * the text {@code \N}, which is not NULL), NULLs, the year 0 of a date and microseconds of a timestamp.
 */
class BatchinvoegingTest {

    @TempDir
    Path tmp;

    private static final Batchinvoeging INVOEGING = new Batchinvoeging("proef", List.of(
            new Batchinvoeging.Kolom("nr", Types.BIGINT), new Batchinvoeging.Kolom("tekst", Types.VARCHAR),
            new Batchinvoeging.Kolom("bedrag", Types.NUMERIC), new Batchinvoeging.Kolom("datum", Types.DATE),
            new Batchinvoeging.Kolom("aantal", Types.INTEGER), new Batchinvoeging.Kolom("ja", Types.BOOLEAN),
            new Batchinvoeging.Kolom("moment", Types.TIMESTAMP)));

    record Proef(long nr, String tekst, BigDecimal bedrag, LocalDate datum, Integer aantal, Boolean ja,
                 LocalDateTime moment) {}

    static final List<Proef> RIJEN = List.of(
            new Proef(1, "gewoon", new BigDecimal("612.40"), LocalDate.of(2025, 7, 1), 12, true,
                    LocalDateTime.of(2026, 3, 1, 9, 5, 7, 123_456_000)),
            new Proef(2, "tab\there, nieuwe\nregel, cr\r, backslash \\ en \\N, ëü€ 😀", new BigDecimal("0.00"),
                    LocalDate.of(1, 1, 1), 0, false,
                    LocalDateTime.of(2026, 12, 31, 23, 59, 59)),
            new Proef(3, null, null, null, null, null, null),
            new Proef(4, "", new BigDecimal("9999999999.99"), LocalDate.of(0, 3, 15), Integer.MAX_VALUE, false,
                    LocalDateTime.of(1, 1, 1, 0, 0, 0, 1_000)),
            new Proef(5, "\\N", new BigDecimal("1.00"), LocalDate.of(9999, 12, 31), -1, true,
                    LocalDateTime.of(2026, 5, 1, 0, 0)));

    @Test
    void h2GeeftTerugWatErInGing() throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:h2:file:" + tmp.resolve("h2") + "/db", "sa", "")) {
            controleer(c);
        }
    }

    @Test
    void postgresViaCopyGeeftTerugWatErInGing() throws Exception {
        Huurronde.vereisPostgres();
        try (Connection c = DriverManager.getConnection(System.getenv("HUURRONDE_TEST_PG_URL"),
                System.getenv().getOrDefault("HUURRONDE_TEST_PG_USER", "huurronde"), "")) {
            controleer(c);
        }
    }

    @Test
    void onbekendeKolomIsEenFout() throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:h2:file:" + tmp.resolve("h2b") + "/db", "sa", "")) {
            JdbcTemplate jdbc = new JdbcTemplate(new SingleConnectionDataSource(c, true));
            maakTabel(jdbc);
            assertThatThrownBy(() -> INVOEGING.<Proef>voegIn(jdbc, RIJEN, (p, rij) -> rij.zet("nummer", 1L, Types.BIGINT)))
                    .hasMessageContaining("onbekende kolom nummer");
        }
    }

    private static void maakTabel(JdbcTemplate jdbc) {
        jdbc.execute("DROP TABLE IF EXISTS proef");
        jdbc.execute("CREATE TABLE proef (nr BIGINT PRIMARY KEY, tekst VARCHAR(200), bedrag NUMERIC(12,2), "
                + "datum DATE, aantal INT, ja BOOLEAN, moment TIMESTAMP)");
    }

    private static void controleer(Connection c) {
        JdbcTemplate jdbc = new JdbcTemplate(new SingleConnectionDataSource(c, true));
        maakTabel(jdbc);
        INVOEGING.<Proef>voegIn(jdbc, RIJEN, (p, rij) -> {
            rij.zet("nr", p.nr(), Types.BIGINT);
            rij.zet("tekst", p.tekst(), Types.VARCHAR);
            rij.zet("bedrag", p.bedrag(), Types.NUMERIC);
            rij.zet("datum", p.datum(), Types.DATE);
            rij.zet("aantal", p.aantal(), Types.INTEGER);
            if (p.ja() != null) { // not set at all: NULL
                rij.zet("ja", p.ja(), Types.BOOLEAN);
            }
            rij.zet("moment", p.moment(), Types.TIMESTAMP);
        });
        List<Proef> terug = new ArrayList<>();
        for (Map<String, Object> r : jdbc.queryForList("SELECT nr, tekst, bedrag, datum, aantal, ja, moment FROM proef ORDER BY nr")) {
            terug.add(new Proef(((Number) r.get("nr")).longValue(), (String) r.get("tekst"), (BigDecimal) r.get("bedrag"),
                    r.get("datum") == null ? null : jdbc.queryForObject("SELECT datum FROM proef WHERE nr = ?",
                            LocalDate.class, r.get("nr")),
                    (Integer) r.get("aantal"), (Boolean) r.get("ja"),
                    r.get("moment") == null ? null : jdbc.queryForObject("SELECT moment FROM proef WHERE nr = ?",
                            LocalDateTime.class, r.get("nr"))));
        }
        assertThat(terug).containsExactlyElementsOf(RIJEN);
        jdbc.execute("DROP TABLE proef");
    }
}
