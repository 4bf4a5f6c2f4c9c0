package nl.huurronde.regels;

import static nl.huurronde.regels.Fixtures.bd;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.StringJoiner;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The 23 hand-checked contracts of examples.md (SWZ, 1 July 2020), from the CSV inputs through
 * §1 sector, §2–§3 household and §4–§5 proposal and huursom, against verwacht*.csv column by column.
 */
class GoldenSwz2020Test {

    private static List<ContractFeiten> contracten;

    @BeforeAll
    static void leesInvoer() throws IOException {
        Beleid beleid = Fixtures.swz2020();
        Map<String, String[]> inkomens = new HashMap<>();
        for (String[] r : lees("inkomen.csv")) {
            inkomens.put(r[0], r);
        }
        Map<String, List<Huishoudberekening.Persoon>> personen = new HashMap<>();
        for (String[] r : lees("brp.csv")) {
            String[] inkomen = inkomens.get(r[4]);
            InkomenStatus status = inkomen == null ? null : InkomenStatus.valueOf(inkomen[3]);
            BigDecimal bedrag = inkomen == null || inkomen[2].isEmpty() ? null : bd(inkomen[2]);
            assertThat(inkomen == null || inkomen[1].equals(String.valueOf(beleid.inkomensjaar()))).isTrue();
            personen.computeIfAbsent(adres(r[0], r[1], r[2], r[3]), k -> new ArrayList<>())
                    .add(new Huishoudberekening.Persoon(LocalDate.parse(r[5]),
                            r[6].isEmpty() ? null : Rol.valueOf(r[6]), status, bedrag, false));
        }
        List<String[]> huurders = lees("huurders.csv");
        Map<String, Integer> contractenPerAdres = new HashMap<>();
        for (String[] r : huurders) {
            contractenPerAdres.merge(adres(r[7], r[4], r[5], r[6]), 1, Integer::sum);
        }
        contracten = new ArrayList<>();
        for (String[] r : huurders) {
            String adres = adres(r[7], r[4], r[5], r[6]);
            Woningtype type = Woningtype.valueOf(r[9]);
            Sectorbepaling.Uitkomst sector = Sectorbepaling.bepaal(r[12].isEmpty() ? null : Sector.valueOf(r[12]),
                    type, LocalDate.parse(r[10]), bd(r[11]), r[16].isEmpty() ? null : bd(r[16]), beleid.wet());
            assertThat(sector.bepaald()).isTrue();
            HuishoudenFeiten huishouden = Huishoudberekening.bepaal(personen.getOrDefault(adres, List.of()),
                    false, contractenPerAdres.get(adres) > 1, beleid);
            contracten.add(new ContractFeiten(r[0], sector.sector(), type, bd(r[13]), leeg(r[15]), leeg(r[17]),
                    janee(r[18]), janee(r[19]), datum(r[20]), datum(r[21]), null, null, huishouden));
        }
        assertThat(contracten).hasSize(23);
    }

    @Test
    void zonderCapKloptElkeKolomVanVerwacht() throws IOException {
        Beleid beleid = Fixtures.swz2020();
        Huursom.Uitkomst huursom = Huursom.bepaalCap(bron(), beleid);
        assertThat(huursom.cap()).isNull();
        assertThat(huursom.zonderCap().pct()).isEqualByComparingTo("2.66");
        assertThat(huursom.metCap()).isEqualTo(huursom.zonderCap());

        vergelijk(beleid, null, "verwacht.csv");
    }

    @Test
    void huursomVanTweeProcentVindtCap295() throws IOException {
        Beleid beleid = Fixtures.swz2020(bd("0.02"));
        Huursom.Uitkomst huursom = Huursom.bepaalCap(bron(), beleid);
        assertThat(huursom.cap()).isEqualTo(bd("0.0295"));
        assertThat(huursom.zonderCap().pct()).isEqualTo(bd("2.66"));
        assertThat(huursom.metCap().pct()).isEqualTo(bd("1.99"));
        assertThat(huursom.metCap().binnen(bd("0.02"))).isTrue();
        // one step above the cap no longer fits: c is the largest
        assertThat(Huursom.som(bron(), beleid, bd("0.0296")).binnen(bd("0.02"))).isFalse();

        vergelijk(beleid, huursom.cap(), "verwacht-huursom-2pct.csv");
    }

