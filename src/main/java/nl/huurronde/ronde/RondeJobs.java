package nl.huurronde.ronde;

import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.builder.JobBuilder;
import org.springframework.batch.core.job.builder.SimpleJobBuilder;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The yearly run, as the process reads: intake, compute, huursom, letters, exports (simulation: package simulatie). */
@Configuration(proxyBeanMethods = false)
class RondeJobs {

    @Bean
    Job jaarlijkseRun(JobRepository jobRepository, Step importHuurders, Step importBrp, Step importInkomen,
                      Step intakeControle, Step berekenen, Step huursom, Step huursomToepassen, Step brieven,
                      Step exporteren) {
        return job("jaarlijkseRun", jobRepository, importHuurders, importBrp, importInkomen, intakeControle,
                berekenen, huursom, huursomToepassen, brieven, exporteren);
    }

    private static Job job(String naam, JobRepository jobRepository, Step eerste, Step... volgende) {
        SimpleJobBuilder builder = new JobBuilder(naam, jobRepository).start(eerste);
        for (Step stap : volgende) {
            builder = builder.next(stap);
        }
        return builder.build();
    }
}
