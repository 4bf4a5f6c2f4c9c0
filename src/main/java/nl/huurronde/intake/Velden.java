package nl.huurronde.intake;

import java.util.AbstractMap;
import java.util.AbstractSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Set;

/**
 * The fields of one record as the read-only map of {@link CsvRecord#velden()}: the header's column
 * positions, shared by every record of the file, over the record's own values. Instead of a map filled
 * and copied per record (two per row, about a tenth of the import's time), a lookup is one shared hash.
 * A column the record has no field for is absent, as in the map it replaces; iteration is in header order.
 */
final class Velden extends AbstractMap<String, String> {

    private final List<String> kolommen;
    private final Map<String, Integer> posities;
    private final List<String> waarden;

    /**
     * @param kolommen per position the lower-case name, or null for a column without a name
     * @param posities name to position (the header's), for the same columns
     * @param waarden  the record's kept fields, in file order
     */
    Velden(List<String> kolommen, Map<String, Integer> posities, List<String> waarden) {
        this.kolommen = kolommen;
        this.posities = posities;
        this.waarden = waarden;
    }

    @Override
    public String get(Object kolom) {
        Integer positie = posities.get(kolom);
        return positie == null || positie >= waarden.size() ? null : waarden.get(positie);
    }

    @Override
    public boolean containsKey(Object kolom) {
        Integer positie = posities.get(kolom);
        return positie != null && positie < waarden.size();
    }

    @Override
    public Set<Entry<String, String>> entrySet() {
        return new AbstractSet<>() {
            @Override
            public Iterator<Entry<String, String>> iterator() {
                return new Iterator<>() {
                    private int volgende = zoek(0);

                    private int zoek(int vanaf) {
                        int i = vanaf;
                        while (i < Math.min(waarden.size(), kolommen.size()) && kolommen.get(i) == null) {
                            i++;
                        }
                        return i;
                    }

                    @Override
                    public boolean hasNext() {
                        return volgende < Math.min(waarden.size(), kolommen.size());
                    }

                    @Override
                    public Entry<String, String> next() {
                        if (!hasNext()) {
                            throw new NoSuchElementException();
                        }
                        Entry<String, String> veld = new SimpleImmutableEntry<>(kolommen.get(volgende),
                                waarden.get(volgende));
                        volgende = zoek(volgende + 1);
                        return veld;
                    }
                };
            }

            @Override
            public int size() {
                int aantal = 0;
                for (int i = 0; i < Math.min(waarden.size(), kolommen.size()); i++) {
                    aantal += kolommen.get(i) == null ? 0 : 1;
                }
                return aantal;
            }
        };
    }
}
