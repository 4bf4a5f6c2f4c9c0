package nl.huurronde.beleid;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;

/**
 * A YAML syntax error in Dutch, naming file, line and column: SnakeYAML's messages ("mapping values are
 * not allowed here") say little to someone who edits a job file (issue #24). The common problems get a
 * description of their usual cause; any other keeps SnakeYAML's text in parentheses.
 */
final class YamlFout {

    private static final Pattern TEKEN = Pattern.compile("found character '(.+?)' that cannot start any token");
    private static final Pattern ALIAS = Pattern.compile("found undefined alias (\\S+)");

    private YamlFout() {}

    /**
     * @param soort "jobbestand" or "wetbestand"
     * @param naam  the file as the user gave it
     */
    static String bericht(MarkedYAMLException e, String soort, String naam) {
        String probleem = e.getProblem() == null ? "" : e.getProblem();
        String context = e.getContext() == null ? "" : e.getContext();
        Mark plek = e.getProblemMark() != null ? e.getProblemMark() : e.getContextMark();
        String beschrijving;
        Matcher teken = TEKEN.matcher(probleem);
        Matcher alias = ALIAS.matcher(probleem);
        if (probleem.contains("\\t(TAB)")) {
            beschrijving = "een tab om in te springen; YAML springt alleen in met spaties";
        } else if (teken.find()) {
            beschrijving = "een waarde kan niet beginnen met '" + teken.group(1) + "'; zet de waarde tussen aanhalingstekens";
        } else if (probleem.startsWith("mapping values are not allowed here")) {
            beschrijving = "hier kan geen ':' staan; mist de regel erboven een ':' na de sleutel, klopt de inspringing "
                    + "niet, of staat er een ':' in een waarde (zet die dan tussen aanhalingstekens)?";
        } else if (probleem.startsWith("could not find expected ':'")) {
            beschrijving = "een ':' ontbreekt na de sleutel";
        } else if (context.startsWith("while scanning a quoted scalar")) {
            beschrijving = "een aanhalingsteken wordt hier geopend maar niet gesloten";
            plek = voorkeur(e.getContextMark(), plek);
        } else if (context.startsWith("while parsing a flow sequence")) {
            beschrijving = "een lijst die hier met '[' begint wordt niet gesloten met ']'";
            plek = voorkeur(e.getContextMark(), plek);
        } else if (context.startsWith("while parsing a flow mapping")) {
            beschrijving = "een tabel die hier met '{' begint wordt niet gesloten met '}'";
            plek = voorkeur(e.getContextMark(), plek);
        } else if (probleem.startsWith("expected <block end>") || probleem.startsWith("did not find expected key")
                || probleem.startsWith("did not find expected '-' indicator")) {
            beschrijving = "de inspringing klopt niet: deze regel springt anders in dan de sleutels of lijstitems "
                    + "erboven";
        } else if (alias.find()) {
            beschrijving = "onbekende alias *" + alias.group(1);
        } else {
            beschrijving = "de opbouw klopt hier niet (" + eenRegel(probleem.isEmpty() ? e.getMessage() : probleem) + ")";
        }
        String waar = plek == null ? "" : " regel " + (plek.getLine() + 1) + ", kolom " + (plek.getColumn() + 1);
        return soort + " " + naam + waar + ": ongeldige YAML: " + beschrijving;
    }

    static String eenRegel(String tekst) {
        return tekst == null ? "onleesbaar" : tekst.replaceAll("\\s+", " ").trim();
    }

    private static Mark voorkeur(Mark eerst, Mark anders) {
        return eerst != null ? eerst : anders;
    }
}
