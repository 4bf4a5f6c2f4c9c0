package nl.huurronde.brieven;

import java.nio.file.Path;
import java.util.Collections;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;

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
 * package of a fixed size per read. Restart goes on after the packages already committed, so a package is
 * always written whole or again. A package's letters are read while it is written, a portion at a time (one
 * query by print number range each): a print file of 5,000 letters takes a second or more to render, and
 * held whole its letters outlived the young collections of that second, were copied to the old
 * generation and filled it (docs/decisions.md). What is held grows with neither the roll nor the package.
 */
class BrievenLezer implements ItemStreamReader<BriefPakket> {

    private static final String GELEZEN = "brieven.gelezen";
    private static final String PAKKET = "SELECT " + VoorstelOpslag.kolommen("v") + ", " + Huurder.kolommen("h")
            + ", hv.bestand AS verklaring FROM drukvolgorde d "
            + "JOIN voorstel v ON v.run_id = d.run_id AND v.versie = 1 AND v.regel = d.regel "
            + "JOIN huurder h ON h.run_id = d.run_id AND h.regel = d.regel "
            + "LEFT JOIN huishoudverklaring hv ON hv.run_id = d.run_id AND hv.adres_sleutel = h.adres_sleutel "
            + "WHERE d.run_id = :run_id AND d.volgnr > :na AND d.volgnr <= :tot ORDER BY d.volgnr";

    private static final String AANTAL = "SELECT COUNT(*) FROM drukvolgorde WHERE run_id = :run_id "
            + "AND volgnr > :na AND volgnr <= :tot";

    private final NamedParameterJdbcTemplate jdbc;
    private final String runId;
    private final int pakketGrootte;
    private final int portie;
    private final Path verklaringen;
    private final long eerstePakket;
    private final long laatstePakket;
    private long gelezen;

    /**
     * Reads the packages eerstePakket..laatstePakket (1-based) of the print order: all, or one partition.
     *
     * @param portie letters read at once while a package is written ({@code huurronde.brieven.portie})
     */
    BrievenLezer(JdbcTemplate jdbc, String runId, Path verklaringen, int pakketGrootte, int portie,
                 long eerstePakket, long laatstePakket) {
        this.verklaringen = verklaringen;
        this.jdbc = new NamedParameterJdbcTemplate(jdbc);
        this.runId = runId;
        this.pakketGrootte = pakketGrootte;
        this.portie = portie;
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
        long na = gelezen;
        Long aantal = jdbc.queryForObject(AANTAL, bereik(na, (long) nummer * pakketGrootte), Long.class);
        if (aantal == null || aantal == 0) {
            return null;
        }
        long tot = na + aantal;
        gelezen = tot;
        return new BriefPakket(nummer, aantal.intValue(), () -> new Porties(na, tot));
    }

    private MapSqlParameterSource bereik(long na, long tot) {
        return new MapSqlParameterSource("run_id", runId).addValue("na", na).addValue("tot", tot);
    }

    /** The letters na+1..tot of the print order, read a portion at a time as they are asked for. */
    private final class Porties implements Iterator<BriefItem> {
        private long gelezenTot;
        private final long tot;
        private Iterator<BriefItem> huidige = Collections.emptyIterator();

        Porties(long na, long tot) {
            this.gelezenTot = na;
            this.tot = tot;
        }

        @Override
        public boolean hasNext() {
            while (!huidige.hasNext() && gelezenTot < tot) {
                long eind = Math.min(gelezenTot + portie, tot);
                List<BriefItem> brieven = lees(gelezenTot, eind);
                if (brieven.size() != eind - gelezenTot) {
                    // the print order numbers 1..n without gaps, each with its proposal: never a letter short
                    throw new IllegalStateException("drukvolgorde " + (gelezenTot + 1) + ".." + eind + ": "
                            + brieven.size() + " brieven gelezen, " + (eind - gelezenTot) + " verwacht");
                }
                huidige = brieven.iterator();
                gelezenTot = eind;
            }
            return huidige.hasNext();
        }

        @Override
        public BriefItem next() {
            if (!hasNext()) {
                throw new NoSuchElementException();
            }
            return huidige.next();
        }
    }

    private List<BriefItem> lees(long na, long tot) {
        RowMapper<VoorstelVersie> versies = VoorstelOpslag.rijen();
        Huurder.Lezer[] huurders = {null};
        return jdbc.query(PAKKET, bereik(na, tot), (rijen, i) -> {
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
    }

    @Override
    public void update(ExecutionContext context) {
        context.putLong(GELEZEN, gelezen);
    }
}
