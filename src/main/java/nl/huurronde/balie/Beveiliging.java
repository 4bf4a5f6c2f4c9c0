package nl.huurronde.balie;

import java.time.LocalDateTime;

import jakarta.servlet.DispatcherType;
import nl.huurronde.gebruiker.Actielog;
import nl.huurronde.gebruiker.Gebruikers;
import nl.huurronde.gebruiker.Rol;
import nl.huurronde.gebruiker.Wachtwoorden;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Profile;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;

/**
 * Who may see what (docs/balie.md): form login at /login with the users of table gebruiker; every page
 * and download needs a login, user management the role beheer. CSRF tokens on every form (Spring
 * Security's default), a session only by cookie, security headers: a CSP without inline script or style,
 * no framing, no sniffing, no referrer, and no caching (Spring Security's default Cache-Control on every
 * response: every page here may show personal data). Failed logins count per user name; after five in a
 * row the account is blocked for a while ({@link Gebruikers}), and the login page says the same thing
 * for a wrong password, an unknown name and a block, so it tells nobody which names exist.
 */
@Configuration
@Profile("balie")
class Beveiliging {

    static final String CSP = "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self'; "
            + "font-src 'self'; form-action 'self'; frame-ancestors 'none'; base-uri 'none'; object-src 'none'";

    private final Gebruikers gebruikers;
    private final Actielog actielog;

    Beveiliging(Gebruikers gebruikers, Actielog actielog) {
        this.gebruikers = gebruikers;
        this.actielog = actielog;
    }

    @Bean
    SecurityFilterChain filterketen(HttpSecurity http) throws Exception {
        http.authorizeHttpRequests(a -> a
                        .dispatcherTypeMatchers(DispatcherType.ERROR).permitAll()
                        .requestMatchers("/login", "/css/**", "/favicon.ico").permitAll()
                        .requestMatchers("/beheer/**").hasRole(Rol.BEHEER.name())
                        // Of the register's moves a medewerker may only record an objection.
                        .requestMatchers(org.springframework.http.HttpMethod.POST, "/contract/*/*/bezwaar/voorbeeld",
                                "/contract/*/*/bezwaar/toekennen", "/contract/*/*/bezwaar/intrekken",
                                "/contract/*/*/bezwaar/voorleggen", "/contract/*/*/bezwaar/indienen",
                                "/contract/*/*/bezwaar/uitspraak", "/contract/*/*/bezwaar/dossier")
                        .hasRole(Rol.BEHEER.name())
                        .anyRequest().authenticated())
                .formLogin(f -> f.loginPage("/login").defaultSuccessUrl("/zoek", true).failureUrl("/login?fout"))
                .logout(l -> l.logoutUrl("/uitloggen").logoutSuccessUrl("/login?uit").deleteCookies("BALIE"))
                .sessionManagement(s -> s.sessionFixation(f -> f.newSession()))
                .headers(h -> h
                        .contentSecurityPolicy(c -> c.policyDirectives(CSP))
                        .frameOptions(f -> f.deny())
                        .referrerPolicy(r -> r.policy(ReferrerPolicyHeaderWriter.ReferrerPolicy.NO_REFERRER)));
        return http.build();
    }

    @Bean
    PasswordEncoder wachtwoorden() {
        return Wachtwoorden.codeerder();
    }

    @Bean
    UserDetailsService gebruikersnamen() {
        return naam -> gebruikers.vind(naam).map(g -> User.withUsername(g.naam()).password(g.wachtwoord())
                        .roles(g.rol().name()).accountLocked(g.geblokkeerd(LocalDateTime.now())).build())
                .orElseThrow(() -> new UsernameNotFoundException("onbekend"));
    }

    @EventListener
    void gelukt(AuthenticationSuccessEvent e) {
        gebruikers.gelukt(e.getAuthentication().getName(), LocalDateTime.now());
        actielog.schrijf(e.getAuthentication().getName(), "INLOGGEN", null, null, null);
    }

    @EventListener
    void mislukt(AbstractAuthenticationFailureEvent e) {
        String naam = e.getAuthentication().getName();
        // Only a name that exists is counted and logged: a typed password in the name field stays out.
        if (naam != null && gebruikers.vind(naam).isPresent()) {
            if (e instanceof AuthenticationFailureBadCredentialsEvent) {
                gebruikers.mislukt(naam, LocalDateTime.now());
            }
            actielog.schrijf(naam, "INLOGGEN_MISLUKT", null, null, e.getException().getClass().getSimpleName());
        }
    }
}
