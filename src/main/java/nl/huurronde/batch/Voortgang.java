package nl.huurronde.batch;

import java.util.function.LongSupplier;
import java.util.function.ToIntFunction;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.ExitStatus;
import org.springframework.batch.core.listener.ChunkListener;
import org.springframework.batch.core.listener.StepExecutionListener;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.infrastructure.item.Chunk;

/**
 * A progress line per step: done / total, rate and estimated time left; at most one every few seconds.
 * One instance serves all partitions of a partitioned step (they run on several threads), so it counts
 * their chunks together and reports the end once, when the last partition finishes.
 */
public class Voortgang implements ChunkListener<Object, Object>, StepExecutionListener {

    private static final Logger LOG = LoggerFactory.getLogger("nl.huurronde.voortgang");
    private static final long INTERVAL_NS = 5_000_000_000L;

    private final String stap;
    private final LongSupplier totaal;
    private final ToIntFunction<Object> gewicht;
    private final java.util.Set<Long> actief = new java.util.HashSet<>(); // step execution ids
    private long start;
    private long laatsteMelding;
    private long gedaan;
    private long bekendTotaal;

    public Voortgang(String stap, LongSupplier totaal) {
        this(stap, totaal, item -> 1);
    }

    /** @param gewicht what one item counts for (a package of letters counts its letters) */
    public Voortgang(String stap, LongSupplier totaal, ToIntFunction<Object> gewicht) {
        this.stap = stap;
        this.totaal = totaal;
        this.gewicht = gewicht;
    }

    @Override
    public synchronized void beforeStep(StepExecution stepExecution) {
        if (actief.isEmpty()) {
            start = System.nanoTime();
            laatsteMelding = start;
            gedaan = 0;
            bekendTotaal = totaal.getAsLong();
        }
        actief.add(stepExecution.getId());
    }

    @Override
    public synchronized void afterChunk(Chunk<Object> chunk) {
        for (Object item : chunk) {
            gedaan += gewicht.applyAsInt(item);
        }
        long nu = System.nanoTime();
        if (nu - laatsteMelding >= INTERVAL_NS) {
            laatsteMelding = nu;
            LOG.info(regel(nu));
        }
    }

    @Override
    public synchronized ExitStatus afterStep(StepExecution stepExecution) {
        if (actief.remove(stepExecution.getId()) && actief.isEmpty()) {
            LOG.info(regel(System.nanoTime()));
        }
        return null;
    }

    private String regel(long nu) {
        double seconden = Math.max((nu - start) / 1e9, 1e-3);
        long snelheid = Math.round(gedaan / seconden);
        StringBuilder sb = new StringBuilder(stap).append(": ").append(gedaan);
        if (bekendTotaal > gedaan) {
            sb.append('/').append(bekendTotaal);
        }
        sb.append(" (").append(snelheid).append("/s");
        if (bekendTotaal > gedaan && snelheid > 0) {
            sb.append(", nog ~").append((bekendTotaal - gedaan) / snelheid).append(" s");
        }
        return sb.append(')').toString();
    }
}
