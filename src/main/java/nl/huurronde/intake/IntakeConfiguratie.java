package nl.huurronde.intake;

import nl.huurronde.policy.Invoer;
import nl.huurronde.ronde.Ronde;
import nl.huurronde.ronde.RondeRegister;
import nl.huurronde.ronde.Rondes;
import nl.huurronde.ronde.Voortgang;
import nl.huurronde.rules.Beleid;
import org.springframework.batch.core.configuration.annotation.JobScope;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.builder.StepBuilder;
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

    IntakeConfiguratie(@Value("${huurronde.chunk-grootte}") int chunk, JobRepository jobRepository,
                       PlatformTransactionManager transactionManager, Rondes rondes, RondeRegister register,
                       Staging staging, Intakekopie kopie) {
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
        if (ronde.simulatie() && kopie.past(records(runId, Bestandsoort.HUURDERS))) {
            kopie.begin(runId); // the simulation then reads its households from memory (Intakekopie)
        }
        return new StepBuilder("importHuurders", jobRepository)
                .<CsvRecord, Gelezen<HuurderRegel>>chunk(chunkGrootte)
                .transactionManager(transactionManager)
                .reader(new CsvItemLezer(ronde.config().invoer().huurders(), Bestandsoort.HUURDERS,
                        regel -> staging.verwijderNa(runId, "huurder", Bestandsoort.HUURDERS, regel)))
                .processor(validatie::valideer)
                .writer(chunk -> {
                    staging.huurders(runId, chunk);
                    kopie.voegToe(runId, Bestandsoort.HUURDERS, chunk);
                })
                .listener(voortgang(runId, Bestandsoort.HUURDERS))
                .build();
    }

    @Bean
    @JobScope
    Step importBrp(@Value("#{jobParameters['run_id']}") String runId) {
        Ronde ronde = rondes.laad(runId);
        BrpValidatie validatie = new BrpValidatie(ronde.beleid().peildatum());
        return new StepBuilder("importBrp", jobRepository)
                .<CsvRecord, Gelezen<PersoonRegel>>chunk(chunkGrootte)
                .transactionManager(transactionManager)
                .reader(new CsvItemLezer(ronde.config().invoer().brp(), Bestandsoort.BRP,
                        regel -> staging.verwijderNa(runId, "persoon", Bestandsoort.BRP, regel)))
                .processor(validatie::valideer)
                .writer(chunk -> {
                    staging.personen(runId, chunk);
                    kopie.voegToe(runId, Bestandsoort.BRP, chunk);
                })
                .listener(voortgang(runId, Bestandsoort.BRP))
                .build();
    }

    /** inkomen.csv, or the Belastingdienst's category per address when the job names that file instead. */
    @Bean
    @JobScope
    Step importInkomen(@Value("#{jobParameters['run_id']}") String runId) {
        Ronde ronde = rondes.laad(runId);
        Invoer invoer = ronde.config().invoer();
        Beleid beleid = ronde.beleid();
        if (invoer.inkomenscategorie() != null) {
            CategorieValidatie validatie = new CategorieValidatie(Inkomenscategorieen.geldig(beleid));
            return new StepBuilder("importInkomen", jobRepository)
                    .<CsvRecord, Gelezen<CategorieRegel>>chunk(chunkGrootte)
                    .transactionManager(transactionManager)
                    .reader(new CsvItemLezer(invoer.inkomenscategorie(), Bestandsoort.INKOMENSCATEGORIE,
                        regel -> staging.verwijderNa(runId, "inkomenscategorie", Bestandsoort.INKOMENSCATEGORIE, regel)))
                    .processor(validatie::valideer)
                    .writer(chunk -> {
                        staging.categorieen(runId, chunk);
                        kopie.voegToe(runId, Bestandsoort.INKOMENSCATEGORIE, chunk);
                    })
                    .listener(voortgang(runId, Bestandsoort.INKOMENSCATEGORIE))
                    .build();
        }
        InkomenValidatie validatie = new InkomenValidatie(beleid.inkomensjaar());
        return new StepBuilder("importInkomen", jobRepository)
                .<CsvRecord, Gelezen<InkomenRegel>>chunk(chunkGrootte)
                .transactionManager(transactionManager)
                .reader(new CsvItemLezer(invoer.inkomen(), Bestandsoort.INKOMEN,
                        regel -> staging.verwijderNa(runId, "inkomen", Bestandsoort.INKOMEN, regel)))
                .processor(validatie::valideer)
                .writer(chunk -> {
                    staging.inkomens(runId, chunk);
                    kopie.voegToe(runId, Bestandsoort.INKOMEN, chunk);
                })
                .listener(voortgang(runId, Bestandsoort.INKOMEN))
                .build();
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
