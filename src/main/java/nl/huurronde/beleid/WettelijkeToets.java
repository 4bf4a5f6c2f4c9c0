package nl.huurronde.beleid;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import nl.huurronde.regels.Beleid;

/**
 * Checks a policy against the law of its year before anything runs (policy.md): every
 * percentage and amount the law limits. A refusal names the key, the value and the legal
 * figure. A check that uses an unconfirmed figure warns; a key the law of that year has no
 * figure for is not checked, and that is a warning too. A policy value that could not be checked
 * because the law's figure is still {@code onbekend} is an assumption of the corporation: it is
 * listed, and every output of a run on it says it is provisional.
 */
final class WettelijkeToets {

    /** @param aannames policy values the law could not check yet, each with the unknown figure */
    record Uitkomst(List<String> waarschuwingen, List<String> aannames) {}

    private final WetJaar wet;
    private final Lezing lezing;
    private final List<String> waarschuwingen = new ArrayList<>();
    private final List<String> aannames = new ArrayList<>();

    private WettelijkeToets(WetJaar wet, Lezing lezing) {
        this.wet = wet;
        this.lezing = lezing;
    }

    /**
     * @param lokaleAfspraken     {@code huursom.lokale_afspraken}
     * @param vrijstellingUitWet  the policy did not set {@code jongeren_vrijstelling}: the law's figure is used
     * @return the warnings and assumptions; refusals go to {@code lezing}
     */
    static Uitkomst toets(Beleid beleid, boolean lokaleAfspraken, boolean vrijstellingUitWet,
                              WetJaar wet, Lezing lezing) {
        WettelijkeToets toets = new WettelijkeToets(wet, lezing);
        toets.regulier(beleid);
        toets.woonwagen(beleid);
        toets.iah(beleid);
        toets.laagHuur(beleid);
        toets.huursom(beleid, lokaleAfspraken);
        toets.vrijeSector(beleid);
        toets.midden(beleid);
        toets.inkomen(beleid, vrijstellingUitWet);
        return new Uitkomst(List.copyOf(toets.waarschuwingen), List.copyOf(toets.aannames));
    }

    private void regulier(Beleid beleid) {
        maximum("beleid.regulier_max_pct", beleid.regulierMaxPct(), wet.regulierMaxPct(), "regulier_max_pct");
        if (wet.kamerMaxPct() != null && wet.regulierMaxPct() != null
                && wet.kamerMaxPct().compareTo(wet.regulierMaxPct()) < 0
                && beleid.regulierMaxPct().compareTo(wet.kamerMaxPct()) > 0) {
            // the policy has no separate key for rooms: the rules cap them at the law's room maximum
            waarschuwingen.add("beleid.regulier_max_pct = " + tekst(beleid.regulierMaxPct())
                    + " is hoger dan het wettelijk maximum " + tekst(wet.kamerMaxPct()) + " voor kamers (onzelfstandig) in "
                    + wet.jaar() + ": kamers stijgen ten hoogste " + tekst(wet.kamerMaxPct()));
        }
    }

    private void woonwagen(Beleid beleid) {
        maximum("beleid.woonwagen_pct", beleid.woonwagenPct(), wet.woonwagenMaxPct(), "woonwagen_max_pct");
    }

    private void iah(Beleid beleid) {
        List<Beleid.IahBand> banden = beleid.iahBanden();
        if (banden.isEmpty()) {
            return;
        }
        if (!wet.iahToegestaan()) {
            fout("beleid.iah.banden", "beleid.iah.banden: de wet van " + wet.jaar() + " staat geen inkomensafhankelijke "
                    + "huurverhoging toe" + (wet.huurbevriezing() ? " (huurbevriezing)" : "") + "; laat de lijst leeg");
            return;
        }
        boolean grenzenOnbekend = false;
        for (int i = 0; i < banden.size(); i++) {
            String pad = "beleid.iah.banden[" + (i + 1) + "]";
            if (wet.iahInEuro()) {
                grenzenOnbekend |= euroBand(pad, banden.get(i));
            } else {
                procentBand(pad, banden.get(i));
            }
        }
        if (grenzenOnbekend) {
            waarschuwingen.add("beleid.iah.banden: de wettelijke IAH-inkomensgrenzen van " + wet.jaar()
                    + " zijn nog niet bekend; vanaf_1 en vanaf_meer zijn niet getoetst en elk bedrag alleen aan het "
                    + "hoogste wettelijke bedrag " + tekst(wet.iahBedragTweedeGrens()));
        }
    }

