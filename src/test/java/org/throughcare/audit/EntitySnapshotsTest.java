package org.throughcare.audit;

import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.metamodel.Attribute;
import jakarta.persistence.metamodel.EntityType;
import jakarta.persistence.metamodel.SingularAttribute;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.throughcare.IntegrationTest;
import org.throughcare.calendar.BankHoliday;

import java.lang.reflect.Constructor;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The audit trail describes a change with every persistent field of the entity, read from the JPA metamodel:
 * a field added to an entity is in its audit changes without another edit. This fails if any entity's field
 * is left out or cannot be written down.
 */
@IntegrationTest
class EntitySnapshotsTest {

    @Autowired
    EntitySnapshots snapshots;

    @Autowired
    EntityManagerFactory entityManagerFactory;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void everyPersistentFieldOfEveryEntityIsInItsAuditChanges() throws Exception {
        Set<EntityType<?>> entities = entityManagerFactory.getMetamodel().getEntities();
        assertThat(entities).hasSizeGreaterThan(10);
        for (EntityType<?> entity : entities) {
            Set<String> expected = entity.getAttributes().stream()
                    .filter(a -> !(a instanceof SingularAttribute<?, ?> s && (s.isId() || s.isVersion())))
                    .map(Attribute::getName)
                    .filter(name -> !EntitySnapshots.BOOKKEEPING.contains(name))
                    .collect(Collectors.toSet());
            assertThat(snapshots.auditedFields(entity.getJavaType()))
                    .as(entity.getName())
                    .containsExactlyInAnyOrderElementsOf(expected);
            // An empty instance can be described too: no field type the mechanism cannot write down.
            Object empty = instantiate(entity.getJavaType());
            assertThat(snapshots.of(empty).asCreated()).as(entity.getName()).isNotNull();
        }
    }

    @Test
    void changesAreFieldByFieldAndMaskedFieldsShowNoValues() throws Exception {
        Field name = BankHoliday.class.getDeclaredField("name");
        Object holiday = instantiate(BankHoliday.class);
        name.setAccessible(true);
        name.set(holiday, "Early May bank holiday");
        EntitySnapshots.Snapshot before = snapshots.of(holiday);
        name.set(holiday, "Coronation bank holiday");

        assertThat(before.changesTo(snapshots.of(holiday)))
                .containsExactly(new AuditChange("Name", "Early May bank holiday", "Coronation bank holiday"));
        assertThat(EntitySnapshots.words("dateOfBirth")).isEqualTo("Date of birth");
    }

    @Test
    void theTrailKeepsEachChangeAsJsonBesideItsSummary() {
        List<String> kinds = new ArrayList<>(jdbc.queryForList("select code from audit_record_kind", String.class));
        assertThat(kinds).contains("Person", "Case", "User", "Team", "Custody event", "Bank holiday");
        assertThat(jdbc.queryForObject(
                        "select data_type from information_schema.columns "
                                + "where table_name = 'audit_event' and column_name = 'changes'",
                        String.class))
                .isEqualTo("jsonb");
    }

    private static Object instantiate(Class<?> type) throws ReflectiveOperationException {
        Constructor<?> constructor = type.getDeclaredConstructor();
        constructor.setAccessible(true);
        assertThat(Modifier.isAbstract(type.getModifiers())).isFalse();
        return constructor.newInstance();
    }
}
