package nl.huurronde.batch;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

import org.springframework.batch.core.job.JobExecutionException;
import org.springframework.batch.core.partition.Partitioner;
import org.springframework.batch.core.partition.StepExecutionSplitter;
import org.springframework.batch.core.partition.support.SimpleStepExecutionSplitter;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.core.task.SimpleAsyncTaskExecutor;
import org.springframework.core.task.TaskExecutor;

/**
 * Local partitioning: a range [eerste, laatste] of line or package numbers cut into contiguous parts,
 * one per thread. Outputs are assembled by ORDER BY at the end, never by thread completion, so the
 * result does not depend on the number of threads.
 */
public final class Verdeling {

    public static final String VANAF = "vanaf";         // exclusive
    public static final String TOT_EN_MET = "totEnMet"; // inclusive

    private Verdeling() {}

    /** Parts of (eerste − 1, laatste]; one empty part when the range is empty. */
    public static Partitioner bereik(long eerste, long laatste) {
        return grid -> {
            Map<String, ExecutionContext> delen = new LinkedHashMap<>();
            long aantal = Math.max(0, laatste - eerste + 1);
            int n = (int) Math.max(1, Math.min(grid, aantal));
            long vanaf = eerste - 1;
            for (int i = 0; i < n; i++) {
                long tot = i == n - 1 ? Math.max(laatste, vanaf) : vanaf + aantal / n + (i < aantal % n ? 1 : 0);
                ExecutionContext context = new ExecutionContext();
                context.putLong(VANAF, vanaf);
                context.putLong(TOT_EN_MET, tot);
                delen.put("deel-" + (i + 1), context);
                vanaf = tot;
            }
            return delen;
        };
    }

    /**
     * Spring Batch's splitter, made safe against a kill between its two writes. It stores a new part's
     * step execution and then, separately, its context; a kill in between leaves a part without its
     * range, and a restart reuses that empty context (the letters step then failed on a null
     * {@code vanaf}). The ranges are deterministic, so such a part gets its range from the partitioner
     * again, under the grid size the first start recorded.
     */
    public static StepExecutionSplitter splitter(JobRepository repository, String werkstap, Partitioner partitioner) {
        SimpleStepExecutionSplitter gewoon = new SimpleStepExecutionSplitter(repository, werkstap, partitioner);
        return new StepExecutionSplitter() {
            @Override
            public String getStepName() {
                return gewoon.getStepName();
            }

            @Override
            public Set<StepExecution> split(StepExecution beheer, int gridSize) throws JobExecutionException {
                Set<StepExecution> delen = gewoon.split(beheer, gridSize);
                Map<String, ExecutionContext> opnieuw = null;
                for (StepExecution deel : delen) {
                    if (deel.getExecutionContext().containsKey(VANAF)) {
                        continue;
                    }
                    if (opnieuw == null) {
                        opnieuw = partitioner.partition((int) beheer.getExecutionContext()
                                .getLong(SimpleStepExecutionSplitter.class.getSimpleName() + ".GRID_SIZE", gridSize));
                    }
                    String naam = deel.getStepName().substring(deel.getStepName().indexOf(':') + 1);
                    ExecutionContext bereik = opnieuw.get(naam);
                    if (bereik == null) {
                        throw new JobExecutionException("deel " + deel.getStepName() + " heeft geen bereik meer");
                    }
                    deel.setExecutionContext(bereik);
                    repository.updateExecutionContext(deel);
                }
                return delen;
            }
        };
    }

    /** At most {@code threads} parts at once. */
    public static TaskExecutor uitvoerder(String naam, int threads) {
        SimpleAsyncTaskExecutor uitvoerder = new SimpleAsyncTaskExecutor(naam + "-");
        uitvoerder.setConcurrencyLimit(threads);
        return uitvoerder;
    }
}
