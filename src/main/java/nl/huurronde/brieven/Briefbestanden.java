package nl.huurronde.brieven;

import java.nio.file.Path;

/** Where the letters step puts a run's letters, for readers outside this package (the desk). */
public final class Briefbestanden {

    private Briefbestanden() {}

    /** The archive letter of one contract ({@code brieven/<contract_id>.pdf}); absent when the run made print files only. */
    public static Path archiefbrief(Path runMap, String contractId) {
        return runMap.resolve(BrievenSchrijver.PER_CONTRACT_MAP).resolve(contractId + ".pdf");
    }

    /** A print file named in drukbestand_index ({@code drukbestanden/<bestand>}). */
    public static Path drukbestand(Path runMap, String bestand) {
        return runMap.resolve(BrievenSchrijver.DRUKBESTAND_MAP).resolve(bestand);
    }
}
