package nl.huurronde.intake;

import java.nio.file.Path;
import nl.huurronde.ronde.RondeFout;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.batch.infrastructure.item.ItemStreamReader;

/**
 * Reads one extract record by record for a chunk step. Restartable: the number of records already
 * committed is kept in the step's execution context and skipped on restart.
 */
class CsvItemLezer implements ItemStreamReader<CsvRecord> {

    private static final String GELEZEN = "gelezen";

    private final Path pad;
    private final Bestandsoort soort;
    private CsvLezer lezer;
    private long gelezen;

    CsvItemLezer(Path pad, Bestandsoort soort) {
        this.pad = pad;
        this.soort = soort;
    }

    @Override
    public void open(ExecutionContext context) {
        try {
            lezer = CsvLezer.open(pad, soort);
            gelezen = context.getLong(GELEZEN, 0L);
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
            }
            return record;
        } catch (InvoerFout e) {
            throw new RondeFout(e.getMessage());
        }
    }

    @Override
    public void update(ExecutionContext context) {
        context.putLong(GELEZEN, gelezen);
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
