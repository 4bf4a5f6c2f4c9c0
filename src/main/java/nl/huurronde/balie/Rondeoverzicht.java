package nl.huurronde.balie;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import nl.huurronde.huursom.HuursomCijfers;
import nl.huurronde.regels.Huursom;
import nl.huurronde.register.RondeRegister;
import nl.huurronde.ronde.RondeToestand;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Service;

/**
 * The runs in the database with their state, counts per soort and the huursom before and after the
 * cap: the figures {@code huurronde status} and the report show, read the same way
 * ({@link RondeToestand}, {@link HuursomCijfers}).
 */
@Service
@Profile("balie")
class Rondeoverzicht {

    /** @param voorCap null when the run did not get that far */
    record Run(RondeRegister.RondeRij rij, String toestand, Map<String, Long> perSoort, long totaal,
               Huursom.Som voorCap, Huursom.Som naCap, boolean rapport) {}

    private final RondeRegister register;
    private final RondeToestand toestand;
    private final HuursomCijfers huursom;
    private final Briefarchief archief;

    Rondeoverzicht(RondeRegister register, RondeToestand toestand, HuursomCijfers huursom, Briefarchief archief) {
        this.register = register;
        this.toestand = toestand;
        this.huursom = huursom;
        this.archief = archief;
    }

    List<Run> runs() {
        List<Run> uit = new ArrayList<>();
        for (RondeRegister.RondeRij rij : register.alle()) {
            uit.add(run(rij));
        }
        return uit;
    }

    private Run run(RondeRegister.RondeRij rij) {
        Map<String, Long> perSoort = huursom.perSoort(rij.runId());
        Huursom.Som voor = huursom.somInHuursom(rij.runId(), HuursomCijfers.VOOR_CAP);
        Huursom.Som na = huursom.somInHuursom(rij.runId(), HuursomCijfers.NA_CAP);
        return new Run(rij, toestand.omschrijving(rij), perSoort, perSoort.values().stream().mapToLong(Long::longValue).sum(),
                voor.aantal() == 0 ? null : voor, na.aantal() == 0 ? null : na,
                rij.verwijderd() == null && archief.rapport(rij).isPresent());
    }
}
