package nl.huurronde.intake;

import java.sql.Types;
import java.util.ArrayList;
import java.util.List;
import org.springframework.batch.infrastructure.item.Chunk;
import nl.huurronde.contract.Contract;
import nl.huurronde.contract.Huurder;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.namedparam.SqlParameterSource;
import org.springframework.stereotype.Repository;

/**
 * Writes validated rows into the staging tables: every row, accepted or rejected (flag afgewezen),
 * with one afwijzing line per failing column. Only the database is written, so a chunk that is
 * rolled back on a crash leaves nothing behind, and one committed after the reader's last saved
 * position is removed by {@link #verwijderNa} when the step starts again.
 */
@Repository
class Staging {

    private static final String HUURDER_INSERT = "INSERT INTO huurder (run_id, "
            + Contract.kolommen(Contract.Tabel.HUURDER, null) + ", " + Huurder.kolommen(null)
            + ", contract_ingang, aanvangshuur, adres_sleutel, sleutel, afgewezen) VALUES (:run_id, "
            + Contract.parameters(Contract.Tabel.HUURDER) + ", " + Huurder.parameters()
            + ", :contract_ingang, :aanvangshuur, :adres_sleutel, :sleutel, :afgewezen)";

    private final NamedParameterJdbcTemplate jdbc;

    Staging(JdbcTemplate jdbc) {
        this.jdbc = new NamedParameterJdbcTemplate(jdbc);
    }

    void huurders(String runId, Chunk<? extends Gelezen<HuurderRegel>> chunk) {
        List<SqlParameterSource> rijen = new ArrayList<>(chunk.size());
        for (Gelezen<HuurderRegel> g : chunk) {
            HuurderRegel h = g.regel();
            MapSqlParameterSource rij = rij(runId, h.regel(), g);
            Contract.Parameters schoon = (naam, waarde, type) -> rij.addValue(naam, schoon(waarde), type);
            h.contract().bind(Contract.Tabel.HUURDER, schoon);
            h.huurder().bind(schoon);
            rij.addValue("contract_ingang", h.contractIngang(), Types.DATE)
                    .addValue("aanvangshuur", h.aanvangshuur(), Types.NUMERIC)
                    .addValue("adres_sleutel", schoon(h.adresSleutel()), Types.VARCHAR)
                    .addValue("sleutel", sleutel(g, Sleutels.contract(h.contract().contractId())), Types.VARCHAR);
            rijen.add(rij);
        }
        jdbc.batchUpdate(HUURDER_INSERT, rijen.toArray(SqlParameterSource[]::new));
        afwijzingen(runId, chunk);
    }

    void medehuurders(String runId, Chunk<? extends Gelezen<MedehuurderRegel>> chunk) {
        List<SqlParameterSource> rijen = new ArrayList<>(chunk.size());
        for (Gelezen<MedehuurderRegel> g : chunk) {
            MedehuurderRegel m = g.regel();
            rijen.add(rij(runId, m.regel(), g).addValue("contract_id", schoon(m.contractId()), Types.VARCHAR)
                    .addValue("naam", schoon(m.naam()), Types.VARCHAR)
                    .addValue("naam_sleutel", schoon(m.naamSleutel()), Types.VARCHAR)
                    .addValue("sleutel", sleutel(g, Sleutels.contract(m.contractId())), Types.VARCHAR));
        }
        jdbc.batchUpdate("""
                INSERT INTO medehuurder (run_id, regel, contract_id, naam, naam_sleutel, sleutel, afgewezen)
                VALUES (:run_id, :regel, :contract_id, :naam, :naam_sleutel, :sleutel, :afgewezen)""",
                rijen.toArray(SqlParameterSource[]::new));
        afwijzingen(runId, chunk);
    }

    void personen(String runId, Chunk<? extends Gelezen<PersoonRegel>> chunk) {
        List<SqlParameterSource> rijen = new ArrayList<>(chunk.size());
        for (Gelezen<PersoonRegel> g : chunk) {
            PersoonRegel p = g.regel();
            rijen.add(rij(runId, p.regel(), g).addValue("adres_sleutel", schoon(p.adresSleutel()), Types.VARCHAR)
                    .addValue("bsn", p.bsn(), Types.VARCHAR).addValue("geboortedatum", p.geboortedatum(), Types.DATE)
                    .addValue("rol", naam(p.rol()), Types.VARCHAR)
                    .addValue("sleutel", sleutel(g, Sleutels.adres(p.adresSleutel())), Types.VARCHAR));
        }
        jdbc.batchUpdate("""
                INSERT INTO persoon (run_id, regel, adres_sleutel, bsn, geboortedatum, rol, sleutel, afgewezen)
                VALUES (:run_id, :regel, :adres_sleutel, :bsn, :geboortedatum, :rol, :sleutel, :afgewezen)""",
                rijen.toArray(SqlParameterSource[]::new));
        afwijzingen(runId, chunk);
    }

