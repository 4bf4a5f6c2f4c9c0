package nl.huurronde.uitvoer;

import java.io.IOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Consumer;
import java.util.stream.Stream;
import javax.sql.DataSource;

import nl.huurronde.batch.Cursor;
import nl.huurronde.batch.Databank;
import nl.huurronde.beleid.CsvDialect;
import nl.huurronde.bestand.CsvSchrijver;
import nl.huurronde.bestand.Uitvoerbestand;
import nl.huurronde.register.Ronde;
import nl.huurronde.voorstel.VoorstelVersie;
import nl.huurronde.voorstel.Voorstellen;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Writes the CSV outputs of a run from the database, in the order outputs.md fixes, each to a
 * temporary name that is renamed when complete. Runs again after a crash give the same bytes.
 */
@Component
public class Exporteur {

    /** audit.csv's header: {@link AuditKolom}'s names. */
    public static final String[] AUDIT_KOPPEN = AuditKolom.koppen();
    /** The audit of a simulation on a provisional law: every row carries {@link #VOORLOPIG} in an extra column. */
    public static final String[] AUDIT_KOPPEN_VOORLOPIG = Stream.concat(Arrays.stream(AUDIT_KOPPEN), Stream.of("voorlopig"))
            .toArray(String[]::new);
    public static final String VOORLOPIG = "VOORLOPIG";
    /** financieel.csv's header: {@link FinancieelKolom}'s names. */
    public static final String[] FINANCIEEL_KOPPEN = Arrays.stream(FinancieelKolom.values()).map(k -> k.kop)
            .toArray(String[]::new);

    /**
     * The columns of financieel.csv in their order (outputs.md): each named once with how its value is
     * written, so the header and every row (the yearly run, a bezwaar's correction) come from this list.
     */
    enum FinancieelKolom {
        CONTRACT_ID("contract_id", (csv, r) -> csv.tekst(r.versie().contractId())),
        VHE_ID("vhe_id", (csv, r) -> csv.tekst(r.versie().contract().vheId())),
        INGANGSDATUM("ingangsdatum", (csv, r) -> csv.tekst(r.versie().ingangsdatum().toString())),
        KALE_HUUR_OUD("kale_huur_oud", (csv, r) -> csv.getal(r.oud())),
        KALE_HUUR_NIEUW("kale_huur_nieuw", (csv, r) -> csv.getal(r.versie().voorstel().kaleHuurNieuw())),
        MUTATIE("mutatie", (csv, r) -> csv.getal(r.mutatie())),
        SERVICEKOSTEN("servicekosten", (csv, r) -> csv.getal(r.versie().contract().servicekosten())),
        BRUTO_HUUR_NIEUW("bruto_huur_nieuw", (csv, r) -> csv.getal(r.versie().brutoHuurNieuw())),
        SOORT("soort", (csv, r) -> csv.tekst(r.versie().voorstel().soort().name())),
        VERSIE("versie", (csv, r) -> csv.getal(r.versie().versie()));

        private final String kop;
        private final Schrijver schrijver;

        FinancieelKolom(String kop, Schrijver schrijver) {
            this.kop = kop;
            this.schrijver = schrijver;
        }

        /** Writes one column's value of a row. */
        @FunctionalInterface
        private interface Schrijver {
            void schrijf(CsvSchrijver csv, FinancieelRegel regel) throws IOException;
        }
    }

    /** What one financieel.csv row is written from: the version and what the ledger has and must add. */
    private record FinancieelRegel(VoorstelVersie versie, BigDecimal oud, BigDecimal mutatie) {}

    private final DataSource dataSource;
    private final NamedParameterJdbcTemplate jdbc;
    private final Databank databank;

    Exporteur(DataSource dataSource, JdbcTemplate jdbc, Databank databank) {
        this.dataSource = dataSource;
        this.jdbc = new NamedParameterJdbcTemplate(jdbc);
        this.databank = databank;
    }

