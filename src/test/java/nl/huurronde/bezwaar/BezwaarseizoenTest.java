package nl.huurronde.bezwaar;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import nl.huurronde.CsvBestand;
import nl.huurronde.Huurronde;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A whole bezwaar season (issue #21 "Done when") through the real commands on the bundled 2026 round
 * (300 contracts, ingangsdatum 1 July 2026, letters of 20 April 2026): 40 cases over every path (granted,
 * withdrawn, filed and upheld, filed and lowered, filed and rejected, late, reminded and accepted,
 * reminded and objected), every impossible move refused, the deadlines in the list, and at the end the
 * final version per contract and the finance totals right to the cent.
 */
class BezwaarseizoenTest {

    @TempDir
    Path tmp;

    private Huurronde huurronde;
    private String runId;

    @Test
    void eenSeizoenBezwaren() throws IOException, SQLException {
        huurronde = Huurronde.h2(tmp.resolve("data"));
        Huurronde.Uitkomst run = huurronde.voer("run", "--job", "jobs/2026.yml", "--uitvoer", tmp.resolve("uit").toString());
        assertThat(run.code()).as(run.toString()).isIn(0, 3);
        Path runMap;
        try (Stream<Path> mappen = Files.list(tmp.resolve("uit"))) {
            runMap = mappen.filter(Files::isDirectory).findFirst().orElseThrow();
        }
        runId = runMap.getFileName().toString();
        Map<String, Map<String, String>> audit = CsvBestand.perSleutel(runMap.resolve("audit.csv"), "contract_id");

        // Contracts with an increase of at least 5 euro in the social sector: room for a grant or a lowering.
        List<String> kandidaten = new ArrayList<>();
        for (Map<String, String> r : audit.values()) {
            BigDecimal oud = new BigDecimal(r.get("kale_huur_oud"));
            BigDecimal nieuw = new BigDecimal(r.get("kale_huur_nieuw"));
            if (r.get("sector").equals("SOCIAAL") && nieuw.subtract(oud).compareTo(new BigDecimal("5.00")) >= 0) {
                kandidaten.add(r.get("contract_id"));
            }
        }
        assertThat(kandidaten.size()).as("kandidaten").isGreaterThanOrEqualTo(48);
        Iterator<String> volgende = kandidaten.iterator();
        Map<String, String> pad = new LinkedHashMap<>();
        Map<String, BigDecimal> verwachtNieuw = new TreeMap<>();

        // 8 granted: a lower maximale huur (oud + 1.00) caps the rent.
        for (int i = 0; i < 8; i++) {
            String c = volgende.next();
            pad.put(c, "toegekend");
            BigDecimal max = new BigDecimal(audit.get(c).get("kale_huur_oud")).add(BigDecimal.ONE);
            ok("registreer", c, "--ontvangen", "2026-05-" + (10 + i), "--grond", "WWS", "--kanaal", "portaal");
            Huurronde.Uitkomst t = ok("toekennen", c, "--maximale-huur", max.toPlainString(), "--datum", "2026-06-05");
            assertThat(t.uit()).contains("versie 2 vervangt versie 1");
            verwachtNieuw.put(c, max);
        }
        // Issue #24 item 3: a maximale huur given alone drops the old points total from the revised letter.
        List<String> metPunten = verwachtNieuw.keySet().stream().filter(c -> Ronde2020.pdfTekst(
                runMap.resolve("brieven/" + c + ".pdf")).contains("punten volgens het woningwaarderingsstelsel")).toList();
        assertThat(metPunten).as("toegekend met WWS-punten in de eerste brief").isNotEmpty();
        for (String c : metPunten) {
            String herzien = Ronde2020.pdfTekst(runMap.resolve("bezwaar/" + c + "-v2/" + c + "-v2.pdf"));
            assertThat(herzien).doesNotContain("punten volgens het woningwaarderingsstelsel")
                    .contains("De maximale kale huur van uw");
        }
        // 6 withdrawn.
        for (int i = 0; i < 6; i++) {
            String c = volgende.next();
            pad.put(c, "ingetrokken");
            ok("registreer", c, "--ontvangen", "2026-05-0" + (1 + i), "--kanaal", "email", "--grond", "OVERIG");
            ok("intrekken", c, "--datum", "2026-06-01");
        }
        // 5 filed and upheld, 5 filed and lowered (to oud + 2.00), 5 filed and rejected.
        for (int i = 0; i < 15; i++) {
            String c = volgende.next();
            ok("registreer", c, "--ontvangen", "2026-06-1" + (i % 10), "--grond", "INKOMEN", "--grond", "HUISHOUDEN");
            ok("voorleggen", c, "--datum", "2026-06-25");
            ok("indienen", c, "--datum", "2026-08-0" + (3 + i % 6), "--zaaknummer", "HC-2026-" + (100 + i));
            if (i < 5) {
                pad.put(c, "gehandhaafd");
                ok("uitspraak", c, "--datum", "2026-10-15", "--uitkomst", "gehandhaafd");
            } else if (i < 10) {
                pad.put(c, "verlaagd");
                BigDecimal bedrag = new BigDecimal(audit.get(c).get("kale_huur_oud")).add(new BigDecimal("2.00"));
                Huurronde.Uitkomst u = ok("uitspraak", c, "--datum", "2026-10-15", "--uitkomst", "verlaagd",
                        "--bedrag", bedrag.toPlainString());
                assertThat(u.uit()).contains("versie 2 vervangt versie 1");
                verwachtNieuw.put(c, bedrag);
            } else {
                pad.put(c, "afgewezen");
                ok("uitspraak", c, "--datum", "2026-10-16", "--uitkomst", "afgewezen");
            }
        }
        // 6 late (received on or after 1 July): three granted anyway, three withdrawn.
        for (int i = 0; i < 6; i++) {
            String c = volgende.next();
            pad.put(c, "te laat");
            Huurronde.Uitkomst r = ok("registreer", c, "--ontvangen", "2026-07-0" + (1 + i));
            assertThat(r.uit()).contains("[te laat]", "tot en met 2026-10-31");
            if (i < 3) {
                BigDecimal max = new BigDecimal(audit.get(c).get("kale_huur_oud")).add(BigDecimal.ONE);
                ok("toekennen", c, "--maximale-huur", max.toPlainString(), "--datum", "2026-07-10");
                verwachtNieuw.put(c, max);
            } else {
                ok("intrekken", c, "--datum", "2026-07-10");
            }
        }
        // 2 still open at the end: one timely, one voorleggen.
        String open1 = volgende.next();
        String open2 = volgende.next();
        ok("registreer", open1, "--ontvangen", "2026-06-29", "--grond", "CHRONISCH_ZIEK",
                "--toelichting", "diagnose volgens huisarts");
        ok("registreer", open2, "--ontvangen", "2026-06-30");
        ok("voorleggen", open2, "--datum", "2026-07-02");

        // Every impossible move is refused with one line and exit 1.
        String gehandhaafd = sleutel(pad, "gehandhaafd");
        String verlaagd = sleutel(pad, "verlaagd");
        geweigerd(bezwaar("toekennen", gehandhaafd, "--chronisch-ziek"), "de Huurcommissie deed al uitspraak");
        geweigerd(bezwaar("toekennen", verlaagd, "--maximale-huur", "100.00"), "de Huurcommissie deed al uitspraak");
        geweigerd(huurronde.voer("bezwaar", "--run", runId, "--contract", gehandhaafd, "--chronisch-ziek"),
                "al uitspraak gedaan");
        geweigerd(bezwaar("registreer", open1, "--ontvangen", "2026-07-01"), "heeft al een open bezwaar");
        geweigerd(bezwaar("indienen", open1, "--datum", "2026-07-05", "--zaaknummer", "X"), "kan niet worden ingediend");
        geweigerd(bezwaar("uitspraak", open2, "--datum", "2026-07-05", "--uitkomst", "gehandhaafd"),
                "kan niet een uitspraak krijgen");
        geweigerd(bezwaar("intrekken", sleutel(pad, "ingetrokken"), "--datum", "2026-07-05"), "is al ingetrokken");
        geweigerd(bezwaar("registreer", "HC99999999", "--ontvangen", "2026-05-01"), "komt niet voor in run");
        geweigerd(huurronde.voer("bezwaar", "registreer", "--run", "2026-deadbeef", "--contract", open1, "--ontvangen",
                "2026-05-01"), "onbekende run");
        String vrij = volgende.next();
        geweigerd(bezwaar("registreer", vrij, "--ontvangen", "2026-04-19"), "vóór de verzending van de brieven op 2026-04-20");
        geweigerd(bezwaar("registreer", vrij, "--ontvangen", "2099-05-01"), "ligt in de toekomst");
        geweigerd(bezwaar("voorleggen", open2, "--datum", "2026-07-01"), "kan niet worden voorgelegd");

        // Reminders on 15 September: 8 contracts with an increase neither pay nor have a case.
        List<String> onbetaald = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            onbetaald.add(volgende.next());
        }
        StringBuilder betaald = new StringBuilder("contract_id,bedrag\n");
        for (Map<String, String> r : audit.values()) {
            if (!onbetaald.contains(r.get("contract_id"))) {
                betaald.append(r.get("contract_id")).append(',').append(r.get("kale_huur_nieuw")).append('\n');
            }
        }
        Path betaaldCsv = tmp.resolve("betaald.csv");
        Files.writeString(betaaldCsv, betaald);
        Huurronde.Uitkomst h = huurronde.voer("herinnering", "--run", runId, "--betaald", betaaldCsv.toString(),
                "--datum", "2026-09-15");
        assertThat(h.code()).as(h.toString()).isZero();
        assertThat(h.uit()).contains(": 8 contracten", "tot en met 2026-10-31");
        assertThat(CsvBestand.lees(runMap.resolve("herinnering/2026-09-15/aangetekend.csv")))
                .extracting(r -> r.get("contract_id")).containsExactlyInAnyOrderElementsOf(onbetaald);
        // 3 of them object after the reminder (late, reminded); the other 5 accept by silence.
        for (int i = 0; i < 3; i++) {
            pad.put(onbetaald.get(i), "herinnerd en bezwaar");
            ok("registreer", onbetaald.get(i), "--ontvangen", "2026-10-0" + (5 + i), "--grond", "INKOMEN");
        }
        for (int i = 3; i < 8; i++) {
            pad.put(onbetaald.get(i), "herinnerd en aanvaard");
        }
        assertThat(pad.values().stream().filter(p -> !p.equals("herinnerd en aanvaard")).count() + 2)
                .as("zaken").isEqualTo(40);

        // The list on 20 October: open cases and reminded contracts with their deadlines, most urgent first.
        List<Map<String, String>> oktober = lijst("2026-10-20");
        assertThat(oktober).extracting(r -> r.get("contract_id") + " " + r.get("status") + " " + r.get("termijn")
                + " " + r.get("dagen_over")).containsExactlyInAnyOrder(
                open1 + " ontvangen 2026-08-11 -70", open2 + " voorleggen 2026-08-11 -70",
                onbetaald.get(0) + " ontvangen 2026-10-31 11", onbetaald.get(1) + " ontvangen 2026-10-31 11",
                onbetaald.get(2) + " ontvangen 2026-10-31 11",
                onbetaald.get(3) + " herinnerd 2026-10-31 11", onbetaald.get(4) + " herinnerd 2026-10-31 11",
                onbetaald.get(5) + " herinnerd 2026-10-31 11", onbetaald.get(6) + " herinnerd 2026-10-31 11",
                onbetaald.get(7) + " herinnerd 2026-10-31 11");
        assertThat(oktober.get(0).get("termijn")).isEqualTo("2026-08-11");
        assertThat(oktober).filteredOn(r -> onbetaald.subList(0, 3).contains(r.get("contract_id")))
                .allSatisfy(r -> assertThat(r).containsEntry("te_laat", "J").containsEntry("herinnerd", "J"));
        assertThat(Files.readString(tmp.resolve("lijst-2026-10-20.csv"))).doesNotContain("huisarts");
        // After the four months: the silent ones are aanvaard.
        assertThat(lijst("2026-11-02")).filteredOn(r -> r.get("status").equals("aanvaard"))
                .extracting(r -> r.get("contract_id")).containsExactlyInAnyOrderElementsOf(onbetaald.subList(3, 8));

        Huurronde.Uitkomst status = huurronde.voer("status", "--run", runId);
        assertThat(status.uit()).as(status.toString()).contains("bezwaarregister: ontvangen 4, voorleggen 1, "
                + "toegekend 11, ingetrokken 9, uitspraak 15, aanvaard 5");

        // The final version per contract: version 2 exactly for the grants and lowerings, 1 for all others.
        Map<String, Integer> laatste = new TreeMap<>();
        Map<String, BigDecimal> laatsteHuur = new TreeMap<>();
        try (Connection c = DriverManager.getConnection("jdbc:h2:file:" + tmp.resolve("data").toAbsolutePath()
                + "/huurronde;AUTO_SERVER=TRUE", "sa", "");
             ResultSet rs = c.createStatement().executeQuery("SELECT contract_id, versie, kale_huur_nieuw FROM voorstel "
                     + "WHERE run_id = '" + runId + "' ORDER BY contract_id, versie")) {
            while (rs.next()) {
                laatste.put(rs.getString("contract_id"), rs.getInt("versie"));
                laatsteHuur.put(rs.getString("contract_id"), rs.getBigDecimal("kale_huur_nieuw").setScale(2));
            }
        }
        assertThat(laatste).hasSameSizeAs(audit);
        laatste.forEach((c, v) -> assertThat(v).as(c).isEqualTo(verwachtNieuw.containsKey(c) ? 2 : 1));
        verwachtNieuw.forEach((c, huur) -> assertThat(laatsteHuur.get(c)).as(c).isLessThanOrEqualTo(huur));

        // Finance to the cent: the run's mutations plus the combined corrections equal final rent − current rent.
        BigDecimal geboekt = som(CsvBestand.lees(runMap.resolve("financieel.csv")), "mutatie");
        List<Map<String, String>> correcties = CsvBestand.lees(runMap.resolve("financieel-correcties.csv"));
        assertThat(correcties).hasSize(verwachtNieuw.size());
        BigDecimal verwacht = BigDecimal.ZERO;
        for (Map.Entry<String, BigDecimal> e : laatsteHuur.entrySet()) {
            verwacht = verwacht.add(e.getValue().subtract(new BigDecimal(audit.get(e.getKey()).get("kale_huur_oud"))));
        }
        assertThat(geboekt.add(som(correcties, "mutatie"))).isEqualTo(verwacht);
        // ... and the combined file equals the bezwaar folders' rows.
        List<Map<String, String>> mappen = new ArrayList<>();
        try (Stream<Path> paden = Files.list(runMap.resolve("bezwaar"))) {
            for (Path m : paden.filter(Files::isDirectory).sorted().toList()) {
                mappen.addAll(CsvBestand.lees(m.resolve("financieel.csv")));
            }
        }
        assertThat(correcties).containsExactlyInAnyOrderElementsOf(mappen);
    }

    private Huurronde.Uitkomst bezwaar(String stap, String contract, String... rest) {
        List<String> args = new ArrayList<>(List.of("bezwaar", stap, "--run", runId, "--contract", contract,
                "--door", "team bezwaren"));
        args.addAll(List.of(rest));
        return huurronde.voer(args.toArray(String[]::new));
    }

    private Huurronde.Uitkomst ok(String stap, String contract, String... rest) {
        Huurronde.Uitkomst u = bezwaar(stap, contract, rest);
        assertThat(u.code()).as(stap + " " + contract + "\n" + u).isZero();
        return u;
    }

    private static void geweigerd(Huurronde.Uitkomst u, String melding) {
        assertThat(u.code()).as(u.toString()).isEqualTo(1);
        assertThat(u.fout()).as(u.toString()).contains(melding);
        assertThat(u.fout().lines().count()).isEqualTo(1);
    }

    private List<Map<String, String>> lijst(String peildatum) throws IOException {
        Path uit = tmp.resolve("lijst-" + peildatum + ".csv");
        Huurronde.Uitkomst l = huurronde.voer("bezwaar", "lijst", "--run", runId, "--peildatum", peildatum, "--uit",
                uit.toString());
        assertThat(l.code()).as(l.toString()).isZero();
        return CsvBestand.lees(uit);
    }

    private static String sleutel(Map<String, String> pad, String waarde) {
        return pad.entrySet().stream().filter(e -> e.getValue().equals(waarde)).findFirst().orElseThrow().getKey();
    }

    private static BigDecimal som(List<Map<String, String>> rijen, String kolom) {
        return rijen.stream().map(r -> new BigDecimal(r.get(kolom))).reduce(BigDecimal.ZERO, BigDecimal::add);
    }
}
