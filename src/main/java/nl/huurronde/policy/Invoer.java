package nl.huurronde.policy;

import java.nio.file.Path;

/**
 * The input extracts (job file {@code invoer}), absolute. Exactly one of {@code inkomen}
 * (incomes per person) and {@code inkomenscategorie} (the Belastingdienst's category per
 * address) is non-null.
 */
public record Invoer(Path huurders, Path brp, Path inkomen, Path inkomenscategorie) {}
