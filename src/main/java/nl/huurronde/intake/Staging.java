package nl.huurronde.intake;

import java.sql.Types;
import java.util.ArrayList;
import java.util.List;
import org.springframework.batch.infrastructure.item.Chunk;
import nl.huurronde.batch.Batchinvoeging;
import nl.huurronde.contract.Contract;
import nl.huurronde.contract.Huurder;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * Writes validated rows into the staging tables: every row, accepted or rejected (flag afgewezen),
 * with one afwijzing line per failing column. Only the database is written, so a chunk that is
 * rolled back on a crash leaves nothing behind, and one committed after the reader's last saved
 * position is removed by {@link #verwijderNa} when the step starts again.
 */
@Repository
class Staging {

    /** huurder: the run, the contract's columns ({@link Contract.Kolom}), the tenant's, and the intake's own. */
    private static final Batchinvoeging HUURDER = new Batchinvoeging("huurder", huurderKolommen());
    private static final Batchinvoeging MEDEHUURDER = new Batchinvoeging("medehuurder", List.of(
            kolom("run_id", Types.VARCHAR), kolom("regel", Types.BIGINT), kolom("contract_id", Types.VARCHAR),
            kolom("naam", Types.VARCHAR), kolom("naam_sleutel", Types.VARCHAR), kolom("sleutel", Types.VARCHAR),
            kolom("afgewezen", Types.BOOLEAN)));
    private static final Batchinvoeging PERSOON = new Batchinvoeging("persoon", List.of(
            kolom("run_id", Types.VARCHAR), kolom("regel", Types.BIGINT), kolom("adres_sleutel", Types.VARCHAR),
            kolom("bsn", Types.VARCHAR), kolom("geboortedatum", Types.DATE), kolom("rol", Types.VARCHAR),
            kolom("sleutel", Types.VARCHAR), kolom("afgewezen", Types.BOOLEAN)));
    private static final Batchinvoeging INKOMEN = new Batchinvoeging("inkomen", List.of(
            kolom("run_id", Types.VARCHAR), kolom("regel", Types.BIGINT), kolom("bsn", Types.VARCHAR),
            kolom("peiljaar", Types.INTEGER), kolom("verzamelinkomen", Types.NUMERIC), kolom("status", Types.VARCHAR),
            kolom("afgewezen", Types.BOOLEAN)));
    private static final Batchinvoeging CATEGORIE = new Batchinvoeging("inkomenscategorie", List.of(
            kolom("run_id", Types.VARCHAR), kolom("regel", Types.BIGINT), kolom("adres_sleutel", Types.VARCHAR),
            kolom("categorie", Types.VARCHAR), kolom("huishoudverklaring", Types.VARCHAR),
            kolom("sleutel", Types.VARCHAR), kolom("afgewezen", Types.BOOLEAN)));
    private static final Batchinvoeging AFWIJZING = new Batchinvoeging("afwijzing", List.of(
            kolom("run_id", Types.VARCHAR), kolom("bestand", Types.VARCHAR), kolom("regel", Types.BIGINT),
            kolom("volgnr", Types.INTEGER), kolom("sleutel", Types.VARCHAR), kolom("kolom", Types.VARCHAR),
            kolom("reden", Types.VARCHAR)));

    private final JdbcTemplate jdbcTemplate;
    private final NamedParameterJdbcTemplate jdbc;

    Staging(JdbcTemplate jdbc) {
        this.jdbcTemplate = jdbc;
        this.jdbc = new NamedParameterJdbcTemplate(jdbc);
    }

    private static List<Batchinvoeging.Kolom> huurderKolommen() {
        List<Batchinvoeging.Kolom> kolommen = new ArrayList<>();
        kolommen.add(kolom("run_id", Types.VARCHAR));
        for (Contract.Kolom k : Contract.Kolom.values()) {
            kolommen.add(kolom(k.naam(Contract.Tabel.HUURDER), k.sqlType()));
        }
        for (Huurder.Kolom k : Huurder.Kolom.values()) {
            kolommen.add(kolom(k.naam(), k.sqlType()));
        }
        kolommen.addAll(List.of(kolom("contract_ingang", Types.DATE), kolom("aanvangshuur", Types.NUMERIC),
                kolom("adres_sleutel", Types.VARCHAR), kolom("sleutel", Types.VARCHAR),
                kolom("afgewezen", Types.BOOLEAN)));
        return kolommen;
    }

    private static Batchinvoeging.Kolom kolom(String naam, int type) {
        return new Batchinvoeging.Kolom(naam, type);
    }

    void huurders(String runId, Chunk<? extends Gelezen<HuurderRegel>> chunk) {
        HUURDER.<Gelezen<HuurderRegel>>voegIn(jdbcTemplate, chunk, (g, rij) -> {
            HuurderRegel h = g.regel();
            Contract.Parameters schoon = (naam, waarde, type) -> rij.zet(naam, schoon(waarde), type);
            rij(rij, runId, g);
            h.contract().bind(Contract.Tabel.HUURDER, schoon);
            h.huurder().bind(schoon);
            rij.zet("contract_ingang", h.contractIngang(), Types.DATE);
            rij.zet("aanvangshuur", h.aanvangshuur(), Types.NUMERIC);
            rij.zet("adres_sleutel", schoon(h.adresSleutel()), Types.VARCHAR);
            rij.zet("sleutel", sleutel(g, Sleutels.contract(h.contract().contractId())), Types.VARCHAR);
        });
        afwijzingen(runId, chunk);
    }

    void medehuurders(String runId, Chunk<? extends Gelezen<MedehuurderRegel>> chunk) {
        MEDEHUURDER.<Gelezen<MedehuurderRegel>>voegIn(jdbcTemplate, chunk, (g, rij) -> {
            MedehuurderRegel m = g.regel();
            rij(rij, runId, g);
            rij.zet("regel", m.regel(), Types.BIGINT);
            rij.zet("contract_id", schoon(m.contractId()), Types.VARCHAR);
            rij.zet("naam", schoon(m.naam()), Types.VARCHAR);
            rij.zet("naam_sleutel", schoon(m.naamSleutel()), Types.VARCHAR);
            rij.zet("sleutel", sleutel(g, Sleutels.contract(m.contractId())), Types.VARCHAR);
        });
        afwijzingen(runId, chunk);
    }

    void personen(String runId, Chunk<? extends Gelezen<PersoonRegel>> chunk) {
        PERSOON.<Gelezen<PersoonRegel>>voegIn(jdbcTemplate, chunk, (g, rij) -> {
            PersoonRegel p = g.regel();
            rij(rij, runId, g);
            rij.zet("regel", p.regel(), Types.BIGINT);
            rij.zet("adres_sleutel", schoon(p.adresSleutel()), Types.VARCHAR);
            rij.zet("bsn", p.bsn(), Types.VARCHAR);
            rij.zet("geboortedatum", p.geboortedatum(), Types.DATE);
            rij.zet("rol", naam(p.rol()), Types.VARCHAR);
            rij.zet("sleutel", sleutel(g, Sleutels.adres(p.adresSleutel())), Types.VARCHAR);
        });
        afwijzingen(runId, chunk);
    }

    void inkomens(String runId, Chunk<? extends Gelezen<InkomenRegel>> chunk) {
        INKOMEN.<Gelezen<InkomenRegel>>voegIn(jdbcTemplate, chunk, (g, rij) -> {
            InkomenRegel i = g.regel();
            rij(rij, runId, g);
            rij.zet("regel", i.regel(), Types.BIGINT);
            rij.zet("bsn", i.bsn(), Types.VARCHAR);
            rij.zet("peiljaar", i.peiljaar(), Types.INTEGER);
            rij.zet("verzamelinkomen", i.verzamelinkomen(), Types.NUMERIC);
            rij.zet("status", naam(i.status()), Types.VARCHAR);
        });
        afwijzingen(runId, chunk);
    }

    void categorieen(String runId, Chunk<? extends Gelezen<CategorieRegel>> chunk) {
        CATEGORIE.<Gelezen<CategorieRegel>>voegIn(jdbcTemplate, chunk, (g, rij) -> {
            CategorieRegel c = g.regel();
            rij(rij, runId, g);
            rij.zet("regel", c.regel(), Types.BIGINT);
            rij.zet("adres_sleutel", schoon(c.adresSleutel()), Types.VARCHAR);
            rij.zet("categorie", schoon(c.categorie()), Types.VARCHAR);
            rij.zet("huishoudverklaring", schoon(c.huishoudverklaring()), Types.VARCHAR);
            rij.zet("sleutel", sleutel(g, Sleutels.adres(c.adresSleutel())), Types.VARCHAR);
        });
        afwijzingen(runId, chunk);
    }

    /** The values every staged row has: run and the rejection flag (the line comes with the row's own). */
    private static void rij(Batchinvoeging.Rij rij, String runId, Gelezen<?> g) {
        rij.zet("run_id", runId, Types.VARCHAR);
        rij.zet("afgewezen", g.afgewezen(), Types.BOOLEAN);
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
        List<Genummerd> lijst = new ArrayList<>();
        for (Gelezen<?> g : chunk) {
            int volgnr = 0;
            for (Afwijzing a : g.afwijzingen()) {
                lijst.add(new Genummerd(a, volgnr++));
            }
        }
        if (!lijst.isEmpty()) {
            AFWIJZING.<Genummerd>voegIn(jdbcTemplate, lijst, (n, rij) -> {
                Afwijzing a = n.afwijzing();
                rij.zet("run_id", runId, Types.VARCHAR);
                rij.zet("bestand", a.bestand(), Types.VARCHAR);
                rij.zet("regel", a.regel(), Types.BIGINT);
                rij.zet("volgnr", n.volgnr(), Types.INTEGER);
                rij.zet("sleutel", schoon(a.sleutel()), Types.VARCHAR);
                rij.zet("kolom", schoon(a.kolom()), Types.VARCHAR);
                rij.zet("reden", schoon(a.reden()), Types.VARCHAR);
            });
        }
    }

    /** A rejection line with its number within the row. */
    private record Genummerd(Afwijzing afwijzing, int volgnr) {}

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
