package org.throughcare.database;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.AnnotatedBeanDefinition;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.type.filter.AssignableTypeFilter;
import org.springframework.data.domain.Page;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every repository method that returns a page declares its query and its count query as strings. Without a declared
 * count, Spring Data asks Hibernate to derive one from the query on every call, and Hibernate translated that count
 * (and a derived method's own query) to SQL again each time: 5% of the probation home's CPU at national scale
 * (docs/performance.md, 3 December 2026). A string query is translated once and kept.
 *
 * <p>The count counts rows ({@code count(*)}), not an entity ({@code count(r)}, which Hibernate writes as
 * {@code count(r.id)}): a count of rows can be answered from an index alone, and a list's count on the probation home
 * read 4,293 rows of the table for it (2.1 ms against 0.6 ms at national scale).
 */
class PagedQueriesDeclareTheirCountTest {

    @Test
    void everyPagedRepositoryMethodDeclaresItsCountQuery() throws ClassNotFoundException {
        ClassPathScanningCandidateComponentProvider scanner = new ClassPathScanningCandidateComponentProvider(false) {
            @Override
            protected boolean isCandidateComponent(AnnotatedBeanDefinition definition) {
                return definition.getMetadata().isInterface();
            }
        };
        scanner.addIncludeFilter(new AssignableTypeFilter(Repository.class));
        List<String> repositories = new ArrayList<>();
        List<String> withoutCount = new ArrayList<>();
        List<String> notCountingRows = new ArrayList<>();
        for (var candidate : scanner.findCandidateComponents("org.throughcare")) {
            Class<?> repository = Class.forName(candidate.getBeanClassName());
            repositories.add(repository.getSimpleName());
            for (Method method : repository.getDeclaredMethods()) {
                if (!Page.class.isAssignableFrom(method.getReturnType())) {
                    continue;
                }
                Query query = method.getAnnotation(Query.class);
                if (query == null || query.countQuery().isBlank()) {
                    withoutCount.add(repository.getSimpleName() + "." + method.getName());
                } else if (!query.countQuery().strip().startsWith("select count(*) from")) {
                    notCountingRows.add(repository.getSimpleName() + "." + method.getName());
                }
            }
        }

        assertThat(repositories).as("the scan finds the repositories").contains("PrisonReleaseRepository");
        assertThat(withoutCount).isEmpty();
        assertThat(notCountingRows)
                .as("count queries that count an entity, not rows")
                .isEmpty();
    }
}
