package nl.huurronde.brieven;

import java.util.List;

/** Letters that are written and committed together: one print file, or a batch of archive letters. */
record BriefPakket(int nummer, List<BriefItem> brieven) {}
