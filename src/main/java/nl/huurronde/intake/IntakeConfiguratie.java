package nl.huurronde.intake;

import java.nio.charset.Charset;
import java.nio.file.Path;

import nl.huurronde.batch.Voortgang;
import nl.huurronde.beleid.Invoer;
import nl.huurronde.regels.Beleid;
import nl.huurronde.register.Ronde;
import nl.huurronde.register.RondeRegister;
import nl.huurronde.register.RondeFout;
import nl.huurronde.register.Rondes;
import org.springframework.batch.core.configuration.annotation.JobScope;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.batch.infrastructure.item.Chunk;
import org.springframework.batch.infrastructure.item.ItemProcessor;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * The intake steps: each extract is read once, validated row by row and staged in the database in
 * chunks; then the checks over whole files run in one transaction.
 */
@Configuration(proxyBeanMethods = false)
class IntakeConfiguratie {


    private final int chunkGrootte;
    private final JobRepository jobRepository;
    private final PlatformTransactionManager transactionManager;
    private final Rondes rondes;
    private final RondeRegister register;
    private final Staging staging;
    private final Intakekopie kopie;
    private final Antwoordmap antwoordmap;

    /**
     * @param chunk rows per import transaction: {@code huurronde.intake.chunk-grootte}, else the steps' common
     *              {@code huurronde.chunk-grootte} (the tests that interrupt a run set only that one)
     */
    IntakeConfiguratie(@Value("${huurronde.intake.chunk-grootte:${huurronde.chunk-grootte}}") int chunk, JobRepository jobRepository,
                       PlatformTransactionManager transactionManager, Rondes rondes, RondeRegister register,
                       Staging staging, Intakekopie kopie, Antwoordmap antwoordmap) {
        this.antwoordmap = antwoordmap;
        this.chunkGrootte = chunk;
        this.jobRepository = jobRepository;
        this.transactionManager = transactionManager;
        this.rondes = rondes;
        this.register = register;
        this.staging = staging;
        this.kopie = kopie;
    }

    @Bean
    @JobScope
    Step importHuurders(@Value("#{jobParameters['run_id']}") String runId) {
        Ronde ronde = rondes.laad(runId);
        HuurderValidatie validatie = new HuurderValidatie(ronde.beleid());
        // the answer zip's statements are checked in the database (Antwoordcontrole), so not in memory
        if (ronde.simulatie() && ronde.config().invoer().inkomensantwoord() == null
                && kopie.past(records(runId, Bestandsoort.HUURDERS))) {
            kopie.begin(runId); // the simulation then reads its households from memory (Intakekopie)
        }
        return this.<HuurderRegel>importStap("importHuurders", runId, ronde.config().invoer().huurders(),
                ronde.config().invoer().huurdersCodering().tekenset(), Bestandsoort.HUURDERS, "huurder",
                validatie::valideer, staging::huurders);
    }

    /** medehuurders.csv (#20), optional: a step that reads nothing when the job names no such file. */
    @Bean
    @JobScope
    Step importMedehuurders(@Value("#{jobParameters['run_id']}") String runId) {
        Ronde ronde = rondes.laad(runId);
        Invoer invoer = ronde.config().invoer();
        if (invoer.medehuurders() == null) {
            return new StepBuilder("importMedehuurders", jobRepository)
                    .tasklet((contribution, context) -> RepeatStatus.FINISHED, transactionManager).build();
        }
        MedehuurderValidatie validatie = new MedehuurderValidatie();
        return this.<MedehuurderRegel>importStap("importMedehuurders", runId, invoer.medehuurders(),
                invoer.medehuurdersCodering().tekenset(), Bestandsoort.MEDEHUURDERS, "medehuurder",
                validatie::valideer, staging::medehuurders);
    }

    @Bean
    @JobScope
    Step importBrp(@Value("#{jobParameters['run_id']}") String runId) {
        Ronde ronde = rondes.laad(runId);
        BrpValidatie validatie = new BrpValidatie(ronde.beleid().peildatum());
        return this.<PersoonRegel>importStap("importBrp", runId, ronde.config().invoer().brp(),
                ronde.config().invoer().brpCodering().tekenset(), Bestandsoort.BRP,
                "persoon", validatie::valideer, staging::personen);
    }

