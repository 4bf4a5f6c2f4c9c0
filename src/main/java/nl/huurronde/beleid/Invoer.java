package nl.huurronde.beleid;

import java.nio.file.Path;

/**
 * The input extracts (job file {@code invoer}), absolute. Exactly one of {@code inkomen}
 * (incomes per person) and {@code inkomenscategorie} (the Belastingdienst's category per
 * address) is non-null.
 *
 * @param inkomenCodering the encoding of whichever income file the job names
 */
public record Invoer(Path huurders, Path brp, Path inkomen, Path inkomenscategorie,
                     Codering huurdersCodering, Codering brpCodering, Codering inkomenCodering) {}
