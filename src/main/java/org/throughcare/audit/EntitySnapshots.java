package org.throughcare.audit;

import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.PersistenceUnitUtil;
import jakarta.persistence.metamodel.Attribute;
import jakarta.persistence.metamodel.EntityType;
import jakarta.persistence.metamodel.ManagedType;
import jakarta.persistence.metamodel.PluralAttribute;
import jakarta.persistence.metamodel.SingularAttribute;
import org.hibernate.Hibernate;
import org.springframework.stereotype.Component;
import org.throughcare.common.UkTime;

import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * The one way changes to a record are described in the audit trail: every persistent field of the entity,
 * read from the JPA metamodel (so a field added to an entity is in its audit changes with no other edit),
 * written as the user would read it. Its id, version and who-and-when columns are left out; a field marked
 * {@link Audited#masked()} shows only that it changed.
 */
@Component
public class EntitySnapshots {

    static final Set<String> BOOKKEEPING = Set.of("createdAt", "createdBy", "updatedAt", "updatedBy");
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);
    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("d MMMM yyyy 'at' HH:mm", Locale.UK);

    private final EntityManagerFactory entityManagerFactory;

    EntitySnapshots(EntityManagerFactory entityManagerFactory) {
        this.entityManagerFactory = entityManagerFactory;
    }

    /** The entity's fields as they are now; take it before changing the entity and again after. */
    public Snapshot of(Object entity) {
        Object real = Hibernate.unproxy(entity);
        EntityType<?> type = entityManagerFactory.getMetamodel().entity(real.getClass());
        Map<String, Value> values = new LinkedHashMap<>();
        for (Attribute<?, ?> attribute : fieldsInOrder(type)) {
            if (!audited(attribute)) {
                continue;
            }
            Field field = (Field) attribute.getJavaMember();
            Audited audited = field.getAnnotation(Audited.class);
            String label = audited != null && !audited.label().isBlank() ? audited.label() : words(field.getName());
            values.put(
                    label,
                    new Value(
                            render(attribute, read(field, real), type.getJavaType()),
                            audited != null && audited.masked()));
        }
        return new Snapshot(values);
    }

    /** The persistent fields of a type that its snapshot shows, in declaration order. */
    List<String> auditedFields(Class<?> entityType) {
        EntityType<?> type = entityManagerFactory.getMetamodel().entity(entityType);
        return fieldsInOrder(type).stream()
                .filter(EntitySnapshots::audited)
                .map(Attribute::getName)
                .toList();
    }

    private static boolean audited(Attribute<?, ?> attribute) {
        if (attribute instanceof SingularAttribute<?, ?> singular && (singular.isId() || singular.isVersion())) {
            return false;
        }
        return !BOOKKEEPING.contains(attribute.getName());
    }

    /** The metamodel's attributes in the order the fields are declared, superclass fields first. */
    private static List<Attribute<?, ?>> fieldsInOrder(ManagedType<?> type) {
        Map<String, Attribute<?, ?>> byName = new LinkedHashMap<>();
        type.getAttributes().forEach(attribute -> byName.put(attribute.getName(), attribute));
        List<Attribute<?, ?>> ordered = new ArrayList<>();
        List<Class<?>> hierarchy = new ArrayList<>();
        for (Class<?> c = type.getJavaType(); c != null && c != Object.class; c = c.getSuperclass()) {
            hierarchy.add(0, c);
        }
        for (Class<?> c : hierarchy) {
            for (Field field : c.getDeclaredFields()) {
                Attribute<?, ?> attribute = byName.remove(field.getName());
                if (attribute != null) {
                    ordered.add(attribute);
                }
            }
        }
        ordered.addAll(byName.values());
        return ordered;
    }

    private String render(Attribute<?, ?> attribute, Object value, Class<?> owner) {
        if (value == null) {
            return "";
        }
        if (value instanceof Map<?, ?> map) {
            // An element collection keyed by, say, a substance: "key: value" pairs, in a stable order.
            List<String> entries = new ArrayList<>();
            map.forEach((key, entry) -> entries.add(plain(key) + ": " + plain(entry)));
            entries.sort(String::compareTo);
            return String.join("; ", entries);
        }
        if (attribute instanceof PluralAttribute<?, ?, ?>) {
            List<String> elements = new ArrayList<>();
            for (Object element : (Collection<?>) value) {
                elements.add(isEntity(element) ? element(element, owner) : plain(element));
            }
            elements.sort(String::compareTo);
            return String.join("; ", elements);
        }
        return isEntity(value) ? reference(value) : plain(value);
    }

    /** An element of a collection: its own fields, without the way back to the owner. */
    private String element(Object element, Class<?> owner) {
        Object real = Hibernate.unproxy(element);
        EntityType<?> type = entityManagerFactory.getMetamodel().entity(real.getClass());
        List<String> parts = new ArrayList<>();
        for (Attribute<?, ?> attribute : fieldsInOrder(type)) {
            if (!audited(attribute) || attribute.getJavaType().isAssignableFrom(owner)) {
                continue;
            }
            String rendered = render(attribute, read((Field) attribute.getJavaMember(), real), owner);
            if (!rendered.isEmpty()) {
                parts.add(words(attribute.getName()) + " " + rendered);
            }
        }
        return String.join(", ", parts);
    }

    /** Another record this one points to: its name when it has one, else its id. */
    private String reference(Object entity) {
        Object real = Hibernate.unproxy(entity);
        try {
            Method name = real.getClass().getMethod("getName");
            return String.valueOf(name.invoke(real));
        } catch (ReflectiveOperationException noName) {
            PersistenceUnitUtil util = entityManagerFactory.getPersistenceUnitUtil();
            return "#" + util.getIdentifier(real);
        }
    }

    private boolean isEntity(Object value) {
        try {
            entityManagerFactory.getMetamodel().entity(Hibernate.getClass(value));
            return true;
        } catch (IllegalArgumentException notAnEntity) {
            return false;
        }
    }

    static String plain(Object value) {
        if (value instanceof Boolean yes) {
            return yes ? "Yes" : "No";
        }
        if (value instanceof LocalDate date) {
            return DATE.format(date);
        }
        if (value instanceof Instant instant) {
            return DATE_TIME.format(instant.atZone(UkTime.ZONE));
        }
        if (value instanceof Enum<?> constant) {
            try {
                Method label = constant.getClass().getMethod("label");
                return String.valueOf(label.invoke(constant));
            } catch (ReflectiveOperationException noLabel) {
                return constant.name();
            }
        }
        return value.toString();
    }

    private static Object read(Field field, Object entity) {
        try {
            field.setAccessible(true);
            return field.get(entity);
        } catch (IllegalAccessException e) {
            throw new IllegalStateException("Cannot read " + field, e);
        }
    }

    /** "dateOfBirth" as "Date of birth". */
    static String words(String name) {
        String spaced = name.replaceAll("([a-z0-9])([A-Z])", "$1 $2").toLowerCase();
        return Character.toUpperCase(spaced.charAt(0)) + spaced.substring(1);
    }

    record Value(String text, boolean masked) {}

    /** What an entity's fields were at one moment. */
    public static final class Snapshot {

        private final Map<String, Value> values;

        Snapshot(Map<String, Value> values) {
            this.values = values;
        }

        /** What changed from this snapshot to a later one, field by field, in the entity's order. */
        public List<AuditChange> changesTo(Snapshot after) {
            List<AuditChange> changes = new ArrayList<>();
            after.values.forEach((field, now) -> {
                Value was = values.get(field);
                String before = was == null ? "" : was.text();
                if (!Objects.equals(before, now.text())) {
                    changes.add(
                            now.masked()
                                    ? new AuditChange(field, "", "changed")
                                    : new AuditChange(field, before, now.text()));
                }
            });
            return changes;
        }

        /** Every field with a value, as changes from nothing: what a new record was created with (not masked ones). */
        public List<AuditChange> asCreated() {
            Map<String, Value> shown = new LinkedHashMap<>(values);
            shown.values().removeIf(Value::masked);
            return new Snapshot(Map.of())
                    .changesTo(new Snapshot(shown)).stream()
                            .filter(change -> !change.after().isEmpty())
                            .toList();
        }
    }
}
