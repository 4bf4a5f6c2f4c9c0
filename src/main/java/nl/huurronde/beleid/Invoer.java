package nl.huurronde.beleid;

import java.nio.file.Path;

/**
 * The input extracts (job file {@code invoer}), absolute. Exactly one of {@code inkomen}
 * (incomes per person), {@code inkomenscategorie} (the Belastingdienst's category per
 * address, plain CSV) and {@code inkomensantwoord} (the Belastingdienst's answer zip: the categories
 * and the household statements) is non-null.
 *
 * @param inkomenCodering the encoding of whichever income file the job names (for the answer: its CSV)
 * @param medehuurders    the co-tenants (medehuurders.csv, #20), optional: null when the job names none
 */
public record Invoer(Path huurders, Path brp, Path inkomen, Path inkomenscategorie, Path inkomensantwoord,
                     Codering huurdersCodering, Codering brpCodering, Codering inkomenCodering, Path medehuurders,
                     Codering medehuurdersCodering) {

    /** The income comes as a category per address (plain CSV or the answer zip), not as incomes per person. */
    public boolean perAdres() {
        return inkomenscategorie != null || inkomensantwoord != null;
    }
}
