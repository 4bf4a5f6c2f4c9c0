package nl.huurronde.gebruiker;

import java.util.Map;

import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.DelegatingPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * The one password hash of the desk: BCrypt with strength 12 behind a {@link DelegatingPasswordEncoder},
 * so a stored hash names its algorithm ({@code {bcrypt}...}) and a stronger one can be added later
 * without invalidating the old hashes (docs/decisions.md, "The desk").
 */
public final class Wachtwoorden {

    /** 2^12 rounds: about 0.2-0.3 s per check on this hardware, slow enough against guessing. */
    static final int STERKTE = 12;
    /** Shorter passwords are refused by the command. */
    public static final int MINIMALE_LENGTE = 12;

    private Wachtwoorden() {}

    public static PasswordEncoder codeerder() {
        return new DelegatingPasswordEncoder("bcrypt", Map.of("bcrypt", new BCryptPasswordEncoder(STERKTE)));
    }
}
