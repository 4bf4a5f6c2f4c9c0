package nl.huurronde.intake;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Writes real test files and reads them back through the real reader. */
final class Bestanden {

    static final String HUURDERS_KOP = "contract_id,vhe_id,huurder_naam,straat,huisnummer,huisletter,toevoeging,"
            + "postcode,woonplaats,woningtype,contract_ingang,aanvangshuur,sector,kale_huur,servicekosten,"
            + "maximale_huur,wws_punten,streefhuur,chronisch_ziek,huurbevriezing,woningverbetering_datum,in_bezit_sinds";

    private Bestanden() {}

    static Path schrijf(Path map, String naam, String inhoud) {
        return schrijf(map, naam, inhoud.getBytes(StandardCharsets.UTF_8));
    }

    static Path schrijf(Path map, String naam, byte[] inhoud) {
        try {
            return Files.write(map.resolve(naam), inhoud);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static List<CsvRecord> alles(Path pad, Bestandsoort soort) throws Exception {
        List<CsvRecord> records = new ArrayList<>();
        try (CsvLezer lezer = CsvLezer.open(pad, soort, UTF_8)) {
            for (CsvRecord r = lezer.volgende(); r != null; r = lezer.volgende()) {
                records.add(r);
            }
        }
        return records;
    }

    static byte[] samen(byte[]... delen) {
        int lengte = 0;
        for (byte[] deel : delen) {
            lengte += deel.length;
        }
        byte[] uit = new byte[lengte];
        int positie = 0;
        for (byte[] deel : delen) {
            System.arraycopy(deel, 0, uit, positie, deel.length);
            positie += deel.length;
        }
        return uit;
    }

    static byte[] utf8(String tekst) {
        return tekst.getBytes(StandardCharsets.UTF_8);
    }
}