    /** 2019–2020: one percentage above one income limit. */
    private void procentBand(String pad, Beleid.IahBand band) {
        if (band.bedrag() != null) {
            fout(pad + ".bedrag", pad + ".bedrag: de wet van " + wet.jaar()
                    + " kent alleen een inkomensafhankelijk percentage; gebruik pct");
        } else {
            maximum(pad + ".pct", band.pct(), wet.iahPct(), "iah.pct");
        }
        minimum(pad + ".vanaf_1", band.vanaf1(), wet.iahGrens(), "de wettelijke inkomensgrens", "iah.grens");
        minimum(pad + ".vanaf_meer", band.vanafMeer(), wet.iahGrens(), "de wettelijke inkomensgrens", "iah.grens");
    }

    /**
     * 2022+: +€50 from the first limit, +€100 from the second, per household size. A band may
     * ask at most the amount the law allows at its own lower limits, for both household sizes.
     *
     * @return true when the law's limits are not known, so only the highest amount was checked
     */
    private boolean euroBand(String pad, Beleid.IahBand band) {
        if (band.pct() != null) {
            fout(pad + ".pct", pad + ".pct: vanaf 2022 is de inkomensafhankelijke verhoging een vast bedrag; "
                    + "gebruik bedrag (ten hoogste " + tekst(wet.iahBedragEersteGrens()) + " of "
                    + tekst(wet.iahBedragTweedeGrens()) + " euro)");
            return false;
        }
        if (wet.iahEersteGrens1() == null || wet.iahEersteGrensMeer() == null) {
            maximum(pad + ".bedrag", band.bedrag(), wet.iahBedragTweedeGrens(), "iah.bedrag_tweede_grens");
            minimum(pad + ".vanaf_1", band.vanaf1(), null, "de wettelijke eerste inkomensgrens", "iah.eerste_grens_1");
            minimum(pad + ".vanaf_meer", band.vanafMeer(), null, "de wettelijke eerste inkomensgrens",
                    "iah.eerste_grens_meer");
            return !wet.isOnbekend("iah.eerste_grens_1");
        }
        boolean een = minimum(pad + ".vanaf_1", band.vanaf1(), wet.iahEersteGrens1(),
                "de wettelijke eerste inkomensgrens voor eenpersoonshuishoudens", "iah.eerste_grens_1");
        boolean meer = minimum(pad + ".vanaf_meer", band.vanafMeer(), wet.iahEersteGrensMeer(),
                "de wettelijke eerste inkomensgrens voor meerpersoonshuishoudens", "iah.eerste_grens_meer");
        if (!een || !meer) {
            return false;
        }
        BigDecimal bedragEen = toegestaan(band.vanaf1(), wet.iahTweedeGrens1());
        BigDecimal bedragMeer = toegestaan(band.vanafMeer(), wet.iahTweedeGrensMeer());
        boolean eenBindt = bedragEen.compareTo(bedragMeer) <= 0;
        BigDecimal wettelijk = eenBindt ? bedragEen : bedragMeer;
        if (band.bedrag().compareTo(wettelijk) > 0) {
            String bij = eenBindt
                    ? "bij een inkomen vanaf " + tekst(band.vanaf1()) + " (eenpersoons)"
                    : "bij een inkomen vanaf " + tekst(band.vanafMeer()) + " (meerpersoons)";
            fout(pad + ".bedrag", pad + ".bedrag = " + tekst(band.bedrag()) + " is hoger dan het wettelijk maximum "
                    + tekst(wettelijk) + " voor " + wet.jaar() + " " + bij);
        }
        return false;
    }

    /** The law's amount for a household whose income reaches {@code vanaf} (at least the first limit). */
    private BigDecimal toegestaan(BigDecimal vanaf, BigDecimal tweedeGrens) {
        return tweedeGrens != null && vanaf.compareTo(tweedeGrens) >= 0
                ? wet.iahBedragTweedeGrens() : wet.iahBedragEersteGrens();
    }

