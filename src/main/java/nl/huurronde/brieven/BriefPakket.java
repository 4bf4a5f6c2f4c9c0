package nl.huurronde.brieven;

/**
 * Letters that are written and committed together: one print file, or a batch of archive letters. Its letters
 * are read in portions while they are written ({@link BrievenLezer}), so a package of 5,000 is not held whole.
 */
record BriefPakket(int nummer, int aantal, Iterable<BriefItem> brieven) {}