    /** inkomen.csv, or the Belastingdienst's category per address when the job names that file instead. */
    @Bean
    @JobScope
    Step importInkomen(@Value("#{jobParameters['run_id']}") String runId) {
        Ronde ronde = rondes.laad(runId);
        Invoer invoer = ronde.config().invoer();
        Beleid beleid = ronde.beleid();
        if (invoer.inkomensantwoord() != null) {
            // unpacked again by every attempt, so a resumed run reads the same bytes (checked by the run's SHA-256)
            Path map = antwoordmap.map(runId);
            try {
                Inkomensantwoord.pak(invoer.inkomensantwoord(), map, antwoordmap.grenzen());
            } catch (InvoerFout e) {
                throw new RondeFout(e.getMessage());
            }
            CategorieValidatie validatie = new CategorieValidatie(Inkomenscategorieen.geldig(beleid),
                    Bestandsoort.INKOMENSANTWOORD);
            return this.<CategorieRegel>importStap("importInkomen", runId, map.resolve(Inkomensantwoord.CSV),
                    invoer.inkomenCodering().tekenset(), Bestandsoort.INKOMENSANTWOORD, "inkomenscategorie",
                    validatie::valideer, staging::categorieen);
        }
        if (invoer.inkomenscategorie() != null) {
            CategorieValidatie validatie = new CategorieValidatie(Inkomenscategorieen.geldig(beleid));
            return this.<CategorieRegel>importStap("importInkomen", runId, invoer.inkomenscategorie(),
                    invoer.inkomenCodering().tekenset(), Bestandsoort.INKOMENSCATEGORIE, "inkomenscategorie",
                    validatie::valideer, staging::categorieen);
        }
        InkomenValidatie validatie = new InkomenValidatie(beleid.inkomensjaar());
        return this.<InkomenRegel>importStap("importInkomen", runId, invoer.inkomen(),
                invoer.inkomenCodering().tekenset(), Bestandsoort.INKOMEN, "inkomen",
                validatie::valideer, staging::inkomens);
    }

    /**
     * One extract: read, validated row by row, staged in chunks (and handed to the simulation's copy of the
     * intake, when it keeps one); a restart first clears what was staged after the last committed record.
     */
    private <T> Step importStap(String naam, String runId, Path pad, Charset tekenset, Bestandsoort soort,
                                String tabel, ItemProcessor<CsvRecord, Gelezen<T>> validatie, Stager<T> stager) {
        return new StepBuilder(naam, jobRepository)
                .<CsvRecord, Gelezen<T>>chunk(chunkGrootte)
                .transactionManager(transactionManager)
                .reader(new CsvItemLezer(pad, soort, tekenset,
                        regel -> staging.verwijderNa(runId, tabel, soort, regel)))
                .processor(validatie)
                .writer(chunk -> {
                    stager.schrijf(runId, chunk);
                    kopie.voegToe(runId, soort, chunk);
                })
                .listener(voortgang(runId, soort))
                .build();
    }

    /** Writes a chunk of validated rows of one kind into its staging table ({@link Staging}). */
    @FunctionalInterface
    private interface Stager<T> {
        void schrijf(String runId, Chunk<? extends Gelezen<T>> chunk);
    }

    @Bean
    @JobScope
    Step intakeControle(@Value("#{jobParameters['run_id']}") String runId, Bestandscontrole controle) {
        return new StepBuilder("intakeControle", jobRepository)
                .tasklet((contribution, context) -> {
                    controle.controleer(rondes.laad(runId));
                    return RepeatStatus.FINISHED;
                }, transactionManager)
                .build();
    }


    private Voortgang voortgang(String runId, Bestandsoort soort) {
        return new Voortgang("inlezen " + soort.naam(), () -> records(runId, soort));
    }

    /** The number of records of the run's input file, counted when the run started. */
    private long records(String runId, Bestandsoort soort) {
        return register.invoer(runId).stream().filter(i -> i.bestand().equals(soort.naam()))
                .mapToLong(RondeRegister.InvoerRij::records).findFirst().orElse(0);
    }
}
