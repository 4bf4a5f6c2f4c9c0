package nl.huurronde.voorstel;

import javax.sql.DataSource;
import nl.huurronde.policy.JobConfig;
import nl.huurronde.ronde.Ronde;
import nl.huurronde.ronde.Rondes;
import nl.huurronde.ronde.Voortgang;
import nl.huurronde.rules.Beleid;
import nl.huurronde.rules.Nacontrole;
import nl.huurronde.rules.Rekenregels;
import nl.huurronde.rules.Voorstel;
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
 * The compute step: every accepted contract with its household through the rules engine, without a
 * huursom cap yet (the huursom step decides whether one is needed). Stored as version 1.
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

    VoorstelConfiguratie(@Value("${huurronde.chunk-grootte}") int chunk, JobRepository jobRepository, PlatformTransactionManager transactionManager,
                         DataSource dataSource, Rondes rondes, VoorstelOpslag opslag, JdbcTemplate jdbc) {
        this.chunkGrootte = chunk;
        this.jobRepository = jobRepository;
        this.transactionManager = transactionManager;
        this.dataSource = dataSource;
        this.rondes = rondes;
        this.opslag = opslag;
        this.jdbc = jdbc;
    }

    @Bean
    @JobScope
    Step berekenen(@Value("#{jobParameters['run_id']}") String runId) {
        Ronde ronde = rondes.laad(runId);
        JobConfig config = ronde.config();
        Beleid beleid = config.beleid();
        Nacontrole.Limieten limieten = WettelijkeLimieten.van(config.wet());
        return new StepBuilder("berekenen", jobRepository)
                .<ContractInvoer, VoorstelVersie>chunk(chunkGrootte)
                .transactionManager(transactionManager)
                .reader(new HuishoudenLezer(dataSource, runId, beleid, config.invoer().inkomenscategorie() != null,
                        0, Long.MAX_VALUE))
                .processor(invoer -> {
                    Voorstel voorstel = Rekenregels.bereken(invoer.feiten(), beleid, null);
                    Nacontrole.controleer(invoer.feiten(), voorstel, limieten);
                    return VoorstelVersie.eerste(invoer, voorstel, null, config.sha256(), config.ingangsdatum());
                })
                .writer(chunk -> opslag.voegToe(runId, chunk.getItems()))
                .listener(new Voortgang("berekenen", () -> aantalContracten(runId)))
                .build();
    }

    private long aantalContracten(String runId) {
        Long n = jdbc.queryForObject("SELECT COUNT(*) FROM huurder WHERE run_id = ? AND afgewezen = FALSE", Long.class,
                runId);
        return n == null ? 0 : n;
    }
}
