package nl.huurronde.bezwaar;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import nl.huurronde.intake.Afwijzing;
import nl.huurronde.intake.Bestandsoort;
import nl.huurronde.intake.BrpValidatie;
import nl.huurronde.intake.CsvLezer;
import nl.huurronde.intake.CsvRecord;
import nl.huurronde.intake.Gelezen;
import nl.huurronde.intake.InvoerFout;
import nl.huurronde.intake.PersoonRegel;
import nl.huurronde.register.RondeFout;

/**
 * A corrected household as a small brp.csv (inputs.md format) for the contract's address. Unlike the
 * yearly run, one bad row refuses the whole bezwaar: customer service fixes the file and tries again,
 * rather than the household being guessed. Messages name the line and column, never a value.
 */
final class BrpUittreksel {

    private BrpUittreksel() {}

    /** The persons in the file (in {@code tekenset}); all of them must live at {@code adresSleutel}. */
    static List<PersoonRegel> lees(Path bestand, Charset tekenset, String adresSleutel, LocalDate peildatum) {
        String naam = bestand.getFileName() == null ? bestand.toString() : bestand.getFileName().toString();
        List<PersoonRegel> personen = new ArrayList<>();
        Set<String> bsns = new HashSet<>();
        BrpValidatie validatie = new BrpValidatie(peildatum);
        try (CsvLezer lezer = CsvLezer.open(bestand, Bestandsoort.BRP, tekenset)) {
            for (CsvRecord record = lezer.volgende(); record != null; record = lezer.volgende()) {
                Gelezen<PersoonRegel> gelezen = validatie.valideer(record);
                if (gelezen.afgewezen()) {
                    Afwijzing a = gelezen.afwijzingen().get(0);
                    throw new RondeFout(naam + " regel " + a.regel()
                            + (a.kolom().isEmpty() ? "" : ", kolom " + a.kolom()) + ": " + a.reden());
                }
                PersoonRegel persoon = gelezen.regel();
                if (!adresSleutel.equals(persoon.adresSleutel())) {
                    throw new RondeFout(naam + " regel " + persoon.regel()
                            + ": ander adres dan dat van het contract; het uittreksel mag alleen dit adres bevatten");
                }
                if (!bsns.add(persoon.bsn())) {
                    throw new RondeFout(naam + " regel " + persoon.regel() + ", kolom bsn: bsn komt meer dan eens voor");
                }
                personen.add(persoon);
            }
        } catch (InvoerFout e) {
            throw new RondeFout(e.getMessage());
        } catch (IOException e) {
            throw new RondeFout("kan " + naam + " niet lezen: " + e.getMessage());
        }
        if (personen.isEmpty()) {
            throw new RondeFout(naam + " bevat geen personen; een bezwaar over het huishouden noemt wie er wonen");
        }
        return personen;
    }
}