    /**
     * audit.csv and, for the yearly run, financieel.csv and financieel-totalen.csv, in one pass over the
     * proposals in contract order; every proposal is also handed to {@code ookPerVoorstel} (the report's
     * count), so the proposals are read once for all of them. Each file is complete or absent.
     */
    public void auditEnFinancieel(Ronde ronde, Voorstellen opContract, Consumer<VoorstelVersie> ookPerVoorstel)
            throws IOException {
        CsvDialect dialect = ronde.config().csvDialect();
        Map<Groep, Totaal> totalen = new TreeMap<>();
        try (Uitvoerbestand auditBestand = Uitvoerbestand.open(ronde.map().resolve("audit.csv"));
             Uitvoerbestand financieelBestand = ronde.simulatie() ? null
                     : Uitvoerbestand.open(ronde.map().resolve("financieel.csv"))) {
            try (Writer auditUit = auditBestand.schrijver();
                 Writer financieelUit = financieelBestand == null ? null : financieelBestand.schrijver()) {
                // a simulation on a law with unknown figures says so on every row, so no copy of a row
                // can be taken for a final figure
                boolean voorlopig = ronde.config().voorlopig().isVoorlopig();
                CsvSchrijver audit = new CsvSchrijver(auditUit, dialect).koppen(voorlopig ? AUDIT_KOPPEN_VOORLOPIG : AUDIT_KOPPEN);
                CsvSchrijver financieel = financieelUit == null ? null
                        : new CsvSchrijver(financieelUit, dialect).koppen(FINANCIEEL_KOPPEN);
                opContract.voorElk(v -> {
                    try {
                        auditVelden(audit, v);
                        if (voorlopig) {
                            audit.tekst(VOORLOPIG);
                        }
                        audit.einde();
                        // no proposal this round (one increase per 12 months): nothing for the ledger
                        if (financieel != null && v.ingangsdatum() != null) {
                            financieelRij(financieel, v, v.contract().kaleHuur(), v.voorstel().verhogingBedrag());
                            totalen.computeIfAbsent(new Groep(v.contract().sector().name(), v.voorstel().soort().name()),
                                    g -> new Totaal()).tel(v);
                        }
                    } catch (IOException e) {
                        throw new java.io.UncheckedIOException(e);
                    }
                    ookPerVoorstel.accept(v);
                });
            }
            auditBestand.voltooi();
            if (financieelBestand != null) {
                financieelBestand.voltooi();
            }
        }
        if (!ronde.simulatie()) {
            financieelTotalen(ronde, totalen);
        }
    }

    /** financieel-totalen.csv: per sector and soort (code point order), then the total; equal to the rows. */
    private static void financieelTotalen(Ronde ronde, Map<Groep, Totaal> totalen) throws IOException {
        schrijfCsv(ronde.map().resolve("financieel-totalen.csv"), ronde.config().csvDialect(), csv -> {
            csv.koppen("sector", "soort", "aantal", "kale_huur_oud", "kale_huur_nieuw", "mutatie", "jaareffect");
            Totaal alles = new Totaal();
            for (Map.Entry<Groep, Totaal> groep : totalen.entrySet()) {
                groep.getValue().schrijf(csv, groep.getKey().sector(), groep.getKey().soort());
                alles.plus(groep.getValue());
            }
            alles.schrijf(csv, "TOTAAL", "");
        });
    }

    /** A sector and soort by name, in code point order. */
    private record Groep(String sector, String soort) implements Comparable<Groep> {
        @Override
        public int compareTo(Groep ander) {
            int c = sector.compareTo(ander.sector);
            return c != 0 ? c : soort.compareTo(ander.soort);
        }
    }

    /** Count and sums in cents of one group of financieel.csv. */
    private static final class Totaal {
        private long aantal;
        private long oud;
        private long nieuw;
        private long mutatie;

        void tel(VoorstelVersie v) {
            aantal++;
            oud += centen(v.contract().kaleHuur());
            nieuw += centen(v.voorstel().kaleHuurNieuw());
            mutatie += centen(v.voorstel().verhogingBedrag());
        }

        void plus(Totaal ander) {
            aantal += ander.aantal;
            oud += ander.oud;
            nieuw += ander.nieuw;
            mutatie += ander.mutatie;
        }

        void schrijf(CsvSchrijver csv, String sector, String soort) throws IOException {
            csv.tekst(sector).tekst(soort).getal(aantal).getal(BigDecimal.valueOf(oud, 2))
                    .getal(BigDecimal.valueOf(nieuw, 2)).getal(BigDecimal.valueOf(mutatie, 2))
                    .getal(BigDecimal.valueOf(mutatie * 12, 2)).einde();
        }

