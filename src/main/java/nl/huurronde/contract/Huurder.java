package nl.huurronde.contract;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.util.List;
import java.util.function.Function;

/**
 * The tenant as huurders.csv names them: name and address, for the envelope window (the letters, a
 * bezwaar's revised letter). Only in the staging table {@code huurder}, never in {@code voorstel}. Parts
 * that could not be read are null (a rejected row).
 *
 * @param postcode   normalised {@code 1234AB}
 * @param huisletter upper case
 */
public record Huurder(String naam, String straat, Integer huisnummer, String huisletter, String toevoeging,
                      String postcode, String woonplaats) {

    /** The tenant's columns in {@code huurder}: the one list of the staging insert and the addressee query. */
    public enum Kolom {
        NAAM("huurder_naam", Types.VARCHAR, Huurder::naam),
        STRAAT("straat", Types.VARCHAR, Huurder::straat),
        HUISNUMMER("huisnummer", Types.INTEGER, Huurder::huisnummer),
        HUISLETTER("huisletter", Types.VARCHAR, Huurder::huisletter),
        TOEVOEGING("toevoeging", Types.VARCHAR, Huurder::toevoeging),
        POSTCODE("postcode", Types.VARCHAR, Huurder::postcode),
        WOONPLAATS("woonplaats", Types.VARCHAR, Huurder::woonplaats);

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

        public Lezer(ResultSet rs) throws SQLException {
            naam = rs.findColumn(Kolom.NAAM.naam);
            straat = rs.findColumn(Kolom.STRAAT.naam);
            huisnummer = rs.findColumn(Kolom.HUISNUMMER.naam);
            huisletter = rs.findColumn(Kolom.HUISLETTER.naam);
            toevoeging = rs.findColumn(Kolom.TOEVOEGING.naam);
            postcode = rs.findColumn(Kolom.POSTCODE.naam);
            woonplaats = rs.findColumn(Kolom.WOONPLAATS.naam);
        }

        public Huurder lees(ResultSet rs) throws SQLException {
            int nummer = rs.getInt(huisnummer);
            Integer gelezen = rs.wasNull() ? null : nummer;
            return new Huurder(rs.getString(naam), rs.getString(straat), gelezen, rs.getString(huisletter),
                    rs.getString(toevoeging), rs.getString(postcode), rs.getString(woonplaats));
        }
    }
}
