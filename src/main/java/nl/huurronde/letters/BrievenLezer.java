package nl.huurronde.letters;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import nl.huurronde.ronde.Cursor;
import nl.huurronde.ronde.Databank;
import nl.huurronde.voorstel.VoorstelOpslag;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.batch.infrastructure.item.ItemStreamException;
import org.springframework.batch.infrastructure.item.ItemStreamReader;

/**
 * Streams the yearly run's proposals with the tenant's address in print order (postcode, house
 * number, letter, addition, contract), in packages of a fixed size. Restart skips the letters of the
 * packages already committed, so a package is always written whole or again.
 */
class BrievenLezer implements ItemStreamReader<BriefPakket> {

    private static final String GELEZEN = "brieven.gelezen";

    private final DataSource dataSource;
    private final Databank databank;
    private final String runId;
    private final int pakketGrootte;
    private final long eerstePakket;
    private final long laatstePakket;
    private Cursor cursor;
    private ResultSet rijen;
    private long gelezen;

    /** Reads the packages eerstePakket..laatstePakket (1-based) of the print order: all, or one partition. */
    BrievenLezer(DataSource dataSource, Databank databank, String runId, int pakketGrootte, long eerstePakket,
                 long laatstePakket) {
        this.dataSource = dataSource;
        this.databank = databank;
        this.runId = runId;
        this.pakketGrootte = pakketGrootte;
        this.eerstePakket = eerstePakket;
        this.laatstePakket = laatstePakket;
    }

    @Override
    public void open(ExecutionContext context) {
        gelezen = context.getLong(GELEZEN, (eerstePakket - 1) * pakketGrootte);
        String sql = "SELECT " + VoorstelOpslag.kolommen("v") + ", h.huurder_naam, h.straat, h.huisnummer, "
                + "h.huisletter, h.toevoeging, h.postcode, h.woonplaats FROM voorstel v JOIN huurder h "
                + "ON h.run_id = v.run_id AND h.regel = v.regel WHERE v.run_id = ? AND v.versie = 1 ORDER BY "
                + databank.codepuntVolgorde("h.postcode") + ", h.huisnummer, "
                + databank.codepuntVolgorde("COALESCE(h.huisletter, '')") + ", "
                + databank.codepuntVolgorde("COALESCE(h.toevoeging, '')") + ", "
                + databank.codepuntVolgorde("v.contract_id");
        cursor = Cursor.open(dataSource, sql, opdracht -> opdracht.setString(1, runId));
        rijen = cursor.rijen();
        try {
            for (long i = 0; i < gelezen && rijen.next(); i++) {
                // skip the letters before this part, and of packages committed before a restart
            }
        } catch (SQLException e) {
            throw new ItemStreamException("kan de brieven niet lezen (SQLSTATE " + e.getSQLState() + ")", e);
        }
    }

    @Override
    public BriefPakket read() throws SQLException {
        int nummer = (int) (gelezen / pakketGrootte) + 1;
        if (nummer > laatstePakket) {
            return null;
        }
        List<BriefItem> brieven = new ArrayList<>(Math.min(pakketGrootte, 1024));
        while (brieven.size() < pakketGrootte && rijen.next()) {
            brieven.add(new BriefItem(VoorstelOpslag.versie(rijen), new Geadresseerde(rijen.getString(33),
                    rijen.getString(34), rijen.getInt(35), rijen.getString(36), rijen.getString(37),
                    rijen.getString(38), rijen.getString(39))));
        }
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

    @Override
    public void close() {
        if (cursor != null) {
            cursor.close();
            cursor = null;
        }
    }
}
