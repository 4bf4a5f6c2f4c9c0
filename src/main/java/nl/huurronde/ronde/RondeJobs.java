package nl.huurronde.ronde;

import nl.huurronde.batch.Verdeling;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.builder.FlowBuilder;
import org.springframework.batch.core.job.builder.JobBuilder;
import org.springframework.batch.core.job.builder.JobFlowBuilder;
import org.springframework.batch.core.job.flow.Flow;
import org.springframework.batch.core.job.flow.support.SimpleFlow;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.scope.context.JobContext;
import org.springframework.batch.core.scope.context.JobSynchronizationManager;
import org.springframework.batch.core.step.Step;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.task.SimpleAsyncTaskExecutor;
import org.springframework.core.task.TaskExecutor;

/** The yearly run, as the process reads: intake, compute, huursom, letters, exports (simulation: package simulatie). */
@Configuration(proxyBeanMethods = false)
class RondeJobs {

    @Bean
    Job jaarlijkseRun(JobRepository jobRepository, Step importHuurders, Step importBrp, Step importInkomen,
                      Step intakeControle, Step berekenen, Step huursom, Step huursomToepassen, Step brieven,
                      Step exporteren) {
        JobFlowBuilder builder = new JobBuilder("jaarlijkseRun", jobRepository)
                .start(intake(importHuurders, importBrp, importInkomen));
        for (Step stap : new Step[] {intakeControle, berekenen, huursom, huursomToepassen, brieven, exporteren}) {
            builder.next(stap);
        }
        return builder.end().build();
    }

    /**
     * The three extracts are read side by side: they are independent until the intake check, which starts
     * when all three are staged. Each is its own step as before, so a resumed run skips the ones that
     * completed and restarts the others from their last commit. (The simulation reads them one after the
     * other: its in-memory copy of the intake starts with the huurders step.)
     */
    private static Flow intake(Step huurders, Step brp, Step inkomen) {
        return new FlowBuilder<SimpleFlow>("intake").split(metJobContext(Verdeling.uitvoerder("intake", 3)))
                .add(stroom("huurders", huurders), stroom("brp", brp), stroom("inkomen", inkomen)).build();
    }

    /**
     * The split runs each flow on a thread of its own, where Spring Batch has no job context: the job-scoped
     * steps (the run's id is a job parameter) would not resolve. Each task takes its job's context along.
     */
    private static TaskExecutor metJobContext(SimpleAsyncTaskExecutor uitvoerder) {
        uitvoerder.setTaskDecorator(taak -> {
            JobContext context = JobSynchronizationManager.getContext();
            JobExecution uitvoering = context == null ? null : context.getJobExecution();
            return () -> {
                if (uitvoering != null) {
                    JobSynchronizationManager.register(uitvoering);
                }
                try {
                    taak.run();
                } finally {
                    if (uitvoering != null) {
                        JobSynchronizationManager.release();
                    }
                }
            };
        });
        return uitvoerder;
    }

    private static Flow stroom(String naam, Step stap) {
        return new FlowBuilder<SimpleFlow>("intake." + naam).start(stap).build();
    }
}
