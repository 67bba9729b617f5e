/**
 * The append-only audit trail: who viewed or changed which record and when, each change field by field; the one
 * way every module records it ({@link org.throughcare.audit.AuditService}).
 */
@ApplicationModule(
        displayName = "Audit",
        allowedDependencies = {"common"})
package org.throughcare.audit;

import org.springframework.modulith.ApplicationModule;
