package nl.huurronde.balie;

import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.annotation.Profile;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/** Loads the search keys of the searchable runs once the desk is up, so the first search is fast too. */
@Component
@Profile("balie")
class Opstart {

    private final Zoeken zoeken;

    Opstart(Zoeken zoeken) {
        this.zoeken = zoeken;
    }

    @EventListener(ApplicationReadyEvent.class)
    void klaar() {
        Thread.ofVirtual().name("balie-zoeksleutels").start(zoeken::laadAlles);
    }
}
