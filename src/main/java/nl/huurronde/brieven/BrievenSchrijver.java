package nl.huurronde.brieven;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.SeekableByteChannel;
import java.nio.file.Files;
import java.nio.file.OpenOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Types;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import nl.huurronde.batch.Batchinvoeging;
import nl.huurronde.beleid.BrievenModus;
import nl.huurronde.bestand.Privebestanden;
import org.springframework.batch.infrastructure.item.Chunk;
import org.springframework.batch.infrastructure.item.ItemWriter;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;

/**
 * Writes a package of letters: one print file with its index rows, and/or one archive PDF per
 * contract. Every file goes to a temporary name first and is renamed when complete; a package
 * redone after a crash overwrites the same names, so no letter is lost or doubled.
 */
class BrievenSchrijver implements ItemWriter<BriefPakket> {

    static final String PER_CONTRACT_MAP = "brieven";
    static final String DRUKBESTAND_MAP = "drukbestanden";
    private static final Set<OpenOption> NIEUW_OF_LEEG = Set.of(StandardOpenOption.CREATE, StandardOpenOption.WRITE,
            StandardOpenOption.TRUNCATE_EXISTING);
    private static final FileAttribute<Set<PosixFilePermission>> ALLEEN_EIGENAAR =
            PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------"));

    /** The print files' index: per letter its file, number there, envelope address and pages. */
    private static final Batchinvoeging INDEX = new Batchinvoeging("drukbestand_index", List.of(
            new Batchinvoeging.Kolom("run_id", Types.VARCHAR), new Batchinvoeging.Kolom("bestand", Types.VARCHAR),
            new Batchinvoeging.Kolom("volgnr", Types.INTEGER), new Batchinvoeging.Kolom("contract_id", Types.VARCHAR),
            new Batchinvoeging.Kolom("postcode", Types.VARCHAR), new Batchinvoeging.Kolom("huisnummer", Types.INTEGER),
            new Batchinvoeging.Kolom("eerste_pagina", Types.INTEGER),
            new Batchinvoeging.Kolom("laatste_pagina", Types.INTEGER)));

    private final JdbcTemplate jdbcTemplate;
    private final NamedParameterJdbcTemplate jdbc;
    private final String runId;
    private final Path runMap;
    private final BrievenModus modus;
    private final boolean pdfa;
    private final boolean duplex;
    private final BriefSamensteller samensteller;
    private final LocalDate verzenddatum;
    private final BriefRenderer renderer;

    BrievenSchrijver(JdbcTemplate jdbc, String runId, Path runMap, BrievenModus modus, boolean pdfa,
                     boolean duplex, BriefSamensteller samensteller, LocalDate verzenddatum) {
        this.jdbcTemplate = jdbc;
        this.jdbc = new NamedParameterJdbcTemplate(jdbc);
        this.runId = runId;
        this.runMap = runMap;
        this.modus = modus;
        this.pdfa = pdfa;
        this.duplex = duplex;
        this.samensteller = samensteller;
        this.verzenddatum = verzenddatum;
        this.renderer = new BriefRenderer(pdfa);
    }

    /** Temporary files of packages interrupted by a crash (those are written again); before any part starts. */
    void ruimOp() throws IOException {
        for (String map : new String[] {PER_CONTRACT_MAP, DRUKBESTAND_MAP}) {
            Path pad = runMap.resolve(map);
            if (Files.isDirectory(pad)) {
                try (var bestanden = Files.newDirectoryStream(pad, "*.tmp")) {
                    for (Path tmp : bestanden) {
                        Files.deleteIfExists(tmp);
                    }
                }
            }
        }
    }

    static String drukbestandNaam(int nummer) {
        return String.format("drukbestand-%04d.pdf", nummer);
    }

