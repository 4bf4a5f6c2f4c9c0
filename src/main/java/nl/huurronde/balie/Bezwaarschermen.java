package nl.huurronde.balie;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Optional;

import nl.huurronde.bezwaar.Bezwaarbalie;
import nl.huurronde.gebruiker.Actielog;
import org.springframework.context.annotation.Profile;
import org.springframework.http.CacheControl;
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
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.server.ResponseStatusException;

/**
 * The desk's objection actions and work list (issue #22): thin handlers that check the form's fields,
 * call {@link Bezwaarbalie} (the register's own code) and show its message. The role checks are in
 * {@link Beveiliging} (grant, withdraw, voorleggen, indienen, uitspraak: beheer only); every action goes
 * to the action log with the desk user, who is also the register's {@code door}. Grounds and toelichting
 * travel only in POST bodies, never in a URL or a log line.
 */
@Controller
@Profile("balie")
class Bezwaarschermen {

    private final Bezwaarbalie balie;
    private final Contractuitleg uitleg;
    private final Schermen schermen;
    private final Rondeoverzicht overzicht;
    private final Actielog actielog;

    Bezwaarschermen(Bezwaarbalie balie, Contractuitleg uitleg, Schermen schermen, Rondeoverzicht overzicht,
                    Actielog actielog) {
        this.balie = balie;
        this.uitleg = uitleg;
        this.schermen = schermen;
        this.overzicht = overzicht;
        this.actielog = actielog;
    }

    /** A form field that is wrong: the message says what to fill in. */
    static final class Invoerfout extends RuntimeException {
        Invoerfout(String bericht) {
            super(bericht);
        }
    }

    @PostMapping("/contract/{runId}/{contractId}/bezwaar/registreer")
    String registreer(@PathVariable String runId, @PathVariable String contractId,
                      @RequestParam(required = false) String ontvangen, @RequestParam(required = false) String kanaal,
                      @RequestParam(name = "grond", required = false) List<String> gronden,
                      @RequestParam(required = false) String toelichting,
                      @RequestParam(required = false) MultipartFile scan, Authentication wie, RedirectAttributes ra) {
        String contract = bestaand(runId, contractId, wie);
        List<String> g = gronden == null ? List.of() : gronden;
        if (!Schermen.beheer(wie) && g.contains("chronisch_ziek")) {
            throw new ResponseStatusException(HttpStatus.FORBIDDEN); // the form does not offer it to medewerker
        }
        return actie(runId, contract, wie, ra, "BEZWAAR_GEREGISTREERD", () -> {
            LocalDate datum = datum(ontvangen, "Ontvangen op");
            if (kanaal == null || !Bezwaarbalie.KANALEN.contains(kanaal)) {
                throw new Invoerfout("Kies het kanaal waarlangs het bezwaar binnenkwam.");
            }
            for (String grond : g) {
                if (!Bezwaarbalie.GRONDEN.contains(grond)) {
                    throw new Invoerfout("Kies de gronden uit de lijst.");
                }
            }
            if (toelichting != null && toelichting.length() > 2000) {
                throw new Invoerfout("Maak de toelichting korter (ten hoogste 2000 tekens).");
            }
            byte[] brief = null;
            if (scan != null && !scan.isEmpty()) {
                try {
                    brief = scan.getBytes();
                } catch (IOException e) {
                    throw new Invoerfout("De scan kwam niet goed binnen; kies het bestand opnieuw.");
                }
            }
            return balie.registreer(runId, contract, datum, kanaal, g, toelichting, wie.getName(), brief,
                    scan == null ? null : scan.getOriginalFilename());
        });
    }

    @PostMapping("/contract/{runId}/{contractId}/bezwaar/voorbeeld")
    String voorbeeld(@PathVariable String runId, @PathVariable String contractId,
                     @RequestParam(name = "chronisch_ziek", required = false) String chronischZiek,
                     @RequestParam(required = false) String personen,
                     @RequestParam(required = false) String inkomenscategorie,
                     @RequestParam(name = "maximale_huur", required = false) String maximaleHuur,
                     @RequestParam(name = "wws_punten", required = false) String wwsPunten,
                     @RequestParam(required = false) String datum,
                     Authentication wie, Model model, RedirectAttributes ra) {
        String contract = bestaand(runId, contractId, wie);
        try {
            LocalDate op = datum(datum, "Toegekend op");
            Bezwaarbalie.Correctievelden velden = velden(chronischZiek, personen, inkomenscategorie, maximaleHuur,
                    wwsPunten);
            Bezwaarbalie.Voorbeeld v = balie.voorbeeld(runId, contract, velden);
            actielog.schrijf(wie.getName(), "BEZWAAR_VOORBEELD", runId, contract, null);
            model.addAttribute("voorbeeld", v);
            model.addAttribute("vb", new Formulier(chronischZiek != null, leeg(personen), leeg(inkomenscategorie),
                    leeg(maximaleHuur), leeg(wwsPunten), op.toString()));
            return schermen.contract(runId, contract, wie, model);
        } catch (Invoerfout | Bezwaarbalie.Geweigerd e) {
            ra.addFlashAttribute("bezwaarFout", e.getMessage());
            return terug(runId, contract);
        }
    }

