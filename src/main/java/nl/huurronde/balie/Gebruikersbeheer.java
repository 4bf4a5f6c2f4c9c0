package nl.huurronde.balie;

import java.security.Principal;
import java.time.LocalDateTime;

import nl.huurronde.gebruiker.Actielog;
import nl.huurronde.gebruiker.Gebruikers;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * /beheer/gebruikers (role beheer only, {@link Beveiliging}): the users with their role and block, lifting
 * a block, and the latest actions on the desk. Users are made and given passwords with
 * {@code huurronde gebruiker} on the server, so no password ever passes through a page.
 */
@Controller
@Profile("balie")
class Gebruikersbeheer {

    private final Gebruikers gebruikers;
    private final Actielog actielog;

    Gebruikersbeheer(Gebruikers gebruikers, Actielog actielog) {
        this.gebruikers = gebruikers;
        this.actielog = actielog;
    }

    @GetMapping("/beheer/gebruikers")
    String gebruikers(Principal wie, Model model) {
        model.addAttribute("gebruikers", gebruikers.alle());
        model.addAttribute("nu", LocalDateTime.now());
        model.addAttribute("acties", actielog.laatste(100));
        actielog.schrijf(wie.getName(), "GEBRUIKERS_BEKEKEN", null, null, null);
        return "gebruikers";
    }

    @PostMapping("/beheer/gebruikers/deblokkeer")
    String deblokkeer(@RequestParam("naam") String naam, Principal wie, RedirectAttributes melding) {
        boolean gedaan = gebruikers.deblokkeer(naam, LocalDateTime.now());
        if (gedaan) {
            actielog.schrijf(wie.getName(), "GEBRUIKER_GEDEBLOKKEERD", null, null, naam);
        }
        melding.addFlashAttribute("melding", gedaan ? "De blokkade van " + naam + " is opgeheven."
                : "Er is geen gebruiker met die naam.");
        return "redirect:/beheer/gebruikers";
    }
}
