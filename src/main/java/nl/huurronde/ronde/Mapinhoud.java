package nl.huurronde.ronde;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import nl.huurronde.register.RondeFout;

/** The files of a run's output folder, counted for verwijder's summary. */
record Mapinhoud(Path map, long bestanden, long brieven, long drukbestanden) {

    static Mapinhoud tel(Path map) {
        if (!Files.isDirectory(map)) {
            return new Mapinhoud(map, 0, 0, 0);
        }
        try (Stream<Path> alle = Files.walk(map)) {
            List<Path> bestanden = alle.filter(Files::isRegularFile).toList();
            long druk = bestanden.stream().filter(b -> b.getParent().getFileName().toString().equals("drukbestanden"))
                    .count();
            // Letters per contract, revised letters of bezwaren and reprints: every PDF but the report and print files.
            long brieven = bestanden.stream().filter(b -> b.getFileName().toString().endsWith(".pdf"))
                    .filter(b -> !b.getFileName().toString().equals("huursom-rapport.pdf")).count() - druk;
            return new Mapinhoud(map, bestanden.size(), brieven, druk);
        } catch (IOException e) {
            throw new RondeFout("kan de map " + map + " niet lezen: " + e.getMessage());
        } catch (UncheckedIOException e) {
            throw new RondeFout("kan de map " + map + " niet lezen: " + e.getCause().getMessage());
        }
    }

    @Override
    public String toString() {
        if (!Files.isDirectory(map)) {
            return "de map " + map + " (bestaat niet meer)";
        }
        return "de map " + map + " (" + bestanden + " bestanden, waarvan " + brieven + " brieven en " + drukbestanden
                + " drukbestanden)";
    }
}
