package nl.huurronde.rapport;

import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;
import java.util.TreeMap;
import java.util.TreeSet;
import nl.huurronde.ronde.Ronde;
import nl.huurronde.rules.Soort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.stereotype.Repository;

/**
 * Reads the comparison of two runs from the database: group totals by SQL per side, the contracts of both
 * sides joined in the database and streamed, keeping only the N largest differences (memory does not grow
 * with the roll).
 */
@Repository
class VergelijkingGegevens {

    /** Largest difference first; equal differences by contract id (code point order), so output is stable. */
    static final Comparator<VergelijkingCijfers.Contract> VOLGORDE = Comparator
            .comparing((VergelijkingCijfers.Contract c) -> c.verschil().abs()).reversed()
            .thenComparing(VergelijkingCijfers.Contract::contractId);

    private final JdbcTemplate jdbc;

    VergelijkingGegevens(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    VergelijkingCijfers lees(Ronde a, String beleidA, Ronde b, String beleidB, int aantal) {
        VergelijkingCijfers.Kant kantA = kant(a, beleidA);
        VergelijkingCijfers.Kant kantB = kant(b, beleidB);
        List<VergelijkingCijfers.Rij> perSoort = rijen(groepen(a.runId(), "soort"), groepen(b.runId(), "soort"),
                Comparator.comparing(Soort::valueOf));
        List<VergelijkingCijfers.Rij> perInkomen = rijen(groepen(a.runId(), "inkomen_categorie"),
                groepen(b.runId(), "inkomen_categorie"), Comparator.comparing(VergelijkingGegevens::categorieRang)
                        .thenComparing(Comparator.naturalOrder()));

        long[] tellers = new long[4]; // hoger, lager, gelijk, andere soort
        PriorityQueue<VergelijkingCijfers.Contract> grootste = new PriorityQueue<>(VOLGORDE.reversed());
        jdbc.query(con -> {
            var ps = con.prepareStatement("""
                    SELECT a.contract_id, a.vhe_id, a.soort, b.soort, a.kale_huur_oud, a.kale_huur_nieuw,
                           b.kale_huur_nieuw
                    FROM voorstel a
                    JOIN voorstel b ON b.run_id = ? AND b.contract_id = a.contract_id AND b.versie = 1
                    WHERE a.run_id = ? AND a.versie = 1""", ResultSet.TYPE_FORWARD_ONLY, ResultSet.CONCUR_READ_ONLY);
            ps.setFetchSize(1000);
            ps.setString(1, b.runId());
            ps.setString(2, a.runId());
            return ps;
        }, (RowCallbackHandler) rs -> {
            VergelijkingCijfers.Contract c = new VergelijkingCijfers.Contract(rs.getString(1), rs.getString(2),
                    rs.getString(3), rs.getString(4), rs.getBigDecimal(5).setScale(2),
                    rs.getBigDecimal(6).setScale(2), rs.getBigDecimal(7).setScale(2));
            int teken = c.verschil().signum();
            tellers[teken > 0 ? 0 : teken < 0 ? 1 : 2]++;
            if (!c.soortA().equals(c.soortB())) {
                tellers[3]++;
            }
            if (teken != 0 && aantal > 0) {
                grootste.add(c);
                if (grootste.size() > aantal) {
                    grootste.poll();
                }
            }
        });
        List<VergelijkingCijfers.Contract> lijst = new ArrayList<>(grootste);
        lijst.sort(VOLGORDE);
        VergelijkingCijfers.Verschillen verschillen = new VergelijkingCijfers.Verschillen(tellers[0], tellers[1],
                tellers[2], tellers[3], alleenIn(a.runId(), b.runId()), alleenIn(b.runId(), a.runId()));
        return new VergelijkingCijfers(kantA, kantB, perSoort, perInkomen, verschillen, lijst);
    }

    private VergelijkingCijfers.Kant kant(Ronde ronde, String beleid) {
        Som[] sommen = {Som.NUL, Som.NUL};
        jdbc.query("SELECT in_huursom, COUNT(*), COALESCE(SUM(kale_huur_oud), 0), COALESCE(SUM(kale_huur_nieuw), 0) "
                + "FROM voorstel WHERE run_id = ? AND versie = 1 GROUP BY in_huursom", (RowCallbackHandler) rs -> {
                    Som som = new Som(rs.getLong(2), rs.getBigDecimal(3).setScale(2), rs.getBigDecimal(4).setScale(2));
                    sommen[0] = sommen[0].plus(som);
                    if (rs.getBoolean(1)) {
                        sommen[1] = sommen[1].plus(som);
                    }
                }, ronde.runId());
        return new VergelijkingCijfers.Kant(ronde.runId(), beleid, sommen[0], sommen[1], ronde.beleid().huursomMaxPct(),
                ronde.huursomCap());
    }

    /** Count, Σ old, Σ new and Σ verhoging_pct per value of a fixed column (soort or inkomen_categorie). */
    private Map<String, VergelijkingCijfers.Groep> groepen(String runId, String kolom) {
        Map<String, VergelijkingCijfers.Groep> groepen = new TreeMap<>();
        jdbc.query("SELECT " + kolom + ", COUNT(*), SUM(kale_huur_oud), SUM(kale_huur_nieuw), SUM(verhoging_pct) "
                + "FROM voorstel WHERE run_id = ? AND versie = 1 GROUP BY " + kolom, (RowCallbackHandler) rs ->
                groepen.put(rs.getString(1), new VergelijkingCijfers.Groep(rs.getLong(2),
                        rs.getBigDecimal(3).setScale(2), rs.getBigDecimal(4).setScale(2),
                        rs.getBigDecimal(5).setScale(2))), runId);
        return groepen;
    }

    private static List<VergelijkingCijfers.Rij> rijen(Map<String, VergelijkingCijfers.Groep> a,
                                                      Map<String, VergelijkingCijfers.Groep> b,
                                                      Comparator<String> volgorde) {
        TreeSet<String> namen = new TreeSet<>(volgorde);
        namen.addAll(a.keySet());
        namen.addAll(b.keySet());
        List<VergelijkingCijfers.Rij> rijen = new ArrayList<>();
        for (String naam : namen) {
            rijen.add(new VergelijkingCijfers.Rij(naam, a.getOrDefault(naam, VergelijkingCijfers.Groep.LEEG),
                    b.getOrDefault(naam, VergelijkingCijfers.Groep.LEEG)));
        }
        return rijen;
    }

    /** LAAG first, then the IAH bands by name, then ONBEKEND, then NVT (not social). */
    private static int categorieRang(String categorie) {
        return switch (categorie) {
            case "LAAG" -> 0;
            case "ONBEKEND" -> 2;
            case "NVT" -> 3;
            default -> 1;
        };
    }

    private long alleenIn(String runId, String ander) {
        Long n = jdbc.queryForObject("SELECT COUNT(*) FROM voorstel a WHERE a.run_id = ? AND a.versie = 1 AND NOT "
                + "EXISTS (SELECT 1 FROM voorstel b WHERE b.run_id = ? AND b.versie = 1 AND b.contract_id = a.contract_id)",
                Long.class, runId, ander);
        return n == null ? 0 : n;
    }
}