    private void laagHuur(Beleid beleid) {
        if (beleid.laagHuur() == null) {
            return;
        }
        if (!wet.laagHuurRegel()) {
            fout("beleid.laag_huur", "beleid.laag_huur: de wet van " + wet.jaar()
                    + " kent geen vaste verhoging voor lage huren (pas vanaf 2022); verwijder laag_huur");
            return;
        }
        maximum("beleid.laag_huur.grens", beleid.laagHuur().grens(), wet.laagHuurGrens(), "laag_huur.grens");
        maximum("beleid.laag_huur.bedrag", beleid.laagHuur().bedrag(), wet.laagHuurBedrag(), "laag_huur.bedrag");
    }

    private void huursom(Beleid beleid, boolean lokaleAfspraken) {
        String pad = "beleid.huursom.max_pct";
        if (lokaleAfspraken && wet.huursomLokaleAfsprakenExtra() == null) {
            waarschuwingen.add("beleid.huursom.lokale_afspraken: de wet van " + wet.jaar()
                    + " geeft geen extra huursomruimte bij lokale afspraken; niet meegeteld");
        }
        if (wet.huursomMaxPct() == null) {
            nietGetoetst(pad, "huursom.max_pct", "huursommaximum");
            return;
        }
        if (lokaleAfspraken && wet.huursomLokaleAfsprakenExtra() != null) {
            BigDecimal wettelijk = wet.huursomMaxPct().add(wet.huursomLokaleAfsprakenExtra());
            if (beleid.huursomMaxPct().compareTo(wettelijk) > 0) {
                fout(pad, pad + " = " + tekst(beleid.huursomMaxPct()) + " is hoger dan het wettelijk maximum "
                        + tekst(wettelijk) + " voor " + wet.jaar() + " (" + tekst(wet.huursomMaxPct()) + " + "
                        + tekst(wet.huursomLokaleAfsprakenExtra()) + " met lokale afspraken)");
            }
            onbevestigd("huursom.max_pct", pad);
            onbevestigd("huursom.lokale_afspraken_extra", pad);
            return;
        }
        maximum(pad, beleid.huursomMaxPct(), wet.huursomMaxPct(), "huursom.max_pct");
    }

    private void vrijeSector(Beleid beleid) {
        if (wet.vrijeSectorMaxPct() == null && !wet.isOnbekend("vrije_sector_max_pct")) {
            nietGetoetst("beleid.vrije_sector_pct", "vrije_sector_max_pct", "maximum voor de vrije sector");
            return;
        }
        maximum("beleid.vrije_sector_pct", beleid.vrijeSectorPct(), wet.vrijeSectorMaxPct(), "vrije_sector_max_pct");
    }

    private void midden(Beleid beleid) {
        if (beleid.middenPct() == null) {
            return;
        }
        if (!wet.middenhuur()) {
            waarschuwingen.add("beleid.midden_pct wordt niet gebruikt en niet getoetst: de middenhuur bestaat pas "
                    + "vanaf de huurronde van 2024");
            return;
        }
        if (wet.middenhuurMaxPct() == null && !wet.isOnbekend("middenhuur_max_pct")) {
            nietGetoetst("beleid.midden_pct", "middenhuur_max_pct", "maximum voor de middenhuur");
            return;
        }
        maximum("beleid.midden_pct", beleid.middenPct(), wet.middenhuurMaxPct(), "middenhuur_max_pct");
    }

