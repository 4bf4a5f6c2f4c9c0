package nl.huurronde;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** The program as a separate JVM (same classpath as the tests), so it can really be killed. */
public final class Proces {

    private Proces() {}

    public static Process start(Path log, List<String> args) throws IOException {
        return start(log, klassenpad(), List.of(), args);
    }

    /** On class path {@code klassenpad}, with options {@code jvm} for the JVM. */
    public static Process start(Path log, String klassenpad, List<String> jvm, List<String> args) throws IOException {
        List<String> opdracht = new ArrayList<>();
        opdracht.add(ProcessHandle.current().info().command().orElse("java"));
        opdracht.add("-Xmx512m");
        opdracht.addAll(jvm);
        opdracht.add("-cp");
        opdracht.add(klassenpad);
        opdracht.add(HuurrondeApplication.class.getName());
        opdracht.addAll(args);
        return new ProcessBuilder(opdracht).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile())).start();
    }

    /** Waits for the program to end, at most five minutes, and returns its exit code. */
    public static int einde(Process p) throws InterruptedException {
        assertThat(p.waitFor(5, TimeUnit.MINUTES)).as("het programma eindigt binnen vijf minuten").isTrue();
        return p.exitValue();
    }

    /** Runs the program to its end; its exit code. */
    public static int draai(Path log, List<String> args) throws IOException, InterruptedException {
        return einde(start(log, args));
    }

    /** The tests' own class path. */
    public static String klassenpad() {
        return System.getProperty("java.class.path");
    }
}
