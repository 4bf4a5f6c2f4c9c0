package nl.huurronde.batch;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * Reads a stream on a thread of its own while the caller handles what was read: a pass that both reads
 * (a cursor, the rows made into records) and writes (a CSV file) takes two cores instead of one. At most
 * {@link #BLOKKEN} blocks of {@link #BLOK} items wait in between, so memory does not grow with the stream;
 * the items arrive in the stream's order. An error on either side stops both and reaches the caller.
 */
public final class Vooruitlezer {

    static final int BLOK = 256;
    static final int BLOKKEN = 8;

    /** Marks the end of the stream in the queue. */
    private static final List<Object> EINDE = List.of();

    private Vooruitlezer() {}

    /**
     * Hands every item that {@code bron} produces to {@code actie}, in order, with {@code bron} running on a
     * new thread called {@code naam}.
     */
    public static <T> void elk(String naam, Consumer<Consumer<T>> bron, Consumer<T> actie) {
        BlockingQueue<List<Object>> wachtrij = new ArrayBlockingQueue<>(BLOKKEN);
        Lezer<T> lezer = new Lezer<>(bron, wachtrij);
        Thread draad = Thread.ofPlatform().name(naam).start(lezer);
        try {
            while (true) {
                List<Object> blok = wachtrij.take();
                if (blok == EINDE) {
                    break;
                }
                for (Object item : blok) {
                    @SuppressWarnings("unchecked")
                    T t = (T) item;
                    actie.accept(t);
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            lezer.stop();
            throw new IllegalStateException("onderbroken tijdens het lezen (" + naam + ")", e);
        } catch (RuntimeException | Error e) {
            lezer.stop();
            wachtrij.clear(); // a reader waiting for room sees the stop
            wachtOp(draad);
            throw e;
        }
        wachtOp(draad);
        if (lezer.fout != null) {
            switch (lezer.fout) {
                case RuntimeException r -> throw r;
                case Error f -> throw f;
                default -> throw new IllegalStateException(lezer.fout);
            }
        }
    }

    private static void wachtOp(Thread draad) {
        try {
            draad.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** The reading side: fills blocks and queues them; the end marker always follows, also after an error. */
    private static final class Lezer<T> implements Runnable {

        private final Consumer<Consumer<T>> bron;
        private final BlockingQueue<List<Object>> wachtrij;
        private volatile boolean gestopt;
        private volatile Throwable fout;

        Lezer(Consumer<Consumer<T>> bron, BlockingQueue<List<Object>> wachtrij) {
            this.bron = bron;
            this.wachtrij = wachtrij;
        }

        void stop() {
            gestopt = true;
        }

        @Override
        public void run() {
            List<Object> blok = new ArrayList<>(BLOK);
            try {
                bron.accept(item -> {
                    if (gestopt) {
                        throw new Gestopt();
                    }
                    blok.add(item);
                    if (blok.size() == BLOK) {
                        zet(new ArrayList<>(blok));
                        blok.clear();
                    }
                });
                lever(blok);
            } catch (Gestopt e) {
                // the caller stopped: its own error is the one reported
            } catch (RuntimeException | Error e) {
                lever(blok); // what came before the error reaches the caller first
                fout = e;
            } finally {
                zetEinde();
            }
        }

        private void lever(List<Object> blok) {
            try {
                if (!blok.isEmpty()) {
                    zet(blok);
                }
            } catch (Gestopt e) {
                // the caller stopped meanwhile
            }
        }

        /** Waits for room, checking now and then whether the caller stopped. */
        private void zet(List<Object> blok) {
            try {
                while (!wachtrij.offer(blok, 100, TimeUnit.MILLISECONDS)) {
                    if (gestopt) {
                        throw new Gestopt();
                    }
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new Gestopt();
            }
        }

        private void zetEinde() {
            while (!gestopt) {
                try {
                    if (wachtrij.offer(EINDE, 100, TimeUnit.MILLISECONDS)) {
                        return;
                    }
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return;
                }
            }
        }
    }

    /** Ends the reading side's stream when the caller stopped. */
    private static final class Gestopt extends RuntimeException {
        Gestopt() {
            super(null, null, false, false);
        }
    }
}
