package nl.huurronde.ronde;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import nl.huurronde.bestand.Privebestanden;
import nl.huurronde.intake.Antwoordmap;
import nl.huurronde.opdracht.Opdracht;
import nl.huurronde.opdracht.Opdrachtregel;
import nl.huurronde.register.RondeFout;
import nl.huurronde.register.RondeRegister;
import nl.huurronde.register.RondeStatus;
import nl.huurronde.register.Rondes;
import nl.huurronde.register.RunSoort;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * {@code huurronde verwijder --run <run_id> [--bevestig] [--nu]}: deletes a round's personal data after
 * the retention period: every row of the run in the project's tables and its output folder. Without
 * --bevestig it only says what it would delete; before the retention date ({@link Bewaartermijn}) it
 * refuses unless --nu. The run's line in ronde_run stays, VERWIJDERD for good, so the history shows
 * what happened and the same inputs never resume it.
 */
@Component
class VerwijderOpdracht implements Opdracht {

    private final Persoonsgegevens gegevens;
    private final RondeRegister register;
    private final RondeToestand toestand;
    private final RondeSlot slot;
    private final TransactionTemplate transactie;

    private final Inkomensverwijdering inkomens;
    private final Antwoordmap antwoordmap;
    private final Rondes rondes;

    VerwijderOpdracht(Persoonsgegevens gegevens, RondeRegister register, RondeToestand toestand, RondeSlot slot,
                      TransactionTemplate transactie, Inkomensverwijdering inkomens, Antwoordmap antwoordmap,
                      Rondes rondes) {
        this.inkomens = inkomens;
        this.antwoordmap = antwoordmap;
        this.rondes = rondes;
        this.gegevens = gegevens;
        this.register = register;
        this.toestand = toestand;
        this.slot = slot;
        this.transactie = transactie;
    }

    @Override
    public String naam() {
        return "verwijder";
    }

    @Override
    public List<String> opties() {
        return List.of("run", "bevestig", "nu", "inkomen");
    }

    @Override
    public void voerUit(Opdrachtregel regel, PrintStream uit) {
        String runId = regel.verplicht("run").strip();
        boolean bevestigd = regel.vlag("bevestig");
        RondeRegister.RondeRij rij = vind(runId);
        if (rij.status() == RondeStatus.VERWIJDERD) {
            verwijderdeRun(rij, bevestigd, uit);
            return;
        }
        if (toestand.loopt(rij)) {
            throw new RondeFout("run " + runId + " draait nu in een ander proces; verwijder hem pas als hij klaar is");
        }
        // Held while deleting, so the run cannot be resumed (or started again) half deleted.
        try (RondeSlot.Vergrendeling ignored = slot.verkrijg(rij.identiteit())) {
            if (regel.vlag("inkomen")) {
                verwijderInkomen(vind(runId), bevestigd, regel.vlag("nu"), uit);
            } else {
                verwijder(vind(runId), bevestigd, regel.vlag("nu"), uit);
            }
        }
    }

