package nl.huurronde.brieven;

import nl.huurronde.voorstel.VoorstelVersie;

/** One letter to write: the stored proposal and the tenant's name and address from the roll. */
/**
 * @param verklaring the file of the tenant's huishoudverklaring to enclose (IAH on the answer zip), or null
 */
record BriefItem(VoorstelVersie voorstel, Geadresseerde geadresseerde, java.nio.file.Path verklaring) {}
