package nl.huurronde;

import java.util.List;

import nl.huurronde.opdracht.Opdrachtregel;

/**
 * The usage of one command, the one place it is written: its synopsis for the overall usage text, and
 * for {@code huurronde <opdracht> --help} a description, every option with one line and an example.
 *
 * @param naam         the command word
 * @param synopsis     the options in short, after the command word; lines after the first are continuations
 * @param omschrijving what the command does, one sentence
 * @param opties       every option the command accepts, in the order of the synopsis
 * @param voorbeeld    one complete command line
 * @param slot         what else to know (exit codes), or empty
 */
record Hulp(String naam, String synopsis, String omschrijving, List<Optie> opties, String voorbeeld, String slot) {

    /** Column where the synopsis starts in the overall usage text. */
    private static final int INSPRINGING = 12;

    /**
     * One option.
     *
     * @param naam   without the leading {@code --}
     * @param waarde what follows it, e.g. {@code BESTAND}; empty for a flag
     * @param uitleg one line
     */
    record Optie(String naam, String waarde, String uitleg) {
        String links() {
            return "--" + naam + (waarde.isEmpty() ? "" : " " + waarde);
        }
    }

    static Optie optie(String naam, String waarde, String uitleg) {
        return new Optie(naam, waarde, uitleg);
    }

    static Optie vlag(String naam, String uitleg) {
        return new Optie(naam, "", uitleg);
    }

    /** The option names, as {@link Opdrachtregel#alleenOpties} takes them. */
    List<String> optienamen() {
        return opties.stream().map(Optie::naam).toList();
    }

    /** The command's lines in the overall usage text. */
    String kort() {
        // a name as wide as the column (bezwaar registreer, inkomensverzoek) puts its synopsis on the next line
        String kop = naam.length() < INSPRINGING - 2 ? String.format("%-" + (INSPRINGING - 2) + "s", naam)
                : naam + "\n" + " ".repeat(INSPRINGING);
        return "  " + kop + synopsis.replace("\n", "\n" + " ".repeat(INSPRINGING));
    }

    /** The answer to {@code huurronde <opdracht> --help}. */
    String tekst() {
        String kop = "gebruik: huurronde " + naam + " ";
        StringBuilder tekst = new StringBuilder(kop).append(synopsis.replace("\n", "\n" + " ".repeat(kop.length())))
                .append("\n\n").append(omschrijving).append('\n');
        if (!opties.isEmpty()) {
            int breedte = opties.stream().mapToInt(o -> o.links().length()).max().orElse(0) + 2;
            tekst.append("\nopties:\n");
            for (Optie o : opties) {
                tekst.append("  ").append(String.format("%-" + breedte + "s", o.links())).append(o.uitleg()).append('\n');
            }
        }
        tekst.append("\nvoorbeeld:\n  ").append(voorbeeld).append('\n');
        if (!slot.isEmpty()) {
            tekst.append('\n').append(slot).append('\n');
        }
        return tekst.toString();
    }
}
