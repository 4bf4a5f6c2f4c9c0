package nl.huurronde.intake;

import java.util.List;
import java.util.Locale;

/**
 * The per-row rules of medehuurders.csv (#20): a contract_id in the format of huurders.csv and a name.
 * Whether the contract exists, a name twice for one contract and more co-tenants than the envelope holds
 * are checks over both files, in {@link Bestandscontrole}. Reasons never echo the name.
 */
final class MedehuurderValidatie {

    private static final Bestandsoort SOORT = Bestandsoort.MEDEHUURDERS;

    Gelezen<MedehuurderRegel> valideer(CsvRecord record) {
        Rij rij = new Rij(SOORT, record);
        String contractId = rij.lees("contract_id", Waarden::id, true, true);
        String naam = rij.lees("medehuurder_naam", Waarden::tekst, true, false);
        String sleutel = naam == null ? null : naam.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
        MedehuurderRegel regel = new MedehuurderRegel(record.regel(), contractId, naam, sleutel);
        List<Afwijzing> afwijzingen = rij.afgewezen() ? rij.afwijzingen(Afwijzing.sleutelVoor(SOORT, record)) : List.of();
        return new Gelezen<>(regel, afwijzingen);
    }
}
