package nl.huurronde.beleid;

import java.io.Reader;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;

import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.nodes.Tag;

/**
 * Reads YAML with SnakeYAML's node API (not Spring binding, which loses line numbers and
 * ignores unknown keys) into a {@link Knoop} tree. Scalars keep their text as written, so
 * {@code 0.041} stays an exact decimal and is never a double.
 */
final class YamlBoom {

    /** A job file is a few levels deep; anything deeper is a mistake or an alias loop. */
    private static final int MAX_DIEPTE = 12;

    private YamlBoom() {}

    /**
     * @param soort "jobbestand" or "wetbestand", for the messages
     * @param naam  the file as the user gave it
     */
    static Knoop lees(Reader reader, String soort, String naam) throws BeleidFout {
        Node wortel;
        try {
            LoaderOptions opties = new LoaderOptions();
            opties.setMaxAliasesForCollections(10);
            wortel = new Yaml(new SafeConstructor(opties)).compose(reader);
        } catch (MarkedYAMLException e) {
            throw new BeleidFout(YamlFout.bericht(e, soort, naam));
        } catch (YAMLException e) {
            String reden = String.valueOf(e.getMessage()).contains("aliases") ? "te veel aliassen (meer dan 10)"
                    : "de opbouw klopt niet (" + YamlFout.eenRegel(e.getMessage()) + ")";
            throw new BeleidFout(soort + " " + naam + ": ongeldige YAML: " + reden);
        }
        if (wortel == null) {
            throw new BeleidFout(naam + " is leeg (" + naam + ")");
        }
        List<String> fouten = new ArrayList<>();
        Knoop boom = omzetten(wortel, naam, 0, fouten);
        if (!fouten.isEmpty()) {
            throw new BeleidFout(fouten);
        }
        return boom;
    }

    private static Knoop omzetten(Node node, String naam, int diepte, List<String> fouten) {
        Plek plek = plek(node.getStartMark(), naam);
        if (diepte > MAX_DIEPTE) {
            fouten.add("te diep genest" + plek.achtervoegsel());
            return new Knoop.Waarde(null, plek);
        }
        return switch (node) {
            case ScalarNode scalar -> new Knoop.Waarde(
                    Tag.NULL.equals(scalar.getTag()) && scalar.isPlain() ? null : scalar.getValue(), plek);
            case SequenceNode lijst -> {
                List<Knoop> items = new ArrayList<>();
                for (Node item : lijst.getValue()) {
                    items.add(omzetten(item, naam, diepte + 1, fouten));
                }
                yield new Knoop.Lijst(items, plek);
            }
            case MappingNode mapping -> {
                Knoop.Tabel tabel = new Knoop.Tabel(new LinkedHashMap<>(), new LinkedHashMap<>(), plek);
                for (NodeTuple tuple : mapping.getValue()) {
                    Plek sleutelplek = plek(tuple.getKeyNode().getStartMark(), naam);
                    if (!(tuple.getKeyNode() instanceof ScalarNode sleutel)) {
                        fouten.add("een sleutel moet een naam zijn, geen lijst of tabel" + sleutelplek.achtervoegsel());
                        continue;
                    }
                    if (tabel.velden().containsKey(sleutel.getValue())) {
                        fouten.add("dubbele sleutel " + sleutel.getValue() + sleutelplek.achtervoegsel());
                        continue;
                    }
                    tabel.zet(sleutel.getValue(), omzetten(tuple.getValueNode(), naam, diepte + 1, fouten), sleutelplek);
                }
                yield tabel;
            }
            default -> {
                fouten.add("onverwacht YAML-element" + plek.achtervoegsel());
                yield new Knoop.Waarde(null, plek);
            }
        };
    }

    private static Plek plek(Mark mark, String naam) {
        return Plek.regel(naam, mark == null ? 0 : mark.getLine() + 1);
    }

}
