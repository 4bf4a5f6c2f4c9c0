package nl.huurronde.genereer;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;

import nl.huurronde.regels.Beleid;
import nl.huurronde.regels.Sector;
import nl.huurronde.regels.Sectorbepaling;
import nl.huurronde.regels.Woningtype;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The committed {@code sample-data/} sets. Run with {@code -Dgenereer.schrijf=true} to (re)write
 * them; otherwise this checks that the committed files are exactly what the generator gives.
 */
class VoorbeeldsetsTest {

    private static final Path SAMPLE_DATA = Path.of("sample-data");
    private static final Path GOUDEN = SAMPLE_DATA.resolve(Voorbeeldsets.SWZ_2020).resolve(Voorbeeldsets.GOUDEN);
    private static final List<String> BESTANDEN = List.of("huurders.csv", "brp.csv", "inkomen.csv");

    @TempDir
    Path tmp;

    @Test
    void gecommitteSetsZijnActueel() throws IOException {
        if (Boolean.getBoolean("genereer.schrijf")) {
            Voorbeeldsets.schrijfAlles(SAMPLE_DATA, GOUDEN).forEach((set, s) -> System.out.println(set + ": " + s));
        }
        Voorbeeldsets.schrijfAlles(tmp, GOUDEN);
        for (String set : Voorbeeldsets.sets().keySet()) {
            try (Stream<Path> bestanden = Files.list(tmp.resolve(set))) {
                for (Path nieuw : bestanden.toList()) {
                    Path gecommit = SAMPLE_DATA.resolve(set).resolve(nieuw.getFileName());
                    assertThat(gecommit).as("regenereer met -Dgenereer.schrijf=true").exists();
                    assertThat(Files.readAllBytes(gecommit)).as(gecommit.toString()).isEqualTo(Files.readAllBytes(nieuw));
                }
            }
        }
    }

    @Test
    void elkeSetBlijftOnderDeAfwijzingsdrempel() throws IOException {
        Map<String, Samenvatting> sets = Voorbeeldsets.schrijfAlles(tmp, GOUDEN);
        sets.forEach((set, s) -> {
            assertThat(s.contracten()).as(set).isEqualTo(Voorbeeldsets.AANTAL);
            assertThat(s.afgewezenHuurders()).as(set).isBetween(1, 2);
            assertThat(s.afgewezenBrp()).as(set).isPositive().isLessThanOrEqualTo(s.personen() / 100);
            assertThat(s.afgewezenInkomen()).as(set).isPositive().isLessThanOrEqualTo(s.inkomens() / 100);
        });
        for (Map.Entry<String, Integer> set : Voorbeeldsets.sets().entrySet()) {
            Path map = tmp.resolve(set.getKey());
            int jaar = set.getValue();
            Samenvatting s = sets.get(set.getKey());
            assertThat(Invoer.afgewezenHuurders(Invoer.lees(map.resolve("huurders.csv")), jaar)).as(set.getKey())
                    .isEqualTo(s.afgewezenHuurders());
            assertThat(Invoer.afgewezenBrp(Invoer.lees(map.resolve("brp.csv")), jaar)).as(set.getKey())
                    .isEqualTo(s.afgewezenBrp());
            assertThat(Invoer.afgewezenInkomen(Invoer.lees(map.resolve("inkomen.csv")), jaar)).as(set.getKey())
                    .isEqualTo(s.afgewezenInkomen());
        }
    }

    @Test
    void swz2020BegintMetDeGoudenVoorbeeldenLetterlijk() throws IOException {
        Path map = tmp.resolve("uit");
        Voorbeeldsets.schrijfAlles(map, GOUDEN);
        for (String bestand : BESTANDEN) {
            List<String> gouden = Files.readAllLines(GOUDEN.resolve(bestand));
            List<String> set = Files.readAllLines(map.resolve(Voorbeeldsets.SWZ_2020).resolve(bestand));
            assertThat(set.get(0).replace("\uFEFF", "")).isEqualTo(gouden.get(0));
            assertThat(set.subList(1, gouden.size())).as(bestand).isEqualTo(gouden.subList(1, gouden.size()));
        }
    }

