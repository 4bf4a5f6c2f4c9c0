package nl.huurronde.ronde;

import java.io.PrintStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import nl.huurronde.beleid.BeleidFout;
import nl.huurronde.beleid.CsvDialect;
import nl.huurronde.beleid.Invoer;
import nl.huurronde.beleid.JobConfig;
import nl.huurronde.beleid.JobFileLoader;
import nl.huurronde.intake.Antwoordmap;
import nl.huurronde.intake.BestandInfo;
import nl.huurronde.intake.Inkomensantwoord;
import nl.huurronde.intake.Bestandsoort;
import nl.huurronde.intake.InvoerFout;
import nl.huurronde.intake.Voorcontrole;
import nl.huurronde.register.Ronde;
import nl.huurronde.register.RondeFout;
import nl.huurronde.register.RondeRegister;
import nl.huurronde.register.RondeStatus;
import nl.huurronde.register.Rondes;
import nl.huurronde.register.RunSoort;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.ExitStatus;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Starts, resumes or reports a run of a round (operations.md "The yearly run"): checks the policy
 * and every input file before anything is written, derives the run's identity, takes the round's
 * lock, and then either says the round is already complete, resumes an interrupted run, or starts a
 * new one.
 */
@Service
public class RondeStarter {

    private static final Logger LOG = LoggerFactory.getLogger(RondeStarter.class);

    private final JobOperator jobOperator;
    private final JobRepository jobRepository;
    private final Map<RunSoort, Job> jobs;
    private final RondeRegister register;
    private final Rondes rondes;
    private final RondeSlot slot;
    private final RondeAfsluiting afsluiting;
    private final TransactionTemplate transactie;
    private final Persoonsgegevens gegevens;
    private final Antwoordmap antwoordmap;

    RondeStarter(JobOperator jobOperator, JobRepository jobRepository, Job jaarlijkseRun, Job simulatie,
                 Job aanvulRun, RondeRegister register, Rondes rondes, RondeSlot slot, RondeAfsluiting afsluiting,
                 TransactionTemplate transactie, Persoonsgegevens gegevens, Antwoordmap antwoordmap) {
        this.gegevens = gegevens;
        this.antwoordmap = antwoordmap;
        this.jobOperator = jobOperator;
        this.jobRepository = jobRepository;
        this.jobs = Map.of(RunSoort.RUN, jaarlijkseRun, RunSoort.SIMULATIE, simulatie, RunSoort.AANVULLING, aanvulRun);
        this.register = register;
        this.rondes = rondes;
        this.slot = slot;
        this.afsluiting = afsluiting;
        this.transactie = transactie;
    }

