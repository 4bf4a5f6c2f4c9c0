package nl.huurronde.vergelijk;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;
import java.util.TreeSet;

import nl.huurronde.rapport.Som;
import nl.huurronde.regels.Soort;
import nl.huurronde.register.Ronde;
import org.springframework.stereotype.Component;

/**
 * Reads the comparison of two runs from their audit files: both are in contract order, so one merge pass
 * counts each side's totals and groups and compares the contracts present in both, keeping only the N
 * largest differences (memory does not grow with the roll).
 */
@Component
class VergelijkingGegevens {

    /** Largest difference first; equal differences by contract id (code point order), so output is stable. */
    static final Comparator<VergelijkingCijfers.Contract> VOLGORDE = Comparator
            .comparing((VergelijkingCijfers.Contract c) -> c.verschil().abs()).reversed()
            .thenComparing(VergelijkingCijfers.Contract::contractId);

    VergelijkingCijfers lees(Ronde a, String beleidA, Ronde b, String beleidB, int aantal, boolean zelfdeInvoer)
            throws IOException {
        Kant kantA = new Kant();
        Kant kantB = new Kant();
        long[] tellers = new long[6]; // hoger, lager, gelijk, andere soort, alleen in A, alleen in B
        PriorityQueue<VergelijkingCijfers.Contract> grootste = new PriorityQueue<>(VOLGORDE.reversed());
        try (AuditBestand auditA = AuditBestand.open(a); AuditBestand auditB = AuditBestand.open(b)) {
            AuditBestand.Regel x = auditA.volgende();
            AuditBestand.Regel y = auditB.volgende();
            while (x != null || y != null) {
                int volgorde = x == null ? 1 : y == null ? -1 : x.contractId().compareTo(y.contractId());
                if (volgorde <= 0) {
                    kantA.tel(x);
                }
                if (volgorde >= 0) {
                    kantB.tel(y);
                }
                if (volgorde == 0) {
                    vergelijk(x, y, tellers, grootste, aantal);
                } else {
                    tellers[volgorde < 0 ? 4 : 5]++;
                }
                x = volgorde <= 0 ? auditA.volgende() : x;
                y = volgorde >= 0 ? auditB.volgende() : y;
            }
        }
        List<VergelijkingCijfers.Contract> lijst = new ArrayList<>(grootste);
        lijst.sort(VOLGORDE);
        VergelijkingCijfers.Verschillen verschillen = new VergelijkingCijfers.Verschillen(tellers[0], tellers[1],
                tellers[2], tellers[3], tellers[4], tellers[5]);
        return new VergelijkingCijfers(kantA.cijfers(a, beleidA), kantB.cijfers(b, beleidB),
                rijen(kantA.perSoort, kantB.perSoort, Comparator.comparing(Soort::valueOf)),
                rijen(kantA.perInkomen, kantB.perInkomen, Comparator.comparing(VergelijkingGegevens::categorieRang)
                        .thenComparing(Comparator.naturalOrder())), verschillen, lijst, zelfdeInvoer);
    }

    private static void vergelijk(AuditBestand.Regel x, AuditBestand.Regel y, long[] tellers,
                                  PriorityQueue<VergelijkingCijfers.Contract> grootste, int aantal) {
        VergelijkingCijfers.Contract c = new VergelijkingCijfers.Contract(x.contractId(), x.vheId(), x.soort(),
                y.soort(), x.kaleHuurOud(), y.kaleHuurOud(), x.kaleHuurNieuw(), y.kaleHuurNieuw());
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
    }

    /** One side's running totals: everything, the huursom, and the groups per soort and income category. */
    private static final class Kant {
        Som totaal = Som.NUL;
        Som huursom = Som.NUL;
        final Map<String, VergelijkingCijfers.Groep> perSoort = new HashMap<>();
        final Map<String, VergelijkingCijfers.Groep> perInkomen = new HashMap<>();

        void tel(AuditBestand.Regel r) {
            totaal = totaal.plus(r.kaleHuurOud(), r.kaleHuurNieuw());
            if (r.inHuursom()) {
                huursom = huursom.plus(r.kaleHuurOud(), r.kaleHuurNieuw());
            }
            VergelijkingCijfers.Groep een = new VergelijkingCijfers.Groep(1, r.kaleHuurOud(), r.kaleHuurNieuw(),
                    r.verhogingPct());
            perSoort.merge(r.soort(), een, Kant::plus);
            perInkomen.merge(r.inkomenCategorie(), een, Kant::plus);
        }

        VergelijkingCijfers.Kant cijfers(Ronde ronde, String beleid) {
            return new VergelijkingCijfers.Kant(ronde.runId(), beleid, totaal, huursom,
                    ronde.beleid().huursomMaxPct(), ronde.huursomCap());
        }

        private static VergelijkingCijfers.Groep plus(VergelijkingCijfers.Groep g, VergelijkingCijfers.Groep h) {
            return new VergelijkingCijfers.Groep(g.aantal() + h.aantal(), g.somOud().add(h.somOud()),
                    g.somNieuw().add(h.somNieuw()), g.somPct().add(h.somPct()));
        }
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
}
