package nl.huurronde.voorstel;

import javax.sql.DataSource;

import nl.huurronde.batch.Verdeling;
import nl.huurronde.batch.Voortgang;
import nl.huurronde.intake.Bestandsoort;
import nl.huurronde.intake.IntakeTellingen;
import nl.huurronde.register.Ronde;
import nl.huurronde.register.Rondes;
import nl.huurronde.register.RunSoort;
import org.springframework.batch.core.configuration.annotation.JobScope;
import org.springframework.batch.core.configuration.annotation.StepScope;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * The compute step: every accepted contract with its household through the rules engine, without a
 * huursom cap yet (the huursom step decides whether one is needed). Stored as version 1. Partitioned
 * over threads (job key threads); the same job runs as remote partitions on a shared PostgreSQL by
 * replacing the task executor with a remote partition handler (docs/decisions.md).
 */
@Configuration(proxyBeanMethods = false)
class VoorstelConfiguratie {


    private final int chunkGrootte;
    private final JobRepository jobRepository;
    private final PlatformTransactionManager transactionManager;
    private final DataSource dataSource;
    private final Rondes rondes;
    private final VoorstelOpslag opslag;
    private final JdbcTemplate jdbc;
    private final IntakeTellingen tellingen;

    VoorstelConfiguratie(@Value("${huurronde.chunk-grootte}") int chunk, JobRepository jobRepository,
                         PlatformTransactionManager transactionManager, DataSource dataSource, Rondes rondes,
                         VoorstelOpslag opslag, JdbcTemplate jdbc, IntakeTellingen tellingen) {
        this.chunkGrootte = chunk;
        this.jobRepository = jobRepository;
        this.transactionManager = transactionManager;
        this.dataSource = dataSource;
        this.rondes = rondes;
        this.opslag = opslag;
        this.jdbc = jdbc;
        this.tellingen = tellingen;
    }

    /** The compute step, partitioned over ranges of contract lines: one part per thread. */
    @Bean
    @JobScope
    Step berekenen(@Value("#{jobParameters['run_id']}") String runId, HuishoudenLezer huishoudenLezer) {
        int threads = rondes.laad(runId).config().threads();
        long[] bereik = Doorrekening.regelbereik(jdbc, runId);
        return new StepBuilder("berekenen", jobRepository)
                .partitioner(berekenenDeel(runId, huishoudenLezer))
                .splitter(Verdeling.splitter(jobRepository, "berekenenDeel", Verdeling.bereik(bereik[0], bereik[1])))
                .gridSize(threads)
                .taskExecutor(Verdeling.uitvoerder("berekenen", threads))
                .build();
    }

    /** The work of one part; its reader is step-scoped, so every part reads its own range. */
    private Step berekenenDeel(String runId, HuishoudenLezer huishoudenLezer) {
        Ronde ronde = rondes.laad(runId);
        Berekening berekening = new Berekening(ronde.config(),
                ronde.soort() == RunSoort.AANVULLING ? ronde.verzenddatum() : null);
        return new StepBuilder("berekenenDeel", jobRepository)
                .<ContractInvoer, VoorstelVersie>chunk(chunkGrootte)
                .transactionManager(transactionManager)
                .reader(huishoudenLezer)
                .processor(berekening::eerste)
                .writer(chunk -> opslag.voegToe(runId, chunk.getItems()))
                .listener(new Voortgang("berekenen", () -> tellingen.verwerkt(runId, Bestandsoort.HUURDERS)))
                .build();
    }

    /** One reader per part (step scope): its range comes from the partition's context. */
    @Bean
    @StepScope
    HuishoudenLezer huishoudenLezer(@Value("#{jobParameters['run_id']}") String runId,
                                    @Value("#{stepExecutionContext['vanaf']}") Long vanaf,
                                    @Value("#{stepExecutionContext['totEnMet']}") Long totEnMet) {
        return new HuishoudenLezer(dataSource, runId, rondes.laad(runId).config(), vanaf, totEnMet,
                (laatste, tot) -> opslag.verwijderEersteVersies(runId, laatste, tot));
    }

}