    /** The grant's fields, echoed into the confirm form of the preview. */
    record Formulier(boolean chronischZiek, String personen, String inkomenscategorie, String maximaleHuur,
                     String wwsPunten, String datum) {}

    @PostMapping("/contract/{runId}/{contractId}/bezwaar/toekennen")
    String toekennen(@PathVariable String runId, @PathVariable String contractId,
                     @RequestParam(name = "chronisch_ziek", required = false) String chronischZiek,
                     @RequestParam(required = false) String personen,
                     @RequestParam(required = false) String inkomenscategorie,
                     @RequestParam(name = "maximale_huur", required = false) String maximaleHuur,
                     @RequestParam(name = "wws_punten", required = false) String wwsPunten,
                     @RequestParam(required = false) String datum, Authentication wie, RedirectAttributes ra) {
        String contract = bestaand(runId, contractId, wie);
        return actie(runId, contract, wie, ra, "BEZWAAR_TOEGEKEND", () -> balie.toekennen(runId, contract,
                velden(chronischZiek, personen, inkomenscategorie, maximaleHuur, wwsPunten),
                datum(datum, "Toegekend op"), wie.getName()));
    }

    @PostMapping("/contract/{runId}/{contractId}/bezwaar/intrekken")
    String intrekken(@PathVariable String runId, @PathVariable String contractId,
                     @RequestParam(required = false) String datum, Authentication wie, RedirectAttributes ra) {
        String contract = bestaand(runId, contractId, wie);
        return actie(runId, contract, wie, ra, "BEZWAAR_INGETROKKEN",
                () -> balie.intrekken(runId, contract, datum(datum, "Ingetrokken op"), wie.getName()));
    }

    @PostMapping("/contract/{runId}/{contractId}/bezwaar/voorleggen")
    String voorleggen(@PathVariable String runId, @PathVariable String contractId,
                      @RequestParam(required = false) String datum, Authentication wie, RedirectAttributes ra) {
        String contract = bestaand(runId, contractId, wie);
        return actie(runId, contract, wie, ra, "BEZWAAR_VOORLEGGEN",
                () -> balie.voorleggen(runId, contract, datum(datum, "Besloten op"), wie.getName()));
    }

    @PostMapping("/contract/{runId}/{contractId}/bezwaar/indienen")
    String indienen(@PathVariable String runId, @PathVariable String contractId,
                    @RequestParam(required = false) String datum, @RequestParam(required = false) String zaaknummer,
                    Authentication wie, RedirectAttributes ra) {
        String contract = bestaand(runId, contractId, wie);
        return actie(runId, contract, wie, ra, "BEZWAAR_INGEDIEND", () -> {
            LocalDate op = datum(datum, "Ingediend op");
            if (zaaknummer == null || zaaknummer.isBlank()) {
                throw new Invoerfout("Vul het zaaknummer van de Huurcommissie in.");
            }
            return balie.indienen(runId, contract, op, zaaknummer, wie.getName());
        });
    }

    @PostMapping("/contract/{runId}/{contractId}/bezwaar/uitspraak")
    String uitspraak(@PathVariable String runId, @PathVariable String contractId,
                     @RequestParam(required = false) String datum, @RequestParam(required = false) String uitkomst,
                     @RequestParam(required = false) String bedrag, Authentication wie, RedirectAttributes ra) {
        String contract = bestaand(runId, contractId, wie);
        return actie(runId, contract, wie, ra, "BEZWAAR_UITSPRAAK", () -> {
            LocalDate op = datum(datum, "Uitspraak op");
            if (uitkomst == null || !Bezwaarbalie.UITKOMSTEN.contains(uitkomst)) {
                throw new Invoerfout("Kies de uitkomst van de uitspraak.");
            }
            BigDecimal b = bedrag(bedrag, "Bedrag");
            if ("verlaagd".equals(uitkomst) && b == null) {
                throw new Invoerfout("Vul bij 'verlaagd' het bedrag in: de kale huur die de Huurcommissie vaststelde.");
            }
            if (!"verlaagd".equals(uitkomst) && b != null) {
                throw new Invoerfout("Laat het bedrag leeg: het hoort alleen bij de uitkomst 'verlaagd'.");
            }
            return balie.uitspraak(runId, contract, op, uitkomst, b, wie.getName());
        });
    }

