package nl.huurronde.intake;

/** The {@code sleutel} column of afgewezen.csv for rows whose own validation found nothing. */
final class Sleutels {

    private Sleutels() {}

    static String contract(String contractId) {
        return contractId == null ? "" : Staging.schoon(contractId);
    }

    /** "8011VM|12|A|BIS" → "8011VM 12A BIS". */
    static String adres(String adresSleutel) {
        if (adresSleutel == null) {
            return "";
        }
        String[] delen = adresSleutel.split("\\|", -1);
        StringBuilder sb = new StringBuilder(delen[0]);
        if (delen.length > 1) {
            sb.append(' ').append(delen[1]);
        }
        if (delen.length > 2) {
            sb.append(delen[2]);
        }
        if (delen.length > 3 && !delen[3].isEmpty()) {
            sb.append(' ').append(delen[3]);
        }
        return Staging.schoon(sb.toString());
    }
}
