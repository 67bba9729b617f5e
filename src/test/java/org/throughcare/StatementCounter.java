package org.throughcare;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.jdbc.datasource.DelegatingDataSource;

import javax.sql.DataSource;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/**
 * Counts the SQL statements one piece of work sends on this thread, through every path to the database:
 * Hibernate, JdbcTemplate (access checks, search) and Spring Session alike. Work on other threads (events
 * delivered in the background) is not counted. Part of every {@link IntegrationTest}'s context.
 */
@TestConfiguration(proxyBeanMethods = false)
public class StatementCounter {

    private static final ThreadLocal<List<String>> STATEMENTS = new ThreadLocal<>();
    private static final ThreadLocal<int[]> COMMITS = new ThreadLocal<>();

    /** What a test counts. */
    public interface Work {
        void run() throws Exception;
    }

    /** The statements prepared or created on this thread while the work ran, in order. */
    public static List<String> statements(Work work) throws Exception {
        List<String> statements = new ArrayList<>();
        STATEMENTS.set(statements);
        try {
            work.run();
            return statements;
        } finally {
            STATEMENTS.remove();
        }
    }

    /**
     * How many transactions the work committed on this thread: a page that reads several lists in a transaction
     * each pays for every one of them.
     */
    public static int commits(Work work) throws Exception {
        int[] commits = new int[1];
        COMMITS.set(commits);
        try {
            work.run();
            return commits[0];
        } finally {
            COMMITS.remove();
        }
    }

    @Bean
    static BeanPostProcessor countingDataSource() {
        return new BeanPostProcessor() {
            @Override
            public Object postProcessAfterInitialization(Object bean, String beanName) {
                return bean instanceof DataSource dataSource && !(bean instanceof Counting)
                        ? new Counting(dataSource)
                        : bean;
            }
        };
    }

    static final class Counting extends DelegatingDataSource {

        Counting(DataSource dataSource) {
            super(dataSource);
        }

        /** The pool itself, so that Boot can derive Flyway's data source from it as without the counter. */
        @Override
        @SuppressWarnings("unchecked")
        public <T> T unwrap(Class<T> iface) throws SQLException {
            return iface == DataSource.class ? (T) obtainTargetDataSource() : super.unwrap(iface);
        }

        @Override
        public Connection getConnection() throws SQLException {
            return counted(super.getConnection());
        }

        @Override
        public Connection getConnection(String username, String password) throws SQLException {
            return counted(super.getConnection(username, password));
        }

        private static Connection counted(Connection connection) {
            return (Connection) Proxy.newProxyInstance(
                    StatementCounter.class.getClassLoader(),
                    new Class<?>[] {Connection.class},
                    (proxy, method, args) -> {
                        String name = method.getName();
                        List<String> statements = STATEMENTS.get();
                        int[] commits = COMMITS.get();
                        if (commits != null && name.equals("commit")) {
                            commits[0]++;
                        }
                        if (statements != null && (name.startsWith("prepare") || name.equals("createStatement"))) {
                            statements.add(
                                    args != null && args.length > 0 && args[0] instanceof String sql ? sql : name);
                        }
                        try {
                            return method.invoke(connection, args);
                        } catch (InvocationTargetException e) {
                            throw e.getCause();
                        }
                    });
        }
    }
}
