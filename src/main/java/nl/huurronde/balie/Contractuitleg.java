package nl.huurronde.balie;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import nl.huurronde.brieven.Geadresseerde;
import nl.huurronde.contract.Huurder;
import nl.huurronde.regels.Reden;
import nl.huurronde.regels.Sector;
import nl.huurronde.regels.Soort;
import nl.huurronde.regels.Woningtype;
import nl.huurronde.register.Ronde;
import nl.huurronde.register.RondeRegister;
import nl.huurronde.register.RondeStatus;
import nl.huurronde.register.Rondes;
import nl.huurronde.voorstel.VoorstelOpslag;
import nl.huurronde.voorstel.VoorstelVersie;
import nl.huurronde.voorstel.Voorsteluitleg;
import org.springframework.context.annotation.Profile;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;

/**
 * A contract's proposal explained, per stored version: what the contract page shows. Reads the versions
 * through {@link VoorstelOpslag} and the tenant through {@link Huurder}'s columns, as bezwaar and the
 * letters do; the sentences come from {@link Soort#zin()} and {@link Reden#zin()}, the law's and policy's
 * figures from {@link Voorsteluitleg} (which the Huurcommissie dossier uses too). Empty when the run is
 * unknown, not completed, or has no proposal for this contract (the page is then a 404).
 */
@Service
@Profile("balie")
class Contractuitleg {

    private final NamedParameterJdbcTemplate jdbc;
    private final RondeRegister register;
    private final Rondes rondes;
    private final VoorstelOpslag voorstellen;

    Contractuitleg(JdbcTemplate jdbc, RondeRegister register, Rondes rondes, VoorstelOpslag voorstellen) {
        this.jdbc = new NamedParameterJdbcTemplate(jdbc);
        this.register = register;
        this.rondes = rondes;
        this.voorstellen = voorstellen;
    }

    /**
     * @param gezondheid the reader may see health data (chronic illness); otherwise such a reason is
     *                   replaced by a note that it is hidden
     * @param beleid     the law and policy figures of the run; null when its job file cannot be read now
     */
    record Uitleg(RondeRegister.RondeRij run, String contractId, Geadresseerde huurder, List<Versie> versies,
                  boolean gezondheidVerborgen, Beleidscijfers beleid, String beleidMelding) {

        public Versie laatste() {
            return versies.get(versies.size() - 1);
        }
    }

    /** One version of the proposal with its explanation. */
    record Versie(int versie, Sector sector, Woningtype woningtype, Soort soort, String regel, BigDecimal huurOud,
                  BigDecimal huurNieuw, BigDecimal verhogingBedrag, BigDecimal verhogingPct, BigDecimal servicekosten,
                  LocalDate ingangsdatum, List<String> redenen, BigDecimal percentageToegepast,
                  BigDecimal maximaleHuur, BigDecimal streefhuurNieuw, BigDecimal huursomCap, boolean inHuursom,
                  String inkomenCategorie, Boolean chronischZiek, String correctie, boolean noemtGezondheid) {}

    /** The law's maximum and the policy's percentage for the contract's kind of proposal, and the huursom. */
    record Beleidscijfers(BigDecimal wettelijkMaximum, BigDecimal beleidPct, BigDecimal huursomMaxPct, int wetJaar,
                          String wetBron) {}

    Optional<Uitleg> uitleg(String runId, String contractId, boolean gezondheid) {
        Optional<RondeRegister.RondeRij> run = register.vind(runId);
        if (run.isEmpty() || run.get().status() != RondeStatus.VOLTOOID || run.get().verwijderd() != null) {
            return Optional.empty();
        }
        List<VoorstelVersie> versies = voorstellen.versies(runId, contractId);
        if (versies.isEmpty()) {
            return Optional.empty();
        }
        Optional<Geadresseerde> huurder = jdbc.query("SELECT " + Huurder.kolommen(null) + " FROM huurder "
                        + "WHERE run_id = :run_id AND regel = :regel",
                new MapSqlParameterSource("run_id", runId).addValue("regel", versies.get(0).regel()),
                (rs, i) -> Geadresseerde.van(new Huurder.Lezer(rs).lees(rs))).stream().findFirst();
        if (huurder.isEmpty()) {
            return Optional.empty();
        }
        boolean verborgen = false;
        List<Versie> uit = new ArrayList<>();
        for (VoorstelVersie v : versies) {
            List<String> redenen = new ArrayList<>();
            for (Reden reden : v.voorstel().redenen()) {
                if (reden.gezondheid() && !gezondheid) {
                    verborgen = true;
                } else {
                    redenen.add(reden.zin());
                }
            }
            verborgen |= !gezondheid && v.contract().chronischZiek();
            uit.add(new Versie(v.versie(), v.contract().sector(), v.contract().woningtype(), v.voorstel().soort(),
                    v.voorstel().soort().zin(), v.contract().kaleHuur(), v.voorstel().kaleHuurNieuw(),
                    v.voorstel().verhogingBedrag(), v.voorstel().verhogingPct(), v.contract().servicekosten(),
                    v.ingangsdatum(), redenen, v.voorstel().percentageMax(), v.contract().maximaleHuur(),
                    v.voorstel().streefhuurNieuw(), v.huursomCap(), v.voorstel().inHuursom(),
                    v.voorstel().inkomenCategorie(), gezondheid ? v.contract().chronischZiek() : null, v.correctie(),
                    v.voorstel().redenen().stream().anyMatch(Reden::gezondheid)));
        }
        Beleidscijfers cijfers = null;
        String melding = null;
        try {
            cijfers = cijfers(rondes.laad(runId), uit.get(uit.size() - 1));
        } catch (RuntimeException e) {
            // The job file may have moved since the run: the stored proposal still explains itself.
            melding = "Het beleid van deze run is nu niet te lezen (" + e.getMessage() + "); de cijfers hieronder "
                    + "komen uit de opgeslagen voorstellen.";
        }
        return Optional.of(new Uitleg(run.get(), versies.get(0).contractId(), huurder.get(), uit, verborgen, cijfers,
                melding));
    }

    private static Beleidscijfers cijfers(Ronde ronde, Versie versie) {
        Voorsteluitleg.Cijfers c = Voorsteluitleg.cijfers(ronde, versie.soort(), versie.woningtype(),
                versie.percentageToegepast());
        return new Beleidscijfers(c.wettelijkMaximum(), c.beleidPct(), c.huursomMaxPct(), c.wetJaar(), c.wetBron());
    }
}