    void inkomens(String runId, Chunk<? extends Gelezen<InkomenRegel>> chunk) {
        List<SqlParameterSource> rijen = new ArrayList<>(chunk.size());
        for (Gelezen<InkomenRegel> g : chunk) {
            InkomenRegel i = g.regel();
            rijen.add(rij(runId, i.regel(), g).addValue("bsn", i.bsn(), Types.VARCHAR)
                    .addValue("peiljaar", i.peiljaar(), Types.INTEGER)
                    .addValue("verzamelinkomen", i.verzamelinkomen(), Types.NUMERIC)
                    .addValue("status", naam(i.status()), Types.VARCHAR));
        }
        jdbc.batchUpdate("""
                INSERT INTO inkomen (run_id, regel, bsn, peiljaar, verzamelinkomen, status, afgewezen)
                VALUES (:run_id, :regel, :bsn, :peiljaar, :verzamelinkomen, :status, :afgewezen)""",
                rijen.toArray(SqlParameterSource[]::new));
        afwijzingen(runId, chunk);
    }

    void categorieen(String runId, Chunk<? extends Gelezen<CategorieRegel>> chunk) {
        List<SqlParameterSource> rijen = new ArrayList<>(chunk.size());
        for (Gelezen<CategorieRegel> g : chunk) {
            CategorieRegel c = g.regel();
            rijen.add(rij(runId, c.regel(), g).addValue("adres_sleutel", schoon(c.adresSleutel()), Types.VARCHAR)
                    .addValue("categorie", schoon(c.categorie()), Types.VARCHAR)
                    .addValue("huishoudverklaring", schoon(c.huishoudverklaring()), Types.VARCHAR)
                    .addValue("sleutel", sleutel(g, Sleutels.adres(c.adresSleutel())), Types.VARCHAR));
        }
        jdbc.batchUpdate("""
                INSERT INTO inkomenscategorie (run_id, regel, adres_sleutel, categorie, huishoudverklaring, sleutel,
                                               afgewezen)
                VALUES (:run_id, :regel, :adres_sleutel, :categorie, :huishoudverklaring, :sleutel, :afgewezen)""",
                rijen.toArray(SqlParameterSource[]::new));
        afwijzingen(runId, chunk);
    }

    /** The parameters every staged row has: run, line and the rejection flag. */
    private static MapSqlParameterSource rij(String runId, long regel, Gelezen<?> g) {
        return new MapSqlParameterSource().addValue("run_id", runId, Types.VARCHAR)
                .addValue("regel", regel, Types.BIGINT).addValue("afgewezen", g.afgewezen(), Types.BOOLEAN);
    }

    /**
     * Removes the rows (and their rejection reasons) staged after the given line: what an interrupted
     * attempt committed after its reader's last saved position (called whenever a reader opens).
     */
    void verwijderNa(String runId, String tabel, Bestandsoort soort, long regel) {
        MapSqlParameterSource na = new MapSqlParameterSource("run_id", runId).addValue("regel", regel)
                .addValue("bestand", soort.naam());
        jdbc.update("DELETE FROM " + tabel + " WHERE run_id = :run_id AND regel > :regel", na);
        jdbc.update("DELETE FROM afwijzing WHERE run_id = :run_id AND bestand = :bestand AND regel > :regel", na);
    }

    private void afwijzingen(String runId, Chunk<? extends Gelezen<?>> chunk) {
        List<SqlParameterSource> rijen = new ArrayList<>();
        for (Gelezen<?> g : chunk) {
            int volgnr = 0;
            for (Afwijzing a : g.afwijzingen()) {
                rijen.add(new MapSqlParameterSource().addValue("run_id", runId, Types.VARCHAR)
                        .addValue("bestand", a.bestand(), Types.VARCHAR).addValue("regel", a.regel(), Types.BIGINT)
                        .addValue("volgnr", volgnr++, Types.INTEGER)
                        .addValue("sleutel", schoon(a.sleutel()), Types.VARCHAR)
                        .addValue("kolom", schoon(a.kolom()), Types.VARCHAR)
                        .addValue("reden", schoon(a.reden()), Types.VARCHAR));
            }
        }
        if (!rijen.isEmpty()) {
            jdbc.batchUpdate("""
                    INSERT INTO afwijzing (run_id, bestand, regel, volgnr, sleutel, kolom, reden)
                    VALUES (:run_id, :bestand, :regel, :volgnr, :sleutel, :kolom, :reden)""",
                    rijen.toArray(SqlParameterSource[]::new));
        }
    }

    /** The sleutel as the validator wrote it for a rejected row, else derived from the accepted values. */
    private static String sleutel(Gelezen<?> g, String afgeleid) {
        return g.afwijzingen().isEmpty() ? afgeleid : schoon(g.afwijzingen().get(0).sleutel());
    }

    private static String naam(Enum<?> waarde) {
        return waarde == null ? null : waarde.name();
    }

    private static Object schoon(Object waarde) {
        return waarde instanceof String tekst ? schoon(tekst) : waarde;
    }

    /** PostgreSQL text cannot hold U+0000; such rows are rejected anyway, so keep a visible marker. */
    static String schoon(String tekst) {
        if (tekst == null || tekst.indexOf('\0') < 0) {
            return tekst;
        }
        return tekst.replace('\0', '\uFFFD');
    }
}
