package nl.huurronde.intake;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import nl.huurronde.regels.InkomenStatus;
import org.springframework.batch.infrastructure.item.Chunk;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * A simulation's staged rows kept in memory as well, as the import steps write them, with the intake
 * check's flags: the simulation then builds the households without reading the staging tables back,
 * which on H2 was most of its time after the intake. Only for a simulation whose roll fits the heap, and
 * only a complete copy is handed over: its counts per file must equal the staged ones (a run restarted
 * in a new process, for one, has none), else the simulation reads the database like the yearly run.
 */
@Component
public class Intakekopie {

    /**
     * Heap allowed per contract kept in memory: measured about 1.4 KB for the intake copy of a contract
     * (its row, ~2 persons, ~1.6 income rows) and 600 bytes for its proposal, both alive while the
     * households are built (docs/benchmarks.md); the rest is room for the sort and the outputs.
     */
    static final long BYTES_PER_CONTRACT = 4_096;

    private final long max;
    private final Map<String, Kopie> kopieen = new ConcurrentHashMap<>();

    Intakekopie(@Value("${huurronde.simulatie.max-in-geheugen:0}") long max) {
        this.max = max;
    }

    /**
     * Whether a simulation of this many contracts is kept in memory: up to
     * {@code huurronde.simulatie.max-in-geheugen}, or when that is 0 (the default) max heap / 4 KB.
     */
    public boolean past(long contracten) {
        return contracten <= (max > 0 ? max : Runtime.getRuntime().maxMemory() / BYTES_PER_CONTRACT);
    }

    /** Starts (or restarts) the copy of a run's intake. */
    void begin(String runId) {
        kopieen.put(runId, new Kopie());
    }

    void voegToe(String runId, Bestandsoort soort, Chunk<? extends Gelezen<?>> chunk) {
        Kopie kopie = kopieen.get(runId);
        if (kopie != null) {
            kopie.rijen.computeIfAbsent(soort, s -> new ArrayList<>()).addAll(chunk.getItems());
        }
    }

    /**
     * The intake check's verdict: the copy is kept only when it holds exactly the staged rows, read and
     * rejected, per file.
     */
    void controle(String runId, Controle controle, List<IntakeTellingen.Telling> tellingen) {
        Kopie kopie = kopieen.get(runId);
        if (kopie == null) {
            return;
        }
        kopie.controle = controle;
        Map<String, IntakeTellingen.Telling> perBestand = new HashMap<>();
        tellingen.forEach(t -> perBestand.put(t.bestand(), t));
        for (Bestandsoort soort : Bestandsoort.values()) {
            List<? extends Gelezen<?>> rijen = kopie.rijen(soort);
            long afgewezen = rijen.stream().filter(g -> kopie.afgewezen(soort, g)).count();
            IntakeTellingen.Telling telling = perBestand.get(soort.naam());
            boolean klopt = telling == null ? rijen.isEmpty()
                    : telling.gelezen() == rijen.size() && telling.afgewezen() == afgewezen;
            if (!klopt) {
                kopieen.remove(runId);
                return;
            }
        }
    }

    /** Hands over the complete copy of the run's intake once, and forgets it; empty when there is none. */
    public Optional<Kopie> neem(String runId) {
        Kopie kopie = kopieen.remove(runId);
        return kopie == null || kopie.controle == null ? Optional.empty() : Optional.of(kopie);
    }

    /**
     * What the intake check decided beyond the single rows: the lines rejected as duplicates per file,
     * the contracts whose address another contract shares, the addresses with a rejected BRP row, and the
     * number of accepted co-tenants per contract_id.
     */
    record Controle(Map<Bestandsoort, Set<Long>> dubbel, Set<Long> adresGedeeld, Set<String> brpAfgewezen,
                    Map<String, Integer> medehuurders) {

        Controle {
            dubbel = new EnumMap<>(dubbel);
        }
    }

    /** An income row as the household join sees it. */
    public record Inkomen(String bsn, boolean afgewezen, InkomenStatus status, BigDecimal verzamelinkomen) {}

    /** One run's intake as staged: every row read, with the rejections of both the row and the file checks. */
    public static final class Kopie {

        private final Map<Bestandsoort, List<Gelezen<?>>> rijen = new EnumMap<>(Bestandsoort.class);
        private Controle controle;

        /** The accepted contracts, in line order, with their number of co-tenants as the staged rows have it. */
        public List<HuurderRegel> huurders() {
            List<HuurderRegel> lijst = geaccepteerd(Bestandsoort.HUURDERS, HuurderRegel.class);
            if (!controle.medehuurders().isEmpty()) {
                lijst.replaceAll(h -> {
                    Integer aantal = controle.medehuurders().get(h.contract().contractId());
                    return aantal == null ? h : new HuurderRegel(h.contract().naarBouwer().medehuurders(aantal).bouw(),
                            h.huurder(), h.contractIngang(), h.aanvangshuur(), h.adresSleutel());
                });
            }
            return lijst;
        }

        /** The accepted BRP rows, in line order. */
        public List<PersoonRegel> personen() {
            return geaccepteerd(Bestandsoort.BRP, PersoonRegel.class);
        }

        /** The accepted category rows, in line order. */
        public List<CategorieRegel> categorieen() {
            return geaccepteerd(Bestandsoort.INKOMENSCATEGORIE, CategorieRegel.class);
        }

        /** Every income row with a BSN, accepted or not: a rejected row makes its BSN's income unusable. */
        public List<Inkomen> inkomens() {
            List<Inkomen> lijst = new ArrayList<>();
            for (Gelezen<?> g : rijen(Bestandsoort.INKOMEN)) {
                InkomenRegel regel = (InkomenRegel) g.regel();
                if (regel.bsn() != null) {
                    lijst.add(new Inkomen(regel.bsn(), afgewezen(Bestandsoort.INKOMEN, g), regel.status(),
                            regel.verzamelinkomen()));
                }
            }
            return lijst;
        }

        public boolean adresGedeeld(long regel) {
            return controle.adresGedeeld().contains(regel);
        }

        public boolean brpAfgewezen(String adresSleutel) {
            return adresSleutel != null && controle.brpAfgewezen().contains(adresSleutel);
        }

        private List<? extends Gelezen<?>> rijen(Bestandsoort soort) {
            return rijen.getOrDefault(soort, List.of());
        }

        private boolean afgewezen(Bestandsoort soort, Gelezen<?> g) {
            return g.afgewezen() || controle.dubbel().getOrDefault(soort, Set.of()).contains(regel(g));
        }

        private <T> List<T> geaccepteerd(Bestandsoort soort, Class<T> type) {
            List<T> lijst = new ArrayList<>();
            for (Gelezen<?> g : rijen(soort)) {
                if (!afgewezen(soort, g)) {
                    lijst.add(type.cast(g.regel()));
                }
            }
            return lijst;
        }

        private static long regel(Gelezen<?> g) {
            return switch (g.regel()) {
                case HuurderRegel h -> h.regel();
                case PersoonRegel p -> p.regel();
                case InkomenRegel i -> i.regel();
                case CategorieRegel c -> c.regel();
                case MedehuurderRegel m -> m.regel();
                default -> throw new IllegalArgumentException(g.regel().getClass().getName());
            };
        }
    }
}
