package nl.huurronde.balie;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import nl.huurronde.brieven.Geadresseerde;
import nl.huurronde.contract.Huurder;
import nl.huurronde.register.RondeRegister;
import nl.huurronde.register.RondeStatus;
import nl.huurronde.register.RunSoort;
import org.springframework.context.annotation.Profile;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;

/**
 * Finds contracts of the completed yearly runs and their supplements by contract id, by postcode and house number (with house
 * letter or addition), or by a part of the tenant's name, accent-insensitive. The keys of a run are read
 * once into memory ({@link Index}, with the name folded by {@link Zoeksleutel}): a search is then a scan
 * of plain strings (a few milliseconds for 100k contracts, docs/benchmarks.md) and nothing is stored
 * besides the run's own tables. A run whose personal data is deleted (verwijder) or that is no longer
 * completed drops out of the index at the next search.
 */
@Service
@Profile("balie")
class Zoeken {

    static final int MAXIMAAL = 50;
    /** A search term longer than this is not a name, a postcode or a contract id. */
    static final int MAX_LENGTE = 100;

    private static final Pattern ADRES = Pattern.compile(
            "(\\d{4})\\s*([a-z]{2})(?:[\\s,]+(\\d{1,5})(?:\\s*-?\\s*([a-z0-9][a-z0-9 -]{0,19}))?)?");

    enum Soort { CONTRACT, ADRES, NAAM }

    record Treffer(String runId, int jaar, String contractId, Geadresseerde huurder) {}

    /** @param melding what to do when nothing could be searched (too short, too long); null otherwise */
    record Resultaat(Soort soort, List<Treffer> treffers, boolean meer, String melding) {}

    private record Regel(long regel, String contractId, String naam, String postcode, int huisnummer, String rest) {}

    /** The search keys of one run. */
    private record Index(String runId, int jaar, List<Regel> regels, Map<String, Integer> opContract) {}

    private final NamedParameterJdbcTemplate jdbc;
    private final RondeRegister register;
    private final Map<String, Index> indexen = new ConcurrentHashMap<>();

    Zoeken(JdbcTemplate jdbc, RondeRegister register) {
        this.jdbc = new NamedParameterJdbcTemplate(jdbc);
        this.register = register;
    }

    /** Loads the indexes of the searchable runs, so the first search is as fast as the others. */
    void laadAlles() {
        runs();
    }

    Resultaat zoek(String vraag) {
        String q = vraag == null ? "" : vraag.strip();
        if (q.length() > MAX_LENGTE) {
            return new Resultaat(null, List.of(), false, "De zoekterm is te lang: geef een contractnummer, een "
                    + "postcode met huisnummer of een deel van de naam.");
        }
        List<Index> runs = runs();
        String klein = q.toLowerCase(Locale.ROOT);
        List<Treffer> gevonden = new ArrayList<>();
        // 1. A contract id, exactly (case-insensitive).
        for (Index index : runs) {
            Integer i = index.opContract().get(klein);
            if (i != null) {
                gevonden.addAll(treffers(index, List.of(index.regels().get(i))));
            }
        }
        if (!gevonden.isEmpty()) {
            return new Resultaat(Soort.CONTRACT, gevonden, false, null);
        }
        // 2. A postcode, with house number and letter or addition.
        Matcher adres = ADRES.matcher(klein);
        if (adres.matches()) {
            String postcode = (adres.group(1) + adres.group(2)).toUpperCase(Locale.ROOT);
            Integer nummer = adres.group(3) == null ? null : Integer.valueOf(adres.group(3));
            String rest = adres.group(4) == null ? "" : alfanumeriek(adres.group(4));
            return verzamel(Soort.ADRES, runs, r -> r.postcode().equals(postcode)
                    && (nummer == null || r.huisnummer() == nummer) && (rest.isEmpty() || r.rest().equals(rest)));
        }
        // 3. A part of the name: every word of the query in the folded name.
        String[] woorden = Zoeksleutel.vouw(q).split(" ");
        if (woorden.length == 0 || woorden[0].length() < 2 && woorden.length == 1) {
            return new Resultaat(null, List.of(), false, "Geef minstens twee letters van de naam, een contractnummer "
                    + "of een postcode met huisnummer.");
        }
        return verzamel(Soort.NAAM, runs, r -> {
            for (String woord : woorden) {
                if (!r.naam().contains(woord)) {
                    return false;
                }
            }
            return true;
        });
    }

