package nl.huurronde.intake;

import java.math.BigDecimal;
import java.util.List;

import nl.huurronde.regels.InkomenStatus;

/**
 * The rules of inkomen.csv (inputs.md). The rejection key is empty and reasons never repeat a value:
 * the file holds only BSNs and incomes. Duplicate BSNs are a pass over the staged rows.
 */
public final class InkomenValidatie {

    private static final Bestandsoort SOORT = Bestandsoort.INKOMEN;

    private final int inkomensjaar;

    /** @param inkomensjaar the income year I of the round ({@code Beleid.inkomensjaar()}) */
    public InkomenValidatie(int inkomensjaar) {
        this.inkomensjaar = inkomensjaar;
    }

    public Gelezen<InkomenRegel> valideer(CsvRecord record) {
        Rij rij = new Rij(SOORT, record);
        rij.lees("bsn", Waarden::bsn, true, false);
        String bsn = Waarden.negenCijfers(Waarden.schoon(rij.ruw("bsn"))) ? Waarden.schoon(rij.ruw("bsn")) : null;
        Integer peiljaar = rij.lees("peiljaar", Waarden::geheelGetal, true, false);
        if (peiljaar != null && peiljaar != inkomensjaar) {
            rij.afwijzen("peiljaar", "peiljaar wijkt af van het inkomensjaar " + inkomensjaar + " van deze huurronde");
        }
        BigDecimal inkomen = rij.lees("verzamelinkomen", Waarden::bedrag, false, false);
        InkomenStatus status = rij.lees("status", w -> Waarden.keuze(w, InkomenStatus.class), true, false);
        if (status == InkomenStatus.VASTGESTELD && rij.leeg("verzamelinkomen")) {
            rij.afwijzen("verzamelinkomen", "verzamelinkomen is verplicht bij status VASTGESTELD");
        }
        InkomenRegel regel = new InkomenRegel(record.regel(), bsn, peiljaar, inkomen, status);
        List<Afwijzing> afwijzingen = rij.afgewezen() ? rij.afwijzingen("") : List.of();
        return new Gelezen<>(regel, afwijzingen);
    }
}
