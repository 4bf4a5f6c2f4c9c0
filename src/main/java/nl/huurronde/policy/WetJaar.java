package nl.huurronde.policy;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.Collections;

import nl.huurronde.rules.Beleid;

/**
 * The law of one round year (round of 1 July), as bundled in {@code wet/<jaar>.yml}. Same for
 * every corporation. Amounts in euro, percentages as fractions ({@code 0.051} = 5.1%).
 * A figure the law of that year does not have, or that is not yet known, is null.
 *
 * @param onbevestigd            keys (as in the YAML, e.g. {@code laag_huur.grens}) whose figure is
 *                               not confirmed: a run that uses one warns
 * @param onbekend               keys the law has but whose figure is not yet published (absent here)
 * @param kamerMaxPct            maximum for rooms (onzelfstandig); differs from regulier only in 2019
 * @param woonwagenMaxPct        maximum for caravans and pitches; differs from regulier only in 2019
 * @param huurbevriezing         the 2021 freeze: no regulated rent may rise
 * @param iahPct / iahGrens      2019–2020: IAH as a percentage above one household-income limit
 * @param iahBedragEersteGrens   2022+: the fixed IAH increase from the first limit (+€50)
 * @param iahBedragTweedeGrens   2022+: the fixed IAH increase from the second limit (+€100)
 * @param iahEersteGrens1        2022+: first limit for a one-person household (…Meer: two or more)
 * @param laagHuurGrens          2022+: rents below it may rise by {@code laagHuurBedrag} instead
 * @param huursomLokaleAfsprakenExtra  2020: extra huursom room with local performance agreements
 * @param middenhuur             the Wet betaalbare huur's middle segment exists (rounds from 2024)
 * @param middenhuurBovengrens   upper rent bound of the middle segment
 * @param jongerenVrijstelling   income of an under-{@code jongerenLeeftijd} co-resident that does not count
 * @param aftoppingsgrens1en2    aftoppingsgrens for 1–2 person households (…3plus: 3 or more), for the report
 * @param liberalisatiegrenzen   limit per contract start year (2002 onwards), sorted by year
 */
