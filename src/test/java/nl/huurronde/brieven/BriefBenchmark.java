package nl.huurronde.brieven;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Letters per second, not a unit test. Run from the test classpath:
 * {@code java -cp target/classes:target/test-classes:<deps> nl.huurronde.brieven.BriefBenchmark [aantal] [threads]}.
 * Mode per-contract: one PDF per letter in memory; mode drukbestand: merged files of 5,000 letters, one per thread.
 */
public final class BriefBenchmark {

    public static void main(String[] args) throws Exception {
        int aantal = args.length > 0 ? Integer.parseInt(args[0]) : 20_000;
        int threads = args.length > 1 ? Integer.parseInt(args[1]) : 2;
        int unicodeElke = args.length > 2 ? Integer.parseInt(args[2]) : 20;
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