    private Resultaat verzamel(Soort soort, List<Index> runs, java.util.function.Predicate<Regel> past) {
        List<Treffer> gevonden = new ArrayList<>();
        boolean meer = false;
        for (Index index : runs) {
            List<Regel> regels = new ArrayList<>();
            for (Regel r : index.regels()) {
                if (past.test(r)) {
                    if (gevonden.size() + regels.size() >= MAXIMAAL) {
                        meer = true;
                        break;
                    }
                    regels.add(r);
                }
            }
            gevonden.addAll(treffers(index, regels));
            if (meer) {
                break;
            }
        }
        return new Resultaat(soort, gevonden, meer, null);
    }

    /** The hits with the tenant's name and address as the letter shows them, in the order found. */
    private List<Treffer> treffers(Index index, List<Regel> regels) {
        if (regels.isEmpty()) {
            return List.of();
        }
        // One lookup by primary key per hit: H2 answers an IN list on the key's second column with a
        // scan of the run's rows (about a second at 100k), a point query in well under a millisecond.
        Map<Long, Geadresseerde> adressen = new HashMap<>();
        Huurder.Lezer[] lezer = {null};
        for (Regel r : regels) {
            jdbc.query("SELECT regel, " + Huurder.kolommen(null) + " FROM huurder WHERE run_id = :run_id AND regel = :regel",
                    new MapSqlParameterSource("run_id", index.runId()).addValue("regel", r.regel()), rs -> {
                        if (lezer[0] == null) {
                            lezer[0] = new Huurder.Lezer(rs);
                        }
                        adressen.put(rs.getLong("regel"), Geadresseerde.van(lezer[0].lees(rs)));
                    });
        }
        List<Treffer> uit = new ArrayList<>();
        for (Regel r : regels) {
            Geadresseerde g = adressen.get(r.regel());
            if (g != null) {
                uit.add(new Treffer(index.runId(), index.jaar(), r.contractId(), g));
            }
        }
        return uit;
    }

    /**
     * The searchable runs, the definitive one of a year first, then the newest, each followed by its
     * completed supplements (whose staged rows are only the contracts new to the round); their indexes loaded.
     */
    private List<Index> runs() {
        List<RondeRegister.RondeRij> rijen = new ArrayList<>();
        register.alle().stream()
                .filter(r -> r.soort() == RunSoort.RUN && zoekbaar(r))
                .sorted(Comparator.comparing(RondeRegister.RondeRij::definitief).reversed()
                        .thenComparing(RondeRegister.RondeRij::gestart, Comparator.reverseOrder()))
                .forEach(hoofdrun -> {
                    rijen.add(hoofdrun);
                    register.aanvullingen(hoofdrun.runId()).stream().filter(Zoeken::zoekbaar).forEach(rijen::add);
                });
        Set<String> ids = rijen.stream().map(RondeRegister.RondeRij::runId).collect(Collectors.toSet());
        indexen.keySet().retainAll(ids);
        List<Index> uit = new ArrayList<>();
        for (RondeRegister.RondeRij rij : rijen) {
            uit.add(indexen.computeIfAbsent(rij.runId(), id -> laad(rij)));
        }
        return uit;
    }

    private static boolean zoekbaar(RondeRegister.RondeRij run) {
        return run.status() == RondeStatus.VOLTOOID && run.verwijderd() == null;
    }

    private Index laad(RondeRegister.RondeRij run) {
        List<Regel> regels = new ArrayList<>();
        Map<String, Integer> opContract = new LinkedHashMap<>();
        jdbc.query("SELECT regel, contract_id, huurder_naam, postcode, huisnummer, huisletter, toevoeging FROM huurder "
                + "WHERE run_id = :run_id AND afgewezen = FALSE ORDER BY regel",
                new MapSqlParameterSource("run_id", run.runId()), rs -> {
                    String contract = rs.getString("contract_id");
                    String letter = rs.getString("huisletter");
                    String toevoeging = rs.getString("toevoeging");
                    opContract.putIfAbsent(contract.toLowerCase(Locale.ROOT), regels.size());
                    regels.add(new Regel(rs.getLong("regel"), contract, Zoeksleutel.vouw(rs.getString("huurder_naam")),
                            rs.getString("postcode"), rs.getInt("huisnummer"),
                            alfanumeriek((letter == null ? "" : letter) + (toevoeging == null ? "" : toevoeging))));
                });
        return new Index(run.runId(), run.jaar(), List.copyOf(regels), opContract);
    }

    private static String alfanumeriek(String tekst) {
        return tekst.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]", "");
    }
}
