package nl.huurronde.batch;

import java.util.concurrent.atomic.AtomicInteger;

import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.scope.context.JobContext;
import org.springframework.batch.core.scope.context.JobSynchronizationManager;
import org.springframework.core.task.TaskExecutor;

/**
 * The executor of a split whose flows hold job-scoped steps: each flow runs on a thread of its own that
 * carries its job's context. Spring Batch keeps that context per thread, so without it the steps (the
 * run's id is a job parameter) would not resolve on the split's threads.
 */
public final class NaastElkaar implements TaskExecutor {

    private final String naam;
    private final AtomicInteger draden = new AtomicInteger();

    public NaastElkaar(String naam) {
        this.naam = naam;
    }

    @Override
    public void execute(Runnable taak) {
        JobContext context = JobSynchronizationManager.getContext();
        JobExecution uitvoering = context == null ? null : context.getJobExecution();
        Thread draad = new Thread(() -> {
            if (uitvoering == null) {
                taak.run();
                return;
            }
            JobSynchronizationManager.register(uitvoering);
            try {
                taak.run();
            } finally {
                // close, not release: release would end the job's scope (its beans) while the job runs on
                JobSynchronizationManager.close();
            }
        }, naam + "-" + draden.incrementAndGet());
        draad.start();
    }
}
