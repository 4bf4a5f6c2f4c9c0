package nl.huurronde.beleid;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Set;
import java.util.TreeMap;

import nl.huurronde.regels.Beleid;
import nl.huurronde.regels.Nacontrole;
import nl.huurronde.regels.Sectorwet;

/**
 * The law of one round year (round of 1 July), as read from {@code wet/<jaar>.yml} (bundled, or a
 * file given with {@code --wet}) plus the liberalisatiegrens series. Same for every corporation.
 * Amounts in euro, percentages as fractions ({@code 0.051} = 5.1%). The keys are declared once, in
 * {@link Wetsleutel}; a figure the law of that year does not have, or that is not yet known, reads
 * as null here, and {@link #isOnbekend} tells the two apart.
 */
public final class WetJaar {

    /** What a law key means in words ("maximale gemiddelde huurstijging (huursom)"), or null for an unknown key. */
    public static String betekenis(String wetsleutel) {
        return Wetsleutel.betekenisVan(wetsleutel);
    }


    /** Where the law came from: the bundled file, or a file given at run time with its SHA-256. */
    public record Herkomst(String pad, String sha256, boolean gebundeld) {}

    private final int jaar;
    private final String bron;
    private final Herkomst herkomst;
    private final Map<Wetsleutel, Object> cijfers;
    private final Set<Wetsleutel> onbekend;
    private final List<String> onbevestigd;
    private final LocalDate liberalisatieVanaf;
    private final NavigableMap<LocalDate, BigDecimal> liberalisatiegrenzen;

    WetJaar(int jaar, String bron, Herkomst herkomst, Map<Wetsleutel, Object> cijfers, Set<Wetsleutel> onbekend,
            List<String> onbevestigd, LocalDate liberalisatieVanaf, NavigableMap<LocalDate, BigDecimal> liberalisatiegrenzen) {
        this.jaar = jaar;
        this.bron = bron;
        this.herkomst = herkomst;
        this.cijfers = cijfers.isEmpty() ? Map.of() : Collections.unmodifiableMap(new EnumMap<>(cijfers));
        this.onbekend = onbekend.isEmpty() ? Set.of() : Collections.unmodifiableSet(EnumSet.copyOf(onbekend));
        this.onbevestigd = List.copyOf(onbevestigd);
        this.liberalisatieVanaf = liberalisatieVanaf;
        this.liberalisatiegrenzen = Collections.unmodifiableNavigableMap(new TreeMap<>(liberalisatiegrenzen));
    }

    public int jaar() {
        return jaar;
    }

    public String bron() {
        return bron;
    }

    public Herkomst herkomst() {
        return herkomst;
    }

    /** Keys (as in the YAML, e.g. {@code laag_huur.grens}) whose figure is not confirmed: a run that uses one warns. */
    public List<String> onbevestigd() {
        return onbevestigd;
    }

    /** Keys the law of this year has but whose figure is not yet published ({@code onbekend} in the file). */
    public List<String> onbekend() {
        return onbekend.stream().map(w -> w.sleutel).toList();
    }

    public boolean isOnbevestigd(String sleutel) {
        return onbevestigd.contains(sleutel);
    }

    public boolean isOnbekend(String sleutel) {
        return Wetsleutel.van(sleutel).map(onbekend::contains).orElse(false);
    }

    /** The law of this year has the key, with a figure or still {@code onbekend}. */
    boolean heeft(Wetsleutel sleutel) {
        return cijfers.containsKey(sleutel) || onbekend.contains(sleutel);
    }

    /**
     * The figures a yearly run needs that are still {@code onbekend}, given the policy, each as
     * "key (meaning)". Empty when the law is complete enough to run.
     */
    List<String> ontbrekendVoor(Beleid beleid, boolean vrijstellingUitWet) {
        List<String> ontbrekend = new ArrayList<>();
        for (Wetsleutel sleutel : onbekend) {
            boolean nodig = switch (sleutel.nodig) {
                case ALTIJD -> true;
                case BIJ_IAH -> !beleid.iahBanden().isEmpty();
                case BIJ_LAAG_HUUR -> beleid.laagHuur() != null;
                case BIJ_MIDDEN -> beleid.middenPct() != null;
                case BIJ_IAH_ZONDER_EIGEN_VRIJSTELLING -> !beleid.iahBanden().isEmpty() && vrijstellingUitWet;
                case TOETS, RAPPORT -> false;
            };
            if (nodig) {
                ontbrekend.add(sleutel.sleutel + " (" + sleutel.betekenis + ")");
            }
        }
        return ontbrekend;
    }

