package nl.huurronde.rapport;

import java.nio.file.Path;
import nl.huurronde.HuurrondeApplication;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;

/** The real application context on an H2 database in a folder, for calling beans the CLI does not reach yet. */
final class Context {

    private Context() {}

    static ConfigurableApplicationContext h2(Path dataMap) {
        return new SpringApplication(HuurrondeApplication.class)
                .run("--huurronde.data=" + dataMap.toAbsolutePath());
    }
}
