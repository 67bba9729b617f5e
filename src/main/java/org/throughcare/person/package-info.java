/**
 * The person register (people, identifiers, custody record numbers, substances, flags), cases and caseloads, team
 * scope ({@link org.throughcare.person.PersonAccess}) and the person page with its sections ({@link
 * org.throughcare.person.PersonPageSection}). Publishes CaseOpened, CaseTransferred and CaseClosed.
 */
@ApplicationModule(
        displayName = "Person",
        allowedDependencies = {"audit", "common", "database", "demo", "user", "web"})
package org.throughcare.person;

import org.springframework.modulith.ApplicationModule;