    /** The "wij handhaven ons voorstel" letter of a case; a case with health grounds only for beheer. */
    @GetMapping("/contract/{runId}/{contractId}/bezwaar/{zaak}/handhaven.pdf")
    ResponseEntity<byte[]> handhavingsbrief(@PathVariable String runId, @PathVariable String contractId,
                                            @PathVariable int zaak, Authentication wie) {
        String contract = bestaand(runId, contractId, wie);
        return stuk(runId, contract, wie, "HANDHAVINGSBRIEF_GEOPEND",
                () -> balie.handhavingsbrief(runId, contract, zaak, Schermen.beheer(wie)));
    }

    /** The stored scan of the tenant's objection letter: health data, only for beheer. */
    @GetMapping("/contract/{runId}/{contractId}/bezwaar/{zaak}/scan.pdf")
    ResponseEntity<byte[]> scan(@PathVariable String runId, @PathVariable String contractId, @PathVariable int zaak,
                                Authentication wie) {
        String contract = bestaand(runId, contractId, wie);
        return stuk(runId, contract, wie, "SCAN_GEOPEND", () -> balie.scan(runId, contract, zaak, Schermen.beheer(wie)));
    }

    /**
     * Writes the dossier for the Huurcommissie ({@code bezwaar dossier}, beheer only, see {@link Beveiliging})
     * and hands it out; a refusal of the register (the case is not voorleggen/ingediend) shows on the page.
     */
    @PostMapping("/contract/{runId}/{contractId}/bezwaar/dossier")
    Object dossier(@PathVariable String runId, @PathVariable String contractId, Authentication wie,
                   RedirectAttributes ra) {
        String contract = bestaand(runId, contractId, wie);
        Bezwaarbalie.Stuk stuk;
        try {
            stuk = balie.dossier(runId, contract);
        } catch (Bezwaarbalie.Geweigerd e) {
            actielog.schrijf(wie.getName(), "BEZWAAR_DOSSIER_GEWEIGERD", runId, contract, null);
            ra.addFlashAttribute("bezwaarFout", e.getMessage());
            return terug(runId, contract);
        }
        ResponseEntity<byte[]> pdf = pdf(stuk);
        actielog.schrijf(wie.getName(), "BEZWAAR_DOSSIER", runId, contract, null);
        return pdf;
    }

    private interface Opzoeking {
        Optional<Bezwaarbalie.Stuk> zoek();
    }