    @Test
    void auditKolommenNaastVerwacht() {
        Map<String, Voorstel> zonder = voorstellen(Fixtures.swz2020(), null);
        Map<String, Voorstel> met = voorstellen(Fixtures.swz2020(bd("0.02")), bd("0.0295"));

        assertThat(zonder.get("G01").percentageMax()).isEqualTo(bd("0.0410"));
        assertThat(met.get("G01").percentageMax()).isEqualTo(bd("0.0295"));
        assertThat(zonder.get("G04").percentageMax()).isEqualTo(bd("0.0560"));
        assertThat(zonder.get("G16").percentageMax()).isEqualTo(bd("0.0260"));
        assertThat(met.get("G19").percentageMax()).isEqualTo(bd("0.0260"));
        assertThat(zonder.get("G18").percentageMax()).isNull();

        assertThat(zonder.get("G01").inkomenCategorie()).isEqualTo("LAAG");
        assertThat(zonder.get("G04").inkomenCategorie()).isEqualTo("HOOG");
        assertThat(zonder.get("G13").inkomenCategorie()).isEqualTo("HOOG");
        assertThat(zonder.get("G16").inkomenCategorie()).isEqualTo("NVT");
        assertThat(zonder.get("G20").inkomenCategorie()).isEqualTo("ONBEKEND");
        assertThat(zonder.get("G23").inkomenCategorie()).isEqualTo("HOOG");

        assertThat(zonder.get("G01").streefhuurNieuw()).isEqualTo(bd("615.60"));
        assertThat(zonder.get("G16").streefhuurNieuw()).isNull();
        assertThat(zonder.get("G15").verhogingBedrag()).isEqualTo(bd("-10.00"));
    }

    private static void vergelijk(Beleid beleid, BigDecimal cap, String verwacht) throws IOException {
        Map<String, Voorstel> voorstellen = voorstellen(beleid, cap);
        Map<String, String> feitelijk = new LinkedHashMap<>();
        for (ContractFeiten contract : contracten) {
            Voorstel v = voorstellen.get(contract.contractId());
            StringJoiner redenen = new StringJoiner("|");
            v.redenen().forEach(r -> redenen.add(r.name()));
            feitelijk.put(contract.contractId(), String.join(",", contract.contractId(), v.soort().name(),
                    contract.kaleHuur().toPlainString(), v.kaleHuurNieuw().toPlainString(),
                    v.verhogingPct().toPlainString(), v.inHuursom() ? "J" : "N", redenen.toString()));
        }
        Map<String, String> verwachteRegels = new LinkedHashMap<>();
        for (String[] r : lees(verwacht)) {
            verwachteRegels.put(r[0], String.join(",", r));
        }
        assertThat(feitelijk).containsExactlyEntriesOf(verwachteRegels);
    }

    private static Map<String, Voorstel> voorstellen(Beleid beleid, BigDecimal cap) {
        Map<String, Voorstel> voorstellen = new HashMap<>();
        for (ContractFeiten contract : contracten) {
            voorstellen.put(contract.contractId(), Rekenregels.bereken(contract, beleid, cap));
        }
        return voorstellen;
    }

    private static Huursom.Bron bron() {
        return actie -> contracten.forEach(actie);
    }

    /** The golden files are simple: no quotes in the columns read here, so a plain split will do. */
    private static List<String[]> lees(String bestand) throws IOException {
        try (InputStream in = GoldenSwz2020Test.class.getResourceAsStream("/golden/2020-swz/" + bestand)) {
            String[] regels = new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\r?\n");
            List<String[]> rijen = new ArrayList<>();
            for (int i = 1; i < regels.length; i++) {
                if (!regels[i].isBlank()) {
                    rijen.add(regels[i].split(",", -1));
                }
            }
            return rijen;
        }
    }

    private static String adres(String postcode, String huisnummer, String huisletter, String toevoeging) {
        return postcode.replace(" ", "").toUpperCase() + "|" + huisnummer + "|" + huisletter.toUpperCase()
                + "|" + toevoeging.replace(" ", "").toUpperCase();
    }

    private static BigDecimal leeg(String waarde) {
        return waarde.isEmpty() ? null : bd(waarde);
    }

    private static LocalDate datum(String waarde) {
        return waarde.isEmpty() ? null : LocalDate.parse(waarde);
    }

    private static boolean janee(String waarde) {
        return waarde.equals("J");
    }
}
