package nl.huurronde.intake;

import java.util.List;

/**
 * What the pre-check learned of a whole file: for run.json and the run log.
 *
 * @param sha256            lower-case hex of the raw bytes
 * @param records           data records (header, blank lines and rows of only empty fields not counted)
 * @param onbekendeKolommen header columns the job does not know, as written (trimmed), in header order
 */
public record BestandInfo(String sha256, long records, List<String> onbekendeKolommen) {

    public BestandInfo {
        onbekendeKolommen = List.copyOf(onbekendeKolommen);
    }
}