    public BigDecimal regulierMaxPct() {
        return getal(Wetsleutel.REGULIER_MAX_PCT);
    }

    /** Maximum for rooms (onzelfstandig); differs from regulier only in 2019. */
    public BigDecimal kamerMaxPct() {
        return cijfers.containsKey(Wetsleutel.KAMER_MAX_PCT) ? getal(Wetsleutel.KAMER_MAX_PCT) : regulierMaxPct();
    }

    /** Maximum for caravans and pitches; differs from regulier only in 2019. */
    public BigDecimal woonwagenMaxPct() {
        return cijfers.containsKey(Wetsleutel.WOONWAGEN_MAX_PCT) ? getal(Wetsleutel.WOONWAGEN_MAX_PCT) : regulierMaxPct();
    }

    /** The 2021 freeze: no regulated rent may rise. */
    public boolean huurbevriezing() {
        return janee(Wetsleutel.HUURBEVRIEZING);
    }

    /** 2019–2020: IAH as a percentage above one household-income limit. */
    public BigDecimal iahPct() {
        return getal(Wetsleutel.IAH_PCT);
    }

    public BigDecimal iahGrens() {
        return getal(Wetsleutel.IAH_GRENS);
    }

    /** 2022+: the fixed IAH increase from the first limit (+€50). */
    public BigDecimal iahBedragEersteGrens() {
        return getal(Wetsleutel.IAH_BEDRAG_EERSTE_GRENS);
    }

    /** 2022+: the fixed IAH increase from the second limit (+€100). */
    public BigDecimal iahBedragTweedeGrens() {
        return getal(Wetsleutel.IAH_BEDRAG_TWEEDE_GRENS);
    }

    public BigDecimal iahEersteGrens1() {
        return getal(Wetsleutel.IAH_EERSTE_GRENS_1);
    }

    public BigDecimal iahTweedeGrens1() {
        return getal(Wetsleutel.IAH_TWEEDE_GRENS_1);
    }

    public BigDecimal iahEersteGrensMeer() {
        return getal(Wetsleutel.IAH_EERSTE_GRENS_MEER);
    }

    public BigDecimal iahTweedeGrensMeer() {
        return getal(Wetsleutel.IAH_TWEEDE_GRENS_MEER);
    }

    public boolean aowVrijstelling() {
        return janee(Wetsleutel.VRIJSTELLING_AOW);
    }

    public boolean vierPlusVrijstelling() {
        return janee(Wetsleutel.VRIJSTELLING_VIER_PLUS);
    }

    public boolean chronischZiekVrijstelling() {
        return janee(Wetsleutel.VRIJSTELLING_CHRONISCH_ZIEK);
    }

    /** 2022+: rents below it may rise by {@link #laagHuurBedrag()} instead (self-contained dwellings). */
    public BigDecimal laagHuurGrens() {
        return getal(Wetsleutel.LAAG_HUUR_GRENS);
    }

    public BigDecimal laagHuurBedrag() {
        return getal(Wetsleutel.LAAG_HUUR_BEDRAG);
    }

    public BigDecimal huursomMaxPct() {
        return getal(Wetsleutel.HUURSOM_MAX_PCT);
    }

    /** 2020: extra huursom room with local performance agreements. */
    public BigDecimal huursomLokaleAfsprakenExtra() {
        return getal(Wetsleutel.HUURSOM_LOKALE_AFSPRAKEN_EXTRA);
    }

    public BigDecimal vrijeSectorMaxPct() {
        return getal(Wetsleutel.VRIJE_SECTOR_MAX_PCT);
    }

    /** The Wet betaalbare huur's middle segment exists (rounds from 2024). */
    public boolean middenhuur() {
        return janee(Wetsleutel.MIDDENHUUR);
    }

    public BigDecimal middenhuurMaxPct() {
        return getal(Wetsleutel.MIDDENHUUR_MAX_PCT);
    }

    public BigDecimal middenhuurBovengrens() {
        return getal(Wetsleutel.MIDDENHUUR_BOVENGRENS);
    }

    public int jongerenLeeftijd() {
        return geheel(Wetsleutel.JONGEREN_LEEFTIJD);
    }

