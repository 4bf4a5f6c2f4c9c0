package nl.huurronde;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;

import nl.huurronde.register.RondeRegister;
import org.springframework.batch.core.ExitStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.test.JobOperatorTestUtils;
import org.springframework.beans.factory.BeanFactory;

/**
 * The setting of a {@link Staptest}: a round run by the program (a run row in ronde_run, its inputs
 * staged, its proposals, letters and exports), and single steps of {@code jaarlijkseRun} launched again
 * on that run. Each step is a job-scoped bean that reads only {@code run_id}; every launch is a new
 * instance of the surrounding {@code TestJob} (a unique extra parameter), so the step starts fresh, as on
 * a first run: it first removes what an earlier execution of it wrote.
 */
public final class Stapronde {

    private Stapronde() {}

    /** The H2 file database of the round in {@code map}, for {@code huurronde.data}. */
    public static Path data(Path map) {
        return map.resolve("data").toAbsolutePath();
    }

    /** The output folder of the round in {@code map}. */
    public static Path uitvoer(Path map) {
        return map.resolve("uit");
    }

    /** Runs the round on the given inputs with the real program; it must complete (with or without rejections). */
    public static void draai(Path map, Path invoer, String... extra) {
        Huurronde.Uitkomst u = Huurronde.h2(data(map)).voer(Golden.run(invoer, uitvoer(map), extra));
        assertThat(u.code()).as(u.toString()).isIn(Exitcode.VOLTOOID, Exitcode.MET_AFWIJZINGEN);
    }

    /** The one run in the database. */
    public static RondeRegister.RondeRij run(RondeRegister register) {
        assertThat(register.alle()).hasSize(1);
        return register.alle().get(0);
    }

    /**
     * Launches one step of the yearly run on the run; returns that step's execution. The step is taken
     * from the context by its bean name, not from the job: the job's steps are job-scoped proxies, and
     * {@code startStep(String, …)} asks each for its name outside a job execution, where the scope has no
     * {@code run_id} to build them with.
     */
    public static StepExecution start(JobOperatorTestUtils stappen, BeanFactory context, String stap, String runId) {
        JobParameters parameters = stappen.getUniqueJobParametersBuilder().addString("run_id", runId).toJobParameters();
        JobExecution uitvoering = stappen.startStep(context.getBean(stap, Step.class), parameters, null);
        assertThat(uitvoering.getStepExecutions()).extracting(StepExecution::getStepName).contains(stap);
        return uitvoering.getStepExecutions().stream().filter(s -> s.getStepName().equals(stap)).findFirst()
                .orElseThrow();
    }

    /** The step completed; on failure the assertion shows its stored exit description (the stack trace). */
    public static void voltooid(StepExecution stap) {
        assertThat(stap.getExitStatus().getExitCode()).as(stap.getExitStatus().getExitDescription())
                .isEqualTo(ExitStatus.COMPLETED.getExitCode());
    }
}
