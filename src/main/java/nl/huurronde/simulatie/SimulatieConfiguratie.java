package nl.huurronde.simulatie;

import nl.huurronde.intake.Bestandsoort;
import nl.huurronde.intake.IntakeTellingen;
import nl.huurronde.intake.Intakekopie;
import org.springframework.batch.core.configuration.annotation.JobScope;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.builder.JobBuilder;
import org.springframework.batch.core.job.flow.FlowExecutionStatus;
import org.springframework.batch.core.job.flow.JobExecutionDecider;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * The simulation job: the yearly run's intake, then the computation in memory ({@code simuleren}) when the
 * accepted roll fits the heap, else the yearly run's compute, huursom and export steps. No letters, its
 * own run, nothing shared with the yearly run.
 */
@Configuration(proxyBeanMethods = false)
class SimulatieConfiguratie {

    static final String IN_GEHEUGEN = "IN_GEHEUGEN";
    static final String IN_DATABANK = "IN_DATABANK";

    @Bean
    Job simulatie(JobRepository jobRepository, Step importHuurders, Step importMedehuurders, Step importBrp, Step importInkomen,
                  Step intakeControle, JobExecutionDecider simulatieOpslag, Step simuleren, Step berekenen,
                  Step huursom, Step huursomToepassen, Step exporteren) {
        return new JobBuilder("simulatie", jobRepository)
                .start(importHuurders).next(importMedehuurders).next(importBrp).next(importInkomen).next(intakeControle)
                .next(simulatieOpslag)
                .on(IN_GEHEUGEN).to(simuleren)
                .from(simulatieOpslag).on(IN_DATABANK).to(berekenen).next(huursom).next(huursomToepassen)
                .next(exporteren)
                .end()
                .build();
    }

    /** In memory when the accepted contracts (as the intake check counted them) fit ({@link Intakekopie#past}). */
    @Bean
    JobExecutionDecider simulatieOpslag(IntakeTellingen tellingen, Intakekopie intakekopie) {
        return (uitvoering, stap) -> {
            String runId = uitvoering.getJobParameters().getString("run_id");
            long aantal = tellingen.verwerkt(runId, Bestandsoort.HUURDERS);
            return new FlowExecutionStatus(intakekopie.past(aantal) ? IN_GEHEUGEN : IN_DATABANK);
        };
    }

    @Bean
    @JobScope
    Step simuleren(@Value("#{jobParameters['run_id']}") String runId, JobRepository jobRepository,
                   PlatformTransactionManager transactionManager, SimulatieInGeheugen simulatie) {
        return new StepBuilder("simuleren", jobRepository)
                .tasklet((contribution, context) -> {
                    simulatie.voerUit(runId);
                    return RepeatStatus.FINISHED;
                }, transactionManager)
                .build();
    }
}
