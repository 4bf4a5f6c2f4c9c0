package nl.huurronde.contract;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.util.List;
import java.util.function.Function;

/**
 * The tenant as huurders.csv names them: name and address of the dwelling, the co-tenants of
 * medehuurders.csv and an optional correspondence address, for the envelope window (the letters, a
 * bezwaar's revised letter, a reprint, a reminder). Only in the staging table {@code huurder}, never in
 * {@code voorstel}. Parts that could not be read are null (a rejected row).
 *
 * @param postcode     normalised {@code 1234AB}
 * @param huisletter   upper case
 * @param medehuurders the co-tenants' names in the order of medehuurders.csv, never null
 * @param post         the correspondence address, null when the mail goes to the dwelling
 */
public record Huurder(String naam, String straat, Integer huisnummer, String huisletter, String toevoeging,
                      String postcode, String woonplaats, List<String> medehuurders, Correspondentieadres post) {

    /** Between the co-tenants' names in column {@code medehuurder_namen} (a name has no control character). */
    public static final String SCHEIDING = "\n";

    public Huurder {
        medehuurders = medehuurders == null ? List.of() : List.copyOf(medehuurders);
    }

    /** A tenant without co-tenants whose mail goes to the dwelling. */
    public Huurder(String naam, String straat, Integer huisnummer, String huisletter, String toevoeging,
                   String postcode, String woonplaats) {
        this(naam, straat, huisnummer, huisletter, toevoeging, postcode, woonplaats, List.of(), null);
    }

    /**
     * The tenant's columns in {@code huurder}: the one list of the staging insert and the addressee query.
     * The {@code corr_*} columns came with {@link Kolomschema} (no SQL file); {@code medehuurder_namen} is
     * filled by the intake check from medehuurders.csv, so it is no column of huurders.csv.
     */
    public enum Kolom {
        NAAM("huurder_naam", Types.VARCHAR, Huurder::naam),
        STRAAT("straat", Types.VARCHAR, Huurder::straat),
        HUISNUMMER("huisnummer", Types.INTEGER, Huurder::huisnummer),
        HUISLETTER("huisletter", Types.VARCHAR, Huurder::huisletter),
        TOEVOEGING("toevoeging", Types.VARCHAR, Huurder::toevoeging),
        POSTCODE("postcode", Types.VARCHAR, Huurder::postcode),
        WOONPLAATS("woonplaats", Types.VARCHAR, Huurder::woonplaats),
        CORR_TAV("corr_tav", Types.VARCHAR, h -> h.post == null ? null : h.post.tav()),
        CORR_STRAAT("corr_straat", Types.VARCHAR, h -> h.post == null ? null : h.post.straat()),
        CORR_HUISNUMMER("corr_huisnummer", Types.INTEGER, h -> h.post == null ? null : h.post.huisnummer()),
        CORR_HUISLETTER("corr_huisletter", Types.VARCHAR, h -> h.post == null ? null : h.post.huisletter()),
        CORR_TOEVOEGING("corr_toevoeging", Types.VARCHAR, h -> h.post == null ? null : h.post.toevoeging()),
        CORR_POSTCODE("corr_postcode", Types.VARCHAR, h -> h.post == null ? null : h.post.postcode()),
        CORR_WOONPLAATS("corr_woonplaats", Types.VARCHAR, h -> h.post == null ? null : h.post.woonplaats()),
        CORR_LAND("corr_land", Types.VARCHAR, h -> h.post == null ? null : h.post.land()),
        MEDEHUURDER_NAMEN("medehuurder_namen", Types.VARCHAR, h -> h.medehuurders.isEmpty() ? null
                : String.join(SCHEIDING, h.medehuurders));

        private final String naam;
        private final int sqlType;
        private final Function<Huurder, Object> waarde;

        Kolom(String naam, int sqlType, Function<Huurder, Object> waarde) {
            this.naam = naam;
            this.sqlType = sqlType;
            this.waarde = waarde;
        }

        public String naam() {
            return naam;
        }

        public int sqlType() {
            return sqlType;
        }

        /** A column of huurders.csv (all but the co-tenants' names, which come from medehuurders.csv). */
        public boolean invoer() {
            return this != MEDEHUURDER_NAMEN;
        }
    }

    private static final List<Kolom> KOLOMMEN = List.of(Kolom.values());

    /** The column names, comma-separated, each prefixed with {@code alias.} when given. */
    public static String kolommen(String alias) {
        StringBuilder tekst = new StringBuilder();
        for (Kolom kolom : KOLOMMEN) {
            if (!tekst.isEmpty()) {
                tekst.append(", ");
            }
            tekst.append(alias == null ? "" : alias + ".").append(kolom.naam);
        }
        return tekst.toString();
    }

    /** The named parameters of {@link #kolommen}. */
    public static String parameters() {
        StringBuilder tekst = new StringBuilder();
        for (Kolom kolom : KOLOMMEN) {
            if (!tekst.isEmpty()) {
                tekst.append(", ");
            }
            tekst.append(':').append(kolom.naam);
        }
        return tekst.toString();
    }

    /** Adds every column's value to a row's parameters. */
    public void bind(Contract.Parameters parameters) {
        for (Kolom kolom : KOLOMMEN) {
            parameters.zet(kolom.naam, kolom.waarde.apply(this), kolom.sqlType);
        }
    }

    /** Reads tenants from the rows of one result set by column name, looked up once per result set. */
    public static final class Lezer {
        private final int naam;
        private final int straat;
        private final int huisnummer;
        private final int huisletter;
        private final int toevoeging;
        private final int postcode;
        private final int woonplaats;
        private final int[] post;
        private final int namen;

        public Lezer(ResultSet rs) throws SQLException {
            naam = rs.findColumn(Kolom.NAAM.naam);
            straat = rs.findColumn(Kolom.STRAAT.naam);
            huisnummer = rs.findColumn(Kolom.HUISNUMMER.naam);
            huisletter = rs.findColumn(Kolom.HUISLETTER.naam);
            toevoeging = rs.findColumn(Kolom.TOEVOEGING.naam);
            postcode = rs.findColumn(Kolom.POSTCODE.naam);
            woonplaats = rs.findColumn(Kolom.WOONPLAATS.naam);
            List<Kolom> corr = List.of(Kolom.CORR_TAV, Kolom.CORR_STRAAT, Kolom.CORR_HUISNUMMER, Kolom.CORR_HUISLETTER,
                    Kolom.CORR_TOEVOEGING, Kolom.CORR_POSTCODE, Kolom.CORR_WOONPLAATS, Kolom.CORR_LAND);
            post = new int[corr.size()];
            for (int i = 0; i < post.length; i++) {
                post[i] = rs.findColumn(corr.get(i).naam);
            }
            namen = rs.findColumn(Kolom.MEDEHUURDER_NAMEN.naam);
        }

        public Huurder lees(ResultSet rs) throws SQLException {
            int nummer = rs.getInt(huisnummer);
            Integer gelezen = rs.wasNull() ? null : nummer;
            String medehuurders = rs.getString(namen);
            return new Huurder(rs.getString(naam), rs.getString(straat), gelezen, rs.getString(huisletter),
                    rs.getString(toevoeging), rs.getString(postcode), rs.getString(woonplaats),
                    medehuurders == null ? List.of() : List.of(medehuurders.split(SCHEIDING)), leesPost(rs));
        }

        private Correspondentieadres leesPost(ResultSet rs) throws SQLException {
            String straat = rs.getString(post[1]);
            if (straat == null) {
                return null;
            }
            int nummer = rs.getInt(post[2]);
            Integer huisnummer = rs.wasNull() ? null : nummer;
            return new Correspondentieadres(rs.getString(post[0]), straat, huisnummer, rs.getString(post[3]),
                    rs.getString(post[4]), rs.getString(post[5]), rs.getString(post[6]), rs.getString(post[7]));
        }
    }
}