    /**
     * {@code --inkomen}: only the income data ({@link Inkomensverwijdering}), once the bezwaar period is over:
     * no open case in the bezwaar register, six weeks past the latest ingangsdatum, and past the last day
     * a reminded tenant may object; earlier only with --nu, which is recorded. A main run's supplements go
     * with it (their letters sit in its folder and their tenants are the round's), checked together.
     */
    private void verwijderInkomen(RondeRegister.RondeRij rij, boolean bevestigd, boolean nu, PrintStream uit) {
        String runId = rij.runId();
        List<RondeRegister.RondeRij> runs = new ArrayList<>(List.of(rij));
        for (RondeRegister.RondeRij aanvulling : register.aanvullingen(runId)) {
            if (aanvulling.status() == RondeStatus.VERWIJDERD) {
                continue;
            }
            if (aanvulling.status() != RondeStatus.VOLTOOID || toestand.loopt(aanvulling)) {
                throw new RondeFout("aanvulling " + aanvulling.runId() + " van run " + runId + " is niet voltooid; "
                        + "maak hem eerst af (huurronde aanvulrun --run " + runId + " met dezelfde invoer) of "
                        + "verwijder hem (huurronde verwijder --run " + aanvulling.runId() + ")");
            }
            runs.add(aanvulling);
        }
        List<RondeRegister.RondeRij> teVerwijderen = runs.stream().filter(r -> inkomens.verwijderd(r.runId()) == null)
                .toList();
        if (teVerwijderen.isEmpty()) {
            throw new RondeFout("de inkomensgegevens van run " + runId + " zijn al verwijderd op "
                    + inkomens.verwijderd(runId));
        }
        List<String> redenen = redenenOmTeWachten(teVerwijderen);
        Path map = Path.of(rij.uitvoerMap());
        if (!bevestigd) {
            uit.println("Van run " + runId + " de inkomensgegevens verwijderen wist voorgoed:");
            for (RondeRegister.RondeRij r : teVerwijderen) {
                uit.println("  in de databank" + (r == rij ? "" : " (aanvulling " + r.runId() + ")") + ": "
                        + inkomens.tel(r.runId()));
            }
            uit.println("  de huishoudverklaringen onder " + antwoordmap.map(runId) + ", en hun pagina's in de brieven "
                    + "en drukbestanden onder " + map);
            uit.println("  blijft: de voorstellen met de gebruikte inkomenscategorie en de redencodes");
            uit.println("  " + (redenen.isEmpty() ? "de bezwaartermijn is voorbij" : "nog niet: " + String.join("; ",
                    redenen) + "; eerder verwijderen vraagt ook --nu"));
            throw new RondeFout("de inkomensgegevens van run " + runId + " zijn niet verwijderd: geef --bevestig om "
                    + "ze voorgoed te verwijderen");
        }
        if (!redenen.isEmpty() && !nu) {
            throw new RondeFout("de inkomensgegevens van run " + runId + " zijn niet verwijderd: "
                    + String.join("; ", redenen) + "; geef ook --nu om ze toch nu te verwijderen");
        }
        String melding = redenen.isEmpty() ? "inkomensgegevens verwijderd na de bezwaartermijn"
                : "inkomensgegevens vroegtijdig verwijderd (--nu): " + String.join("; ", redenen);
        // logged without any income: only the run and what happened
        org.slf4j.LoggerFactory.getLogger(VerwijderOpdracht.class).info("run {}: {}", runId, melding);
        String wat = inkomens.verwijder(teVerwijderen.stream().map(r -> rondes.laad(r.runId())).toList(), melding);
        uit.println("Run " + runId + ": inkomensgegevens verwijderd: " + wat + ".");
        if (!redenen.isEmpty()) {
            uit.println("Let op: vroegtijdig verwijderd (--nu): " + String.join("; ", redenen) + ".");
        }
    }

    /** Why the bezwaar period of these runs is not over yet; empty when it is. */
    private List<String> redenenOmTeWachten(List<RondeRegister.RondeRij> runs) {
        LocalDate vanaf = null;
        LocalDate herinneringTot = null;
        long open = 0;
        for (RondeRegister.RondeRij r : runs) {
            vanaf = later(vanaf, gegevens.laatsteIngangsdatum(r.runId()).map(Inkomensverwijdering::vanaf).orElse(null));
            herinneringTot = later(herinneringTot, inkomens.herinneringLooptTot(r.runId()).orElse(null));
            open += inkomens.openBezwaren(r.runId());
        }
        List<String> redenen = new ArrayList<>();
        if (open > 0) {
            redenen.add(open + " bezwaar" + (open == 1 ? " is" : "en zijn") + " nog niet afgehandeld");
        }
        if (vanaf != null && LocalDate.now().isBefore(vanaf)) {
            redenen.add("de bezwaartermijn loopt tot " + vanaf + " (zes weken na de laatste ingangsdatum "
                    + vanaf.minusWeeks(Inkomensverwijdering.WEKEN_NA_INGANG) + ": tot dan kan de huurder naar de "
                    + "Huurcommissie en is het inkomen nodig)");
        }
        if (herinneringTot != null && LocalDate.now().isBefore(herinneringTot)) {
            redenen.add("na de aangetekende herinneringen mag de huurder nog bezwaar maken tot en met " + herinneringTot);
        }
        return redenen;
    }

    private static LocalDate later(LocalDate a, LocalDate b) {
        return a == null ? b : b == null || a.isAfter(b) ? a : b;
    }

