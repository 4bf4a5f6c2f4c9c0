package nl.huurronde.uitvoer;

import nl.huurronde.huursom.HuursomCijfers;
import nl.huurronde.register.Ronde;
import nl.huurronde.register.Rondes;
import nl.huurronde.voorstel.VoorstelOpslag;
import org.springframework.batch.core.configuration.annotation.JobScope;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.transaction.PlatformTransactionManager;

/** The last step: every CSV output and the manifest, from the database, each file complete or absent. */
@Configuration(proxyBeanMethods = false)
class ExportConfiguratie {

    private final JobRepository jobRepository;
    private final PlatformTransactionManager transactionManager;
    private final Rondes rondes;

    ExportConfiguratie(JobRepository jobRepository, PlatformTransactionManager transactionManager, Rondes rondes) {
        this.jobRepository = jobRepository;
        this.transactionManager = transactionManager;
        this.rondes = rondes;
    }

    @Bean
    @JobScope
    Step exporteren(@Value("#{jobParameters['run_id']}") String runId, VoorstelOpslag opslag, HuursomCijfers cijfers,
                    Uitvoer uitvoer) {
        return new StepBuilder("exporteren", jobRepository)
                .tasklet((contribution, context) -> {
                    Ronde ronde = rondes.laad(runId);
                    cijfers.legVastNaCap(runId, ronde.huursomCap() != null, opslag.eersteVersies(runId));
                    uitvoer.schrijf(ronde, opslag.eersteVersiesOpContract(runId));
                    return RepeatStatus.FINISHED;
                }, transactionManager)
                .build();
    }
}
