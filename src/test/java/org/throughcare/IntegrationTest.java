package org.throughcare;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The one shape of integration test: the whole application on the shared PostgreSQL, MockMvc, the
 * {@link Fixtures} and a clock fixed at noon (UK) on Wednesday 17 June 2026 ({@link TestClock}). Every test
 * of this shape shares one application context, started once per test run.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@SpringBootTest
@AutoConfigureMockMvc
@Import({Fixtures.class, TestClock.class, StatementCounter.class})
public @interface IntegrationTest {}
