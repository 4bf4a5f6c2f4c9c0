package nl.huurronde.balie;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.UserPrincipal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import nl.huurronde.brieven.Briefbestanden;
import nl.huurronde.rapport.HuursomRapport;
import nl.huurronde.register.RondeRegister;
import org.openpdf.text.Document;
import org.openpdf.text.pdf.PdfCopy;
import org.openpdf.text.pdf.PdfReader;
import org.springframework.context.annotation.Profile;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;

/**
 * The PDFs the desk hands out: a contract's letter as sent, its revised letters, a run's report. Every
 * path is made from what the database stored for the run (its output folder, the print file index, the
 * bezwaar's folder), never from the request, and is only read when it is a regular file, not a link,
 * inside the run's output folder and owned by the user the desk runs as (the owner-only files the run
 * wrote; anything else there was not written by huurronde).
 */
@Service
@Profile("balie")
class Briefarchief {

    /** A PDF to send: its download name and content. */
    record Pdf(String naam, byte[] inhoud) {}

    private record Indexregel(String bestand, int eerste, int laatste) {}

    private final NamedParameterJdbcTemplate jdbc;

    Briefarchief(JdbcTemplate jdbc) {
        this.jdbc = new NamedParameterJdbcTemplate(jdbc);
    }

    /**
     * The letter of a version as sent: version 1 the archive letter, or its pages of the print file;
     * a later version the revised letter of its bezwaar.
     */
    Optional<Pdf> brief(RondeRegister.RondeRij run, String contractId, int versie) {
        Path runMap = Path.of(run.uitvoerMap());
        String naam = contractId + "-v" + versie + ".pdf";
        if (versie > 1) {
            return jdbc.query("SELECT uitvoer_map FROM bezwaar WHERE run_id = :run_id AND contract_id = :contract_id "
                            + "AND versie = :versie", parameters(run, contractId).addValue("versie", versie),
                    (rs, i) -> rs.getString("uitvoer_map")).stream().findFirst()
                    .flatMap(map -> enigePdf(runMap, Path.of(map))).flatMap(pad -> lees(runMap, pad, naam));
        }
        Optional<Pdf> archief = lees(runMap, Briefbestanden.archiefbrief(runMap, contractId), naam);
        if (archief.isPresent()) {
            return archief;
        }
        return jdbc.query("SELECT bestand, eerste_pagina, laatste_pagina FROM drukbestand_index "
                        + "WHERE run_id = :run_id AND contract_id = :contract_id", parameters(run, contractId),
                (rs, i) -> new Indexregel(rs.getString("bestand"), rs.getInt("eerste_pagina"),
                        rs.getInt("laatste_pagina"))).stream().findFirst()
                .flatMap(rij -> pagina(runMap, Briefbestanden.drukbestand(runMap, rij.bestand()), rij.eerste(),
                        rij.laatste(), naam));
    }

    /** Which versions have a letter the desk can hand out. */
    List<Integer> metBrief(RondeRegister.RondeRij run, String contractId, List<Integer> versies) {
        List<Integer> uit = new ArrayList<>();
        for (int versie : versies) {
            if (brief(run, contractId, versie).isPresent()) {
                uit.add(versie);
            }
        }
        return uit;
    }

    Optional<Pdf> rapport(RondeRegister.RondeRij run) {
        Path runMap = Path.of(run.uitvoerMap());
        return lees(runMap, runMap.resolve(HuursomRapport.BESTAND), "huursom-rapport-" + run.runId() + ".pdf");
    }

    private static MapSqlParameterSource parameters(RondeRegister.RondeRij run, String contractId) {
        return new MapSqlParameterSource("run_id", run.runId()).addValue("contract_id", contractId);
    }

    /** The one PDF in a bezwaar's folder: its revised letter (next to its audit and finance rows). */
    private static Optional<Path> enigePdf(Path runMap, Path map) {
        if (!binnen(runMap, map) || !Files.isDirectory(map, LinkOption.NOFOLLOW_LINKS)) {
            return Optional.empty();
        }
        List<Path> pdfs = new ArrayList<>();
        try (DirectoryStream<Path> inhoud = Files.newDirectoryStream(map, "*.pdf")) {
            inhoud.forEach(pdfs::add);
        } catch (IOException e) {
            return Optional.empty();
        }
        return pdfs.size() == 1 ? Optional.of(pdfs.get(0)) : Optional.empty();
    }

    private static Optional<Pdf> lees(Path runMap, Path pad, String naam) {
        if (!veilig(runMap, pad)) {
            return Optional.empty();
        }
        try {
            return Optional.of(new Pdf(naam, Files.readAllBytes(pad)));
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    /** The pages of one letter from a print file, as a PDF of its own. */
    private static Optional<Pdf> pagina(Path runMap, Path drukbestand, int eerste, int laatste, String naam) {
        if (!veilig(runMap, drukbestand)) {
            return Optional.empty();
        }
        try (PdfReader lezer = new PdfReader(drukbestand.toString())) {
            if (eerste < 1 || laatste < eerste || laatste > lezer.getNumberOfPages()) {
                return Optional.empty();
            }
            ByteArrayOutputStream uit = new ByteArrayOutputStream();
            Document document = new Document();
            PdfCopy kopie = new PdfCopy(document, uit);
            document.open();
            for (int p = eerste; p <= laatste; p++) {
                kopie.addPage(kopie.getImportedPage(lezer, p));
            }
            document.close();
            return Optional.of(new Pdf(naam, uit.toByteArray()));
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    /** A regular file, not a link, inside the run's folder and owned by the user the desk runs as. */
    static boolean veilig(Path runMap, Path pad) {
        try {
            if (!binnen(runMap, pad) || !Files.isRegularFile(pad, LinkOption.NOFOLLOW_LINKS)) {
                return false;
            }
            UserPrincipal eigenaar = Files.getOwner(pad, LinkOption.NOFOLLOW_LINKS);
            UserPrincipal ik = pad.getFileSystem().getUserPrincipalLookupService()
                    .lookupPrincipalByName(System.getProperty("user.name"));
            return eigenaar.equals(ik);
        } catch (IOException | UnsupportedOperationException e) {
            return false;
        }
    }

    private static boolean binnen(Path runMap, Path pad) {
        try {
            Path map = runMap.toRealPath();
            Path doel = pad.toAbsolutePath().normalize();
            Path ouder = doel.getParent();
            return ouder != null && Files.exists(ouder) && ouder.toRealPath().startsWith(map)
                    && doel.startsWith(runMap.toAbsolutePath().normalize());
        } catch (IOException e) {
            return false;
        }
    }
}
