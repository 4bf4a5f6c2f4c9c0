package nl.huurronde.bezwaar;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import nl.huurronde.intake.OngeldigeWaarde;
import nl.huurronde.intake.Waarden;
import nl.huurronde.register.RondeFout;

/**
 * The ledger's list of contracts that paid the new rent in the first month ({@code herinnering --betaald}):
 * a header {@code contract_id} or {@code contract_id,bedrag} (comma or semicolon), one contract a line.
 * Strict: any bad line refuses the whole file with file, line and field, because a contract wrongly read
 * as unpaid would get a registered letter. No I/O beyond reading the file.
 */
final class Betaaldlijst {

    private Betaaldlijst() {}

    /** Contract id → the amount paid, or null when the list gives no amounts. */
    static Map<String, BigDecimal> lees(Path bestand, Set<String> bekend) {
        String tekst;
        try {
            tekst = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(Files.readAllBytes(bestand)))
                    .toString();
        } catch (NoSuchFileException e) {
            throw new RondeFout("--betaald: bestand " + bestand + " bestaat niet");
        } catch (CharacterCodingException e) {
            throw new RondeFout(bestand + ": geen geldige UTF-8");
        } catch (IOException e) {
            throw new RondeFout("--betaald: kan " + bestand + " niet lezen: " + e.getMessage());
        }
        if (tekst.startsWith("\uFEFF")) {
            tekst = tekst.substring(1);
        }
        List<String> regels = tekst.lines().toList();
        if (regels.isEmpty() || regels.get(0).isBlank()) {
            throw new RondeFout(bestand + " regel 1: de kopregel ontbreekt (contract_id of contract_id,bedrag)");
        }
        String kop = regels.get(0).strip();
        String scheiding = kop.contains(";") ? ";" : ",";
        List<String> koppen = List.of(kop.split(scheiding, -1)).stream().map(String::strip).toList();
        boolean metBedrag;
        if (koppen.equals(List.of("contract_id"))) {
            metBedrag = false;
        } else if (koppen.equals(List.of("contract_id", "bedrag"))) {
            metBedrag = true;
        } else {
            throw new RondeFout(bestand + " regel 1: kopregel '" + Waarden.veilig(kop, 60) + "' verwacht: contract_id, "
                    + "of contract_id" + scheiding + "bedrag");
        }
        Map<String, BigDecimal> betaald = new LinkedHashMap<>();
        for (int i = 1; i < regels.size(); i++) {
            String regel = regels.get(i);
            int nr = i + 1;
            if (regel.isBlank() || regel.replace(scheiding, "").isBlank()) {
                continue; // empty lines, and Excel's rows of only separators
            }
            String[] velden = regel.split(scheiding, -1);
            if (velden.length != koppen.size()) {
                throw new RondeFout(bestand + " regel " + nr + ": " + velden.length + " velden, de kopregel heeft er "
                        + koppen.size());
            }
            String id = velden[0].strip();
            if (id.isEmpty()) {
                throw new RondeFout(bestand + " regel " + nr + ", veld contract_id: leeg");
            }
            if (!bekend.contains(id)) {
                throw new RondeFout(bestand + " regel " + nr + ", veld contract_id: contract '" + Waarden.veilig(id, 40)
                        + "' heeft geen voorstel in deze run");
            }
            if (betaald.containsKey(id)) {
                throw new RondeFout(bestand + " regel " + nr + ", veld contract_id: contract " + id + " staat er twee keer in");
            }
            BigDecimal bedrag = null;
            if (metBedrag) {
                try {
                    bedrag = Waarden.bedrag(velden[1]);
                } catch (OngeldigeWaarde e) {
                    throw new RondeFout(bestand + " regel " + nr + ", veld bedrag: " + e.reden());
                }
                if (bedrag == null || bedrag.signum() < 0) {
                    throw new RondeFout(bestand + " regel " + nr + ", veld bedrag: verwacht een bedrag van 0 of meer");
                }
            }
            betaald.put(id, bedrag);
        }
        return betaald;
    }
}
