package nl.huurronde.beleid;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Command-line overrides: dotted keys below {@code huurronde} ({@code beleid.regulier_max_pct},
 * {@code invoer.huurders}, {@code beleid.iah.banden.1.pct} or {@code beleid.iah.banden[1].pct}
 * for the first band). They are written into the YAML tree before it is read, so an override is
 * validated exactly like the file. An empty value removes the key (back to its default);
 * {@code []} is an empty list.
 */
final class Overschrijvingen {

    private Overschrijvingen() {}

    static void pasToe(Knoop.Tabel huurronde, Map<String, String> overschrijvingen) throws BeleidFout {
        List<String> fouten = new ArrayList<>();
        // sorted, so the same overrides always give the same tree whatever the map's order
        for (Map.Entry<String, String> overschrijving : new TreeMap<>(overschrijvingen).entrySet()) {
            String fout = pasToe(huurronde, overschrijving.getKey(), overschrijving.getValue());
            if (fout != null) {
                fouten.add(fout + Plek.OPDRACHTREGEL.achtervoegsel());
            }
        }
        if (!fouten.isEmpty()) {
            throw new BeleidFout(fouten);
        }
    }

    private static String pasToe(Knoop.Tabel huurronde, String sleutel, String waarde) {
        String pad = sleutel.strip();
        if (pad.startsWith("huurronde.")) {
            pad = pad.substring("huurronde.".length());
        }
        String[] delen = pad.replaceAll("\\[(\\d+)]", ".$1").split("\\.", -1);
        for (String deel : delen) {
            if (deel.isBlank()) {
                return "ongeldige sleutel '" + sleutel + "': gebruik punten tussen de namen, bijvoorbeeld beleid.regulier_max_pct";
            }
        }
        Knoop huidig = huurronde;
        StringBuilder gelopen = new StringBuilder();
        for (int i = 0; i < delen.length; i++) {
            String deel = delen[i];
            boolean laatste = i == delen.length - 1;
            switch (huidig) {
                case Knoop.Tabel tabel -> {
                    if (laatste) {
                        zet(tabel, deel, waarde);
                        return null;
                    }
                    Knoop kind = tabel.velden().get(deel);
                    if (kind == null || kind instanceof Knoop.Waarde w && w.tekst() == null) {
                        kind = Knoop.Tabel.leeg(Plek.OPDRACHTREGEL);
                        tabel.zet(deel, kind, Plek.OPDRACHTREGEL);
                    }
                    huidig = kind;
                }
                case Knoop.Lijst lijst -> {
                    int index = index(deel);
                    if (index < 1 || index > lijst.items().size()) {
                        return gelopen + "[" + deel + "] bestaat niet: de lijst heeft " + lijst.items().size()
                                + " elementen, genummerd vanaf 1";
                    }
                    if (laatste) {
                        lijst.items().set(index - 1, knoop(waarde));
                        return null;
                    }
                    huidig = lijst.items().get(index - 1);
                }
                case Knoop.Waarde w -> {
                    return gelopen + " is een waarde, geen tabel: " + pad + " kan niet";
                }
            }
            gelopen.append(gelopen.isEmpty() ? "" : ".").append(deel);
        }
        return null;
    }

    private static void zet(Knoop.Tabel tabel, String sleutel, String waarde) {
        if (waarde == null || waarde.isBlank()) {
            tabel.verwijder(sleutel);
        } else {
            tabel.zet(sleutel, knoop(waarde), Plek.OPDRACHTREGEL);
        }
    }

    private static Knoop knoop(String waarde) {
        if (waarde != null && waarde.strip().equals("[]")) {
            return new Knoop.Lijst(new ArrayList<>(), Plek.OPDRACHTREGEL);
        }
        return new Knoop.Waarde(waarde == null || waarde.isBlank() ? null : waarde.strip(), Plek.OPDRACHTREGEL);
    }

    private static int index(String deel) {
        try {
            return Integer.parseInt(deel);
        } catch (NumberFormatException e) {
            return -1;
        }
    }
}