    private void inkomen(Beleid beleid, boolean vrijstellingUitWet) {
        if (beleid.jongerenLeeftijd() < wet.jongerenLeeftijd()) {
            fout("beleid.inkomen.jongeren_leeftijd", "beleid.inkomen.jongeren_leeftijd = " + beleid.jongerenLeeftijd()
                    + " is lager dan de wettelijke leeftijd " + wet.jongerenLeeftijd() + " voor " + wet.jaar());
        }
        if (beleid.inkomenPeiljaarOffset() != 2) {
            waarschuwingen.add("beleid.inkomen.peiljaar_offset = " + beleid.inkomenPeiljaarOffset()
                    + ": de wet toetst het huishoudinkomen van twee jaar eerder (t-2)");
        }
        String pad = "beleid.inkomen.jongeren_vrijstelling";
        if (wet.isOnbekend("jongeren_vrijstelling") && vrijstellingUitWet && !beleid.iahBanden().isEmpty()) {
            // the rules need a figure to compute household incomes: the corporation must assume one
            fout("beleid.iah.banden", "beleid.inkomen.jongeren_vrijstelling ontbreekt: het wettelijke cijfer voor "
                    + wet.jaar() + " is nog onbekend; vul het in het beleid in als aanname, of geef een wetbestand "
                    + "met het cijfer mee (--wet)");
            return;
        }
        if (wet.jongerenVrijstelling() == null) {
            if (!vrijstellingUitWet) {
                nietGetoetst(pad, "jongeren_vrijstelling", "vrijstelling voor inwonende jongeren");
            }
            return;
        }
        if (vrijstellingUitWet) {
            // only matters when there is an income limit to reach
            if (!beleid.iahBanden().isEmpty() && wet.isOnbevestigd("jongeren_vrijstelling")) {
                waarschuwingen.add("onbevestigd wettelijk cijfer gebruikt: jongeren_vrijstelling "
                        + tekst(wet.jongerenVrijstelling()) + " voor " + wet.jaar() + " als " + pad);
            }
            return;
        }
        minimum(pad, beleid.jongerenVrijstelling(), wet.jongerenVrijstelling(), "de wettelijke vrijstelling",
                "jongeren_vrijstelling");
    }

    /** Refuses {@code waarde} above the legal figure; warns when that figure is unconfirmed. */
    private void maximum(String pad, BigDecimal waarde, BigDecimal wettelijk, String wetSleutel) {
        if (waarde != null && wettelijk == null && wet.isOnbekend(wetSleutel)) {
            aanname(pad, waarde, wetSleutel);
            return;
        }
        if (waarde == null || wettelijk == null) {
            return;
        }
        if (waarde.compareTo(wettelijk) > 0) {
            fout(pad, pad + " = " + tekst(waarde) + " is hoger dan het wettelijk maximum " + tekst(wettelijk)
                    + " voor " + wet.jaar() + (wet.huurbevriezing() && wettelijk.signum() == 0 ? " (huurbevriezing)" : ""));
        }
        onbevestigd(wetSleutel, pad);
    }

    /** Refuses {@code waarde} below the legal figure; returns whether it passed. */
    private boolean minimum(String pad, BigDecimal waarde, BigDecimal wettelijk, String wat, String wetSleutel) {
        if (waarde != null && wettelijk == null && wet.isOnbekend(wetSleutel)) {
            aanname(pad, waarde, wetSleutel);
            return true;
        }
        if (waarde == null || wettelijk == null) {
            return true;
        }
        onbevestigd(wetSleutel, pad);
        if (waarde.compareTo(wettelijk) < 0) {
            fout(pad, pad + " = " + tekst(waarde) + " is lager dan " + wat + " " + tekst(wettelijk) + " voor " + wet.jaar());
            return false;
        }
        return true;
    }

    private void onbevestigd(String wetSleutel, String pad) {
        if (wet.isOnbevestigd(wetSleutel)) {
            String waarschuwing = "onbevestigd wettelijk cijfer gebruikt: " + wetSleutel + " voor " + wet.jaar()
                    + " bij de toets van " + pad;
            if (!waarschuwingen.contains(waarschuwing)) {
                waarschuwingen.add(waarschuwing);
            }
        }
    }

    /** A policy value whose legal figure is not yet published: the corporation's assumption. */
    private void aanname(String pad, BigDecimal waarde, String wetSleutel) {
        String aanname = pad + " = " + tekst(waarde) + " (wettelijk cijfer " + wetSleutel + " voor " + wet.jaar()
                + " nog onbekend)";
        if (!aannames.contains(aanname)) {
            aannames.add(aanname);
        }
    }

    private void nietGetoetst(String pad, String wetSleutel, String wat) {
        String reden = wet.onbekend().contains(wetSleutel)
                ? "het wettelijke cijfer voor " + wet.jaar() + " is nog niet bekend"
                : "de wet van " + wet.jaar() + " kent geen " + wat + (wet.huurbevriezing() ? " (huurbevriezing)" : "");
        waarschuwingen.add(pad + " is niet getoetst: " + reden);
    }

    private void fout(String pad, String tekst) {
        lezing.fout(lezing.plek(pad), tekst);
    }

    /** Figures as staff wrote them, without trailing zeros: 0.050 reads 0.05. */
    private static String tekst(BigDecimal getal) {
        return Canoniek.waarde(getal);
    }
}
