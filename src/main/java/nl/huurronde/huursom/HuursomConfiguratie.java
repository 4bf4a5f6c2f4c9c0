package nl.huurronde.huursom;

import java.math.BigDecimal;
import javax.sql.DataSource;

import nl.huurronde.batch.Databank;
import nl.huurronde.batch.Voortgang;
import nl.huurronde.register.RondeRegister;
import nl.huurronde.register.Rondes;
import nl.huurronde.voorstel.Berekening;
import nl.huurronde.voorstel.VoorstelLezer;
import nl.huurronde.voorstel.VoorstelOpslag;
import nl.huurronde.voorstel.VoorstelVersie;
import org.springframework.batch.core.configuration.annotation.JobScope;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * The huursom step (rules.md §5): measure the huursom of the uncapped proposals, search the cap c
 * when it is above the limit, then recompute every REGULIER and WOONWAGEN proposal with c.
 */
@Configuration(proxyBeanMethods = false)
class HuursomConfiguratie {

    private final int chunkGrootte;
    private final JobRepository jobRepository;
    private final PlatformTransactionManager transactionManager;
    private final Rondes rondes;
    private final VoorstelOpslag opslag;
    private final HuursomBepaling bepaling;
    private final DataSource dataSource;
    private final Databank databank;

    HuursomConfiguratie(@Value("${huurronde.chunk-grootte}") int chunk, JobRepository jobRepository,
                        PlatformTransactionManager transactionManager, Rondes rondes, VoorstelOpslag opslag,
                        HuursomBepaling bepaling, DataSource dataSource, Databank databank) {
        this.chunkGrootte = chunk;
        this.jobRepository = jobRepository;
        this.transactionManager = transactionManager;
        this.rondes = rondes;
        this.opslag = opslag;
        this.bepaling = bepaling;
        this.dataSource = dataSource;
        this.databank = databank;
    }

    @Bean
    @JobScope
    Step huursom(@Value("#{jobParameters['run_id']}") String runId) {
        return new StepBuilder("huursom", jobRepository)
                .tasklet((contribution, context) -> {
                    databank.werkStatistiekBij("voorstel"); // just filled by the compute step
                    bepaling.bepaal(runId, rondes.laad(runId).beleid(), opslag.eersteVersies(runId),
                            actie -> opslag.stroomFeiten(runId, 1, actie));
                    return RepeatStatus.FINISHED;
                }, transactionManager)
                .build();
    }

    /** A supplementary run's huursom step: the main run's cap, recorded with the run (no search). */
    @Bean
    @JobScope
    Step aanvulHuursom(@Value("#{jobParameters['run_id']}") String runId, RondeRegister register) {
        return new StepBuilder("aanvulHuursom", jobRepository)
                .tasklet((contribution, context) -> {
                    databank.werkStatistiekBij("voorstel");
                    String hoofdrun = register.aanvulling(runId).orElseThrow().hoofdrun();
                    bepaling.neemCapOver(runId, hoofdrun, opslag.eersteVersies(runId));
                    return RepeatStatus.FINISHED;
                }, transactionManager)
                .build();
    }

    /** Recomputes the proposals the cap can change; reads nothing when the cap is not binding. */
    @Bean
    @JobScope
    Step huursomToepassen(@Value("#{jobParameters['run_id']}") String runId) {
        Berekening berekening = new Berekening(rondes.laad(runId).config());
        // The cap is decided by the previous step: read it when this step opens, not when it is built.
        BigDecimal[] cap = new BigDecimal[1];
        return new StepBuilder("huursomToepassen", jobRepository)
                .<VoorstelVersie, VoorstelVersie>chunk(chunkGrootte)
                .transactionManager(transactionManager)
                .reader(new VoorstelLezer(dataSource, runId, 1, () -> {
                    cap[0] = rondes.laad(runId).huursomCap();
                    return cap[0] == null ? "1 = 0" : "soort IN ('REGULIER', 'WOONWAGEN')"; // Berekening.capKanRaken
                }))
                .processor(v -> berekening.metCap(v, cap[0]))
                .writer(chunk -> opslag.werkUitkomstBij(runId, chunk.getItems()))
                .listener(new Voortgang("huursom toepassen", () -> 0))
                .build();
    }
}
