package nl.huurronde.intake;

import java.io.IOException;
import java.io.Writer;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import nl.huurronde.beleid.JobConfig;
import nl.huurronde.bestand.Uitvoerbestand;
import nl.huurronde.contract.Contract;
import nl.huurronde.contract.Huurder;
import nl.huurronde.regels.Rekenregels;

/**
 * The income request to the Belastingdienst (issue 19, docs/opdrachten.md "inkomensverzoek"): one line
 * per address for which the round may charge an IAH ({@link Rekenregels#iahMogelijk}), each address
 * once, with only postcode, huisnummer, huisletter and toevoeging (data minimisation: no names, no
 * contract ids). The roll is read and validated exactly as the run's intake reads it ({@link CsvLezer},
 * {@link HuurderValidatie}); a rejected row is listed, never sent.
 */
public final class Inkomensverzoek {

    /** The portal's column names, for the optional header line. */
    static final List<String> KOPPEN = List.of("postcode", "huisnummer", "huisletter", "huisnummertoevoeging");

    private Inkomensverzoek() {}

    /**
     * @param scheiding the field separator ({@code ;} by default, docs/opdrachten.md)
     * @param kopregel  write the header line first
     * @return the addresses written and the rows of the roll that were not sent because they were rejected
     */
    public static Uitkomst schrijf(JobConfig config, Path uit, char scheiding, boolean kopregel)
            throws InvoerFout, IOException {
        HuurderValidatie validatie = new HuurderValidatie(config.beleid());
        Set<String> gezien = new HashSet<>();
        List<Afwijzing> afgewezen = new ArrayList<>();
        long adressen = 0;
        long contracten = 0;
        try (CsvLezer lezer = CsvLezer.open(config.invoer().huurders(), Bestandsoort.HUURDERS,
                config.invoer().huurdersCodering().tekenset());
             Uitvoerbestand bestand = Uitvoerbestand.open(uit);
             Writer schrijver = bestand.schrijver()) {
            if (kopregel) {
                regel(schrijver, scheiding, KOPPEN.toArray(String[]::new));
            }
            for (CsvRecord record = lezer.volgende(); record != null; record = lezer.volgende()) {
                contracten++;
                Gelezen<HuurderRegel> gelezen = validatie.valideer(record);
                if (gelezen.afgewezen()) {
                    afgewezen.addAll(gelezen.afwijzingen());
                    continue;
                }
                HuurderRegel h = gelezen.regel();
                Contract c = h.contract();
                if (!Rekenregels.iahMogelijk(c.sector(), c.woningtype(), c.huurbevriezing(), c.chronischZiek(),
                        c.kaleHuur(), c.streefhuur(), config.beleid()) || !gezien.add(h.adresSleutel())) {
                    continue;
                }
                Huurder a = h.huurder();
                regel(schrijver, scheiding, a.postcode(), String.valueOf(a.huisnummer()), leeg(a.huisletter()),
                        leeg(a.toevoeging()));
                adressen++;
            }
            schrijver.flush();
            bestand.voltooi();
        }
        return new Uitkomst(contracten, adressen, afgewezen);
    }

    /**
     * @param contracten records of the roll read
     * @param adressen   lines written (distinct addresses)
     * @param afgewezen  the reasons of the rejected rows (file, line, contract_id, column; never an address)
     */
    public record Uitkomst(long contracten, long adressen, List<Afwijzing> afgewezen) {
        public long afgewezenRegels() {
            return afgewezen.stream().mapToLong(Afwijzing::regel).distinct().count();
        }
    }

    private static String leeg(String waarde) {
        return waarde == null ? "" : waarde.strip();
    }

    /** One line, CRLF; a field with the separator, a quote or a line break is quoted (RFC 4180). */
    private static void regel(Writer uit, char scheiding, String... velden) throws IOException {
        for (int i = 0; i < velden.length; i++) {
            if (i > 0) {
                uit.write(scheiding);
            }
            String veld = velden[i];
            if (veld.indexOf(scheiding) >= 0 || veld.indexOf('"') >= 0 || veld.indexOf('\n') >= 0
                    || veld.indexOf('\r') >= 0) {
                uit.write('"');
                uit.write(veld.replace("\"", "\"\""));
                uit.write('"');
            } else {
                uit.write(veld);
            }
        }
        uit.write("\r\n");
    }
}
