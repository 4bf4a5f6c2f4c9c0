package nl.huurronde.ronde;

import java.util.List;

import nl.huurronde.batch.Databank;
import nl.huurronde.batch.NaastElkaar;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.builder.FlowBuilder;
import org.springframework.batch.core.job.builder.JobBuilder;
import org.springframework.batch.core.job.builder.JobFlowBuilder;
import org.springframework.batch.core.job.builder.SimpleJobBuilder;
import org.springframework.batch.core.job.flow.Flow;
import org.springframework.batch.core.job.flow.support.SimpleFlow;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The yearly run, as the process reads: intake, compute, huursom, letters, exports (simulation: package simulatie); the supplementary run. */
@Configuration(proxyBeanMethods = false)
class RondeJobs {

    /**
     * On PostgreSQL the extracts are read side by side ({@link #naastElkaar}) and the print order is numbered
     * beside the huursom ({@link #huursomEnDrukvolgorde}); on H2 one after the other, where three writers on
     * its one store on 2 cores were slower than one (docs/decisions.md).
     */
    @Bean
    Job jaarlijkseRun(JobRepository jobRepository, Databank databank, Step importHuurders, Step importMedehuurders,
                      Step importBrp, Step importInkomen, Step intakeControle, Step berekenen, Step huursom,
                      Step huursomToepassen, Step drukvolgorde, Step brieven, Step exporteren) {
        if (!databank.postgres()) {
            SimpleJobBuilder builder = new JobBuilder("jaarlijkseRun", jobRepository).start(importHuurders)
                    .next(importMedehuurders).next(importBrp).next(importInkomen);
            List.of(intakeControle, berekenen, huursom, huursomToepassen, drukvolgorde, brieven, exporteren)
                    .forEach(builder::next);
            return builder.build();
        }
        return new JobBuilder("jaarlijkseRun", jobRepository)
                .start(naastElkaar(importHuurders, importMedehuurders, importBrp, importInkomen))
                .next(intakeControle).next(berekenen)
                .next(huursomEnDrukvolgorde(huursom, huursomToepassen, drukvolgorde))
                .next(brieven).next(exporteren)
                .end().build();
    }

    /**
     * The print order needs the proposals but not their cap: the cap changes amounts, never which contracts
     * get a letter. So the database sorts the letters (a whole-roll sort on the server) while the huursom
     * is measured and applied; the letters step starts when both are done.
     */
    private static Flow huursomEnDrukvolgorde(Step huursom, Step huursomToepassen, Step drukvolgorde) {
        return new FlowBuilder<SimpleFlow>("huursomEnDrukvolgorde").split(new NaastElkaar("huursomEnDrukvolgorde"))
                .add(new FlowBuilder<SimpleFlow>("huursomEnDrukvolgorde.huursom").start(huursom)
                                .next(huursomToepassen).build(),
                        new FlowBuilder<SimpleFlow>("huursomEnDrukvolgorde.drukvolgorde").start(drukvolgorde).build())
                .build();
    }

    /**
     * The extracts are independent until the intake check, which starts when all are staged: three flows
     * on threads of their own (co-tenants after the contracts, whose file they follow). Each import is its
     * own step as before, so a resumed run skips the ones that completed and restarts the others from
     * their last commit; a failing one lets the others finish, and the job then fails.
     */
    private static Flow naastElkaar(Step huurders, Step medehuurders, Step brp, Step inkomen) {
        return new FlowBuilder<SimpleFlow>("inlezen").split(new NaastElkaar("inlezen"))
                .add(new FlowBuilder<SimpleFlow>("inlezen.huurders").start(huurders).next(medehuurders).build(),
                        new FlowBuilder<SimpleFlow>("inlezen.brp").start(brp).build(),
                        new FlowBuilder<SimpleFlow>("inlezen.inkomen").start(inkomen).build())
                .build();
    }

    /**
     * A supplementary run (aanvulrun): the same intake, compute, letters and export, with a selection after the
     * intake (only contracts new to the round go on; none: the job ends there) and the main run's cap instead
     * of a search of its own.
     */
    @Bean
    Job aanvulRun(JobRepository jobRepository, Step importHuurders, Step importMedehuurders, Step importBrp,
                  Step importInkomen, Step intakeControle, Step aanvulSelectie, Step berekenen, Step aanvulHuursom,
                  Step huursomToepassen, Step brieven, Step aanvulExport, Step exporteren) {
        return new JobBuilder("aanvulRun", jobRepository).start(importHuurders).next(importMedehuurders)
                .next(importBrp).next(importInkomen)
                .next(intakeControle).next(aanvulSelectie)
                .on(Aanvulselectie.NIETS_NIEUW).end()
                .from(aanvulSelectie).on("*").to(berekenen).next(aanvulHuursom).next(huursomToepassen).next(brieven)
                .next(aanvulExport).next(exporteren)
                .end().build();
    }
}
