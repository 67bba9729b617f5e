package org.throughcare;

import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.PropertySource;
import org.springframework.test.context.ContextConfigurationAttributes;
import org.springframework.test.context.ContextCustomizer;
import org.springframework.test.context.ContextCustomizerFactory;
import org.springframework.test.context.MergedContextConfiguration;

import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Points every test application context at {@link TestDatabase}: the shared database, or one of its own for
 * a class marked {@link OwnDatabase}. The database is started lazily, the first time a context actually
 * asks for a datasource property, so web-slice tests never start one.
 */
class TestDatabaseContextCustomizerFactory implements ContextCustomizerFactory {

    @Override
    public ContextCustomizer createContextCustomizer(
            Class<?> testClass, List<ContextConfigurationAttributes> configAttributes) {
        return new TestDatabaseCustomizer(
                testClass.isAnnotationPresent(OwnDatabase.class) ? testClass.getName() : null);
    }

    /** {@code ownDatabase}: the name of the class's own database, or null for the shared one. */
    private record TestDatabaseCustomizer(String ownDatabase) implements ContextCustomizer {

        @Override
        public void customizeContext(ConfigurableApplicationContext context, MergedContextConfiguration mergedConfig) {
            ConfigurableEnvironment environment = context.getEnvironment();
            environment.getPropertySources().addLast(new LazyDatabaseProperties(ownDatabase));
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof TestDatabaseCustomizer customizer
                    && Objects.equals(ownDatabase, customizer.ownDatabase);
        }

        @Override
        public int hashCode() {
            return Objects.hashCode(ownDatabase);
        }
    }

    /** Not enumerable on purpose: listing the names must not start the database. */
    private static final class LazyDatabaseProperties extends PropertySource<Object> {

        private final String ownDatabase;

        LazyDatabaseProperties(String ownDatabase) {
            super("throughcareTestDatabase", new Object());
            this.ownDatabase = ownDatabase;
        }

        @Override
        public Object getProperty(String name) {
            if ("spring.test.database.replace".equals(name)) {
                return "none";
            }
            if (name.startsWith("spring.datasource.") || name.startsWith("spring.flyway.")) {
                Map<String, String> connection =
                        ownDatabase == null ? TestDatabase.connection() : TestDatabase.ownDatabase(ownDatabase);
                return connection.get(name);
            }
            return null;
        }
    }
}
