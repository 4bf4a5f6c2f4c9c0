package nl.huurronde.balie;

import java.security.Principal;
import java.util.List;

import nl.huurronde.bezwaar.Bezwaarbalie;
import nl.huurronde.gebruiker.Actielog;
import nl.huurronde.gebruiker.Rol;
import org.springframework.context.annotation.Profile;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

/**
 * The pages of the desk: thin handlers over {@link Zoeken}, {@link Contractuitleg}, {@link Briefarchief}
 * and {@link Rondeoverzicht}; every action is written to the action log with its user and without
 * personal data (a search logs the kind of key and the number of hits, never the term).
 */
@Controller
@Profile("balie")
class Schermen {

    private final Zoeken zoeken;
    private final Contractuitleg uitleg;
    private final Briefarchief archief;
    private final Rondeoverzicht overzicht;
    private final Actielog actielog;
    private final Bezwaarbalie bezwaren;

    Schermen(Zoeken zoeken, Contractuitleg uitleg, Briefarchief archief, Rondeoverzicht overzicht, Actielog actielog,
             Bezwaarbalie bezwaren) {
        this.bezwaren = bezwaren;
        this.zoeken = zoeken;
        this.uitleg = uitleg;
        this.archief = archief;
        this.overzicht = overzicht;
        this.actielog = actielog;
    }

    static boolean beheer(Authentication wie) {
        return wie != null && wie.getAuthorities().stream()
                .anyMatch(a -> a.getAuthority().equals("ROLE_" + Rol.BEHEER.name()));
    }

    @GetMapping("/login")
    String login() {
        return "login";
    }

    @GetMapping("/")
    String begin() {
        return "redirect:/zoek";
    }

    @GetMapping("/zoek")
    String zoek(@RequestParam(name = "q", required = false) String q, Principal wie, Model model) {
        model.addAttribute("q", q == null ? "" : q);
        if (q != null && !q.isBlank()) {
            Zoeken.Resultaat resultaat = zoeken.zoek(q);
            model.addAttribute("resultaat", resultaat);
            actielog.schrijf(wie.getName(), "ZOEKEN", null, null, (resultaat.soort() == null ? "ONGELDIG"
                    : resultaat.soort().name()) + " " + resultaat.treffers().size() + (resultaat.meer() ? "+" : ""));
        }
        return "zoek";
    }

    @GetMapping("/contract/{runId}/{contractId}")
    String contract(@PathVariable String runId, @PathVariable String contractId, Authentication wie, Model model) {
        Contractuitleg.Uitleg u = uitleg.uitleg(runId, contractId, beheer(wie)).orElseThrow(Schermen::nietGevonden);
        List<Integer> brieven = archief.metBrief(u.run(), u.contractId(),
                u.versies().stream().map(Contractuitleg.Versie::versie).toList());
        model.addAttribute("u", u);
        model.addAttribute("brieven", brieven);
        boolean register = bezwaren.heeftRegister(u.run().runId());
        model.addAttribute("register", register);
        model.addAttribute("zaak", register ? bezwaren.zaak(u.run().runId(), u.contractId(), beheer(wie),
                java.time.LocalDate.now()).orElse(null) : null);
        model.addAttribute("vandaag", java.time.LocalDate.now().toString());
        model.addAttribute("kanalen", Bezwaarbalie.KANALEN);
        model.addAttribute("gronden", Bezwaarbalie.GRONDEN.stream()
                .filter(g -> beheer(wie) || !g.equals("chronisch_ziek")).toList());
        model.addAttribute("uitkomsten", Bezwaarbalie.UITKOMSTEN);
        actielog.schrijf(wie.getName(), "CONTRACT_BEKEKEN", u.run().runId(), u.contractId(), null);
        return "contract";
    }

    @GetMapping("/contract/{runId}/{contractId}/brief/{versie}")
    ResponseEntity<byte[]> brief(@PathVariable String runId, @PathVariable String contractId, @PathVariable int versie,
                                 Authentication wie) {
        Contractuitleg.Uitleg u = uitleg.uitleg(runId, contractId, beheer(wie)).orElseThrow(Schermen::nietGevonden);
        Contractuitleg.Versie v = u.versies().stream().filter(x -> x.versie() == versie).findFirst()
                .orElseThrow(Schermen::nietGevonden);
        if (v.noemtGezondheid() && !beheer(wie)) {
            actielog.schrijf(wie.getName(), "BRIEF_GEWEIGERD", u.run().runId(), u.contractId(), "versie " + versie);
            throw new ResponseStatusException(HttpStatus.FORBIDDEN);
        }
        Briefarchief.Pdf pdf = archief.brief(u.run(), u.contractId(), versie).orElseThrow(Schermen::nietGevonden);
        actielog.schrijf(wie.getName(), "BRIEF_GEOPEND", u.run().runId(), u.contractId(), "versie " + versie);
        return pdf(pdf);
    }

    @GetMapping("/rondes")
    String rondes(Principal wie, Model model) {
        model.addAttribute("runs", overzicht.runs());
        actielog.schrijf(wie.getName(), "OVERZICHT_BEKEKEN", null, null, null);
        return "rondes";
    }

    @GetMapping("/rondes/{runId}/rapport")
    ResponseEntity<byte[]> rapport(@PathVariable String runId, Principal wie) {
        Rondeoverzicht.Run run = overzicht.runs().stream().filter(r -> r.rij().runId().equals(runId)).findFirst()
                .orElseThrow(Schermen::nietGevonden);
        Briefarchief.Pdf pdf = run.rapport() ? archief.rapport(run.rij()).orElseThrow(Schermen::nietGevonden) : null;
        if (pdf == null) {
            throw nietGevonden();
        }
        actielog.schrijf(wie.getName(), "RAPPORT_GEOPEND", runId, null, null);
        return pdf(pdf);
    }

    private static ResponseEntity<byte[]> pdf(Briefarchief.Pdf pdf) {
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(pdf.naam()).build().toString())
                .body(pdf.inhoud());
    }

    private static ResponseStatusException nietGevonden() {
        return new ResponseStatusException(HttpStatus.NOT_FOUND);
    }
}
