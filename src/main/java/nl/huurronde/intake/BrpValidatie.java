package nl.huurronde.intake;

import java.time.LocalDate;
import java.util.List;

import nl.huurronde.regels.Rol;

/**
 * The rules of brp.csv (inputs.md). Reasons never repeat a value: every column here is personal data.
 * Duplicate BSNs are a pass over the staged rows, not done here.
 */
public final class BrpValidatie {

    private static final Bestandsoort SOORT = Bestandsoort.BRP;

    private final LocalDate peildatum;

    public BrpValidatie(LocalDate peildatum) {
        this.peildatum = peildatum;
    }

    public Gelezen<PersoonRegel> valideer(CsvRecord record) {
        Rij rij = new Rij(SOORT, record);
        Rij.AdresDelen adres = rij.adres(false);
        rij.lees("bsn", Waarden::bsn, true, false);
        String bsn = Waarden.negenCijfers(Waarden.schoon(rij.ruw("bsn"))) ? Waarden.schoon(rij.ruw("bsn")) : null;
        LocalDate geboortedatum = rij.lees("geboortedatum", Waarden::datum, true, false);
        if (geboortedatum != null && geboortedatum.isAfter(peildatum)) {
            rij.afwijzen("geboortedatum", "geboortedatum ligt na de peildatum");
        }
        Rol rol = rij.lees("rol", w -> Waarden.keuze(w, Rol.class), false, false);
        if (rol == null && rij.leeg("rol")) {
            rol = Rol.INWONEND;
        }
        PersoonRegel regel = new PersoonRegel(record.regel(), adres.sleutel(), bsn, geboortedatum, rol);
        List<Afwijzing> afwijzingen = rij.afgewezen() ? rij.afwijzingen(adres.leesbaar(rij)) : List.of();
        return new Gelezen<>(regel, afwijzingen);
    }
}
