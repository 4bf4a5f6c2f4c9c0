package nl.huurronde.bestand;

import java.util.List;
import java.util.Map;

/** Just enough JSON for the run manifest: maps, lists, strings, numbers, booleans, null. */
public final class Json {

    private Json() {}

    public static String tekst(Object waarde) {
        StringBuilder sb = new StringBuilder();
        schrijf(sb, waarde, 0);
        return sb.append('\n').toString();
    }

    private static void schrijf(StringBuilder sb, Object waarde, int diepte) {
        switch (waarde) {
            case null -> sb.append("null");
            case Map<?, ?> map -> {
                sb.append('{');
                String sep = "";
                for (Map.Entry<?, ?> e : map.entrySet()) {
                    sb.append(sep).append('\n').append("  ".repeat(diepte + 1));
                    string(sb, String.valueOf(e.getKey()));
                    sb.append(": ");
                    schrijf(sb, e.getValue(), diepte + 1);
                    sep = ",";
                }
                sb.append(map.isEmpty() ? "" : "\n" + "  ".repeat(diepte)).append('}');
            }
            case List<?> lijst -> {
                sb.append('[');
                String sep = "";
                for (Object o : lijst) {
                    sb.append(sep).append('\n').append("  ".repeat(diepte + 1));
                    schrijf(sb, o, diepte + 1);
                    sep = ",";
                }
                sb.append(lijst.isEmpty() ? "" : "\n" + "  ".repeat(diepte)).append(']');
            }
            case Number n -> sb.append(n instanceof java.math.BigDecimal b ? b.toPlainString() : n.toString());
            case Boolean b -> sb.append(b);
            default -> string(sb, waarde.toString());
        }
    }

    private static void string(StringBuilder sb, String s) {
        sb.append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> sb.append("\\\"");
                case '\\' -> sb.append("\\\\");
                case '\n' -> sb.append("\\n");
                case '\r' -> sb.append("\\r");
                case '\t' -> sb.append("\\t");
                default -> {
                    if (c < 0x20) {
                        sb.append(String.format("\\u%04x", (int) c));
                    } else {
                        sb.append(c);
                    }
                }
            }
        }
        sb.append('"');
    }
}