public record WetJaar(
        int jaar,
        String bron,
        List<String> onbevestigd,
        List<String> onbekend,
        BigDecimal regulierMaxPct,
        BigDecimal kamerMaxPct,
        BigDecimal woonwagenMaxPct,
        boolean huurbevriezing,
        BigDecimal iahPct,
        BigDecimal iahGrens,
        BigDecimal iahBedragEersteGrens,
        BigDecimal iahBedragTweedeGrens,
        BigDecimal iahEersteGrens1,
        BigDecimal iahTweedeGrens1,
        BigDecimal iahEersteGrensMeer,
        BigDecimal iahTweedeGrensMeer,
        boolean aowVrijstelling,
        boolean vierPlusVrijstelling,
        boolean chronischZiekVrijstelling,
        BigDecimal laagHuurGrens,
        BigDecimal laagHuurBedrag,
        BigDecimal huursomMaxPct,
        BigDecimal huursomLokaleAfsprakenExtra,
        BigDecimal vrijeSectorMaxPct,
        boolean middenhuur,
        BigDecimal middenhuurMaxPct,
        BigDecimal middenhuurBovengrens,
        int jongerenLeeftijd,
        BigDecimal jongerenVrijstelling,
        int aowJaren,
        int aowMaanden,
        BigDecimal aftoppingsgrens1en2,
        BigDecimal aftoppingsgrens3plus,
        SortedMap<Integer, BigDecimal> liberalisatiegrenzen) {

    public WetJaar {
        onbevestigd = List.copyOf(onbevestigd);
        onbekend = List.copyOf(onbekend);
        liberalisatiegrenzen = Collections.unmodifiableSortedMap(new TreeMap<>(liberalisatiegrenzen));
    }

    /** The law allows an income-dependent increase this year (not in 2021). */
    public boolean iahToegestaan() {
        return iahPct != null || iahBedragEersteGrens != null;
    }

    /** From 2022 IAH is a fixed euro amount per income band instead of a percentage. */
    public boolean iahInEuro() {
        return iahBedragEersteGrens != null;
    }

    /** The law has the "+bedrag below grens" rule for low rents this year. */
    public boolean laagHuurRegel() {
        return laagHuurGrens != null;
    }

    public boolean isOnbevestigd(String sleutel) {
        return onbevestigd.contains(sleutel);
    }

    /** The parts of this law that the rules apply directly. */
    public Beleid.Wet wet() {
        return new Beleid.Wet(aowJaren, aowMaanden, aowVrijstelling, vierPlusVrijstelling, middenhuur,
                Map.copyOf(liberalisatiegrenzen), kamerMaxPct.compareTo(regulierMaxPct) < 0 ? kamerMaxPct : null);
    }

    /** Every figure as {@code wet.key=value} lines, for the run identity: a corrected figure is a new run. */
    String canoniek() {
        StringBuilder tekst = new StringBuilder();
        regel(tekst, "jaar", jaar);
        regel(tekst, "onbevestigd", String.join(",", onbevestigd));
        regel(tekst, "regulier_max_pct", regulierMaxPct);
        regel(tekst, "kamer_max_pct", kamerMaxPct);
        regel(tekst, "woonwagen_max_pct", woonwagenMaxPct);
        regel(tekst, "huurbevriezing", huurbevriezing);
        regel(tekst, "iah.pct", iahPct);
        regel(tekst, "iah.grens", iahGrens);
        regel(tekst, "iah.bedrag_eerste_grens", iahBedragEersteGrens);
        regel(tekst, "iah.bedrag_tweede_grens", iahBedragTweedeGrens);
        regel(tekst, "iah.eerste_grens_1", iahEersteGrens1);
        regel(tekst, "iah.tweede_grens_1", iahTweedeGrens1);
        regel(tekst, "iah.eerste_grens_meer", iahEersteGrensMeer);
        regel(tekst, "iah.tweede_grens_meer", iahTweedeGrensMeer);
        regel(tekst, "vrijstellingen.aow", aowVrijstelling);
        regel(tekst, "vrijstellingen.vier_plus", vierPlusVrijstelling);
        regel(tekst, "vrijstellingen.chronisch_ziek", chronischZiekVrijstelling);
        regel(tekst, "laag_huur.grens", laagHuurGrens);
        regel(tekst, "laag_huur.bedrag", laagHuurBedrag);
        regel(tekst, "huursom.max_pct", huursomMaxPct);
        regel(tekst, "huursom.lokale_afspraken_extra", huursomLokaleAfsprakenExtra);
        regel(tekst, "vrije_sector_max_pct", vrijeSectorMaxPct);
        regel(tekst, "middenhuur", middenhuur);
        regel(tekst, "middenhuur_max_pct", middenhuurMaxPct);
        regel(tekst, "middenhuur_bovengrens", middenhuurBovengrens);
        regel(tekst, "jongeren_leeftijd", jongerenLeeftijd);
        regel(tekst, "jongeren_vrijstelling", jongerenVrijstelling);
        regel(tekst, "aow_leeftijd", aowJaren + "j" + aowMaanden + "m");
        regel(tekst, "aftoppingsgrens.een_twee_personen", aftoppingsgrens1en2);
        regel(tekst, "aftoppingsgrens.drie_plus", aftoppingsgrens3plus);
        liberalisatiegrenzen.forEach((startjaar, grens) -> regel(tekst, "liberalisatiegrens." + startjaar, grens));
        return tekst.toString();
    }

    private static void regel(StringBuilder tekst, String sleutel, Object waarde) {
        tekst.append("wet.").append(sleutel).append('=').append(Canoniek.waarde(waarde)).append('\n');
    }
}
