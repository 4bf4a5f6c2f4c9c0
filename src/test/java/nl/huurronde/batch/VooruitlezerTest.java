package nl.huurronde.batch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

import org.junit.jupiter.api.Test;

/**
 * The read-ahead: every item in the stream's order, on a reading thread of its own, with at most a few
 * blocks in between; an error on either side reaches the caller and stops the other side.
 */
class VooruitlezerTest {

    /** More than the queue holds, and not a whole number of blocks. */
    private static final int AANTAL = Vooruitlezer.BLOK * Vooruitlezer.BLOKKEN * 5 + 17;

    @Test
    void allesInVolgordeOpEenEigenDraad() {
        AtomicReference<String> leesdraad = new AtomicReference<>();
        List<Integer> ontvangen = new ArrayList<>();
        Vooruitlezer.<Integer>elk("test-lezer", bron -> {
            leesdraad.set(Thread.currentThread().getName());
            for (int i = 0; i < AANTAL; i++) {
                bron.accept(i);
            }
        }, ontvangen::add);
        assertThat(leesdraad.get()).isEqualTo("test-lezer");
        assertThat(ontvangen).hasSize(AANTAL);
        for (int i = 0; i < AANTAL; i++) {
            assertThat(ontvangen.get(i)).isEqualTo(i);
        }
    }

    @Test
    void eenLegeStroom() {
        List<Integer> ontvangen = new ArrayList<>();
        Vooruitlezer.<Integer>elk("test-lezer", bron -> { }, ontvangen::add);
        assertThat(ontvangen).isEmpty();
    }

    @Test
    void deLeesdraadLooptNietVerderVooruitDanDeWachtrij() {
        AtomicInteger gelezen = new AtomicInteger();
        List<Integer> verschil = new ArrayList<>();
        int[] verwerkt = {0};
        Vooruitlezer.<Integer>elk("test-lezer", bron -> {
            for (int i = 0; i < AANTAL; i++) {
                gelezen.incrementAndGet();
                bron.accept(i);
            }
        }, i -> {
            verwerkt[0]++;
            verschil.add(gelezen.get() - verwerkt[0]);
        });
        // the queue's blocks, the block being filled, the one being put and the one being handled
        assertThat(verschil).allSatisfy(d ->
                assertThat(d).isLessThanOrEqualTo(Vooruitlezer.BLOK * (Vooruitlezer.BLOKKEN + 3)));
    }

    @Test
    void eenFoutBijHetLezenKomtBijDeAanroeperNaWatErVoorKwam() {
        List<Integer> ontvangen = new ArrayList<>();
        assertThatThrownBy(() -> Vooruitlezer.<Integer>elk("test-lezer", bron -> {
            for (int i = 0; i < 1000; i++) {
                bron.accept(i);
            }
            throw new IllegalStateException("cursor weg");
        }, ontvangen::add)).isInstanceOf(IllegalStateException.class).hasMessage("cursor weg");
        assertThat(ontvangen).hasSize(1000);
    }

    @Test
    void eenFoutBijHetVerwerkenStoptDeLeesdraad() throws InterruptedException {
        AtomicInteger gelezen = new AtomicInteger();
        AtomicReference<Thread> leesdraad = new AtomicReference<>();
        assertThatThrownBy(() -> Vooruitlezer.<Integer>elk("test-lezer", bron -> {
            leesdraad.set(Thread.currentThread());
            for (int i = 0; i < 10_000_000; i++) {
                gelezen.incrementAndGet();
                bron.accept(i);
            }
        }, i -> {
            if (i == 3000) {
                throw new IllegalArgumentException("schijf vol");
            }
        })).isInstanceOf(IllegalArgumentException.class).hasMessage("schijf vol");
        // elk returns after the reading thread ended, which stopped long before the end of its stream
        assertThat(leesdraad.get().isAlive()).isFalse();
        assertThat(gelezen.get()).isLessThan(3000 + Vooruitlezer.BLOK * (Vooruitlezer.BLOKKEN + 3));
    }
}
