package nl.huurronde.letters;

import javax.sql.DataSource;
import nl.huurronde.policy.BrievenModus;
import nl.huurronde.policy.JobConfig;
import nl.huurronde.ronde.Databank;
import nl.huurronde.ronde.Ronde;
import nl.huurronde.ronde.Rondes;
import nl.huurronde.ronde.Voortgang;
import org.springframework.batch.core.configuration.annotation.JobScope;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.builder.StepBuilder;
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

    BrievenConfiguratie(JobRepository jobRepository, PlatformTransactionManager transactionManager,
                        DataSource dataSource, Databank databank, JdbcTemplate jdbc, Rondes rondes) {
        this.jobRepository = jobRepository;
        this.transactionManager = transactionManager;
        this.dataSource = dataSource;
        this.databank = databank;
        this.jdbc = jdbc;
        this.rondes = rondes;
    }

    @Bean
    @JobScope
    Step brieven(@Value("#{jobParameters['run_id']}") String runId) {
        Ronde ronde = rondes.laad(runId);
        JobConfig config = ronde.config();
        BrievenModus modus = config.brieven();
        int pakket = modus == BrievenModus.PER_CONTRACT ? PAKKET_PER_CONTRACT : config.drukbestandMax();
        BrievenLezer lezer = new BrievenLezer(dataSource, databank, runId, pakket);
        return new StepBuilder("brieven", jobRepository)
                .<BriefPakket, BriefPakket>chunk(1)
                .transactionManager(transactionManager)
                .reader(modus == BrievenModus.GEEN ? () -> null : lezer)
                .writer(new BrievenSchrijver(jdbc, runId, ronde.map(), modus, config.pdfa(),
                        new BriefSamensteller(config), ronde.verzenddatum()))
                .listener(new Voortgang("brieven (pakketten van " + pakket + ")", () -> 0))
                .build();
    }
}
