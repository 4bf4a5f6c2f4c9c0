package nl.huurronde.contract;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Function;

import nl.huurronde.regels.ContractFeiten;
import nl.huurronde.regels.HuishoudenFeiten;
import nl.huurronde.regels.Sector;
import nl.huurronde.regels.Woningtype;

/**
 * A contract's own facts from huurders.csv (the dwelling, its rents and the flags of the row): the one
 * value that the intake stages, the compute step reads, the voorstel table keeps per version and the
 * audit, letters and bezwaar show. Built by name ({@link #bouwer()}), stored and read by column name
 * ({@link Kolom}): a new fact is a component, a builder field and a column here. For a rejected row
 * the facts that could not be read are null (sector too); amounts have scale 2.
 *
 * @param servicekosten 0.00 when empty
 * @param maximaleHuur  nullable, like wwsPunten, streefhuur, woningverbeteringDatum, inBezitSinds, uitBezit and laatsteVerhoging
 * @param medehuurders  the number of co-tenants (medehuurders.csv), counted by the intake check: the audit's
 *                      count, never their names
 */
public record Contract(long regel, String contractId, String vheId, Sector sector, Woningtype woningtype,
                       BigDecimal kaleHuur, BigDecimal servicekosten, BigDecimal maximaleHuur, BigDecimal wwsPunten,
                       BigDecimal streefhuur, boolean chronischZiek, boolean huurbevriezing,
                       LocalDate woningverbeteringDatum, LocalDate inBezitSinds, LocalDate uitBezit,
                       LocalDate laatsteVerhoging, int medehuurders) {

    /** What the rules see: these facts with the household. */
    public ContractFeiten feiten(HuishoudenFeiten huishouden) {
        return new ContractFeiten(contractId, sector, woningtype, kaleHuur, maximaleHuur, streefhuur, chronischZiek,
                huurbevriezing, woningverbeteringDatum, inBezitSinds, uitBezit, laatsteVerhoging,
                huishouden);
    }

    public static Bouwer bouwer() {
        return new Bouwer();
    }

    /** A builder with these facts, to change some of them (a bezwaar's corrections). */
    public Bouwer naarBouwer() {
        return new Bouwer().regel(regel).contractId(contractId).vheId(vheId).sector(sector).woningtype(woningtype)
                .kaleHuur(kaleHuur).servicekosten(servicekosten).maximaleHuur(maximaleHuur).wwsPunten(wwsPunten)
                .streefhuur(streefhuur).chronischZiek(chronischZiek).huurbevriezing(huurbevriezing)
                .woningverbeteringDatum(woningverbeteringDatum).inBezitSinds(inBezitSinds).uitBezit(uitBezit)
                .laatsteVerhoging(laatsteVerhoging).medehuurders(medehuurders);
    }

    /** Sets the facts by name; what is not set is null (false, 0). */
    public static final class Bouwer {
        private long regel;
        private String contractId;
        private String vheId;
        private Sector sector;
        private Woningtype woningtype;
        private BigDecimal kaleHuur;
        private BigDecimal servicekosten;
        private BigDecimal maximaleHuur;
        private BigDecimal wwsPunten;
        private BigDecimal streefhuur;
        private boolean chronischZiek;
        private boolean huurbevriezing;
        private LocalDate woningverbeteringDatum;
        private LocalDate inBezitSinds;
        private LocalDate uitBezit;
        private LocalDate laatsteVerhoging;
        private int medehuurders;

        private Bouwer() {}

        public Bouwer regel(long regel) { this.regel = regel; return this; }
        public Bouwer contractId(String contractId) { this.contractId = contractId; return this; }
        public Bouwer vheId(String vheId) { this.vheId = vheId; return this; }
        public Bouwer sector(Sector sector) { this.sector = sector; return this; }
        public Bouwer woningtype(Woningtype woningtype) { this.woningtype = woningtype; return this; }
        public Bouwer kaleHuur(BigDecimal kaleHuur) { this.kaleHuur = kaleHuur; return this; }
        public Bouwer servicekosten(BigDecimal servicekosten) { this.servicekosten = servicekosten; return this; }
        public Bouwer maximaleHuur(BigDecimal maximaleHuur) { this.maximaleHuur = maximaleHuur; return this; }
        public Bouwer wwsPunten(BigDecimal wwsPunten) { this.wwsPunten = wwsPunten; return this; }
        public Bouwer streefhuur(BigDecimal streefhuur) { this.streefhuur = streefhuur; return this; }
        public Bouwer chronischZiek(boolean chronischZiek) { this.chronischZiek = chronischZiek; return this; }
        public Bouwer huurbevriezing(boolean huurbevriezing) { this.huurbevriezing = huurbevriezing; return this; }
        public Bouwer woningverbeteringDatum(LocalDate datum) { this.woningverbeteringDatum = datum; return this; }
        public Bouwer inBezitSinds(LocalDate inBezitSinds) { this.inBezitSinds = inBezitSinds; return this; }
        public Bouwer uitBezit(LocalDate uitBezit) { this.uitBezit = uitBezit; return this; }
        public Bouwer laatsteVerhoging(LocalDate datum) { this.laatsteVerhoging = datum; return this; }
        public Bouwer medehuurders(int medehuurders) { this.medehuurders = medehuurders; return this; }

        public Contract bouw() {
            return new Contract(regel, contractId, vheId, sector, woningtype, kaleHuur, servicekosten, maximaleHuur,
                    wwsPunten, streefhuur, chronischZiek, huurbevriezing, woningverbeteringDatum, inBezitSinds,
                    uitBezit, laatsteVerhoging, medehuurders);
        }
    }

    /** Reads one column of a result row into the builder. */
    @FunctionalInterface
    private interface Lees {
        void in(Bouwer bouwer, ResultSet rs, int kolom) throws SQLException;
    }

    /**
     * The contract's columns, in the staging table {@code huurder} and in {@code voorstel} (where the
     * current rent is {@code kale_huur_oud}): the one list that both tables' inserts and readers use.
     */
    public enum Kolom {
        REGEL("regel", Types.BIGINT, Contract::regel, (b, rs, i) -> b.regel(rs.getLong(i))),
        CONTRACT_ID("contract_id", Types.VARCHAR, Contract::contractId, (b, rs, i) -> b.contractId(rs.getString(i))),
        VHE_ID("vhe_id", Types.VARCHAR, Contract::vheId, (b, rs, i) -> b.vheId(rs.getString(i))),
        SECTOR("sector", Types.VARCHAR, c -> enumNaam(c.sector()),
                (b, rs, i) -> b.sector(uitNaam(rs.getString(i), Sector::valueOf))),
        WONINGTYPE("woningtype", Types.VARCHAR, c -> enumNaam(c.woningtype()),
                (b, rs, i) -> b.woningtype(uitNaam(rs.getString(i), Woningtype::valueOf))),
        KALE_HUUR("kale_huur", "kale_huur_oud", Types.NUMERIC, Contract::kaleHuur,
                (b, rs, i) -> b.kaleHuur(bedrag(rs, i))),
        SERVICEKOSTEN("servicekosten", Types.NUMERIC, Contract::servicekosten,
                (b, rs, i) -> b.servicekosten(bedrag(rs, i))),
        MAXIMALE_HUUR("maximale_huur", Types.NUMERIC, Contract::maximaleHuur,
                (b, rs, i) -> b.maximaleHuur(bedrag(rs, i))),
        STREEFHUUR("streefhuur", Types.NUMERIC, Contract::streefhuur, (b, rs, i) -> b.streefhuur(bedrag(rs, i))),
        WWS_PUNTEN("wws_punten", Types.NUMERIC, Contract::wwsPunten, (b, rs, i) -> b.wwsPunten(bedrag(rs, i))),
        CHRONISCH_ZIEK("chronisch_ziek", Types.BOOLEAN, Contract::chronischZiek,
                (b, rs, i) -> b.chronischZiek(rs.getBoolean(i))),
        HUURBEVRIEZING("huurbevriezing", Types.BOOLEAN, Contract::huurbevriezing,
                (b, rs, i) -> b.huurbevriezing(rs.getBoolean(i))),
        WONINGVERBETERING_DATUM("woningverbetering_datum", Types.DATE, Contract::woningverbeteringDatum,
                (b, rs, i) -> b.woningverbeteringDatum(datum(rs, i))),
        IN_BEZIT_SINDS("in_bezit_sinds", Types.DATE, Contract::inBezitSinds,
                (b, rs, i) -> b.inBezitSinds(datum(rs, i))),
        UIT_BEZIT("uit_bezit", Types.DATE, Contract::uitBezit, (b, rs, i) -> b.uitBezit(datum(rs, i))),
        LAATSTE_VERHOGING("laatste_verhoging", Types.DATE, Contract::laatsteVerhoging,
                (b, rs, i) -> b.laatsteVerhoging(datum(rs, i))),
        // not a column of huurders.csv: the intake check counts medehuurders.csv into it (null before: 0)
        MEDEHUURDERS("medehuurders", Types.INTEGER, Contract::medehuurders,
                (b, rs, i) -> b.medehuurders(rs.getInt(i)));

        private final String huurder;
        private final String voorstel;
        private final int sqlType;
        private final Function<Contract, Object> waarde;
        private final Lees lees;

        Kolom(String naam, int sqlType, Function<Contract, Object> waarde, Lees lees) {
            this(naam, naam, sqlType, waarde, lees);
        }

        Kolom(String huurder, String voorstel, int sqlType, Function<Contract, Object> waarde, Lees lees) {
            this.huurder = huurder;
            this.voorstel = voorstel;
            this.sqlType = sqlType;
            this.waarde = waarde;
            this.lees = lees;
        }

        /** The column's name in the given table. */
        public String naam(Tabel tabel) {
            return tabel == Tabel.HUURDER ? huurder : voorstel;
        }

        public int sqlType() {
            return sqlType;
        }

        /** The column's value of this contract, as bound: enums by name. */
        public Object waarde(Contract contract) {
            return waarde.apply(contract);
        }
    }

    /** The tables that hold a contract's facts. */
    public enum Tabel { HUURDER, VOORSTEL }

    private static final List<Kolom> KOLOMMEN = List.of(Kolom.values());

    /**
     * The huurders.csv columns these facts are read from: every column but {@code regel} (the line
     * number) and {@code medehuurders} (a count of medehuurders.csv), by its name in {@code huurder}, so a new column here is a known column of the file.
     */
    public static List<String> invoerkolommen() {
        return KOLOMMEN.stream().filter(k -> k != Kolom.REGEL && k != Kolom.MEDEHUURDERS)
                .map(k -> k.naam(Tabel.HUURDER)).toList();
    }

    /** The column names in declaration order, comma-separated, each prefixed with {@code alias.} when given. */
    public static String kolommen(Tabel tabel, String alias) {
        StringBuilder tekst = new StringBuilder();
        for (Kolom kolom : KOLOMMEN) {
            if (!tekst.isEmpty()) {
                tekst.append(", ");
            }
            tekst.append(alias == null ? "" : alias + ".").append(kolom.naam(tabel));
        }
        return tekst.toString();
    }

    /** Adds every column's value of this contract, named as in the table, to a row's parameters. */
    public void bind(Tabel tabel, Parameters parameters) {
        for (Kolom kolom : KOLOMMEN) {
            parameters.zet(kolom.naam(tabel), kolom.waarde(this), kolom.sqlType());
        }
    }

    /** Where {@link #bind} puts a value (a MapSqlParameterSource's addValue, or a cleaning wrapper). */
    @FunctionalInterface
    public interface Parameters {
        void zet(String naam, Object waarde, int sqlType);
    }

    /**
     * Reads contracts from the rows of one result set by column name: the columns are looked up once,
     * when the reader is made for that result set.
     */
    public static final class Lezer {
        private final int[] index;

        public Lezer(ResultSet rs, Tabel tabel) throws SQLException {
            index = new int[KOLOMMEN.size()];
            for (int i = 0; i < index.length; i++) {
                index[i] = rs.findColumn(KOLOMMEN.get(i).naam(tabel));
            }
        }

        public Contract lees(ResultSet rs) throws SQLException {
            Bouwer bouwer = new Bouwer();
            for (int i = 0; i < index.length; i++) {
                KOLOMMEN.get(i).lees.in(bouwer, rs, index[i]);
            }
            return bouwer.bouw();
        }
    }

    private static String enumNaam(Enum<?> waarde) {
        return waarde == null ? null : waarde.name();
    }

    private static <T> T uitNaam(String tekst, Function<String, T> naarWaarde) {
        return tekst == null ? null : naarWaarde.apply(tekst);
    }

    /** An amount column with scale 2 (H2 and PostgreSQL give the same scale back). */
    public static BigDecimal bedrag(ResultSet rs, int kolom) throws SQLException {
        BigDecimal waarde = rs.getBigDecimal(kolom);
        return waarde == null ? null : waarde.setScale(2);
    }

    /** A DATE column as it is: getDate() would convert through the default time zone, at a cost per value. */
    public static LocalDate datum(ResultSet rs, int kolom) throws SQLException {
        return rs.getObject(kolom, LocalDate.class);
    }
}
