package nl.huurronde.brieven;

/** First and last page (1-based, inclusive) of one letter in a drukbestand. */
public record Paginabereik(int eerste, int laatste) {
    public int aantal() {
        return laatste - eerste + 1;
    }
}