    private ResponseEntity<byte[]> stuk(String runId, String contract, Authentication wie, String soort,
                                        Opzoeking opzoeking) {
        Optional<Bezwaarbalie.Stuk> stuk;
        try {
            stuk = opzoeking.zoek();
        } catch (Bezwaarbalie.Verborgen e) {
            actielog.schrijf(wie.getName(), soort.replace("_GEOPEND", "_GEWEIGERD"), runId, contract, null);
            throw new ResponseStatusException(HttpStatus.FORBIDDEN);
        }
        ResponseEntity<byte[]> pdf = pdf(stuk.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND)));
        actielog.schrijf(wie.getName(), soort, runId, contract, null);
        return pdf;
    }

    /** Read only when the register's file is a regular owner-only file inside the run's folder. */
    private static ResponseEntity<byte[]> pdf(Bezwaarbalie.Stuk stuk) {
        if (!Briefarchief.veilig(stuk.runMap(), stuk.pad())) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
        byte[] inhoud;
        try {
            inhoud = Files.readAllBytes(stuk.pad());
        } catch (IOException e) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF).cacheControl(CacheControl.noStore())
                .header(HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment().filename(stuk.naam()).build().toString())
                .body(inhoud);
    }

    @GetMapping("/werklijst/{runId}")
    String werklijst(@PathVariable String runId, @RequestParam(required = false) String status, Authentication wie,
                     Model model) {
        String s = status(runId, status);
        model.addAttribute("runId", runId);
        model.addAttribute("status", s == null ? "" : s);
        model.addAttribute("statussen", Bezwaarbalie.werklijstStatussen());
        model.addAttribute("regels", balie.werklijst(runId, s, Schermen.beheer(wie), LocalDate.now()));
        actielog.schrijf(wie.getName(), "WERKLIJST_BEKEKEN", runId, null, s);
        return "werklijst";
    }

    @GetMapping("/werklijst/{runId}/bezwaren.csv")
    ResponseEntity<byte[]> werklijstCsv(@PathVariable String runId, @RequestParam(required = false) String status,
                                        Authentication wie) {
        String s = status(runId, status);
        byte[] csv = balie.werklijstCsv(runId, s, Schermen.beheer(wie), LocalDate.now());
        actielog.schrijf(wie.getName(), "WERKLIJST_GEDOWNLOAD", runId, null, s);
        return ResponseEntity.ok().contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
                .cacheControl(CacheControl.noStore())
                .header(HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment().filename("bezwaren-" + runId + ".csv").build().toString())
                .body(csv);
    }

    /** A run with a register (a completed yearly run) and a known status, else 404 / 400. */
    private String status(String runId, String status) {
        if (overzicht.runs().stream().noneMatch(r -> r.rij().runId().equals(runId)) || !balie.heeftRegister(runId)) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
        if (status == null || status.isBlank()) {
            return null;
        }
        if (!Bezwaarbalie.werklijstStatussen().contains(status)) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "onbekende status");
        }
        return status;
    }

    /** The contract as the page shows it: of this run, else 404 (never another run's data). */
    private String bestaand(String runId, String contractId, Authentication wie) {
        return uitleg.uitleg(runId, contractId, Schermen.beheer(wie))
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND)).contractId();
    }

    private interface Handeling {
        Bezwaarbalie.Resultaat doe();
    }

    private String actie(String runId, String contract, Authentication wie, RedirectAttributes ra, String soort,
                         Handeling handeling) {
        try {
            Bezwaarbalie.Resultaat r = handeling.doe();
            // The log names the step, never the grounds or the toelichting.
            actielog.schrijf(wie.getName(), soort, runId, contract, null);
            ra.addFlashAttribute("bezwaarGedaan", r.melding());
            ra.addFlashAttribute("bezwaarMeldingen", r.meldingen());
        } catch (Invoerfout | Bezwaarbalie.Geweigerd e) {
            actielog.schrijf(wie.getName(), soort + "_GEWEIGERD", runId, contract, null);
            ra.addFlashAttribute("bezwaarFout", e.getMessage());
        }
        return terug(runId, contract);
    }

    private static String terug(String runId, String contract) {
        return "redirect:/contract/" + runId + "/" + contract + "#bezwaar-kop";
    }

    private static Bezwaarbalie.Correctievelden velden(String chronischZiek, String personen, String categorie,
                                                       String maximaleHuur, String wwsPunten) {
        Integer p = null;
        if (leeg(personen) != null) {
            try {
                p = Integer.parseInt(personen.strip());
            } catch (NumberFormatException e) {
                p = -1;
            }
            if (p < 1 || p > 99) {
                throw new Invoerfout("Vul bij 'Aantal personen' een aantal van 1 tot en met 99 in.");
            }
        }
        BigDecimal max = bedrag(maximaleHuur, "Maximale huur");
        BigDecimal punten = bedrag(wwsPunten, "WWS-punten");
        if (punten != null && max == null) {
            throw new Invoerfout("Vul bij nieuwe WWS-punten ook de maximale huur in die erbij hoort.");
        }
        Bezwaarbalie.Correctievelden v = new Bezwaarbalie.Correctievelden(chronischZiek != null, p, List.of(),
                leeg(categorie), max, punten);
        if (!v.chronischZiek() && p == null && v.inkomenscategorie() == null && max == null) {
            throw new Invoerfout("Kies minstens één correctie: chronisch ziek, aantal personen, inkomenscategorie of "
                    + "maximale huur.");
        }
        return v;
    }

    private static LocalDate datum(String tekst, String veld) {
        if (leeg(tekst) == null) {
            throw new Invoerfout("Vul bij '" + veld + "' een datum in (jjjj-mm-dd).");
        }
        try {
            return LocalDate.parse(tekst.strip());
        } catch (DateTimeParseException e) {
            throw new Invoerfout("Vul bij '" + veld + "' een geldige datum in als jjjj-mm-dd, bijvoorbeeld 2026-07-01.");
        }
    }

    private static BigDecimal bedrag(String tekst, String veld) {
        if (leeg(tekst) == null) {
            return null;
        }
        try {
            BigDecimal b = new BigDecimal(tekst.strip().replace(',', '.'));
            if (b.signum() <= 0 || b.scale() > 2) {
                throw new NumberFormatException();
            }
            return b;
        } catch (NumberFormatException e) {
            throw new Invoerfout("Vul bij '" + veld + "' een getal groter dan 0 in met ten hoogste twee decimalen, "
                    + "bijvoorbeeld 712,50.");
        }
    }

    private static String leeg(String tekst) {
        return tekst == null || tekst.isBlank() ? null : tekst.strip();
    }
}
