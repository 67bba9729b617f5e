/**
 * Identifiers a person may have in the criminal justice and health systems of England and Wales: NHS number,
 * PNC ID, CRO number, probation CRN and prison number. Each has a class that checks and normalises what a user
 * typed (pure Java, no state) and a Bean Validation constraint for optional form fields.
 *
 * <p>Exposed as a named interface so that any module can check identifiers, whatever the rest of the
 * {@code person} module exposes.
 */
@NamedInterface("identifier")
package org.throughcare.person.identifier;

import org.springframework.modulith.NamedInterface;
