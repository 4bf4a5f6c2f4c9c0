package nl.huurronde.beleid;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;

import nl.huurronde.regels.Beleid;

/**
 * One round's job file after loading, defaults, command-line overrides and the check against
 * the law of its year. Paths are absolute.
 *
 * @param bestand        the job file
 * @param verzenddatum   the letters' date; null means "today", which the caller fixes at the first start
 * @param duplex         every letter in a print file starts on a front side (a blank page after an odd block)
 * @param beleid         what the rules need; its peildatum is the ingangsdatum
 * @param waarschuwingen unconfirmed law figures that were used, and policy keys the law could not check
 * @param voorlopig      what is provisional because the law of the year is not yet complete
 */
public record JobConfig(Path bestand, int jaar, LocalDate ingangsdatum, LocalDate verzenddatum,
                        Verhuurder verhuurder, Invoer invoer, Path uitvoer, BrievenModus brieven,
                        int drukbestandMax, BigDecimal maxAfwijzingen, int bezorgdagen, CsvDialect csvDialect,
                        boolean pdfa, boolean duplex, int threads, Beleid beleid, WetJaar wet, List<String> waarschuwingen,
                        Voorlopig voorlopig) {

    public JobConfig {
        waarschuwingen = List.copyOf(waarschuwingen);
    }

    /**
     * A round whose law still has figures {@code onbekend} (next year's, before publication).
     *
     * @param ontbrekend law figures a yearly run needs that are still unknown: the yearly run refuses
     * @param aannames   policy values that could not be checked against the law: the corporation's assumptions
     */
    public record Voorlopig(List<String> ontbrekend, List<String> aannames) {
        public Voorlopig {
            ontbrekend = List.copyOf(ontbrekend);
            aannames = List.copyOf(aannames);
        }

        /** Outputs of a run on this policy say PROVISIONAL. */
        public boolean isVoorlopig() {
            return !ontbrekend.isEmpty() || !aannames.isEmpty();
        }
    }

    /**
     * The effective policy as deterministic text: everything that changes what a run produces,
     * and nothing that does not (input and output paths, the job file's name, {@code threads}, and
     * {@code csv_dialect}: a format, not a result; another dialect of a completed run is a re-export,
     * docs/decisions.md). Equal values give equal text ({@code 0.041} = {@code 0.0410}). The law figures
     * of the year are part of it, so a release that corrects a figure makes a new run.
     */
    public String canoniek() {
        return canoniek(false);
    }

    /**
     * Version 1 of the text, which still had {@code csv_dialect}: the checksum runs started before
     * version 2 stored, so they are still recognised (resumed, reported, handled by bezwaar).
     */
    String canoniekV1() {
        return canoniek(true);
    }

    private String canoniek(boolean v1) {
        StringBuilder tekst = new StringBuilder(v1 ? "huurronde-beleid/1\n" : "huurronde-beleid/2\n");
        regel(tekst, "jaar", jaar);
        regel(tekst, "ingangsdatum", ingangsdatum);
        // "today" stays "today": the date is fixed at the first start, the identity must not move with it
        regel(tekst, "verzenddatum", verzenddatum == null ? "vandaag" : verzenddatum);
        regel(tekst, "verhuurder.naam", verhuurder.naam());
        regel(tekst, "verhuurder.adres", verhuurder.adres());
        regel(tekst, "verhuurder.telefoon", verhuurder.telefoon());
        regel(tekst, "verhuurder.website", verhuurder.website());
        regel(tekst, "verhuurder.bezwaar_adres", verhuurder.bezwaarAdres());
        regel(tekst, "verhuurder.logo", verhuurder.logo() == null ? null : verhuurder.logo().getFileName().toString());
        // the signature and contact lines are letter text; absent (job files from before) they add no line
        if (verhuurder.ondertekening() != null) {
            regel(tekst, "verhuurder.ondertekening.naam", verhuurder.ondertekening().naam());
            regel(tekst, "verhuurder.ondertekening.functie", verhuurder.ondertekening().functie());
        }
        if (verhuurder.contact() != null) {
            regel(tekst, "verhuurder.contact.naam", verhuurder.contact().naam());
            regel(tekst, "verhuurder.contact.telefoon", verhuurder.contact().telefoon());
            regel(tekst, "verhuurder.contact.email", verhuurder.contact().email());
        }
        // which kind of income input, not where it lives: rules.md §3 is skipped for categories
        regel(tekst, "invoer.inkomensbron", invoer.inkomensantwoord() != null ? "inkomensantwoord"
                : invoer.inkomenscategorie() != null ? "inkomenscategorie" : "inkomen");
        // The encoding decides the decoded text (names in letters), so it is part of the identity like the
        // files' own SHA-256. UTF-8, the default, adds no line: runs started before the option keep theirs.
        codering(tekst, "huurders", invoer.huurdersCodering());
        codering(tekst, "brp", invoer.brpCodering());
        codering(tekst, "inkomen", invoer.inkomenCodering());
        regel(tekst, "brieven", brieven.name().toLowerCase(Locale.ROOT));
        regel(tekst, "drukbestand_max", drukbestandMax);
        regel(tekst, "max_afwijzingen", maxAfwijzingen);
        regel(tekst, "bezorgdagen", bezorgdagen);
        if (v1) {
            regel(tekst, "csv_dialect", csvDialect.name().toLowerCase(Locale.ROOT));
        }
        regel(tekst, "pdfa", pdfa);
        // blank pages in the print files change their bytes and page ranges, like pdfa (docs/decisions.md);
        // duplex-safe, the default, adds no line: runs started before the option keep their identity
        if (!duplex) {
            regel(tekst, "duplex", false);
        }
        regel(tekst, "beleid.peildatum", beleid.peildatum());
        regel(tekst, "beleid.inflatie", beleid.inflatie());
        regel(tekst, "beleid.regulier_max_pct", beleid.regulierMaxPct());
        regel(tekst, "beleid.laag_huur.grens", beleid.laagHuur() == null ? null : beleid.laagHuur().grens());
        regel(tekst, "beleid.laag_huur.bedrag", beleid.laagHuur() == null ? null : beleid.laagHuur().bedrag());
        regel(tekst, "beleid.iah.niet_vanaf_streefhuur", beleid.iahNietVanafStreefhuur());
        // band order does not matter to the rules, so it does not matter here
        List<Beleid.IahBand> banden = beleid.iahBanden().stream()
                .sorted(Comparator.comparing(Beleid.IahBand::naam)).toList();
        regel(tekst, "beleid.iah.banden", banden.size());
        for (Beleid.IahBand band : banden) {
            String pad = "beleid.iah.band." + band.naam();
            regel(tekst, pad + ".vanaf_1", band.vanaf1());
            regel(tekst, pad + ".vanaf_meer", band.vanafMeer());
            regel(tekst, pad + ".pct", band.pct());
            regel(tekst, pad + ".bedrag", band.bedrag());
        }
        regel(tekst, "beleid.huursom.max_pct", beleid.huursomMaxPct());
        regel(tekst, "beleid.huursom.iah_telt_mee", beleid.huursomIahTeltMee());
        regel(tekst, "beleid.vrije_sector_pct", beleid.vrijeSectorPct());
        regel(tekst, "beleid.midden_pct", beleid.middenPct());
        regel(tekst, "beleid.woonwagen_pct", beleid.woonwagenPct());
        regel(tekst, "beleid.inkomen.peiljaar_offset", beleid.inkomenPeiljaarOffset());
        regel(tekst, "beleid.inkomen.jongeren_leeftijd", beleid.jongerenLeeftijd());
        regel(tekst, "beleid.inkomen.jongeren_vrijstelling", beleid.jongerenVrijstelling());
        tekst.append(wet.canoniek());
        return tekst.toString();
    }

    /** SHA-256 of {@link #canoniek()} in lower-case hex: the policy part of the run identity. */
    public String sha256() {
        return sha256(canoniek());
    }

    /** SHA-256 of {@link #canoniekV1()}: what a run started before version 2 stored. */
    public String sha256V1() {
        return sha256(canoniekV1());
    }

    /** A stored checksum is this policy's: the current one, or version 1 of it (a run from before). */
    public boolean heeftControlegetal(String sha) {
        return sha256().equals(sha) || sha256V1().equals(sha);
    }

    private static String sha256(String tekst) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(tekst.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(hash);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 ontbreekt in deze Java", e);
        }
    }

    /** The same job with another CSV dialect (a re-export of a completed run). */
    public JobConfig metCsvDialect(CsvDialect dialect) {
        return new JobConfig(bestand, jaar, ingangsdatum, verzenddatum, verhuurder, invoer, uitvoer, brieven,
                drukbestandMax, maxAfwijzingen, bezorgdagen, dialect, pdfa, duplex, threads, beleid, wet, waarschuwingen,
                voorlopig);
    }

    /**
     * The latest verzenddatum the two-month rule allows: the letter must be received by
     * ingangsdatum − 2 months − 1 day (30 April for 1 July) and takes {@code bezorgdagen} to arrive.
     */
    public LocalDate uitersteVerzenddatum() {
        return laatsteOntvangstdatum().minusDays(bezorgdagen);
    }

    /** The day by which the tenant must have the letter: ingangsdatum − 2 months − 1 day. */
    public LocalDate laatsteOntvangstdatum() {
        return ingangsdatum.minusMonths(2).minusDays(1);
    }

    private static void codering(StringBuilder tekst, String bestand, Codering codering) {
        if (codering != Codering.UTF_8) {
            regel(tekst, "invoer.encoding." + bestand, codering.woord());
        }
    }

    private static void regel(StringBuilder tekst, String sleutel, Object waarde) {
        tekst.append(sleutel).append('=').append(Canoniek.waarde(waarde)).append('\n');
    }
}
