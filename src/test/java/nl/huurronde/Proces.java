package nl.huurronde;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** The program as a separate JVM (same classpath as the tests), so it can really be killed. */
public final class Proces {

    private Proces() {}

    public static Process start(Path log, List<String> args) throws IOException {
        List<String> opdracht = new ArrayList<>();
        opdracht.add(ProcessHandle.current().info().command().orElse("java"));
        opdracht.add("-Xmx512m");
        opdracht.add("-cp");
        opdracht.add(System.getProperty("java.class.path"));
        opdracht.add(HuurrondeApplication.class.getName());
        opdracht.addAll(args);
        return new ProcessBuilder(opdracht).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile())).start();
    }
}