    @Override
    public void write(Chunk<? extends BriefPakket> chunk) throws IOException {
        for (BriefPakket pakket : chunk) {
            if (modus == BrievenModus.DRUKBESTAND || modus == BrievenModus.BEIDE) {
                drukbestand(pakket);
            }
            if (modus == BrievenModus.PER_CONTRACT || modus == BrievenModus.BEIDE) {
                perContract(pakket);
            }
        }
    }

    private void drukbestand(BriefPakket pakket) throws IOException {
        String naam = drukbestandNaam(pakket.nummer());
        Path map = Privebestanden.maakMap(runMap.resolve(DRUKBESTAND_MAP));
        List<Indexregel> index = new ArrayList<>(pakket.aantal());
        try (Drukbestand bestand = Drukbestand.open(map.resolve(naam), pdfa, duplex)) {
            for (BriefItem item : pakket.brieven()) {
                Geadresseerde aan = item.geadresseerde();
                index.add(new Indexregel(index.size() + 1, item.voorstel().contractId(), aan.envelopPostcode(),
                        aan.envelopHuisnummer(), bestand.voegToe(brief(item), verklaring(item))));
            }
        }
        jdbc.update("DELETE FROM drukbestand_index WHERE run_id = :run_id AND bestand = :bestand",
                new MapSqlParameterSource().addValue("run_id", runId, Types.VARCHAR).addValue("bestand", naam, Types.VARCHAR));
        INDEX.<Indexregel>voegIn(jdbcTemplate, index, (r, rij) -> {
            rij.zet("run_id", runId, Types.VARCHAR);
            rij.zet("bestand", naam, Types.VARCHAR);
            rij.zet("volgnr", r.volgnr(), Types.INTEGER);
            rij.zet("contract_id", r.contractId(), Types.VARCHAR);
            rij.zet("postcode", r.postcode(), Types.VARCHAR);
            rij.zet("huisnummer", r.huisnummer(), Types.INTEGER);
            rij.zet("eerste_pagina", r.paginas().eerste(), Types.INTEGER);
            rij.zet("laatste_pagina", r.paginas().laatste(), Types.INTEGER);
        });
    }

    /** A letter's place in its print file: its number there, its envelope's address and its pages (not the letter). */
    private record Indexregel(int volgnr, String contractId, String postcode, int huisnummer, Paginabereik paginas) {}

    private void perContract(BriefPakket pakket) throws IOException {
        Path map = Privebestanden.maakMap(runMap.resolve(PER_CONTRACT_MAP));
        for (BriefItem item : pakket.brieven()) {
            schrijfPdf(map.resolve(item.voorstel().contractId() + ".pdf"),
                    renderer.renderPdf(brief(item), verklaring(item)));
        }
    }

    private static Huishoudverklaringbijlage verklaring(BriefItem item) {
        return item.verklaring() == null ? null : Huishoudverklaringbijlage.lees(item.verklaring());
    }

    private Brief brief(BriefItem item) {
        return samensteller.brief(item.voorstel(), item.geadresseerde(), verzenddatum, null, false);
    }

    /**
     * Temporary name, then rename: a letter under its final name is always complete. One open that
     * creates the file owner-only and truncates what a crashed attempt left, one write, one rename: the
     * separate delete, create and reopen cost as much as rendering the letter (100,000 files of 3 KB).
     */
    static void schrijfPdf(Path doel, byte[] pdf) {
        Path tijdelijk = doel.resolveSibling("." + doel.getFileName() + ".tmp");
        try {
            try (SeekableByteChannel kanaal = Files.newByteChannel(tijdelijk, NIEUW_OF_LEEG, ALLEEN_EIGENAAR)) {
                ByteBuffer inhoud = ByteBuffer.wrap(pdf);
                while (inhoud.hasRemaining()) {
                    kanaal.write(inhoud);
                }
            }
            Files.move(tijdelijk, doel, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException("kan brief " + doel.getFileName() + " niet schrijven: " + e.getMessage(), e);
        }
    }
}
