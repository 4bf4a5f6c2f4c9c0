package nl.huurronde.ronde;

import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.builder.JobBuilder;
import org.springframework.batch.core.job.builder.SimpleJobBuilder;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The jobs, as the process reads: intake, compute, huursom, letters, exports. */
@Configuration(proxyBeanMethods = false)
class RondeJobs {

    @Bean
    Job jaarlijkseRun(JobRepository jobRepository, Step importHuurders, Step importBrp, Step importInkomen,
                      Step intakeControle, Step berekenen, Step huursom, Step huursomToepassen, Step brieven,
                      Step exporteren) {
        return job("jaarlijkseRun", jobRepository, importHuurders, importBrp, importInkomen, intakeControle,
                berekenen, huursom, huursomToepassen, brieven, exporteren);
    }

    /** The same computation for policy staff: no letters, separate runs, nothing shared with the yearly run. */
    @Bean
    Job simulatie(JobRepository jobRepository, Step importHuurders, Step importBrp, Step importInkomen,
                  Step intakeControle, Step berekenen, Step huursom, Step huursomToepassen, Step exporteren) {
        return job("simulatie", jobRepository, importHuurders, importBrp, importInkomen, intakeControle, berekenen,
                huursom, huursomToepassen, exporteren);
    }

    private static Job job(String naam, JobRepository jobRepository, Step eerste, Step... volgende) {
        SimpleJobBuilder builder = new JobBuilder(naam, jobRepository).start(eerste);
        for (Step stap : volgende) {
            builder = builder.next(stap);
        }
        return builder.build();
    }
}
