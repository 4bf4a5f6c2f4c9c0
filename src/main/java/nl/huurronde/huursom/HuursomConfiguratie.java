package nl.huurronde.huursom;

import java.math.BigDecimal;
import javax.sql.DataSource;
import nl.huurronde.ronde.Databank;
import nl.huurronde.ronde.RondeRegister;
import nl.huurronde.ronde.Rondes;
import nl.huurronde.ronde.Voortgang;
import nl.huurronde.rules.Beleid;
import nl.huurronde.rules.Huursom;
import nl.huurronde.rules.Rekenregels;
import nl.huurronde.voorstel.VoorstelLezer;
import nl.huurronde.voorstel.VoorstelOpslag;
import nl.huurronde.voorstel.VoorstelVersie;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
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

    private static final Logger LOG = LoggerFactory.getLogger(HuursomConfiguratie.class);

    private final int chunkGrootte;
    private final JobRepository jobRepository;
    private final PlatformTransactionManager transactionManager;
    private final Rondes rondes;
    private final RondeRegister register;
    private final VoorstelOpslag opslag;
    private final HuursomCijfers cijfers;
    private final DataSource dataSource;
    private final Databank databank;

    HuursomConfiguratie(@Value("${huurronde.chunk-grootte}") int chunk, JobRepository jobRepository,
                        PlatformTransactionManager transactionManager, Rondes rondes, RondeRegister register,
                        VoorstelOpslag opslag, HuursomCijfers cijfers, DataSource dataSource, Databank databank) {
        this.chunkGrootte = chunk;
        this.jobRepository = jobRepository;
        this.transactionManager = transactionManager;
        this.rondes = rondes;
        this.register = register;
        this.opslag = opslag;
        this.cijfers = cijfers;
        this.dataSource = dataSource;
        this.databank = databank;
    }

    @Bean
    @JobScope
    Step huursom(@Value("#{jobParameters['run_id']}") String runId) {
        return new StepBuilder("huursom", jobRepository)
                .tasklet((contribution, context) -> {
                    Beleid beleid = rondes.laad(runId).beleid();
                    databank.werkStatistiekBij("voorstel"); // just filled by the compute step
                    cijfers.legVast(runId, HuursomCijfers.VOOR_CAP);
                    Huursom.Uitkomst uitkomst = Huursom.bepaalCap(actie -> opslag.stroomFeiten(runId, 1, actie),
                            beleid, cijfers.somInHuursom(runId, HuursomCijfers.VOOR_CAP));
                    register.zetCap(runId, uitkomst.cap());
                    LOG.info("huursom: {}% zonder cap, maximum {}%{}", uitkomst.zonderCap().pct(),
                            beleid.huursomMaxPct().movePointRight(2).stripTrailingZeros().toPlainString(),
                            uitkomst.cap() == null ? "; geen cap nodig"
                                    : "; cap c = " + uitkomst.cap().movePointRight(2).toPlainString() + "% geeft "
                                      + uitkomst.metCap().pct() + "%");
                    return RepeatStatus.FINISHED;
                }, transactionManager)
                .build();
    }

    /** Recomputes the proposals the cap can change; reads nothing when the cap is not binding. */
    @Bean
    @JobScope
    Step huursomToepassen(@Value("#{jobParameters['run_id']}") String runId) {
        Beleid beleid = rondes.laad(runId).beleid();
        // The cap is decided by the previous step: read it when this step opens, not when it is built.
        BigDecimal[] cap = new BigDecimal[1];
        return new StepBuilder("huursomToepassen", jobRepository)
                .<VoorstelVersie, VoorstelVersie>chunk(chunkGrootte)
                .transactionManager(transactionManager)
                .reader(new VoorstelLezer(dataSource, runId, 1, () -> {
                    cap[0] = rondes.laad(runId).huursomCap();
                    return cap[0] == null ? "1 = 0" : "soort IN ('REGULIER', 'WOONWAGEN')";
                }))
                .processor(v -> v.met(Rekenregels.bereken(v.feiten(), beleid, cap[0]), cap[0]))
                .writer(chunk -> opslag.werkUitkomstBij(runId, chunk.getItems()))
                .listener(new Voortgang("huursom toepassen", () -> 0))
                .build();
    }
}
