package nl.huurronde.brieven;

import java.nio.file.Path;
import java.util.List;

import nl.huurronde.contract.Huurder;
import nl.huurronde.regels.Soort;
import nl.huurronde.voorstel.VoorstelOpslag;
import nl.huurronde.voorstel.VoorstelVersie;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.batch.infrastructure.item.ItemStreamReader;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;

/**
 * Reads the yearly run's proposals with the tenant's address in print order ({@link Drukvolgorde}), one
 * package of a fixed size per read: one query by print number range, so what is held does not grow with
 * the roll. Restart goes on after the packages already committed, so a package is always written whole
 * or again.
 */
class BrievenLezer implements ItemStreamReader<BriefPakket> {

    private static final String GELEZEN = "brieven.gelezen";
    private static final String PAKKET = "SELECT " + VoorstelOpslag.kolommen("v") + ", " + Huurder.kolommen("h")
            + ", hv.bestand AS verklaring FROM drukvolgorde d "
            + "JOIN voorstel v ON v.run_id = d.run_id AND v.versie = 1 AND v.regel = d.regel "
            + "JOIN huurder h ON h.run_id = d.run_id AND h.regel = d.regel "
            + "LEFT JOIN huishoudverklaring hv ON hv.run_id = d.run_id AND hv.adres_sleutel = h.adres_sleutel "
            + "WHERE d.run_id = :run_id AND d.volgnr > :na AND d.volgnr <= :tot ORDER BY d.volgnr";

    private final NamedParameterJdbcTemplate jdbc;
    private final String runId;
    private final int pakketGrootte;
    private final Path verklaringen;
    private final long eerstePakket;
    private final long laatstePakket;
    private long gelezen;

    /** Reads the packages eerstePakket..laatstePakket (1-based) of the print order: all, or one partition. */
    BrievenLezer(JdbcTemplate jdbc, String runId, Path verklaringen, int pakketGrootte, long eerstePakket,
                 long laatstePakket) {
        this.verklaringen = verklaringen;
        this.jdbc = new NamedParameterJdbcTemplate(jdbc);
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
        RowMapper<VoorstelVersie> versies = VoorstelOpslag.rijen();
        Huurder.Lezer[] huurders = {null};
        List<BriefItem> brieven = jdbc.query(PAKKET, new MapSqlParameterSource("run_id", runId).addValue("na", gelezen)
                .addValue("tot", (long) nummer * pakketGrootte), (rijen, i) -> {
                    if (huurders[0] == null) {
                        huurders[0] = new Huurder.Lezer(rijen);
                    }
                    VoorstelVersie voorstel = versies.mapRow(rijen, i);
                    String verklaring = rijen.getString("verklaring");
                    // only an IAH letter encloses it: without IAH the statement is not needed (and not sent)
                    return new BriefItem(voorstel, Geadresseerde.van(huurders[0].lees(rijen)),
                            verklaring != null && voorstel.voorstel().soort() == Soort.IAH
                                    ? verklaringen.resolve(verklaring) : null);
                });
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