        private static long centen(BigDecimal bedrag) {
            return bedrag.setScale(2).unscaledValue().longValueExact();
        }
    }

    /** The audit columns in the run's format: amounts with 2 decimals, percentage_max as a 4-decimal fraction. */
    public static void auditRij(CsvSchrijver csv, VoorstelVersie v) throws IOException {
        auditVelden(csv, v);
        csv.einde();
    }

    private static void auditVelden(CsvSchrijver csv, VoorstelVersie v) throws IOException {
        AuditKolom.schrijfVelden(csv, v);
    }

    /**
     * One financieel.csv row.
     *
     * @param oud     the rent the ledger has now: the old rent, or after a bezwaar the last exported one
     * @param mutatie what the ledger must add to it
     */
    public static void financieelRij(CsvSchrijver csv, VoorstelVersie v, BigDecimal oud, BigDecimal mutatie)
            throws IOException {
        FinancieelRegel regel = new FinancieelRegel(v, oud, mutatie);
        for (FinancieelKolom kolom : FinancieelKolom.values()) {
            kolom.schrijver.schrijf(csv, regel);
        }
        csv.einde();
    }

    /** afgewezen.csv: one line per failing column, sorted by bestand, regel, kolom. */
    public void afgewezen(Ronde ronde) throws IOException {
        schrijfCsv(ronde.map().resolve("afgewezen.csv"), ronde.config().csvDialect(), csv -> {
            csv.koppen("bestand", "regel", "sleutel", "kolom", "reden");
            jdbc.query("SELECT bestand, regel, sleutel, kolom, reden FROM afwijzing WHERE run_id = :run_id ORDER BY "
                    + databank.codepuntVolgorde("bestand") + ", regel, " + databank.codepuntVolgorde("kolom")
                    + ", volgnr", new MapSqlParameterSource("run_id", ronde.runId()), (RowCallbackHandler) rs -> {
                        try {
                            csv.tekst(rs.getString("bestand")).getal(rs.getLong("regel")).tekst(rs.getString("sleutel"))
                                    .tekst(rs.getString("kolom")).tekst(rs.getString("reden")).einde();
                        } catch (IOException e) {
                            throw new java.io.UncheckedIOException(e);
                        }
                    });
        });
    }

    /**
     * drukbestand-index.csv: which pages of which print file hold which contract's letter; in the key's
     * declared order, on a cursor of its own, so H2 streams it lazily instead of sorting (1M rows).
     */
    public void drukbestandIndex(Ronde ronde) throws IOException {
        schrijfCsv(ronde.map().resolve("drukbestand-index.csv"), ronde.config().csvDialect(), csv -> {
            csv.koppen("bestand", "volgnr", "contract_id", "postcode", "huisnummer", "eerste_pagina", "laatste_pagina");
            Cursor.elk(dataSource, "SELECT bestand, volgnr, contract_id, postcode, huisnummer, eerste_pagina, "
                    + "laatste_pagina FROM drukbestand_index WHERE run_id = :run_id ORDER BY run_id, "
                    + databank.codepuntVolgorde("bestand") + ", volgnr", new MapSqlParameterSource("run_id", ronde.runId()),
                    rs -> csv.tekst(rs.getString("bestand")).getal(rs.getInt("volgnr")).tekst(rs.getString("contract_id"))
                            .tekst(rs.getString("postcode")).getal(rs.getInt("huisnummer")).getal(rs.getInt("eerste_pagina"))
                            .getal(rs.getInt("laatste_pagina")).einde());
        });
    }

    /** Writes a CSV file completely or not at all. */
    public static void schrijfCsv(Path doel, CsvDialect dialect, CsvInhoud inhoud) throws IOException {
        try (Uitvoerbestand bestand = Uitvoerbestand.open(doel)) {
            try (Writer w = bestand.schrijver()) {
                inhoud.schrijf(new CsvSchrijver(w, dialect));
            }
            bestand.voltooi();
        }
    }

    /** The rows of one CSV file. */
    @FunctionalInterface
    public interface CsvInhoud {
        void schrijf(CsvSchrijver csv) throws IOException;
    }
}
