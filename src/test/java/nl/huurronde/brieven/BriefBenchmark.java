package nl.huurronde.brieven;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import nl.huurronde.regels.Reden;
import nl.huurronde.regels.Sector;
import nl.huurronde.regels.Soort;
import nl.huurronde.regels.Woningtype;

/**
 * Letters per second, not a unit test. Run from the test classpath:
 * {@code java -cp target/classes:target/test-classes:<deps> nl.huurronde.brieven.BriefBenchmark [aantal] [threads]}.
 * Mode per-contract: one PDF per letter in memory; mode drukbestand: merged files of 5,000 letters, one per thread.
 * {@code [aantal] [threads] 0 gevarieerd [rondes]}: print files only, of letters that differ as a roll's do.
 */
public final class BriefBenchmark {

    public static void main(String[] args) throws Exception {
        int aantal = args.length > 0 ? Integer.parseInt(args[0]) : 20_000;
        int threads = args.length > 1 ? Integer.parseInt(args[1]) : 2;
        int unicodeElke = args.length > 2 ? Integer.parseInt(args[2]) : 20;
        if (args.length > 3 && args[3].equals("gevarieerd")) {
            gevarieerd(aantal, threads, args.length > 4 ? Integer.parseInt(args[4]) : 5);
            return;
        }
        List<Brief> brieven = new ArrayList<>();
        for (int i = 0; i < aantal; i++) {
            // by default one in twenty letters has a name outside WinAnsi; one in ten is IAH (two pages)
            Brief b = i % 10 == 0 ? Voorbeelden.iah() : Voorbeelden.regulier();
            if (unicodeElke > 0 && i % unicodeElke == 7 % unicodeElke) {
                b = Voorbeelden.met(b, new Geadresseerde("Łukasz Şahin " + i, "Straße", i % 300, null, null,
                        "1011AB", "Amsterdam"));
            }
            brieven.add(Voorbeelden.metContract(b, "C-" + i));
        }
        for (int ronde = 0; ronde < 2; ronde++) { // the first round warms up the JIT
            perContract(brieven, threads, false);
            drukbestand(brieven, threads);
        }
        perContract(brieven, threads, true);
    }

    /**
     * Print files of letters that differ as a real roll's do: every letter its own name, address, contract
     * and amounts, over the kinds of letter in a rough real mix (two thirds regular, a fifth IAH, the rest
     * the other kinds). The amounts and the contract number make the opening paragraph, the table and the
     * objection paragraph differ per letter, so those are laid out and drawn each time, as in the yearly
     * run; {@code rondes} rounds in one JVM: the first is as cold as the yearly run's letters step.
     */
    private static void gevarieerd(int aantal, int threads, int rondes) throws Exception {
        List<Brief> brieven = new ArrayList<>(aantal);
        for (int i = 0; i < aantal; i++) {
            brieven.add(gevarieerd(i));
        }
        for (int ronde = 0; ronde < rondes; ronde++) {
            drukbestand(brieven, threads);
        }
    }

    private static Brief gevarieerd(int i) {
        BigDecimal oud = BigDecimal.valueOf(38_000 + (i * 7_919L) % 52_000, 2);
        int soort = i % 20;
        Brief b;
        if (soort < 13) {
            BigDecimal nieuw = oud.multiply(new BigDecimal("1.041")).setScale(2, RoundingMode.HALF_UP);
            b = Voorbeelden.brief(Soort.REGULIER, Sector.SOCIAAL, Woningtype.ZELFSTANDIG,
                    EnumSet.noneOf(Reden.class), "LAAG", null, oud.toPlainString(), nieuw.toPlainString(), "4.10");
        } else if (soort < 17) {
            BigDecimal nieuw = oud.multiply(new BigDecimal("1.056")).setScale(2, RoundingMode.HALF_UP);
            b = Voorbeelden.brief(Soort.IAH, Sector.SOCIAAL, Woningtype.ZELFSTANDIG, EnumSet.noneOf(Reden.class),
                    "HOOG", "€ 43.574 of hoger", oud.toPlainString(), nieuw.toPlainString(), "5.60");
        } else {
            b = switch (soort) {
                case 17 -> Voorbeelden.bevriezing();
                case 18 -> Voorbeelden.vrijeSector();
                default -> Voorbeelden.woonwagen();
            };
        }
        Geadresseerde adres = new Geadresseerde(NAMEN[i % NAMEN.length] + " " + (char) ('A' + i % 26) + ".",
                STRATEN[i % STRATEN.length], 1 + i % 250, i % 7 == 0 ? "B" : null, null,
                String.format("%04d%c%c", 1000 + i % 9000, 'A' + i % 26, 'A' + i / 26 % 26), "Zwolle");
        return Voorbeelden.metContract(Voorbeelden.met(b, adres), String.format("HC%08d", i));
    }

    private static final String[] NAMEN = {"de Vries", "Jansen", "Bakker", "Visser", "Smit", "Meijer", "Mulder",
            "de Boer", "Bos", "Vos", "Peters", "Hendriks", "van Dijk", "Dekker", "Brouwer"};
    private static final String[] STRATEN = {"Kerkstraat", "Dorpsstraat", "Molenweg", "Schoolstraat",
            "Julianastraat", "Beatrixlaan", "Narcissenlaan", "Stationsweg"};

    private static void perContract(List<Brief> brieven, int threads, boolean pdfa) throws Exception {
        BriefRenderer renderer = new BriefRenderer(pdfa);
        List<Brief> deel = pdfa ? brieven.subList(0, Math.min(brieven.size(), 4_000)) : brieven;
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        long start = System.nanoTime();
        long bytes = 0;
        List<Future<Integer>> klaar = new ArrayList<>();
        for (Brief b : deel) {
            klaar.add(pool.submit(() -> renderer.renderPdf(b).length));
        }
        for (Future<Integer> f : klaar) {
            bytes += f.get();
        }
        pool.shutdown();
        rapporteer(pdfa ? "per-contract PDF/A" : "per-contract", deel.size(), threads, start, bytes);
    }

    private static void drukbestand(List<Brief> brieven, int threads) throws Exception {
        Path map = Files.createTempDirectory("drukbestand");
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        long start = System.nanoTime();
        List<Future<Long>> klaar = new ArrayList<>();
        int perBestand = 5_000;
        for (int van = 0, nr = 1; van < brieven.size(); van += perBestand, nr++) {
            List<Brief> deel = brieven.subList(van, Math.min(brieven.size(), van + perBestand));
            Path pdf = map.resolve("druk-" + nr + ".pdf");
            klaar.add(pool.submit(() -> {
                try (Drukbestand druk = Drukbestand.open(pdf, false)) {
                    deel.forEach(druk::voegToe);
                }
                long grootte = Files.size(pdf);
                Files.delete(pdf);
                return grootte;
            }));
        }
        long bytes = 0;
        for (Future<Long> f : klaar) {
            bytes += f.get();
        }
        pool.shutdown();
        Files.delete(map);
        rapporteer("drukbestand", brieven.size(), threads, start, bytes);
    }

    private static void rapporteer(String modus, int aantal, int threads, long start, long bytes) {
        double seconden = (System.nanoTime() - start) / 1e9;
        System.out.printf("%-20s %6d brieven, %d threads: %6.0f brieven/s, %5.1f kB/brief%n", modus, aantal, threads,
                aantal / seconden, bytes / 1024.0 / aantal);
    }
}
