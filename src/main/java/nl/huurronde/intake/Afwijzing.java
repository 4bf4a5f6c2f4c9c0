package nl.huurronde.intake;

/**
 * One line of afgewezen.csv ({@code bestand,regel,sleutel,kolom,reden}).
 *
 * @param bestand the logical file name ({@link Bestandsoort#naam()})
 * @param regel   physical line where the record starts
 * @param sleutel contract_id (huurders, medehuurders), readable address (brp, inkomenscategorie), empty (inkomen)
 * @param kolom   the failing column; empty when the record as a whole cannot be read
 * @param reden   plain Dutch; never a BSN, birth date, income, name or address
 */
public record Afwijzing(String bestand, long regel, String sleutel, String kolom, String reden) {

    /**
     * The {@code sleutel} of any record of the file, as the validators write it: the contract_id as
     * written (trimmed, control characters replaced, at most 40 characters) for huurders.csv, the
     * readable address for brp.csv and inkomenscategorie.csv, empty for inkomen.csv. For staging, so the
     * duplicate pass can write its rejections with the same key.
     */
    public static String sleutelVoor(Bestandsoort soort, CsvRecord record) {
        return switch (soort) {
            case HUURDERS, MEDEHUURDERS -> Waarden.veilig(Waarden.schoon(record.waarde("contract_id")), 40);
            case INKOMEN -> "";
            case BRP, INKOMENSCATEGORIE, INKOMENSANTWOORD -> {
                Rij rij = new Rij(soort, record);
                yield rij.adres(false).leesbaar(rij);
            }
        };
    }

    /**
     * The rejection of one occurrence of a duplicate (inputs.md): contract_id in huurders.csv, BSN in
     * brp.csv and inkomen.csv, the address in inkomenscategorie.csv. Every occurrence gets one, also a
     * row already rejected for another reason.
     */
    public static Afwijzing dubbel(Bestandsoort soort, long regel, String sleutel) {
        return switch (soort) {
            case HUURDERS -> new Afwijzing(soort.naam(), regel, sleutel, "contract_id",
                    "contract_id komt meer dan eens voor; alle regels met deze contract_id zijn afgewezen");
            case MEDEHUURDERS -> new Afwijzing(soort.naam(), regel, sleutel, "medehuurder_naam",
                    "medehuurder staat al eerder bij dit contract_id; alleen de eerste regel telt");
            case BRP, INKOMEN -> new Afwijzing(soort.naam(), regel, sleutel, "bsn",
                    "bsn komt meer dan eens voor; alle regels met dit bsn zijn afgewezen");
            case INKOMENSCATEGORIE, INKOMENSANTWOORD -> new Afwijzing(soort.naam(), regel, sleutel, "postcode",
                    "adres komt meer dan eens voor; alle regels met dit adres zijn afgewezen");
        };
    }
}
