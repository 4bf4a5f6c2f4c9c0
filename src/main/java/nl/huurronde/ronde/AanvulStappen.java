package nl.huurronde.ronde;

import nl.huurronde.huursom.HuursomCijfers;
import nl.huurronde.register.Ronde;
import nl.huurronde.register.RondeRegister;
import nl.huurronde.register.Rondes;
import nl.huurronde.voorstel.VoorstelOpslag;
import org.springframework.batch.core.ExitStatus;
import org.springframework.batch.core.configuration.annotation.JobScope;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.transaction.PlatformTransactionManager;

/** The two steps only a supplementary run has: the selection after its intake, its own lists before the export. */
@Configuration(proxyBeanMethods = false)
class AanvulStappen {

    private final JobRepository jobRepository;
    private final PlatformTransactionManager transactionManager;
    private final RondeRegister register;

    AanvulStappen(JobRepository jobRepository, PlatformTransactionManager transactionManager, RondeRegister register) {
        this.jobRepository = jobRepository;
        this.transactionManager = transactionManager;
        this.register = register;
    }

    private String hoofdrun(String runId) {
        return register.aanvulling(runId).orElseThrow().hoofdrun();
    }

    /** Takes the contracts the round already has out of the supplement; NIETS_NIEUW ends the job when none is left. */
    @Bean
    @JobScope
    Step aanvulSelectie(@Value("#{jobParameters['run_id']}") String runId, Aanvulselectie selectie) {
        return new StepBuilder("aanvulSelectie", jobRepository)
                .tasklet((contribution, context) -> {
                    if (selectie.selecteer(runId, hoofdrun(runId)) == 0) {
                        contribution.setExitStatus(new ExitStatus(Aanvulselectie.NIETS_NIEUW));
                    }
                    return RepeatStatus.FINISHED;
                }, transactionManager)
                .build();
    }

    /** bestaande-contracten.csv and huursom-aanvulling.csv (the figures after the cap are recorded first). */
    @Bean
    @JobScope
    Step aanvulExport(@Value("#{jobParameters['run_id']}") String runId, Aanvulselectie selectie, Rondes rondes,
                      HuursomCijfers cijfers, VoorstelOpslag opslag) {
        return new StepBuilder("aanvulExport", jobRepository)
                .tasklet((contribution, context) -> {
                    Ronde ronde = rondes.laad(runId);
                    cijfers.legVastNaCap(runId, ronde.huursomCap() != null, opslag.eersteVersies(runId));
                    selectie.schrijf(ronde, hoofdrun(runId));
                    return RepeatStatus.FINISHED;
                }, transactionManager)
                .build();
    }
}
