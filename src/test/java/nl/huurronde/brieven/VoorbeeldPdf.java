package nl.huurronde.brieven;

import java.nio.file.Files;
import java.nio.file.Path;

/** Writes example letters as PDF to look at (pdftoppm → PNG for docs/brieven). Run from the test classpath. */
public final class VoorbeeldPdf {
    public static void main(String[] args) throws Exception {
        Path map = Path.of(args.length > 0 ? args[0] : "target/brieven");
        Files.createDirectories(map);
        BriefRenderer r = new BriefRenderer(false);
        Files.write(map.resolve("regulier.pdf"), r.renderPdf(Voorbeelden.regulier()));
        Files.write(map.resolve("iah.pdf"), r.renderPdf(Voorbeelden.iah()));
        Files.write(map.resolve("huurverlaging.pdf"), r.renderPdf(Voorbeelden.huurverlaging()));
        Files.write(map.resolve("herzien-kopie.pdf"), r.renderPdf(Voorbeelden.kopie(Voorbeelden.herzien(
                Voorbeelden.iah(), 2, 1))));
        Files.write(map.resolve("unicode.pdf"), r.renderPdf(Voorbeelden.met(Voorbeelden.vrijgesteld(),
                new Geadresseerde("Łukasz Şahin-Øvergård", "Straße der Ğüneş", 7, null, "bis", "1011 AB",
                        "Amsterdam"))));
        Files.write(map.resolve("pdfa.pdf"), new BriefRenderer(true).renderPdf(Voorbeelden.regulier()));
    }
}
