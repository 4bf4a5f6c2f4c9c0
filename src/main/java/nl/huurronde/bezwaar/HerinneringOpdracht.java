package nl.huurronde.bezwaar;

import java.io.PrintStream;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import nl.huurronde.opdracht.Opdracht;
import nl.huurronde.opdracht.Opdrachtregel;
import org.springframework.stereotype.Component;

/** {@code huurronde herinnering --run ID --betaald F [--datum jjjj-mm-dd] [--door NAAM]}. */
@Component
class HerinneringOpdracht implements Opdracht {

    private final Herinneringen herinneringen;

    HerinneringOpdracht(Herinneringen herinneringen) {
        this.herinneringen = herinneringen;
    }

    @Override
    public String naam() {
        return "herinnering";
    }

    @Override
    public List<String> opties() {
        return List.of("run", "betaald", "datum", "door");
    }

    @Override
    public void voerUit(Opdrachtregel regel, PrintStream uit) {
        LocalDate datum = regel.optie("datum") == null ? LocalDate.now() : RegisterOpdrachten.datum(regel, "datum");
        Herinneringen.Uitkomst u = herinneringen.verstuur(regel.verplicht("run").strip(),
                Path.of(regel.verplicht("betaald")), datum, Bezwaarregister.wie(regel.optie("door")));
        uit.println("Herinneringen (aangetekend) van " + datum + ": " + u.verzonden().size() + " contract"
                + (u.verzonden().size() == 1 ? "" : "en") + "; " + u.betaald() + " betaalden de nieuwe huur, "
                + u.metZaak() + " hebben een bezwaar, " + u.geenVerhoging() + " zonder verhoging, " + u.alHerinnerd()
                + " al eerder herinnerd.");
        if (!u.verzonden().isEmpty()) {
            uit.println("  de huurder kan tot en met " + u.verzonden().get(0).uiterlijk() + " de Huurcommissie vragen");
            uit.println("  uitvoer: " + u.map() + " (per contract een PDF, herinneringen-drukbestand.pdf, aangetekend.csv)");
        }
        if (!u.teLaat().isEmpty()) {
            uit.println("  niet herinnerd, buiten de drie maanden na hun ingangsdatum: " + String.join(", ", u.teLaat()));
        }
    }
}
