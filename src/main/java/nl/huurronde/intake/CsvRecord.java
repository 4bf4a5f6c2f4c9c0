package nl.huurronde.intake;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One record of an extract, before validation.
 *
 * @param regel             physical line where the record starts (1 = first line of the file)
 * @param velden            lower-case column name to raw (untrimmed) value; a column the record has no
 *                          field for is absent. Very long fields are cut off by the reader (still too
 *                          long for every check), so memory stays bounded.
 * @param veldenAantalFout  the record has more or fewer fields than the header
 */
public record CsvRecord(long regel, Map<String, String> velden, boolean veldenAantalFout) {

    public CsvRecord {
        // the reader's own map is read-only and shared by nobody; any other is copied
        velden = velden instanceof Velden ? velden : Collections.unmodifiableMap(new LinkedHashMap<>(velden));
    }

    /** The raw value of a column, or null when the record has no such field. */
    public String waarde(String kolom) {
        return velden.get(kolom);
    }
}