    /** Runs the command; returns the completed (or already complete) run and its rejections. */
    public Afloop start(StartOpdracht opdracht, PrintStream uit) {
        Path jobBestand = opdracht.jobBestand().toAbsolutePath().normalize();
        JobConfig config = laad(jobBestand, opdracht.overrides());
        if (opdracht.soort() == RunSoort.RUN) {
            weigerOnvolledigeWet(config);
        }
        config.waarschuwingen().forEach(w -> LOG.warn("let op: {}", w));
        config.voorlopig().aannames().forEach(a -> LOG.warn("VOORLOPIG, aanname: {}", a));
        Map<Bestandsoort, Path> paden = paden(config.invoer());
        Map<Bestandsoort, BestandInfo> info = voorcontroles(paden, tekensets(config.invoer()), antwoordmap.grenzen());
        info.forEach((soort, i) -> i.onbekendeKolommen().forEach(k ->
                LOG.info("{}: onbekende kolom '{}' wordt genegeerd", soort.naam(), k)));
        String identiteit = identiteit(config, opdracht.soort(), info);

        try (RondeSlot.Vergrendeling ignored = slot.verkrijg(identiteit)) {
            List<RondeRegister.RondeRij> eerder = register.metIdentiteit(identiteit);
            for (String vroeger : identiteitenV1(config, opdracht.soort(), info)) {
                if (eerder.isEmpty()) {
                    eerder = register.metIdentiteit(vroeger); // a run started before csv_dialect left the identity
                }
            }
            if (!opdracht.opnieuw() && !eerder.isEmpty()) {
                RondeRegister.RondeRij laatste = eerder.get(0);
                if (laatste.status() == RondeStatus.VERWIJDERD && opdracht.soort() == RunSoort.SIMULATIE) {
                    // A simulation sends nothing: a deleted one (or a failed comparison's) is simply computed anew.
                    String runId = nieuweRun(jobBestand, opdracht, config, paden, info, identiteit);
                    uit.println("Run " + runId + " gestart.");
                    return voerUit(runId, false, opdracht.wegBijFout(), uit);
                }
                if (laatste.status() == RondeStatus.VERWIJDERD) {
                    // Its inputs and output are gone: resuming would make a run without proposals or files.
                    throw new RondeFout("deze ronde is als run " + laatste.runId() + " verwijderd op "
                            + RondeToestand.verwijderdOp(laatste) + " (persoonsgegevens en uitvoer gewist) en wordt "
                            + "niet hervat; --opnieuw start een nieuwe run");
                }
                if (laatste.status() == RondeStatus.VOLTOOID) {
                    Ronde voltooid = rondes.laad(laatste.runId());
                    if (voltooid.config().csvDialect() != config.csvDialect()) {
                        return afsluiting.herexporteer(voltooid, config.csvDialect(), uit);
                    }
                    return afsluiting.meldAlVoltooid(laatste, uit);
                }
                uit.println("Run " + laatste.runId() + " wordt hervat.");
                return voerUit(laatste.runId(), true, opdracht.wegBijFout(), uit);
            }
            if (!opdracht.opnieuw()) {
                weigerGewijzigdBeleid(jobBestand, opdracht.soort(), config);
                if (opdracht.soort() == RunSoort.RUN) {
                    weigerTweedeRunVanHetJaar(config.jaar());
                }
            }
            String runId = nieuweRun(jobBestand, opdracht, config, paden, info, identiteit);
            uit.println("Run " + runId + " gestart.");
            return voerUit(runId, false, opdracht.wegBijFout(), uit);
        }
    }

    private Afloop voerUit(String runId, boolean hervat, boolean wegBijFout, PrintStream uit) {
        if (!wegBijFout) {
            return voerUit(runId, hervat, uit);
        }
        try {
            return voerUit(runId, hervat, uit);
        } catch (RuntimeException fout) {
            wis(runId, fout);
            throw fout;
        }
    }

    /**
     * The first completed yearly run of a year becomes its definitive run (docs/decisions.md); a later one
     * (--opnieuw) does not, and says which run is.
     */
    private void definitiefAlsEerste(String runId, int jaar, PrintStream uit) {
        java.util.Optional<RondeRegister.RondeRij> huidig = register.definitieveRun(jaar);
        if (huidig.isEmpty() && register.zetDefinitief(runId, jaar)) {
            uit.println("  definitief: run " + runId + " is de definitieve run van " + jaar);
            return;
        }
        String ander = huidig.map(RondeRegister.RondeRij::runId).orElseGet(() ->
                register.definitieveRun(jaar).map(RondeRegister.RondeRij::runId).orElse("?"));
        if (!ander.equals(runId)) {
            uit.println("  let op: run " + runId + " is niet definitief; de definitieve run van " + jaar + " is "
                    + ander + " (wisselen: huurronde definitief --run " + ander + " --intrekken, daarna huurronde "
                    + "definitief --run " + runId + ")");
        }
    }

    /**
     * A failed simulation of a comparison: its personal data and folder are wiped and it is marked
     * deleted with the reason, so {@code status} shows no failed run and the next comparison starts afresh.
     */
    private void wis(String runId, RuntimeException fout) {
        if (register.vind(runId).map(r -> r.status() == RondeStatus.VOLTOOID).orElse(true)) {
            return;
        }
        String melding = "vergelijking mislukt: " + fout.getMessage();
        transactie.executeWithoutResult(t -> {
            gegevens.wis(runId);
            register.markeerVerwijderd(runId, melding.length() > 1900 ? melding.substring(0, 1900) + "…" : melding);
        });
        register.vind(runId).ifPresent(r -> {
            try {
                nl.huurronde.bestand.Privebestanden.verwijderBoom(Path.of(r.uitvoerMap()));
            } catch (java.io.IOException e) {
                LOG.warn("de map van run {} kon niet worden verwijderd: {}", runId, e.getMessage());
            }
        });
    }

