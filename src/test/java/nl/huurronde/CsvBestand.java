package nl.huurronde;

import com.opencsv.CSVReader;
import com.opencsv.CSVReaderBuilder;
import com.opencsv.RFC4180ParserBuilder;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Reads an output CSV back (RFC 4180) into rows keyed by column name, for assertions. */
public final class CsvBestand {

    private CsvBestand() {}

    public static List<Map<String, String>> lees(Path pad) throws IOException {
        return lees(pad, ',');
    }

    /** With another separator ({@code ;} of the excel-nl dialect). */
    public static List<Map<String, String>> lees(Path pad, char scheiding) throws IOException {
        try (Reader r = Files.newBufferedReader(pad, StandardCharsets.UTF_8);
             CSVReader csv = new CSVReaderBuilder(r)
                     .withCSVParser(new RFC4180ParserBuilder().withSeparator(scheiding).build()).build()) {
            List<String[]> alle = csv.readAll();
            String[] koppen = alle.get(0);
            List<Map<String, String>> rijen = new ArrayList<>();
            for (String[] velden : alle.subList(1, alle.size())) {
                Map<String, String> rij = new LinkedHashMap<>();
                for (int i = 0; i < koppen.length; i++) {
                    rij.put(koppen[i], velden[i]);
                }
                rijen.add(rij);
            }
            return rijen;
        } catch (com.opencsv.exceptions.CsvException e) {
            throw new IOException(e);
        }
    }

    /** Rows keyed by the value of one column. */
    public static Map<String, Map<String, String>> perSleutel(Path pad, String kolom) throws IOException {
        Map<String, Map<String, String>> perSleutel = new LinkedHashMap<>();
        for (Map<String, String> rij : lees(pad)) {
            perSleutel.put(rij.get(kolom), rij);
        }
        return perSleutel;
    }
}
