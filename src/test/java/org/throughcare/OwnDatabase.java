package org.throughcare;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Gives a test class a database of its own on the tests' server, freshly migrated, for tests that change
 * what every other test relies on (reference data, demo accounts) or that need a known starting point.
 * Costs one migration and one application context.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
public @interface OwnDatabase {}
