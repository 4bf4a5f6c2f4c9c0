package nl.huurronde.beleid;

/** Which letters a run writes (job file {@code brieven}). */
public enum BrievenModus {
    /** one PDF per contract ({@code per-contract}) */
    PER_CONTRACT,
    /** print files of at most {@code drukbestand_max} letters ({@code drukbestand}) */
    DRUKBESTAND,
    /** both ({@code beide}, the default) */
    BEIDE,
    /** no letters ({@code geen}), e.g. when a mail house prints from the audit */
    GEEN
}
