package nl.huurronde.intake;

import java.sql.Types;
import java.util.ArrayList;
import java.util.List;
import org.springframework.batch.infrastructure.item.Chunk;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * Writes validated rows into the staging tables: every row, accepted or rejected (flag afgewezen),
 * with one afwijzing line per failing column. Only the database is written, so a chunk that is
 * rolled back on a crash leaves nothing behind, and one committed after the reader's last saved
 * position is removed by {@link #verwijderNa} when the step starts again.
 */
@Repository
class Staging {

    private static final int[] AFWIJZING_TYPES = {Types.VARCHAR, Types.VARCHAR, Types.BIGINT, Types.INTEGER,
            Types.VARCHAR, Types.VARCHAR, Types.VARCHAR};

    private final JdbcTemplate jdbc;

    Staging(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    void huurders(String runId, Chunk<? extends Gelezen<HuurderRegel>> chunk) {
        List<Object[]> rijen = new ArrayList<>(chunk.size());
        for (Gelezen<HuurderRegel> g : chunk) {
            HuurderRegel h = g.regel();
            rijen.add(new Object[] {runId, h.regel(), schoon(h.contractId()), schoon(h.vheId()),
                    schoon(h.huurderNaam()), schoon(h.straat()), h.huisnummer(), schoon(h.huisletter()),
                    schoon(h.toevoeging()), schoon(h.postcode()), schoon(h.woonplaats()), naam(h.woningtype()),
                    h.contractIngang(), h.aanvangshuur(), naam(h.sector()), h.kaleHuur(), h.servicekosten(),
                    h.maximaleHuur(), h.wwsPunten(), h.streefhuur(), h.chronischZiek(), h.huurbevriezing(),
                    h.woningverbeteringDatum(), h.inBezitSinds(), schoon(h.adresSleutel()),
                    sleutel(g, Sleutels.contract(h.contractId())), g.afgewezen()});
        }
        jdbc.batchUpdate("""
                INSERT INTO huurder (run_id, regel, contract_id, vhe_id, huurder_naam, straat, huisnummer, huisletter,
                    toevoeging, postcode, woonplaats, woningtype, contract_ingang, aanvangshuur, sector, kale_huur,
                    servicekosten, maximale_huur, wws_punten, streefhuur, chronisch_ziek, huurbevriezing,
                    woningverbetering_datum, in_bezit_sinds, adres_sleutel, sleutel, afgewezen)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""",
                rijen, new int[] {Types.VARCHAR, Types.BIGINT, Types.VARCHAR, Types.VARCHAR, Types.VARCHAR,
                        Types.VARCHAR, Types.INTEGER, Types.VARCHAR, Types.VARCHAR, Types.VARCHAR, Types.VARCHAR,
                        Types.VARCHAR, Types.DATE, Types.NUMERIC, Types.VARCHAR, Types.NUMERIC, Types.NUMERIC,
                        Types.NUMERIC, Types.NUMERIC, Types.NUMERIC, Types.BOOLEAN, Types.BOOLEAN, Types.DATE,
                        Types.DATE, Types.VARCHAR, Types.VARCHAR, Types.BOOLEAN});
        afwijzingen(runId, chunk);
    }

    void personen(String runId, Chunk<? extends Gelezen<PersoonRegel>> chunk) {
        List<Object[]> rijen = new ArrayList<>(chunk.size());
        for (Gelezen<PersoonRegel> g : chunk) {
            PersoonRegel p = g.regel();
            rijen.add(new Object[] {runId, p.regel(), schoon(p.adresSleutel()), p.bsn(), p.geboortedatum(),
                    naam(p.rol()), sleutel(g, Sleutels.adres(p.adresSleutel())), g.afgewezen()});
        }
        jdbc.batchUpdate("""
                INSERT INTO persoon (run_id, regel, adres_sleutel, bsn, geboortedatum, rol, sleutel, afgewezen)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?)""", rijen, new int[] {Types.VARCHAR, Types.BIGINT, Types.VARCHAR,
                Types.VARCHAR, Types.DATE, Types.VARCHAR, Types.VARCHAR, Types.BOOLEAN});
        afwijzingen(runId, chunk);
    }

    void inkomens(String runId, Chunk<? extends Gelezen<InkomenRegel>> chunk) {
        List<Object[]> rijen = new ArrayList<>(chunk.size());
        for (Gelezen<InkomenRegel> g : chunk) {
            InkomenRegel i = g.regel();
            rijen.add(new Object[] {runId, i.regel(), i.bsn(), i.peiljaar(), i.verzamelinkomen(), naam(i.status()),
                    g.afgewezen()});
        }
        jdbc.batchUpdate("""
                INSERT INTO inkomen (run_id, regel, bsn, peiljaar, verzamelinkomen, status, afgewezen)
                VALUES (?, ?, ?, ?, ?, ?, ?)""", rijen, new int[] {Types.VARCHAR, Types.BIGINT, Types.VARCHAR,
                Types.INTEGER, Types.NUMERIC, Types.VARCHAR, Types.BOOLEAN});
        afwijzingen(runId, chunk);
    }

    void categorieen(String runId, Chunk<? extends Gelezen<CategorieRegel>> chunk) {
        List<Object[]> rijen = new ArrayList<>(chunk.size());
        for (Gelezen<CategorieRegel> g : chunk) {
            CategorieRegel c = g.regel();
            rijen.add(new Object[] {runId, c.regel(), schoon(c.adresSleutel()), schoon(c.categorie()),
                    sleutel(g, Sleutels.adres(c.adresSleutel())), g.afgewezen()});
        }
        jdbc.batchUpdate("""
                INSERT INTO inkomenscategorie (run_id, regel, adres_sleutel, categorie, sleutel, afgewezen)
                VALUES (?, ?, ?, ?, ?, ?)""", rijen, new int[] {Types.VARCHAR, Types.BIGINT, Types.VARCHAR,
                Types.VARCHAR, Types.VARCHAR, Types.BOOLEAN});
        afwijzingen(runId, chunk);
    }

    /**
     * Removes the rows (and their rejection reasons) staged after the given line: what an interrupted
     * attempt committed after its reader's last saved position (called whenever a reader opens).
     */
    void verwijderNa(String runId, String tabel, Bestandsoort soort, long regel) {
        jdbc.update("DELETE FROM " + tabel + " WHERE run_id = ? AND regel > ?", runId, regel);
        jdbc.update("DELETE FROM afwijzing WHERE run_id = ? AND bestand = ? AND regel > ?", runId, soort.naam(), regel);
    }

    private void afwijzingen(String runId, Chunk<? extends Gelezen<?>> chunk) {
        List<Object[]> rijen = new ArrayList<>();
        for (Gelezen<?> g : chunk) {
            int volgnr = 0;
            for (Afwijzing a : g.afwijzingen()) {
                rijen.add(new Object[] {runId, a.bestand(), a.regel(), volgnr++, schoon(a.sleutel()),
                        schoon(a.kolom()), schoon(a.reden())});
            }
        }
        if (!rijen.isEmpty()) {
            jdbc.batchUpdate("""
                    INSERT INTO afwijzing (run_id, bestand, regel, volgnr, sleutel, kolom, reden)
                    VALUES (?, ?, ?, ?, ?, ?, ?)""", rijen, AFWIJZING_TYPES);
        }
    }

    /** The sleutel as the validator wrote it for a rejected row, else derived from the accepted values. */
    private static String sleutel(Gelezen<?> g, String afgeleid) {
        return g.afwijzingen().isEmpty() ? afgeleid : schoon(g.afwijzingen().get(0).sleutel());
    }

    private static String naam(Enum<?> waarde) {
        return waarde == null ? null : waarde.name();
    }

    /** PostgreSQL text cannot hold U+0000; such rows are rejected anyway, so keep a visible marker. */
    static String schoon(String tekst) {
        if (tekst == null || tekst.indexOf('\0') < 0) {
            return tekst;
        }
        return tekst.replace('\0', '\uFFFD');
    }
}
