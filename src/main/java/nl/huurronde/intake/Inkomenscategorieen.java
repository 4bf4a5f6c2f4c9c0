package nl.huurronde.intake;

import java.util.LinkedHashSet;
import java.util.Set;

import nl.huurronde.regels.Beleid;
import nl.huurronde.regels.HuishoudenFeiten;

/** The categories inkomenscategorie.csv may name: LAAG, ONBEKEND and the policy's IAH bands. */
final class Inkomenscategorieen {

    private Inkomenscategorieen() {}

    static Set<String> geldig(Beleid beleid) {
        Set<String> geldig = new LinkedHashSet<>();
        geldig.add(HuishoudenFeiten.LAAG);
        geldig.add(HuishoudenFeiten.ONBEKEND);
        beleid.iahBanden().forEach(b -> geldig.add(b.naam()));
        return geldig;
    }
}
