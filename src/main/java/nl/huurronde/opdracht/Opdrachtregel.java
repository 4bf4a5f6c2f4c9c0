package nl.huurronde.opdracht;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The command line: a command word, options ({@code --naam waarde} or a flag), and Spring options
 * ({@code --spring.*}, {@code --huurronde.*}) passed on to the application context unchanged.
 */
public record Opdrachtregel(String opdracht, Map<String, List<String>> opties, List<String> springArgumenten) {

    private static final List<String> VLAGGEN = List.of("opnieuw", "help", "chronisch-ziek", "bevestig", "nu", "intrekken", "termijn",
            "kopregel");

    public static Opdrachtregel lees(String[] args) {
        if (args.length == 0) {
            throw new GebruiksFout("geen opdracht gegeven");
        }
        Map<String, List<String>> opties = new LinkedHashMap<>();
        List<String> spring = new ArrayList<>();
        for (int i = 1; i < args.length; i++) {
            String arg = args[i];
            if (springArgument(arg)) {
                spring.add(arg);
                continue;
            }
            if (!arg.startsWith("--") || arg.length() == 2) {
                throw new GebruiksFout("onverwacht argument '" + arg + "'");
            }
            String naam = arg.substring(2);
            String waarde;
            int is = naam.indexOf('=');
            if (is > 0 && !naam.startsWith("parameter")) {
                waarde = naam.substring(is + 1);
                naam = naam.substring(0, is);
            } else if (VLAGGEN.contains(naam) || (naam.equals("inkomen") && args[0].equals("verwijder"))) {
                // verwijder --inkomen is a flag; run --inkomen takes a file
                waarde = "true";
            } else {
                if (i + 1 >= args.length) {
                    throw new GebruiksFout("optie --" + naam + " mist een waarde");
                }
                waarde = args[++i];
            }
            opties.computeIfAbsent(naam, k -> new ArrayList<>()).add(waarde);
        }
        return new Opdrachtregel(args[0], opties, spring);
    }

    /** An option for the application context, not for the command. */
    public static boolean springArgument(String arg) {
        return arg.startsWith("--spring.") || arg.startsWith("--huurronde.") || arg.startsWith("--logging.");
    }

    public String verplicht(String naam) {
        String waarde = optie(naam);
        if (waarde == null) {
            throw new GebruiksFout("opdracht '" + opdracht + "' vraagt --" + naam);
        }
        return waarde;
    }

    public String optie(String naam) {
        List<String> waarden = opties.get(naam);
        if (waarden == null) {
            return null;
        }
        if (waarden.size() > 1) {
            throw new GebruiksFout("optie --" + naam + " is meer dan eens gegeven");
        }
        return waarden.get(0);
    }

    public List<String> alle(String naam) {
        return opties.getOrDefault(naam, List.of());
    }

    public boolean vlag(String naam) {
        return opties.containsKey(naam);
    }

    /** Fails on options the command does not know, so a typo is never silently ignored. */
    public void alleenOpties(List<String> bekend) {
        for (String naam : opties.keySet()) {
            if (!bekend.contains(naam)) {
                throw new GebruiksFout("opdracht '" + opdracht + "' kent de optie --" + naam + " niet");
            }
        }
    }

    /** Wrong use of the command line: exit code 2. */
    public static class GebruiksFout extends RuntimeException {
        public GebruiksFout(String bericht) {
            super(bericht);
        }
    }
}
