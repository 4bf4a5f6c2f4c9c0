package nl.huurronde.ronde;

import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.batch.core.partition.Partitioner;
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

    /** At most {@code threads} parts at once. */
    public static TaskExecutor uitvoerder(String naam, int threads) {
        SimpleAsyncTaskExecutor uitvoerder = new SimpleAsyncTaskExecutor(naam + "-");
        uitvoerder.setConcurrencyLimit(threads);
        return uitvoerder;
    }
}
