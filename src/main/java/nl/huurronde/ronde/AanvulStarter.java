package nl.huurronde.ronde;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

import nl.huurronde.beleid.JobConfig;
import nl.huurronde.bestand.Privebestanden;
import nl.huurronde.brieven.NlFormaat;
import nl.huurronde.intake.Antwoordmap;
import nl.huurronde.intake.BestandInfo;
import nl.huurronde.intake.Bestandsoort;
import nl.huurronde.intake.Waarden;
import nl.huurronde.register.Ronde;
import nl.huurronde.register.RondeFout;
import nl.huurronde.register.RondeRegister;
import nl.huurronde.register.RondeStatus;
import nl.huurronde.register.Rondes;
import nl.huurronde.register.RunSoort;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * {@code huurronde aanvulrun} (docs/decisions.md, "Supplementary run"): checks the main run and the inputs,
 * then starts, resumes or declines a supplement of the round. A supplement is a run of its own (soort
 * AANVULLING) linked to its main run, with the main run's job file and recorded options, the inputs given,
 * its own send date, and its folder {@code <main run folder>/aanvulling-<n>/}. When its roll holds nothing new
 * for the round it leaves nothing behind: no record, no folder, no staged rows.
 */
@Service
class AanvulStarter {

    /** A supplement's folder inside the main run's: {@code aanvulling-1/}, {@code aanvulling-2/}, ... */
    static final String MAP_VOORVOEGSEL = "aanvulling-";

    /** What the user asked: the main run, the input options (dotted keys) and the letters' date. */
    record Opdracht(String hoofdrun, Map<String, String> invoer, LocalDate verzenddatum) {
        Opdracht {
            invoer = Map.copyOf(invoer);
        }
    }

    private final RondeStarter starter;
    private final RondeRegister register;
    private final Rondes rondes;
    private final RondeSlot slot;
    private final RondeAfsluiting afsluiting;
    private final RondeToestand toestand;
    private final Aanvulselectie selectie;
    private final Persoonsgegevens gegevens;
    private final TransactionTemplate transactie;
    private final Antwoordmap antwoordmap;
    private final Afwijzingsoverzicht afwijzingen;

    AanvulStarter(RondeStarter starter, RondeRegister register, Rondes rondes, RondeSlot slot,
                  RondeAfsluiting afsluiting, RondeToestand toestand, Aanvulselectie selectie,
                  Persoonsgegevens gegevens, TransactionTemplate transactie, Antwoordmap antwoordmap,
                  Afwijzingsoverzicht afwijzingen) {
        this.starter = starter;
        this.register = register;
        this.rondes = rondes;
        this.slot = slot;
        this.afsluiting = afsluiting;
        this.toestand = toestand;
        this.selectie = selectie;
        this.gegevens = gegevens;
        this.transactie = transactie;
        this.antwoordmap = antwoordmap;
        this.afwijzingen = afwijzingen;
    }

    Afloop start(Opdracht opdracht, PrintStream uit) {
        RondeRegister.RondeRij hoofd = hoofdrun(opdracht.hoofdrun());
        Ronde hoofdronde = rondes.laad(hoofd.runId()); // its job file, checked against the stored checksum
        Map<String, String> overrides = new TreeMap<>(Rondes.overrides(hoofd.overrides()));
        overrides.putAll(opdracht.invoer());
        JobConfig config = RondeStarter.laad(Path.of(hoofd.jobBestand()), overrides);
        weigerAnderBeleid(hoofdronde.config(), config, hoofd.runId());
        Map<Bestandsoort, Path> paden = RondeStarter.paden(config.invoer());
        Map<Bestandsoort, BestandInfo> info = RondeStarter.voorcontroles(paden, RondeStarter.tekensets(config.invoer()),
                antwoordmap.grenzen());
        StringBuilder tekst = new StringBuilder(RunSoort.AANVULLING.name()).append('\n').append(hoofd.runId())
                .append('\n').append(config.sha256()).append('\n');
        String identiteit = RondeStarter.identiteit(tekst, info);

        // the main run's own lock: one supplement at a time, and never while verwijder deletes the round
        try (RondeSlot.Vergrendeling ignored = slot.verkrijg(hoofd.identiteit())) {
            for (RondeRegister.RondeRij eerder : register.aanvullingen(hoofd.runId())) {
                boolean zelfde = eerder.identiteit().equals(identiteit);
                if (zelfde && eerder.status() == RondeStatus.VOLTOOID) {
                    uit.println("Niets nieuws: aanvulling " + eerder.runId() + " van run " + hoofd.runId()
                            + " had precies deze invoer al (uitvoer: " + eerder.uitvoerMap() + "); er is niets "
                            + "aangemaakt");
                    return new Afloop(eerder.runId(), 0);
                }
                if (eerder.status() == RondeStatus.BEZIG || eerder.status() == RondeStatus.MISLUKT) {
                    if (!zelfde) {
                        throw new RondeFout("aanvulling " + eerder.runId() + " van run " + hoofd.runId() + " is niet "
                                + "voltooid (" + (eerder.status() == RondeStatus.BEZIG ? "onderbroken" : "mislukt")
                                + ") en had andere invoer of een andere verzenddatum: hervat die eerst met dezelfde "
                                + "opdracht 'aanvulrun'");
                    }
                    uit.println("Aanvulling " + eerder.runId() + " wordt hervat.");
                    return voerUit(eerder.runId(), hoofd.runId(), true, uit);
                }
            }
            String runId = nieuw(hoofd, hoofdronde, config, opdracht, paden, info, identiteit);
            uit.println("Aanvulling " + runId + " van run " + hoofd.runId() + " gestart (verzenddatum "
                    + register.vind(runId).orElseThrow().verzenddatum() + ").");
            return voerUit(runId, hoofd.runId(), false, uit);
        }
    }

