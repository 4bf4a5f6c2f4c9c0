package nl.huurronde.gebruiker;

import java.io.BufferedReader;
import java.io.Console;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.List;

import nl.huurronde.opdracht.Opdracht;
import nl.huurronde.opdracht.Opdrachtregel;
import nl.huurronde.register.RondeFout;
import org.springframework.stereotype.Component;

/**
 * {@code huurronde gebruiker --naam NAAM --rol medewerker|beheer}: creates a user of the desk, or gives
 * an existing one a new password and role (and lifts a block). The password is read from standard input
 * (one line; on a terminal asked twice without echo), never from the command line, where it would end
 * up in the shell history and the process list.
 */
@Component
class GebruikerOpdracht implements Opdracht {

    /** Lower case letters, digits and . _ -: a name that is safe in every log line and URL. */
    private static final String NAAM = "[a-z0-9][a-z0-9._-]{1,59}";

    private final Gebruikers gebruikers;

    GebruikerOpdracht(Gebruikers gebruikers) {
        this.gebruikers = gebruikers;
    }

    @Override
    public String naam() {
        return "gebruiker";
    }

    @Override
    public List<String> opties() {
        return List.of("naam", "rol");
    }

    @Override
    public void voerUit(Opdrachtregel regel, PrintStream uit) {
        String naam = regel.verplicht("naam").strip();
        if (!naam.matches(NAAM)) {
            throw new Opdrachtregel.GebruiksFout("--naam: 2 tot 60 tekens, kleine letters, cijfers en . _ - "
                    + "(begint met een letter of cijfer)");
        }
        Rol rol = Rol.van(regel.verplicht("rol"));
        if (rol == null) {
            throw new Opdrachtregel.GebruiksFout("--rol is medewerker of beheer");
        }
        char[] wachtwoord = leesWachtwoord();
        try {
            if (wachtwoord.length < Wachtwoorden.MINIMALE_LENGTE) {
                throw new RondeFout("het wachtwoord is te kort: minstens " + Wachtwoorden.MINIMALE_LENGTE
                        + " tekens (gelezen van standaardinvoer)");
            }
            String hash = Wachtwoorden.codeerder().encode(new String(wachtwoord));
            boolean nieuw = gebruikers.zet(naam, rol, hash, LocalDateTime.now());
            uit.println(nieuw ? "Gebruiker " + naam + " aangemaakt met rol " + rol.tekst() + "."
                    : "Gebruiker " + naam + ": nieuw wachtwoord en rol " + rol.tekst() + "; een blokkade is opgeheven.");
        } finally {
            Arrays.fill(wachtwoord, '\0');
        }
    }

    /** A console that is a terminal (Java 22+ also gives one for redirected input; isTerminal tells). */
    private static boolean terminal(Console console) {
        if (console == null) {
            return false;
        }
        try {
            return (Boolean) Console.class.getMethod("isTerminal").invoke(console);
        } catch (ReflectiveOperationException e) {
            return true; // Java 21: a console exists only for a terminal
        }
    }

    private static char[] leesWachtwoord() {
        Console console = System.console();
        if (terminal(console)) {
            char[] eerste = console.readPassword("Wachtwoord: ");
            char[] tweede = console.readPassword("Nogmaals: ");
            if (eerste == null || tweede == null || !Arrays.equals(eerste, tweede)) {
                throw new RondeFout("de twee wachtwoorden zijn niet gelijk");
            }
            Arrays.fill(tweede, '\0');
            return eerste;
        }
        try {
            String regel = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8)).readLine();
            if (regel == null || regel.isEmpty()) {
                throw new RondeFout("geen wachtwoord op standaardinvoer; bijv. 'huurronde gebruiker --naam "
                        + "jan --rol medewerker < wachtwoord.txt'");
            }
            return regel.toCharArray();
        } catch (IOException e) {
            throw new RondeFout("kan het wachtwoord niet lezen van standaardinvoer: " + e.getMessage());
        }
    }
}
