package org.throughcare.audit;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.throughcare.IntegrationTest;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.Set;
import java.util.TreeSet;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every kind of record the code audits (a {@link RecordKind} constant in any module) is in the
 * {@code audit_record_kind} table the trail refers to, so no audit line can fail for want of its kind, and
 * the audit log offers every kind there is.
 */
@IntegrationTest
class RecordKindsTest {

    @Autowired
    AuditService audit;

    @Test
    void everyDeclaredKindIsKnownToTheDatabase() throws Exception {
        Set<String> declared = new TreeSet<>();
        for (JavaClass type : new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.throughcare")) {
            for (Field field : type.reflect().getDeclaredFields()) {
                if (field.getType() == RecordKind.class && Modifier.isStatic(field.getModifiers())) {
                    field.setAccessible(true);
                    declared.add(((RecordKind) field.get(null)).code());
                }
            }
        }
        assertThat(declared).contains("Person", "Custody event", "User", "Bank holiday");
        assertThat(audit.recordKinds().keySet()).containsAll(declared);
    }
}
