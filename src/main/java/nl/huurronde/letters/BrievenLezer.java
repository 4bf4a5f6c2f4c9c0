package nl.huurronde.letters;

import java.util.List;
import nl.huurronde.voorstel.VoorstelOpslag;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.batch.infrastructure.item.ItemStreamReader;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Reads the yearly run's proposals with the tenant's address in print order ({@link Drukvolgorde}), one
 * package of a fixed size per read: one query by print number range, so what is held does not grow with
 * the roll. Restart goes on after the packages already committed, so a package is always written whole
 * or again.
 */
class BrievenLezer implements ItemStreamReader<BriefPakket> {

    private static final String GELEZEN = "brieven.gelezen";
    private static final String PAKKET = "SELECT " + VoorstelOpslag.kolommen("v") + ", h.huurder_naam, h.straat, "
            + "h.huisnummer, h.huisletter, h.toevoeging, h.postcode, h.woonplaats FROM drukvolgorde d "
            + "JOIN voorstel v ON v.run_id = d.run_id AND v.versie = 1 AND v.regel = d.regel "
            + "JOIN huurder h ON h.run_id = d.run_id AND h.regel = d.regel "
            + "WHERE d.run_id = ? AND d.volgnr > ? AND d.volgnr <= ? ORDER BY d.volgnr";

    private final JdbcTemplate jdbc;
    private final String runId;
    private final int pakketGrootte;
    private final long eerstePakket;
    private final long laatstePakket;
    private long gelezen;

    /** Reads the packages eerstePakket..laatstePakket (1-based) of the print order: all, or one partition. */
    BrievenLezer(JdbcTemplate jdbc, String runId, int pakketGrootte, long eerstePakket, long laatstePakket) {
        this.jdbc = jdbc;
        this.runId = runId;
        this.pakketGrootte = pakketGrootte;
        this.eerstePakket = eerstePakket;
        this.laatstePakket = laatstePakket;
    }

    @Override
    public void open(ExecutionContext context) {
        gelezen = context.getLong(GELEZEN, (eerstePakket - 1) * pakketGrootte);
    }

    @Override
    public BriefPakket read() {
        int nummer = (int) (gelezen / pakketGrootte) + 1;
        if (nummer > laatstePakket) {
            return null;
        }
        List<BriefItem> brieven = jdbc.query(PAKKET, (rijen, i) -> new BriefItem(VoorstelOpslag.versie(rijen),
                new Geadresseerde(rijen.getString(33), rijen.getString(34), rijen.getInt(35), rijen.getString(36),
                        rijen.getString(37), rijen.getString(38), rijen.getString(39))),
                runId, gelezen, (long) nummer * pakketGrootte);
        if (brieven.isEmpty()) {
            return null;
        }
        gelezen += brieven.size();
        return new BriefPakket(nummer, brieven);
    }

    @Override
    public void update(ExecutionContext context) {
        context.putLong(GELEZEN, gelezen);
    }
}
