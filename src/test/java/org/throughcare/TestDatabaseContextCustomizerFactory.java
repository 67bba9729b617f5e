package org.throughcare;

import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.PropertySource;
import org.springframework.test.context.ContextConfigurationAttributes;
import org.springframework.test.context.ContextCustomizer;
import org.springframework.test.context.ContextCustomizerFactory;

import java.util.List;

/**
 * Points every test application context at {@link TestDatabase}. The database is started lazily, the
 * first time a context actually asks for a datasource property, so web-slice tests never start one.
 */
class TestDatabaseContextCustomizerFactory implements ContextCustomizerFactory {

    @Override
    public ContextCustomizer createContextCustomizer(Class<?> testClass,
                                                     List<ContextConfigurationAttributes> configAttributes) {
        return new TestDatabaseCustomizer();
    }

    private static final class TestDatabaseCustomizer implements ContextCustomizer {

        @Override
        public void customizeContext(org.springframework.context.ConfigurableApplicationContext context,
                                     org.springframework.test.context.MergedContextConfiguration mergedConfig) {
            ConfigurableEnvironment environment = context.getEnvironment();
            environment.getPropertySources().addLast(new LazyDatabaseProperties());
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof TestDatabaseCustomizer;
        }

        @Override
        public int hashCode() {
            return TestDatabaseCustomizer.class.hashCode();
        }
    }

    /** Not enumerable on purpose: listing the names must not start the database. */
    private static final class LazyDatabaseProperties extends PropertySource<Object> {

        LazyDatabaseProperties() {
            super("throughcareTestDatabase", new Object());
        }

        @Override
        public Object getProperty(String name) {
            if ("spring.test.database.replace".equals(name)) {
                return "none";
            }
            if (name.startsWith("spring.datasource.") || name.startsWith("spring.flyway.")) {
                return TestDatabase.connection().get(name);
            }
            return null;
        }
    }
}
