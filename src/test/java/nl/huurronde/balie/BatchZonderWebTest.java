package nl.huurronde.balie;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Arrays;

import nl.huurronde.HuurrondeApplication;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The batch commands' context (no profile balie) is no web application and has none of the desk's, the
 * web's or the security's beans: they neither start a server nor spend start-up time on it.
 */
class BatchZonderWebTest {

    @TempDir
    Path tmp;

    @Test
    void deBatchcontextHeeftGeenWebBeveiligingOfBalie() {
        try (ConfigurableApplicationContext context = new SpringApplication(HuurrondeApplication.class)
                .run("--huurronde.data=" + tmp.toAbsolutePath())) {
            assertThat(context).isNotInstanceOf(WebServerApplicationContext.class);
            assertThat(Arrays.stream(context.getBeanDefinitionNames())
                    .map(n -> context.getBeanFactory().getBeanDefinition(n).getBeanClassName())
                    .filter(c -> c != null)).noneMatch(c -> c.startsWith("nl.huurronde.balie."))
                    .noneMatch(c -> c.startsWith("org.springframework.security."))
                    .noneMatch(c -> c.startsWith("org.springframework.boot.security."))
                    .noneMatch(c -> c.startsWith("org.thymeleaf.") || c.startsWith("org.springframework.boot.thymeleaf."))
                    .noneMatch(c -> c.startsWith("org.springframework.boot.webmvc.")
                            || c.startsWith("org.springframework.boot.tomcat."));
            assertThat(context.getBeanNamesForType(Zoeken.class)).isEmpty();
            // The users' command is a batch command: it is there.
            assertThat(context.getBeanNamesForType(nl.huurronde.gebruiker.Gebruikers.class)).hasSize(1);
        }
    }
}