    /** Only a completed yearly run that still has its data can be supplemented; one clear line otherwise. */
    private RondeRegister.RondeRij hoofdrun(String runId) {
        RondeRegister.RondeRij rij = register.vind(runId).orElseThrow(() -> new RondeFout("onbekende run '"
                + Waarden.veilig(runId, 80) + "'; 'huurronde status' toont de runs"));
        if (rij.soort() == RunSoort.SIMULATIE) {
            throw new RondeFout("run " + runId + " is een simulatie: een aanvulrun vult alleen een voltooide "
                    + "jaarlijkse run aan");
        }
        if (rij.soort() == RunSoort.AANVULLING) {
            String hoofd = register.aanvulling(runId).map(RondeRegister.Aanvulling::hoofdrun).orElse("?");
            throw new RondeFout("run " + runId + " is zelf een aanvulling van run " + hoofd + "; geef --run " + hoofd);
        }
        if (rij.status() != RondeStatus.VOLTOOID) {
            throw new RondeFout(toestand.nietVoltooid(rij));
        }
        return rij;
    }

    /**
     * The main run's policy, not a new one: only the inputs may differ (where they are, which kind of
     * income file, their encoding); anything else means the job file or the law changed since.
     */
    private static void weigerAnderBeleid(JobConfig hoofd, JobConfig aanvulling, String hoofdrun) {
        String verschil = Arrays.stream(aanvulling.canoniek().split("\n"))
                .filter(r -> !r.startsWith("invoer.") && !hoofd.canoniek().contains(r + "\n")).limit(3)
                .collect(Collectors.joining("; "));
        if (!verschil.isEmpty()) {
            throw new RondeFout("het beleid wijkt af van dat van run " + hoofdrun + " (" + verschil + "); een aanvulrun "
                    + "rekent met het beleid van de hoofdrun");
        }
    }

    private String nieuw(RondeRegister.RondeRij hoofd, Ronde hoofdronde, JobConfig config, Opdracht opdracht,
                         Map<Bestandsoort, Path> paden, Map<Bestandsoort, BestandInfo> info, String identiteit) {
        int nummer = register.volgendeAanvulling(hoofd.runId());
        String runId = hoofd.runId() + "-a" + nummer;
        Path map = hoofdronde.map().resolve(MAP_VOORVOEGSEL + nummer);
        if (Files.exists(map) || register.bestaat(runId)) {
            throw new RondeFout("de map " + map + " (of run " + runId + ") bestaat al; een aanvulling overschrijft "
                    + "nooit eerdere uitvoer: verplaats de map");
        }
        LocalDate verzenddatum = opdracht.verzenddatum() != null ? opdracht.verzenddatum() : LocalDate.now();
        Map<String, String> overrides = new TreeMap<>(Rondes.overrides(hoofd.overrides()));
        overrides.putAll(opdracht.invoer());
        paden.forEach((soort, pad) -> overrides.put("invoer." + RondeStarter.invoerSleutel(soort), pad.toString()));
        transactie.executeWithoutResult(t -> {
            register.maak(new RondeRegister.RondeRij(runId, RunSoort.AANVULLING, identiteit, config.jaar(),
                    hoofd.jobBestand(), Rondes.tekst(overrides), config.sha256(), map.toString(), verzenddatum,
                    RondeStatus.BEZIG, LocalDateTime.now(), null, null, null, false, null, false));
            register.zetAanvulling(runId, new RondeRegister.Aanvulling(hoofd.runId(), nummer));
            info.forEach((soort, i) -> register.voegInvoerToe(runId,
                    new RondeRegister.InvoerRij(soort.naam(), paden.get(soort).toString(), i.sha256(), i.records())));
        });
        return runId;
    }

