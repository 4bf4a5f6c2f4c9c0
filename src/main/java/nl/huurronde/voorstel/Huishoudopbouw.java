package nl.huurronde.voorstel;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

import nl.huurronde.beleid.JobConfig;
import nl.huurronde.regels.Beleid;
import nl.huurronde.regels.Huishoudberekening;
import nl.huurronde.regels.HuishoudenFeiten;
import nl.huurronde.regels.InkomenStatus;
import nl.huurronde.regels.Rol;

/**
 * A contract's household from the persons at its address and their income rows, whichever way they were
 * read: the yearly run's join in the database ({@link HuishoudenLezer}) or a simulation's copy of the
 * intake in memory ({@link Doorrekening}). One place decides what the rules get.
 */
final class Huishoudopbouw {

    private final Beleid beleid;
    private final boolean categorieInvoer;
    /** The answer zip: an IAH band needs its huishoudverklaring. */
    private final boolean verklaringVereist;

    /** For the run's policy and its income input (inkomen.csv, or a category per address). */
    Huishoudopbouw(JobConfig config) {
        this.beleid = config.beleid();
        this.categorieInvoer = config.invoer().perAdres();
        this.verklaringVereist = config.invoer().inkomensantwoord() != null;
    }

    /**
     * @param personen  the accepted persons at the address, by BRP line
     * @param categorie the address's income category (category input), or null
     */
    ContractInvoer contract(ContractInvoer.Basis basis, Collection<Lid> personen, String categorie) {
        return contract(basis, personen, categorie, false);
    }

    /** @param metVerklaring the answer zip had a valid huishoudverklaring for the address */
    ContractInvoer contract(ContractInvoer.Basis basis, Collection<Lid> personen, String categorie,
                            boolean metVerklaring) {
        List<Huishoudberekening.Persoon> lijst = new ArrayList<>(personen.size());
        for (Lid persoon : personen) {
            lijst.add(persoon.persoon());
        }
        HuishoudenFeiten huishouden = categorieInvoer
                ? Huishoudberekening.metCategorie(lijst, basis.brpAfgewezen(), basis.adresGedeeld(), categorie,
                        !verklaringVereist || metVerklaring, beleid)
                : Huishoudberekening.bepaal(lijst, basis.brpAfgewezen(), basis.adresGedeeld(), beleid);
        return basis.met(huishouden);
    }

    /**
     * One member of the household being built, whose income may come on several rows (duplicate, rejected
     * income rows); {@link #persoon()} is the rules' {@link Huishoudberekening.Persoon} it becomes.
     */
    static final class Lid {
        private final LocalDate geboortedatum;
        private final Rol rol;
        private InkomenStatus status;
        private BigDecimal inkomen;
        private boolean inkomenAfgewezen;

        Lid(LocalDate geboortedatum, Rol rol) {
            this.geboortedatum = geboortedatum;
            this.rol = rol;
        }

        /** One income row of the person's BSN: a rejected row makes the income unusable, whatever else came. */
        void voegInkomenToe(boolean afgewezen, InkomenStatus status, BigDecimal inkomen) {
            if (afgewezen) {
                inkomenAfgewezen = true;
            } else {
                this.status = status;
                this.inkomen = inkomen;
            }
        }

        Huishoudberekening.Persoon persoon() {
            return new Huishoudberekening.Persoon(geboortedatum, rol, status, inkomen, inkomenAfgewezen);
        }
    }
}
