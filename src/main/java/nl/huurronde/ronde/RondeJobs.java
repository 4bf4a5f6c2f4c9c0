package nl.huurronde.ronde;

import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.builder.JobBuilder;
import org.springframework.batch.core.job.builder.SimpleJobBuilder;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The yearly run, as the process reads: intake, compute, huursom, letters, exports (simulation: package simulatie); the supplementary run. */
@Configuration(proxyBeanMethods = false)
class RondeJobs {

    @Bean
    Job jaarlijkseRun(JobRepository jobRepository, Step importHuurders, Step importMedehuurders, Step importBrp, Step importInkomen,
                      Step intakeControle, Step berekenen, Step huursom, Step huursomToepassen, Step brieven,
                      Step exporteren) {
        return job("jaarlijkseRun", jobRepository, importHuurders, importMedehuurders, importBrp, importInkomen, intakeControle,
                berekenen, huursom, huursomToepassen, brieven, exporteren);
    }

    /**
     * A supplementary run (aanvulrun): the same intake, compute, letters and export, with a selection after the
     * intake (only contracts new to the round go on; none: the job ends there) and the main run's cap instead
     * of a search of its own.
     */
    @Bean
    Job aanvulRun(JobRepository jobRepository, Step importHuurders, Step importBrp, Step importInkomen,
                  Step intakeControle, Step aanvulSelectie, Step berekenen, Step aanvulHuursom, Step huursomToepassen,
                  Step brieven, Step aanvulExport, Step exporteren) {
        return new JobBuilder("aanvulRun", jobRepository).start(importHuurders).next(importBrp).next(importInkomen)
                .next(intakeControle).next(aanvulSelectie)
                .on(Aanvulselectie.NIETS_NIEUW).end()
                .from(aanvulSelectie).on("*").to(berekenen).next(aanvulHuursom).next(huursomToepassen).next(brieven)
                .next(aanvulExport).next(exporteren)
                .end().build();
    }

    private static Job job(String naam, JobRepository jobRepository, Step eerste, Step... volgende) {
        SimpleJobBuilder builder = new JobBuilder(naam, jobRepository).start(eerste);
        for (Step stap : volgende) {
            builder = builder.next(stap);
        }
        return builder.build();
    }
}
