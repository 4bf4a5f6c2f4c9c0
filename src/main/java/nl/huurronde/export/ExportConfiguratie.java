package nl.huurronde.export;

import nl.huurronde.huursom.HuursomCijfers;
import nl.huurronde.policy.BrievenModus;
import nl.huurronde.rapport.HuursomRapport;
import nl.huurronde.ronde.Ronde;
import nl.huurronde.ronde.Rondes;
import org.springframework.batch.core.configuration.annotation.JobScope;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.transaction.PlatformTransactionManager;

/** The last step: every CSV output and the manifest, from the database, each file complete or absent. */
@Configuration(proxyBeanMethods = false)
class ExportConfiguratie {

    private final JobRepository jobRepository;
    private final PlatformTransactionManager transactionManager;
    private final Rondes rondes;

    ExportConfiguratie(JobRepository jobRepository, PlatformTransactionManager transactionManager, Rondes rondes) {
        this.jobRepository = jobRepository;
        this.transactionManager = transactionManager;
        this.rondes = rondes;
    }

    @Bean
    @JobScope
    Step exporteren(@Value("#{jobParameters['run_id']}") String runId, Exporteur exporteur, HuursomCsv huursom,
                    HuursomCijfers cijfers, HuursomRapport rapport, RunManifest manifest) {
        return new StepBuilder("exporteren", jobRepository)
                .tasklet((contribution, context) -> {
                    Ronde ronde = rondes.laad(runId);
                    cijfers.legVastNaCap(runId, ronde.huursomCap() != null);
                    exporteur.audit(ronde);
                    exporteur.financieel(ronde);
                    exporteur.financieelTotalen(ronde);
                    huursom.schrijf(ronde);
                    rapport.schrijf(ronde);
                    exporteur.afgewezen(ronde);
                    if (!ronde.simulatie() && (ronde.config().brieven() == BrievenModus.DRUKBESTAND
                            || ronde.config().brieven() == BrievenModus.BEIDE)) {
                        exporteur.drukbestandIndex(ronde);
                    }
                    manifest.schrijf(ronde, "VOLTOOID", null);
                    return RepeatStatus.FINISHED;
                }, transactionManager)
                .build();
    }
}
