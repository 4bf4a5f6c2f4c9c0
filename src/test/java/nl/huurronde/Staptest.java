package nl.huurronde;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.batch.test.context.SpringBatchTest;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.annotation.DirtiesContext;

/**
 * A step-level test: the application's context (no web server, as the commands run it) on the H2 file
 * database of a round that {@link Stapronde#draai} ran with the real program, with
 * {@code JobOperatorTestUtils} to launch single steps of the yearly run on that run. The class
 * points {@code huurronde.data} at its database with a {@code @DynamicPropertySource}; the context is
 * closed after the class, before its folder is removed.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(classes = HuurrondeApplication.class)
@SpringBatchTest
@DirtiesContext
public @interface Staptest {}