    private void verwijder(RondeRegister.RondeRij rij, boolean bevestigd, boolean nu, PrintStream uit) {
        String runId = rij.runId();
        Path map = Path.of(rij.uitvoerMap());
        // a round is deleted with its supplements (their folders are inside the run's): none outlives it
        List<RondeRegister.RondeRij> aanvullingen = register.aanvullingen(runId).stream()
                .filter(a -> a.status() != RondeStatus.VERWIJDERD).toList();
        LocalDate bewaarTot = bewaarTot(rij);
        for (RondeRegister.RondeRij aanvulling : aanvullingen) {
            bewaarTot = later(bewaarTot, bewaarTot(aanvulling));
        }
        boolean vroeg = bewaarTot != null && LocalDate.now().isBefore(bewaarTot);
        if (!bevestigd) {
            uit.println("Run " + runId + " verwijderen wist voorgoed:");
            uit.println("  in de databank: " + gegevens.tel(runId));
            aanvullingen.forEach(a -> uit.println("  met aanvulling " + a.runId() + ": " + gegevens.tel(a.runId())));
            uit.println("  " + Mapinhoud.tel(map));
            uit.println("  bewaartermijn: " + termijn(rij, bewaarTot, vroeg));
            throw new RondeFout("run " + runId + " is niet verwijderd: geef --bevestig om de gegevens hierboven "
                    + "voorgoed te verwijderen");
        }
        if (vroeg && !nu) {
            throw new RondeFout("run " + runId + " is niet verwijderd: de persoonsgegevens worden bewaard tot "
                    + bewaarTot + ", want " + Bewaartermijn.REDEN + "; geef ook --nu om ze toch nu te verwijderen");
        }
        Persoonsgegevens.Omvang omvang = gegevens.tel(runId);
        String melding = vroeg ? "persoonsgegevens vroegtijdig verwijderd (--nu), vóór het einde van de bewaartermijn op "
                + bewaarTot : "persoonsgegevens verwijderd";
        transactie.executeWithoutResult(t -> {
            gegevens.wis(runId);
            register.markeerVerwijderd(runId, melding);
            for (RondeRegister.RondeRij aanvulling : aanvullingen) {
                gegevens.wis(aanvulling.runId());
                register.markeerVerwijderd(aanvulling.runId(), melding + " (met run " + runId + ")");
            }
        });
        for (RondeRegister.RondeRij aanvulling : aanvullingen) {
            wisMap(aanvulling.runId(), Path.of(aanvulling.uitvoerMap()));
        }
        wisMap(runId, map);
        uit.println("Run " + runId + " verwijderd: " + omvang + " uit de databank, en de map " + map + "."
                + (aanvullingen.isEmpty() ? "" : " Ook verwijderd: " + aanvullingen.size() + " aanvulling"
                + (aanvullingen.size() == 1 ? "" : "en") + " (" + aanvullingen.stream().map(RondeRegister.RondeRij::runId)
                .collect(java.util.stream.Collectors.joining(", ")) + ")."));
        if (vroeg) {
            uit.println("Let op: vroegtijdig verwijderd (--nu), vóór het einde van de bewaartermijn op " + bewaarTot + ".");
        }
    }

    /** Already deleted; a folder that could not be deleted then is deleted now. */
    private void verwijderdeRun(RondeRegister.RondeRij rij, boolean bevestigd, PrintStream uit) {
        Path map = Path.of(rij.uitvoerMap());
        String verwijderd = "run " + rij.runId() + " is al verwijderd op " + RondeToestand.verwijderdOp(rij);
        if (!Files.exists(map)) {
            throw new RondeFout(verwijderd);
        }
        if (!bevestigd) {
            throw new RondeFout(verwijderd + ", maar de map " + map + " bestaat nog; geef --bevestig om die te verwijderen");
        }
        wisMap(rij.runId(), map);
        uit.println("Run " + rij.runId() + ": de map " + map + " verwijderd.");
    }

    /** A completed yearly run (or supplement) sent letters: the date its data may go. Others sent none: null. */
    private LocalDate bewaarTot(RondeRegister.RondeRij rij) {
        if (rij.soort() == RunSoort.SIMULATIE || rij.status() != RondeStatus.VOLTOOID) {
            return null;
        }
        return gegevens.laatsteIngangsdatum(rij.runId()).map(Bewaartermijn::tot).orElse(null);
    }

    private static String termijn(RondeRegister.RondeRij rij, LocalDate bewaarTot, boolean vroeg) {
        if (bewaarTot == null) {
            return "geen: " + (rij.soort() == RunSoort.SIMULATIE ? "een simulatie maakt geen brieven"
                    : rij.status() != RondeStatus.VOLTOOID ? "de run is niet voltooid, er zijn geen brieven verstuurd"
                    : "de run heeft geen voorstellen");
        }
        return vroeg ? "tot " + bewaarTot + "; eerder verwijderen vraagt ook --nu" : "voorbij sinds " + bewaarTot;
    }

    private RondeRegister.RondeRij vind(String runId) {
        return register.vind(runId).orElseThrow(() -> new RondeFout("onbekende run: " + runId
                + "; 'huurronde status' toont de runs"));
    }

    /** The run's output folder and its unpacked answer zip (statements) under the data folder. */
    private void wisMap(String runId, Path map) {
        try {
            Privebestanden.verwijderBoom(antwoordmap.map(runId));
            Privebestanden.verwijderBoom(map);
        } catch (IOException e) {
            throw new RondeFout("de gegevens in de database zijn verwijderd, maar de map " + map
                    + " niet: " + e.getMessage() + "; geef dezelfde opdracht opnieuw als de oorzaak verholpen is");
        }
    }
}