    private Afloop voerUit(String runId, String hoofdrun, boolean hervat, PrintStream uit) {
        Ronde ronde = rondes.laad(runId);
        String verstreken = ronde.verzenddatumVerstreken(register.vind(runId).orElseThrow().gestart().toLocalDate());
        if (verstreken != null) {
            uit.println("let op: " + verstreken.replace("in het jobbestand", "met --verzenddatum"));
        }
        JobExecution uitvoering = starter.draai(ronde, hervat);
        if (uitvoering.getStatus() != BatchStatus.COMPLETED) {
            throw starter.mislukt(ronde, uitvoering);
        }
        if (selectie.nieuw(runId) == 0) {
            return nietsNieuws(ronde, hoofdrun, uit);
        }
        register.zetStatus(runId, RondeStatus.VOLTOOID, null);
        Afloop afloop = afsluiting.meldVoltooid(rondes.laad(runId), uitvoering, uit);
        List<Aanvulselectie.Bestaand> bestaand = selectie.bestaand(runId);
        long gewijzigd = bestaand.stream().filter(Aanvulselectie.Bestaand::gewijzigd).count();
        uit.println("  al in de ronde: " + bestaand.size() + " contracten, niet opnieuw berekend" + (gewijzigd == 0 ? ""
                : "; " + gewijzigd + " met een gewijzigde rij (wijzigen via huurronde bezwaar)") + ", zie "
                + ronde.map().resolve("bestaande-contracten.csv"));
        Aanvulselectie.Verschuiving v = selectie.verschuiving(runId, hoofdrun);
        uit.println("  huursom van de ronde: " + NlFormaat.procent(v.voor().pct()) + " -> "
                + NlFormaat.procent(v.na().pct()) + " (" + (v.procentpunten().signum() >= 0 ? "+" : "")
                + v.procentpunten().toPlainString() + " procentpunt), zie " + ronde.map().resolve("huursom-aanvulling.csv"));
        return afloop;
    }

    /**
     * Every accepted row of the roll is a contract the round already has: the supplement is removed again
     * (record, staged rows, folder), and the console says what was found, rejections included.
     */
    private Afloop nietsNieuws(Ronde ronde, String hoofdrun, PrintStream uit) {
        String runId = ronde.runId();
        List<Aanvulselectie.Bestaand> bestaand = selectie.bestaand(runId);
        long gewijzigd = bestaand.stream().filter(Aanvulselectie.Bestaand::gewijzigd).count();
        uit.println("Niets nieuws voor run " + hoofdrun + ": alle " + bestaand.size() + " geaccepteerde contracten "
                + "van de invoer hebben al een voorstel in de ronde; er is geen aanvulling aangemaakt");
        if (gewijzigd > 0) {
            Map<String, String> voorbeelden = new LinkedHashMap<>();
            bestaand.stream().filter(Aanvulselectie.Bestaand::gewijzigd).limit(5)
                    .forEach(b -> voorbeelden.put(b.contractId(), b.bronRun()));
            uit.println("  " + gewijzigd + " met een gewijzigde rij; die wijzig je met huurronde bezwaar, bijv. "
                    + voorbeelden.entrySet().stream().map(e -> "--run " + e.getValue() + " --contract " + e.getKey())
                    .collect(Collectors.joining("; ")));
        }
        long afgewezen = afwijzingen.meld(runId, ronde.map(), new PrintStream(PrintStream.nullOutputStream()));
        if (afgewezen > 0) {
            uit.println("  nog afgewezen: " + afgewezen + (afgewezen == 1 ? " rij" : " rijen")
                    + " (verbeter ze en geef aanvulrun opnieuw), bijv.:");
            afwijzingen.eerste(runId).forEach(uit::println);
        }
        transactie.executeWithoutResult(t -> {
            gegevens.wis(runId);
            register.wisRecord(runId);
        });
        try {
            if (Files.exists(ronde.map())) {
                Privebestanden.verwijderBoom(ronde.map());
            }
        } catch (IOException e) {
            throw new RondeFout("de lege map " + ronde.map() + " kon niet worden verwijderd: " + e.getMessage());
        }
        return new Afloop(hoofdrun, 0);
    }
}