    private Afloop voerUit(String runId, boolean hervat, PrintStream uit) {
        Ronde ronde = rondes.laad(runId);
        // against the run's first start, as run.json says it: a resume on a later day changes nothing
        String verstreken = ronde.verzenddatumVerstreken(register.vind(runId).orElseThrow().gestart().toLocalDate());
        if (verstreken != null) {
            uit.println("let op: " + verstreken);
        }
        JobExecution uitvoering = draai(ronde, hervat);
        if (uitvoering.getStatus() == BatchStatus.COMPLETED) {
            register.zetStatus(runId, RondeStatus.VOLTOOID, null);
            Afloop afloop = afsluiting.meldVoltooid(rondes.laad(runId), uitvoering, uit);
            if (ronde.soort() == RunSoort.RUN) {
                definitiefAlsEerste(runId, ronde.config().jaar(), uit);
            }
            return afloop;
        }
        throw mislukt(ronde, uitvoering);
    }

    /** A run that did not complete: recorded as failed (status, run.json), returned as its one clear line. */
    RondeFout mislukt(Ronde ronde, JobExecution uitvoering) {
        RondeFout fout = afsluiting.fout(uitvoering);
        register.zetStatus(ronde.runId(), RondeStatus.MISLUKT, fout.getMessage());
        afsluiting.schrijfMislukt(ronde, fout);
        return fout;
    }

    /**
     * Starts the run's job, or resumes it where it stopped; returns how the job ended. A supplementary run's
     * job instance also carries its record's start: a supplement that found nothing new leaves no record, and
     * the next one may get the same run id (docs/decisions.md).
     */
    JobExecution draai(Ronde ronde, boolean hervat) {
        String runId = ronde.runId();
        Job job = jobs.get(ronde.soort());
        JobParametersBuilder bouwer = new JobParametersBuilder().addString("run_id", runId);
        if (ronde.soort() == RunSoort.AANVULLING) {
            bouwer.addString("gestart", register.vind(runId).orElseThrow().gestart().toString());
        }
        JobParameters parameters = bouwer.toJobParameters();
        JobExecution uitvoering;
        try {
            JobExecution vorige = hervat ? jobRepository.getLastJobExecution(job.getName(), parameters) : null;
            if (vorige == null) {
                uitvoering = jobOperator.start(job, parameters);
            } else if (vorige.getStatus() == BatchStatus.COMPLETED) {
                uitvoering = vorige; // stopped after the job finished, before the run was marked complete
            } else {
                if (vorige.getStatus().isRunning()) {
                    // We hold the round's lock, so nobody runs it: a kill left it STARTED.
                    vorige = jobOperator.recover(vorige);
                }
                herstel(vorige);
                uitvoering = jobOperator.restart(vorige);
            }
        } catch (RondeFout e) {
            throw e;
        } catch (Exception e) {
            // a database error out of the job itself (the job repository unreachable while a step failed, as
            // when the connections are cut mid-run): the job stays as it was and resumes from its last commit
            java.sql.SQLException sql = sqlFout(e);
            if (sql != null) {
                throw RondeAfsluiting.databasefout(sql.getSQLState());
            }
            throw new RondeFout("de run kon niet starten: " + e.getMessage() + oorzaak(e));
        }
        return uitvoering;
    }

