package nl.huurronde.balie;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;

import nl.huurronde.Huurronde;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;

/** {@code huurronde gebruiker} through the program's main entry, on a real H2 database. */
class GebruikerOpdrachtTest {

    @TempDir
    Path tmp;

    @Test
    void maaktAanZetOpnieuwEnWeigertFouteInvoer() throws Exception {
        Huurronde h = Huurronde.h2(tmp.resolve("data"));
        Huurronde.Uitkomst nieuw = met("eerste-wachtwoord\n", () -> h.voer("gebruiker", "--naam", "jan", "--rol", "medewerker"));
        assertThat(nieuw.code()).as(nieuw.toString()).isZero();
        assertThat(nieuw.uit()).isEqualTo("Gebruiker jan aangemaakt met rol medewerker.\n");
        assertThat(nieuw.uit() + nieuw.fout()).doesNotContain("eerste-wachtwoord");
        String hash = hash(h, "jan");
        assertThat(hash).startsWith("{bcrypt}$2a$12$");
        assertThat(new BCryptPasswordEncoder().matches("eerste-wachtwoord", hash.substring("{bcrypt}".length()))).isTrue();

        Huurronde.Uitkomst opnieuw = met("tweede-wachtwoord\n", () -> h.voer("gebruiker", "--naam", "jan", "--rol", "beheer"));
        assertThat(opnieuw.code()).as(opnieuw.toString()).isZero();
        assertThat(opnieuw.uit()).contains("nieuw wachtwoord en rol beheer");
        String nieuwHash = hash(h, "jan");
        assertThat(new BCryptPasswordEncoder().matches("tweede-wachtwoord", nieuwHash.substring(8))).isTrue();
        assertThat(rol(h, "jan")).isEqualTo("BEHEER");

        Huurronde.Uitkomst kort = met("kort\n", () -> h.voer("gebruiker", "--naam", "piet", "--rol", "medewerker"));
        assertThat(kort.code()).isEqualTo(1);
        assertThat(kort.fout()).isEqualTo("fout: het wachtwoord is te kort: minstens 12 tekens (gelezen van standaardinvoer)\n");
        Huurronde.Uitkomst leeg = met("", () -> h.voer("gebruiker", "--naam", "piet", "--rol", "medewerker"));
        assertThat(leeg.code()).isEqualTo(1);
        assertThat(leeg.fout()).startsWith("fout: geen wachtwoord op standaardinvoer");
        Huurronde.Uitkomst rol = met("lang-genoeg-wachtwoord\n", () -> h.voer("gebruiker", "--naam", "piet", "--rol", "baas"));
        assertThat(rol.code()).isEqualTo(2);
        assertThat(rol.fout()).startsWith("fout: --rol is medewerker of beheer");
        Huurronde.Uitkomst naam = met("lang-genoeg-wachtwoord\n", () -> h.voer("gebruiker", "--naam", "Piet Jansen", "--rol", "beheer"));
        assertThat(naam.code()).isEqualTo(2);
        Huurronde.Uitkomst zonder = h.voer("gebruiker", "--rol", "beheer");
        assertThat(zonder.code()).isEqualTo(2);
        assertThat(zonder.fout()).startsWith("fout: opdracht 'gebruiker' vraagt --naam");
    }

    private static Huurronde.Uitkomst met(String invoer, java.util.function.Supplier<Huurronde.Uitkomst> opdracht) {
        InputStream oud = System.in;
        try {
            System.setIn(new ByteArrayInputStream(invoer.getBytes(StandardCharsets.UTF_8)));
            return opdracht.get();
        } finally {
            System.setIn(oud);
        }
    }

    private String hash(Huurronde h, String naam) throws Exception {
        return waarde("SELECT wachtwoord FROM gebruiker WHERE naam = '" + naam + "'");
    }

    private String rol(Huurronde h, String naam) throws Exception {
        return waarde("SELECT rol FROM gebruiker WHERE naam = '" + naam + "'");
    }

    private String waarde(String sql) throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:h2:file:" + tmp.resolve("data").toAbsolutePath()
                + "/huurronde;AUTO_SERVER=TRUE", "sa", ""); ResultSet rs = c.createStatement().executeQuery(sql)) {
            rs.next();
            return rs.getString(1);
        }
    }
}
