package nl.huurronde;

import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import nl.huurronde.register.RondeFout;

/**
 * A database that cannot be used at start-up (not running, unknown host, login refused, no such database)
 * as one line that says where and what to check, instead of the chain of beans that could not be created
 * (issue #24). Only the host and port of the JDBC URL are named: the URL may carry a password.
 */
final class Verbindingsfout {

    private static final Pattern POSTGRES = Pattern.compile("^jdbc:postgresql://([^/?#]*)(/[^?#]*)?");
    private static final String CONTROLEER_URL = "controleer HUURRONDE_DB_URL of start de database";

    private Verbindingsfout() {}

    /** The one line for a failed start-up caused by the database connection, or null for another cause. */
    static RondeFout van(Throwable fout, String url) {
        String plek = plek(url);
        String sqlState = null;
        for (Throwable t = fout; t != null; t = t.getCause() == t ? null : t.getCause()) {
            String reden = switch (t) {
                case ConnectException c -> "verbinding geweigerd";
                case UnknownHostException u -> "onbekende host";
                case NoRouteToHostException n -> "geen route naar de host";
                case SocketTimeoutException s -> "geen antwoord binnen de wachttijd";
                default -> null;
            };
            if (reden != null) {
                return new RondeFout("database niet bereikbaar op " + plek + " (" + reden + "); " + CONTROLEER_URL);
            }
            if (t instanceof SQLException sql && sql.getSQLState() != null && sqlState == null) {
                sqlState = sql.getSQLState();
            }
        }
        if (sqlState == null) {
            return null;
        }
        if (sqlState.startsWith("28")) {
            return new RondeFout("database op " + plek + " weigert de aanmelding (gebruiker of wachtwoord onjuist); "
                    + "controleer HUURRONDE_DB_USER en HUURRONDE_DB_PASSWORD");
        }
        if (sqlState.equals("3D000")) {
            return new RondeFout("database " + databanknaam(url) + " bestaat niet op " + plek
                    + "; maak hem aan of controleer HUURRONDE_DB_URL");
        }
        if (sqlState.startsWith("08")) {
            return new RondeFout("database niet bereikbaar op " + plek + " (verbinding mislukt, SQLSTATE " + sqlState
                    + "); " + CONTROLEER_URL);
        }
        return null;
    }

    /** host:port of a PostgreSQL URL (the driver's default port 5432 when it has none); else the URL without options. */
    static String plek(String url) {
        if (url == null) {
            return "(onbekend adres)";
        }
        Matcher m = POSTGRES.matcher(url);
        if (m.find()) {
            String hosts = m.group(1).isEmpty() ? "localhost" : m.group(1);
            return Arrays.stream(hosts.split(",")).map(h -> h.matches(".*:\\d+$") ? h : h + ":5432")
                    .collect(Collectors.joining(","));
        }
        if (url.startsWith("jdbc:postgresql:")) {
            return "localhost:5432";
        }
        return url.split("[;?]", 2)[0];
    }

    private static String databanknaam(String url) {
        Matcher m = url == null ? null : POSTGRES.matcher(url);
        return m != null && m.find() && m.group(2) != null && m.group(2).length() > 1
                ? "'" + m.group(2).substring(1) + "'" : "";
    }
}