    /**
     * The golden cases expect no huursom cap at SWZ's 3.6%, so the whole 2020 sample must stay
     * below it. Estimated on the safe side: every contract in the huursom counted as REGULIER
     * (the IAH contracts the job leaves out would only lower the percentage).
     */
    @Test
    void swz2020BlijftOnderDeHuursomVanSwz() throws Exception {
        Path map = tmp.resolve("huursom");
        Voorbeeldsets.schrijfAlles(map, GOUDEN);
        Invoer.Bestand h = Invoer.lees(map.resolve(Voorbeeldsets.SWZ_2020).resolve("huurders.csv"));
        LocalDate p = LocalDate.of(2020, 7, 1);
        Beleid.Wet wet = nl.huurronde.beleid.Wetgeving.jaar(2020).wet();
        BigDecimal oud = BigDecimal.ZERO;
        BigDecimal nieuw = BigDecimal.ZERO;
        for (Map<String, String> r : h.rijen()) {
            if (!Invoer.huurderGoed(r, 2020, p)) {
                continue;
            }
            Woningtype type = Woningtype.valueOf(r.get("woningtype").toUpperCase(Locale.ROOT));
            Sector opgegeven = r.get("sector").isEmpty() ? null : Sector.valueOf(r.get("sector").toUpperCase(Locale.ROOT));
            BigDecimal punten = r.get("wws_punten").isEmpty() ? null : new BigDecimal(r.get("wws_punten"));
            Sector sector = Sectorbepaling.bepaal(opgegeven, type, Invoer.datum(r.get("contract_ingang")),
                    Invoer.bedrag(r.get("aanvangshuur")), punten, wet).sector();
            LocalDate bezit = r.get("in_bezit_sinds").isEmpty() ? null : Invoer.datum(r.get("in_bezit_sinds"));
            LocalDate verbetering = r.get("woningverbetering_datum").isEmpty() ? null
                    : Invoer.datum(r.get("woningverbetering_datum"));
            boolean inHuursom = sector == Sector.SOCIAAL
                    && (type == Woningtype.ZELFSTANDIG || type == Woningtype.WOONWAGEN)
                    && (bezit == null || !bezit.isAfter(LocalDate.of(2020, 1, 1)))
                    && (verbetering == null || !verbetering.isAfter(p.minusMonths(12)) || verbetering.isAfter(p));
            if (!inHuursom) {
                continue;
            }
            BigDecimal huur = Invoer.bedrag(r.get("kale_huur"));
            BigDecimal max = r.get("maximale_huur").isEmpty() ? null : Invoer.bedrag(r.get("maximale_huur"));
            BigDecimal nieuweHuur;
            if (Invoer.janee(r.get("huurbevriezing"))) {
                nieuweHuur = huur;
            } else if (type == Woningtype.WOONWAGEN) {
                nieuweHuur = maal(huur, "1.026");
            } else {
                BigDecimal t = maal(Invoer.bedrag(r.get("streefhuur")), "1.026");
                nieuweHuur = huur.max(maal(huur, "1.041").min(t));
            }
            if (max != null && nieuweHuur.compareTo(max) > 0) {
                nieuweHuur = max;
            }
            oud = oud.add(huur);
            nieuw = nieuw.add(nieuweHuur);
        }
        BigDecimal pct = nieuw.subtract(oud).multiply(BigDecimal.valueOf(100)).divide(oud, 2, RoundingMode.HALF_UP);
        System.out.println("huursom 2020-swz (geschat, alles REGULIER): " + pct + "%");
        assertThat(pct).isLessThan(new BigDecimal("3.40"));
    }

    private static BigDecimal maal(BigDecimal bedrag, String factor) {
        return bedrag.multiply(new BigDecimal(factor)).setScale(2, RoundingMode.HALF_UP);
    }
}
