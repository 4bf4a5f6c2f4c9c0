package nl.huurronde.brieven;

import javax.sql.DataSource;

import nl.huurronde.batch.Databank;
import nl.huurronde.batch.Verdeling;
import nl.huurronde.batch.Voortgang;
import nl.huurronde.beleid.BrievenModus;
import nl.huurronde.beleid.JobConfig;
import nl.huurronde.intake.Antwoordmap;
import nl.huurronde.register.Ronde;
import nl.huurronde.register.Rondes;
import org.springframework.batch.core.configuration.annotation.JobScope;
import org.springframework.batch.core.configuration.annotation.StepScope;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;
import org.springframework.batch.infrastructure.support.transaction.ResourcelessTransactionManager;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * The letters step: every processed contract's proposal as a PDF, in print files of at most
 * drukbestand_max letters sorted by address and/or one archive file per contract (job key brieven).
 */
@Configuration(proxyBeanMethods = false)
class BrievenConfiguratie {

    /** Archive letters alone are committed in batches of this size. */
    private static final int PAKKET_PER_CONTRACT = 500;

    private final JobRepository jobRepository;
    private final PlatformTransactionManager transactionManager;
    private final DataSource dataSource;
    private final Databank databank;
    private final JdbcTemplate jdbc;
    private final Rondes rondes;
    private final Antwoordmap antwoordmap;

    BrievenConfiguratie(JobRepository jobRepository, PlatformTransactionManager transactionManager,
                        DataSource dataSource, Databank databank, JdbcTemplate jdbc, Rondes rondes,
                        Antwoordmap antwoordmap) {
        this.antwoordmap = antwoordmap;
        this.jobRepository = jobRepository;
        this.transactionManager = transactionManager;
        this.dataSource = dataSource;
        this.databank = databank;
        this.jdbc = jdbc;
        this.rondes = rondes;
    }

    /**
     * The letters' print order (table drukvolgorde), numbered once the proposals are there and before the
     * letters' parts start; the yearly run does it beside the huursom (RondeJobs), which changes amounts but
     * never which contracts get a letter. Not in one transaction: on H2 the numbers go in batches (each
     * committed), and a step redone after a crash numbers again from the start ({@link Drukvolgorde#leg}).
     * The letters step numbers the order itself when no step did (the supplementary run).
     */
    @Bean
    @JobScope
    Step drukvolgorde(@Value("#{jobParameters['run_id']}") String runId) {
        return new StepBuilder("drukvolgorde", jobRepository)
                .tasklet((contribution, context) -> {
                    if (rondes.laad(runId).config().brieven() != BrievenModus.GEEN) {
                        new Drukvolgorde(dataSource, jdbc, databank).leg(runId);
                    }
                    return RepeatStatus.FINISHED;
                }, new ResourcelessTransactionManager())
                .build();
    }

    /** Partitioned over ranges of packages (job key threads); each package is written whole by one thread. */
    @Bean
    @JobScope
    Step brieven(@Value("#{jobParameters['run_id']}") String runId, BrievenLezer brievenLezer) {
        Ronde ronde = rondes.laad(runId);
        JobConfig config = ronde.config();
        BrievenModus modus = config.brieven();
        int threads = config.threads();
        Drukvolgorde volgorde = new Drukvolgorde(dataSource, jdbc, databank);
        BrievenSchrijver schrijver = new BrievenSchrijver(jdbc, runId, ronde.map(), modus, config.pdfa(),
                config.duplex(), new BriefSamensteller(config), ronde.verzenddatum());
        Step deel = new StepBuilder("brievenDeel", jobRepository)
                .<BriefPakket, BriefPakket>chunk(1)
                .transactionManager(transactionManager)
                .reader(brievenLezer)
                .writer(schrijver)
                .listener(new Voortgang("brieven", () -> volgorde.aantal(runId),
                        pakket -> ((BriefPakket) pakket).aantal()))
                .build();
        return new StepBuilder("brieven", jobRepository)
                .partitioner(deel)
                .splitter(Verdeling.splitter(jobRepository, "brievenDeel", grid -> {
                    try {
                        schrijver.ruimOp();
                    } catch (java.io.IOException e) {
                        throw new java.io.UncheckedIOException(e);
                    }
                    long pakketten = modus == BrievenModus.GEEN ? 0 : pakketten(volgorde.leg(runId), config);
                    return Verdeling.bereik(1, pakketten).partition(grid);
                }))
                .gridSize(threads)
                .taskExecutor(Verdeling.uitvoerder("brieven", threads))
                .build();
    }

    /** One reader per part (step scope), reading that part's packages. */
    @Bean
    @StepScope
    BrievenLezer brievenLezer(@Value("#{jobParameters['run_id']}") String runId,
                              @Value("#{stepExecutionContext['vanaf']}") Long vanaf,
                              @Value("#{stepExecutionContext['totEnMet']}") Long totEnMet,
                              @Value("${huurronde.brieven.portie}") int portie) {
        return new BrievenLezer(jdbc, runId, antwoordmap.verklaringen(runId), pakketGrootte(rondes.laad(runId).config()),
                portie, vanaf + 1, totEnMet);
    }

    private static int pakketGrootte(JobConfig config) {
        return config.brieven() == BrievenModus.PER_CONTRACT ? PAKKET_PER_CONTRACT : config.drukbestandMax();
    }

    private static long pakketten(long brieven, JobConfig config) {
        int grootte = pakketGrootte(config);
        return (brieven + grootte - 1) / grootte;
    }
}