    /**
     * A job or step that a broken database connection left STARTED, or UNKNOWN (Spring Batch could not
     * record how it ended), while the job is over: Spring Batch refuses to restart it. We hold the round's
     * lock, so nobody runs it, and every step restarts safely from its last commit (its reader first
     * removes what was written after that), so such a job or step is marked FAILED and the run resumes.
     */
    private void herstel(JobExecution vorige) {
        if (vorige.getStatus() == BatchStatus.UNKNOWN) {
            vorige.setStatus(BatchStatus.FAILED);
            vorige.setExitStatus(ExitStatus.FAILED);
            if (vorige.getEndTime() == null) {
                vorige.setEndTime(LocalDateTime.now());
            }
            jobRepository.update(vorige);
        }
        for (StepExecution stap : vorige.getStepExecutions()) {
            if (stap.getStatus().isRunning() || stap.getStatus() == BatchStatus.UNKNOWN) {
                stap.setStatus(BatchStatus.FAILED);
                stap.setExitStatus(ExitStatus.FAILED);
                stap.setEndTime(LocalDateTime.now());
                jobRepository.update(stap);
            }
        }
    }

    /** The first SQL error in a cause chain, or null. */
    private static java.sql.SQLException sqlFout(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof java.sql.SQLException sql) {
                return sql;
            }
        }
        return null;
    }

    /** Spring Batch reports every failed restart as "already running": the cause says what it was. */
    private static String oorzaak(Exception e) {
        Throwable diepste = e;
        while (diepste.getCause() != null && diepste.getCause() != diepste) {
            diepste = diepste.getCause();
        }
        return diepste == e ? "" : " (" + diepste.getClass().getSimpleName() + ": " + diepste.getMessage() + ")";
    }

    private String nieuweRun(Path jobBestand, StartOpdracht opdracht, JobConfig config, Map<Bestandsoort, Path> paden,
                             Map<Bestandsoort, BestandInfo> info, String identiteit) {
        LocalDate verzenddatum = config.verzenddatum() != null ? config.verzenddatum() : LocalDate.now();
        if (opdracht.soort() == RunSoort.RUN && verzenddatum.isAfter(config.uitersteVerzenddatum())) {
            throw new RondeFout("verzenddatum " + verzenddatum + " is te laat voor ingangsdatum "
                    + config.ingangsdatum() + ": met " + config.bezorgdagen() + " bezorgdagen moet de brief uiterlijk "
                    + config.uitersteVerzenddatum() + " verstuurd worden (twee maanden voor de ingangsdatum); "
                    + "kies een eerdere verzenddatum of een latere ingangsdatum in het jobbestand");
        }
        String basis = config.jaar() + "-" + (opdracht.soort() == RunSoort.SIMULATIE ? "sim-" : "")
                + identiteit.substring(0, 8);
        String runId = basis;
        for (int n = 2; register.bestaat(runId); n++) {
            runId = basis + "-" + n;
        }
        // Absolute paths, so a resumed run finds the same files from any working directory.
        Map<String, String> overrides = new TreeMap<>(opdracht.overrides());
        paden.forEach((soort, pad) -> overrides.put("invoer." + invoerSleutel(soort), pad.toString()));
        Path uitvoer = config.uitvoer().toAbsolutePath().normalize();
        overrides.put("uitvoer", uitvoer.toString());
        if (!config.wet().herkomst().gebundeld()) {
            overrides.put("wet", config.wet().herkomst().pad());
        }
        String definitief = runId;
        transactie.executeWithoutResult(t -> {
            register.maak(new RondeRegister.RondeRij(definitief, opdracht.soort(), identiteit, config.jaar(),
                    jobBestand.toString(), Rondes.tekst(overrides), config.sha256(),
                    uitvoer.resolve(definitief).toString(), verzenddatum, RondeStatus.BEZIG, LocalDateTime.now(),
                    null, null, null, false, null, false));
            info.forEach((soort, i) -> register.voegInvoerToe(definitief,
                    new RondeRegister.InvoerRij(soort.naam(), paden.get(soort).toString(), i.sha256(), i.records())));
        });
        return runId;
    }

    /**
     * Next year's round before its figures are published: the letters would rest on guesses, so the
     * yearly run waits for a law file with the published figures; a simulation can go ahead.
     */
    private static void weigerOnvolledigeWet(JobConfig config) {
        List<String> ontbrekend = config.voorlopig().ontbrekend();
        if (!ontbrekend.isEmpty()) {
            throw new RondeFout("de wet van " + config.jaar() + " is nog niet compleet voor een jaarlijkse run; nog onbekend: "
                    + String.join(", ", ontbrekend) + ". Vul de gepubliceerde cijfers in een kopie van het wetbestand van "
                    + config.jaar() + " (src/main/resources/wet/" + config.jaar() + ".yml, zie docs/wet.md) en geef die mee "
                    + "met --wet BESTAND of 'wet:' in het jobbestand; een simulatie kan nu al (huurronde simulatie)");
        }
    }

    /**
     * A year has one yearly run unless staff ask for another: a completed yearly run of the year with other
     * policy or inputs (letters already made) is not followed silently by a second one.
     */
    private void weigerTweedeRunVanHetJaar(int jaar) {
        List<RondeRegister.RondeRij> voltooid = register.voltooideRunsVanJaar(jaar);
        if (!voltooid.isEmpty()) {
            RondeRegister.RondeRij run = voltooid.stream().filter(RondeRegister.RondeRij::definitief).findFirst()
                    .orElse(voltooid.get(voltooid.size() - 1));
            throw new RondeFout("het jaar " + jaar + " heeft al een voltooide jaarlijkse run: " + run.runId()
                    + (run.definitief() ? " (definitief)" : "") + ", met ander beleid of andere invoer; start een "
                    + "tweede run van " + jaar + " alleen bewust met --opnieuw (alleen de CSV-opmaak wijzigen, "
                    + "--csv-dialect, maakt geen nieuwe run)");
        }
    }

    /** An interrupted run of this job file with another policy: the file was edited after the start. */
    private void weigerGewijzigdBeleid(Path jobBestand, RunSoort soort, JobConfig config) {
        for (RondeRegister.RondeRij rij : register.onvoltooidVoorJobBestand(jobBestand.toString(), soort)) {
            if (rij.status() == RondeStatus.BEZIG && !config.heeftControlegetal(rij.beleidSha())) {
                throw new RondeFout("run " + rij.runId() + " van " + jobBestand.getFileName()
                        + " is onderbroken en startte met ander beleid (controlegetal " + rij.beleidSha().substring(0, 12)
                        + ", nu " + config.sha256().substring(0, 12) + "): zet het jobbestand terug om die run te "
                        + "hervatten, of start bewust een nieuwe run met --opnieuw");
            }
        }
    }

    static JobConfig laad(Path jobBestand, Map<String, String> overrides) {
        try {
            return JobFileLoader.laad(jobBestand, overrides);
        } catch (BeleidFout e) {
            throw new RondeFout(e.getMessage());
        }
    }

    /**
     * The whole-file checks of the inputs, each file on its own thread (each is one pass over 10–100 MB);
     * when several fail, the error of the first file in the job's order is the one reported.
     */
    static Map<Bestandsoort, BestandInfo> voorcontroles(Map<Bestandsoort, Path> paden,
                                                                Map<Bestandsoort, Charset> tekensets,
                                                                Inkomensantwoord.Grenzen grenzen) {
        Map<Bestandsoort, CompletableFuture<BestandInfo>> controles = new LinkedHashMap<>();
        try (ExecutorService threads = Executors.newFixedThreadPool(paden.size(),
                Thread.ofPlatform().name("voorcontrole-", 1).factory())) {
            paden.forEach((soort, pad) -> controles.put(soort,
                    CompletableFuture.supplyAsync(() -> voorcontrole(pad, soort, tekensets.get(soort), grenzen), threads)));
        }
        Map<Bestandsoort, BestandInfo> info = new LinkedHashMap<>();
        controles.forEach((soort, controle) -> {
            try {
                info.put(soort, controle.join());
            } catch (CompletionException e) {
                throw e.getCause() instanceof RuntimeException fout ? fout : e;
            }
        });
        return info;
    }

    private static BestandInfo voorcontrole(Path pad, Bestandsoort soort, Charset tekenset,
                                            Inkomensantwoord.Grenzen grenzen) {
        try {
            return soort == Bestandsoort.INKOMENSANTWOORD ? Inkomensantwoord.voorcontrole(pad, tekenset, grenzen)
                    : Voorcontrole.controleer(pad, soort, tekenset);
        } catch (InvoerFout e) {
            throw new RondeFout(e.getMessage());
        }
    }

    static Map<Bestandsoort, Path> paden(Invoer invoer) {
        Map<Bestandsoort, Path> paden = new LinkedHashMap<>();
        paden.put(Bestandsoort.HUURDERS, absoluut(invoer.huurders()));
        if (invoer.medehuurders() != null) {
            paden.put(Bestandsoort.MEDEHUURDERS, absoluut(invoer.medehuurders()));
        }
        paden.put(Bestandsoort.BRP, absoluut(invoer.brp()));
        if (invoer.inkomensantwoord() != null) {
            paden.put(Bestandsoort.INKOMENSANTWOORD, absoluut(invoer.inkomensantwoord()));
        } else if (invoer.inkomenscategorie() != null) {
            paden.put(Bestandsoort.INKOMENSCATEGORIE, absoluut(invoer.inkomenscategorie()));
        } else {
            paden.put(Bestandsoort.INKOMEN, absoluut(invoer.inkomen()));
        }
        return paden;
    }

    /** Each input's encoding, for the same files as {@link #paden}. */
    static Map<Bestandsoort, Charset> tekensets(Invoer invoer) {
        Map<Bestandsoort, Charset> tekensets = new LinkedHashMap<>();
        tekensets.put(Bestandsoort.HUURDERS, invoer.huurdersCodering().tekenset());
        if (invoer.medehuurders() != null) {
            tekensets.put(Bestandsoort.MEDEHUURDERS, invoer.medehuurdersCodering().tekenset());
        }
        tekensets.put(Bestandsoort.BRP, invoer.brpCodering().tekenset());
        tekensets.put(invoer.inkomensantwoord() != null ? Bestandsoort.INKOMENSANTWOORD
                : invoer.inkomenscategorie() != null ? Bestandsoort.INKOMENSCATEGORIE : Bestandsoort.INKOMEN,
                invoer.inkomenCodering().tekenset());
        return tekensets;
    }

    private static Path absoluut(Path pad) {
        return pad.toAbsolutePath().normalize();
    }

    static String invoerSleutel(Bestandsoort soort) {
        return switch (soort) {
            case HUURDERS -> "huurders";
            case MEDEHUURDERS -> "medehuurders";
            case BRP -> "brp";
            case INKOMEN -> "inkomen";
            case INKOMENSCATEGORIE -> "inkomenscategorie";
            case INKOMENSANTWOORD -> "inkomensantwoord";
        };
    }

    /**
     * SHA-256 over the effective policy and every input file's checksum (operations.md). The CSV dialect is
     * not in the policy's checksum; a simulation keeps it in its identity: it stores no proposals to
     * re-export from, its audit is its result, and computing it again in another dialect sends nothing.
     */
    static String identiteit(JobConfig config, RunSoort soort, Map<Bestandsoort, BestandInfo> info) {
        StringBuilder tekst = new StringBuilder(soort.name()).append('\n').append(config.sha256()).append('\n');
        if (soort == RunSoort.SIMULATIE) {
            tekst.append("csv_dialect=").append(config.csvDialect().name()).append('\n');
        }
        return identiteit(tekst, info);
    }

    /**
     * The identities runs had before csv_dialect left the policy's checksum: for a yearly run one per dialect
     * (any of them is this round), for a simulation that of its own dialect.
     */
    private static List<String> identiteitenV1(JobConfig config, RunSoort soort, Map<Bestandsoort, BestandInfo> info) {
        List<CsvDialect> dialecten = soort == RunSoort.SIMULATIE ? List.of(config.csvDialect())
                : List.of(CsvDialect.values());
        return dialecten.stream().map(d -> identiteit(new StringBuilder(soort.name()).append('\n')
                .append(config.metCsvDialect(d).sha256V1()).append('\n'), info)).toList();
    }

    static String identiteit(StringBuilder tekst, Map<Bestandsoort, BestandInfo> info) {
        info.forEach((s, i) -> tekst.append(s.naam()).append(':').append(i.sha256()).append('\n'));
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(tekst.toString().getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
