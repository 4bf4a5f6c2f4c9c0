package nl.huurronde.intake;

import java.nio.charset.Charset;
import java.nio.file.Path;
import java.util.function.LongConsumer;

import nl.huurronde.register.RondeFout;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.batch.infrastructure.item.ItemStreamReader;

/**
 * Reads one extract record by record for a chunk step. Restartable: the number of records already
 * committed is kept in the step's execution context and skipped on restart. Spring Batch 6 may
 * commit a chunk's rows before its execution context, so a restart first removes what was staged
 * after the last committed record (once, instead of a delete before every chunk).
 */
class CsvItemLezer implements ItemStreamReader<CsvRecord> {

    private static final String GELEZEN = "gelezen";
    private static final String LAATSTE_REGEL = "laatste.regel";

    private final Path pad;
    private final Bestandsoort soort;
    private final Charset tekenset;
    private final LongConsumer naHerstart;
    private CsvLezer lezer;
    private long gelezen;
    private long laatsteRegel;

    /**
     * @param naHerstart gets the line of the last committed record (0 at the start): what an interrupted
     *                   attempt staged after it must go, as those records are read and staged again
     */
    CsvItemLezer(Path pad, Bestandsoort soort, Charset tekenset, LongConsumer naHerstart) {
        this.pad = pad;
        this.soort = soort;
        this.tekenset = tekenset;
        this.naHerstart = naHerstart;
    }

    @Override
    public void open(ExecutionContext context) {
        try {
            lezer = CsvLezer.open(pad, soort, tekenset);
            gelezen = context.getLong(GELEZEN, 0L);
            laatsteRegel = context.getLong(LAATSTE_REGEL, 0L);
            naHerstart.accept(laatsteRegel); // also on a first attempt: a chunk may be committed before any context
            lezer.sla(gelezen);
        } catch (InvoerFout e) {
            throw new RondeFout(e.getMessage());
        }
    }

    @Override
    public CsvRecord read() {
        try {
            CsvRecord record = lezer.volgende();
            if (record != null) {
                gelezen++;
                laatsteRegel = record.regel();
            }
            return record;
        } catch (InvoerFout e) {
            throw new RondeFout(e.getMessage());
        }
    }

    @Override
    public void update(ExecutionContext context) {
        context.putLong(GELEZEN, gelezen);
        context.putLong(LAATSTE_REGEL, laatsteRegel);
    }

    @Override
    public void close() {
        if (lezer != null) {
            try {
                lezer.close();
            } catch (java.io.IOException e) {
                throw new RondeFout(soort.naam() + ": kan bestand niet sluiten: " + e.getMessage());
            }
            lezer = null;
        }
    }
}
