package nl.huurronde.brieven;

import nl.huurronde.voorstel.VoorstelVersie;

/** One letter to write: the stored proposal and the tenant's name and address from the roll. */
record BriefItem(VoorstelVersie voorstel, Geadresseerde geadresseerde) {}
