package nl.huurronde.voorstel;

import java.math.BigDecimal;
import java.time.LocalDate;

import nl.huurronde.beleid.JobConfig;
import nl.huurronde.regels.Beleid;
import nl.huurronde.regels.Nacontrole;
import nl.huurronde.regels.Rekenregels;
import nl.huurronde.regels.Soort;
import nl.huurronde.regels.Verhogingstermijn;
import nl.huurronde.regels.Voorstel;

/**
 * What the compute and huursom steps do with one contract, so the yearly run (in chunks, through the
 * voorstel table) and the simulation (in memory) cannot drift apart.
 */
public final class Berekening {

    private final Beleid beleid;
    private final Nacontrole.Limieten limieten;
    private final String beleidSha;
    private final LocalDate ingangsdatum;
    /** A supplementary run's send date (its letters go later than the round's); null for the round itself. */
    private final LocalDate verzenddatum;
    private final int bezorgdagen;

    public Berekening(JobConfig config) {
        this(config, null);
    }

    /** @param aanvulVerzenddatum a supplementary run's own send date, which may move an ingangsdatum; or null */
    public Berekening(JobConfig config, LocalDate aanvulVerzenddatum) {
        this.verzenddatum = aanvulVerzenddatum;
        this.bezorgdagen = config.bezorgdagen();
        this.beleid = config.beleid();
        this.limieten = config.wet().limieten();
        this.beleidSha = config.sha256(); // hashes the whole policy text: once, not per contract
        this.ingangsdatum = config.ingangsdatum();
    }

    /** Version 1 without a huursom cap, checked against the law (rules.md §6). */
    VoorstelVersie eerste(ContractInvoer invoer) {
        Voorstel voorstel = Rekenregels.bereken(invoer.feiten(), beleid, null);
        Nacontrole.controleer(invoer.feiten(), voorstel, limieten);
        // the round's date, or the contract's own 12 months after its last increase (null: no proposal)
        LocalDate eigen = Verhogingstermijn.bepaal(ingangsdatum, invoer.contract().laatsteVerhoging()).ingangsdatum();
        if (verzenddatum != null) {
            // sent later than the round: still two months' notice, else a later first of the month
            Verhogingstermijn.Uitkomst later = Verhogingstermijn.naVerzending(eigen, verzenddatum, bezorgdagen);
            if (later.reden() != null) {
                eigen = later.ingangsdatum();
                voorstel = VoorstelVersie.metReden(voorstel, later.reden());
            }
        }
        return VoorstelVersie.eerste(invoer, voorstel, null, beleidSha, eigen);
    }

    /** The same proposal recomputed with the huursom cap c. */
    public VoorstelVersie metCap(VoorstelVersie versie, BigDecimal cap) {
        return versie.met(Rekenregels.bereken(versie.feiten(), beleid, cap), cap);
    }

    /**
     * Only the soorten whose percentage c can lower are recomputed (the SQL of the yearly run's
     * huursomToepassen step selects the same two).
     */
    public static boolean capKanRaken(VoorstelVersie versie) {
        Soort soort = versie.voorstel().soort();
        return soort == Soort.REGULIER || soort == Soort.WOONWAGEN;
    }
}