    /** Income of an under-{@link #jongerenLeeftijd()} co-resident that does not count. */
    public BigDecimal jongerenVrijstelling() {
        return getal(Wetsleutel.JONGEREN_VRIJSTELLING);
    }

    public int aowJaren() {
        return geheel(Wetsleutel.AOW_JAREN);
    }

    public int aowMaanden() {
        return geheel(Wetsleutel.AOW_MAANDEN);
    }

    public BigDecimal aftoppingsgrens1en2() {
        return getal(Wetsleutel.AFTOPPINGSGRENS_EEN_TWEE);
    }

    public BigDecimal aftoppingsgrens3plus() {
        return getal(Wetsleutel.AFTOPPINGSGRENS_DRIE_PLUS);
    }

    /** From-date of each liberalisatiegrens period → the limit in force from that date. */
    public NavigableMap<LocalDate, BigDecimal> liberalisatiegrenzen() {
        return liberalisatiegrenzen;
    }

    /** The law allows an income-dependent increase this year (not in 2021), also when its figures are not yet known. */
    public boolean iahToegestaan() {
        return heeft(Wetsleutel.IAH_PCT) || heeft(Wetsleutel.IAH_BEDRAG_EERSTE_GRENS);
    }

    /** From 2022 IAH is a fixed euro amount per income band instead of a percentage. */
    public boolean iahInEuro() {
        return heeft(Wetsleutel.IAH_BEDRAG_EERSTE_GRENS);
    }

    /** The law has the "+bedrag below grens" rule for low rents this year. */
    public boolean laagHuurRegel() {
        return heeft(Wetsleutel.LAAG_HUUR_GRENS);
    }

    /** The parts of this law that the rules apply directly. */
    public Beleid.Wet wet() {
        Sectorwet sector = new Sectorwet(liberalisatieVanaf, liberalisatiegrenzen,
                (LocalDate) cijfers.get(Wetsleutel.WWS_INDELING_VANAF),
                getal(Wetsleutel.WWS_INDELING_MIDDEN_VANAF), getal(Wetsleutel.WWS_INDELING_VRIJ_VANAF));
        BigDecimal kamer = kamerMaxPct();
        BigDecimal regulier = regulierMaxPct();
        return new Beleid.Wet(aowJaren(), aowMaanden(), aowVrijstelling(), vierPlusVrijstelling(),
                chronischZiekVrijstelling(), middenhuur(), sector, kamer != null && regulier != null && kamer.compareTo(regulier) < 0 ? kamer : null);
    }

    /** The law's maxima of the round's year, for the check after computing (rules.md §4, "Legal limits"). */
    public Nacontrole.Limieten limieten() {
        return new Nacontrole.Limieten(regulierMaxPct(), iahPct(), iahBedragTweedeGrens(), laagHuurBedrag(),
                vrijeSectorMaxPct(), middenhuurMaxPct(), wet().kamerMaxPct());
    }

    /**
     * Every figure as {@code wet.key=value} lines, for the run identity: a corrected figure is a new
     * run, and so is a law file given at run time (its SHA-256 is part of it).
     */
    String canoniek() {
        StringBuilder tekst = new StringBuilder();
        regel(tekst, "jaar", jaar);
        if (!herkomst.gebundeld()) {
            regel(tekst, "bestand.sha256", herkomst.sha256());
        }
        regel(tekst, "onbevestigd", String.join(",", onbevestigd));
        for (Wetsleutel sleutel : Wetsleutel.values()) {
            regel(tekst, sleutel.sleutel, onbekend.contains(sleutel) ? "onbekend" : cijfers.get(sleutel));
        }
        regel(tekst, "liberalisatie_vanaf", liberalisatieVanaf);
        liberalisatiegrenzen.forEach((vanaf, grens) -> regel(tekst, "liberalisatiegrens." + vanaf, grens));
        return tekst.toString();
    }

    private BigDecimal getal(Wetsleutel sleutel) {
        return (BigDecimal) cijfers.get(sleutel);
    }

    private boolean janee(Wetsleutel sleutel) {
        return Boolean.TRUE.equals(cijfers.get(sleutel));
    }

    private int geheel(Wetsleutel sleutel) {
        return ((BigDecimal) cijfers.get(sleutel)).intValueExact();
    }

    private static void regel(StringBuilder tekst, String sleutel, Object waarde) {
        tekst.append("wet.").append(sleutel).append('=').append(Canoniek.waarde(waarde)).append('\n');
    }
}
