package nl.huurronde.huursom;

import nl.huurronde.regels.Beleid;
import nl.huurronde.regels.Huursom;
import nl.huurronde.register.RondeRegister;
import nl.huurronde.voorstel.Voorstellen;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * The huursom step (rules.md §5) on the uncapped proposals, wherever they are: record the figures
 * before the cap, search the cap c when the huursom is above the limit, and register it with the run.
 */
@Component
public class HuursomBepaling {

    private static final Logger LOG = LoggerFactory.getLogger(HuursomBepaling.class);

    private final HuursomCijfers cijfers;
    private final RondeRegister register;

    HuursomBepaling(HuursomCijfers cijfers, RondeRegister register) {
        this.cijfers = cijfers;
        this.register = register;
    }

    /**
     * @param voorstellen the uncapped proposals, for the figures before the cap
     * @param feiten      the same contracts' rule inputs, one pass per probe of the cap search
     */
    public Huursom.Uitkomst bepaal(String runId, Beleid beleid, Voorstellen voorstellen, Huursom.Bron feiten) {
        cijfers.legVast(runId, HuursomCijfers.VOOR_CAP, voorstellen);
        Huursom.Uitkomst uitkomst = Huursom.bepaalCap(feiten, beleid,
                cijfers.somInHuursom(runId, HuursomCijfers.VOOR_CAP));
        register.zetCap(runId, uitkomst.cap());
        LOG.info("huursom: {}% zonder cap, maximum {}%{}", uitkomst.zonderCap().pct(),
                beleid.huursomMaxPct().movePointRight(2).stripTrailingZeros().toPlainString(),
                uitkomst.cap() == null ? "; geen cap nodig"
                        : "; cap c = " + uitkomst.cap().movePointRight(2).toPlainString() + "% geeft "
                          + uitkomst.metCap().pct() + "%");
        return uitkomst;
    }

    /**
     * A supplementary run: no search of its own, the main run's cap c (docs/decisions.md) applies to its
     * proposals as to the round's; the figures before the cap are recorded as in {@link #bepaal}.
     */
    public void neemCapOver(String runId, String hoofdrun, Voorstellen voorstellen) {
        cijfers.legVast(runId, HuursomCijfers.VOOR_CAP, voorstellen);
        RondeRegister.RondeRij hoofd = register.vind(hoofdrun).orElseThrow();
        register.zetCap(runId, hoofd.huursomCap());
        LOG.info("huursom: cap van run {}: {}", hoofdrun, hoofd.huursomCap() == null ? "niet nodig"
                : hoofd.huursomCap().movePointRight(2).toPlainString() + "%");
    }
}
