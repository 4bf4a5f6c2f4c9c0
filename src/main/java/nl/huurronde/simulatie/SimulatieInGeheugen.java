package nl.huurronde.simulatie;

import java.io.IOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import nl.huurronde.huursom.HuursomBepaling;
import nl.huurronde.huursom.HuursomCijfers;
import nl.huurronde.regels.ContractFeiten;
import nl.huurronde.regels.Huursom;
import nl.huurronde.register.Ronde;
import nl.huurronde.register.Rondes;
import nl.huurronde.uitvoer.Uitvoer;
import nl.huurronde.voorstel.Berekening;
import nl.huurronde.voorstel.Doorrekening;
import nl.huurronde.voorstel.VoorstelVersie;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Everything after the intake in memory: compute, huursom (figures, cap search, cap applied), then the
 * outputs. The same {@link Berekening}, {@link HuursomBepaling} and {@link Uitvoer} as the yearly run's
 * steps, so the audit and the report come out byte for byte as a yearly run on the same inputs would
 * write them.
 */
@Component
class SimulatieInGeheugen {

    private static final Logger LOG = LoggerFactory.getLogger(SimulatieInGeheugen.class);

    private final Rondes rondes;
    private final Doorrekening doorrekening;
    private final HuursomBepaling huursom;
    private final HuursomCijfers cijfers;
    private final Uitvoer uitvoer;

    SimulatieInGeheugen(Rondes rondes, Doorrekening doorrekening, HuursomBepaling huursom, HuursomCijfers cijfers,
              Uitvoer uitvoer) {
        this.rondes = rondes;
        this.doorrekening = doorrekening;
        this.huursom = huursom;
        this.cijfers = cijfers;
        this.uitvoer = uitvoer;
    }

    void voerUit(String runId) throws IOException, InterruptedException {
        Ronde ronde = rondes.laad(runId);
        long start = System.nanoTime();
        List<VoorstelVersie> voorstellen = doorrekening.berekenAlle(runId, ronde.config());
        long berekend = System.nanoTime();

        BigDecimal cap = huursom.bepaal(runId, ronde.beleid(), voorstellen::forEach, feiten(voorstellen)).cap();
        if (cap != null) {
            Berekening berekening = new Berekening(ronde.config());
            voorstellen.replaceAll(v -> Berekening.capKanRaken(v) ? berekening.metCap(v, cap) : v);
        }
        cijfers.legVastNaCap(runId, cap != null, voorstellen::forEach);
        long huursomKlaar = System.nanoTime();

        // Contract ids are ASCII ([A-Za-z0-9._-]), so String order is the code-point order of the yearly run's export.
        voorstellen.sort(Comparator.comparing(VoorstelVersie::contractId));
        uitvoer.schrijf(rondes.laad(runId), voorstellen::forEach); // re-read: the run now has its cap
        long klaar = System.nanoTime();

        LOG.info("simuleren: {} contracten; berekenen {} s, huursom {} s, uitvoer {} s ({} contracten/s na de intake)",
                voorstellen.size(), seconden(berekend - start), seconden(huursomKlaar - berekend),
                seconden(klaar - huursomKlaar), Math.round(voorstellen.size() / Math.max(1e-9, (klaar - start) / 1e9)));
    }

    private static String seconden(long nanos) {
        return String.format(java.util.Locale.ROOT, "%.2f", nanos / 1e9);
    }

    /**
     * The rule inputs of the uncapped proposals, built at the first probe of the cap search (none when the
     * huursom fits without a cap); each probe is one pass over them.
     */
    private static Huursom.Bron feiten(List<VoorstelVersie> voorstellen) {
        List<ContractFeiten> feiten = new ArrayList<>();
        return actie -> {
            if (feiten.isEmpty()) {
                voorstellen.forEach(v -> feiten.add(v.feiten()));
            }
            feiten.forEach(actie);
        };
    }
}
