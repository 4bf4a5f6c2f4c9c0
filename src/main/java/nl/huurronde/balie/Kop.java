package nl.huurronde.balie;

import org.springframework.context.annotation.Profile;
import org.springframework.security.core.Authentication;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** What the header of every page needs: who is logged in and whether they have the role beheer. */
@ControllerAdvice
@Profile("balie")
class Kop {

    @ModelAttribute
    void gebruiker(Authentication wie, Model model) {
        model.addAttribute("gebruikersnaam", wie == null ? null : wie.getName());
        model.addAttribute("beheer", Schermen.beheer(wie));
    }
}
