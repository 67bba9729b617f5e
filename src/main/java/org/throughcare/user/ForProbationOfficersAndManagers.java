package org.throughcare.user;

import org.springframework.security.access.prepost.PreAuthorize;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** Only probation officers and managers ({@link RoleGroup#PROBATION_OFFICERS_AND_MANAGERS}) may call the controller method or class. */
@Target({ElementType.METHOD, ElementType.TYPE})
@Retention(RetentionPolicy.RUNTIME)
@Documented
@PreAuthorize("@roleGroups.allow(authentication, 'PROBATION_OFFICERS_AND_MANAGERS')")
public @interface ForProbationOfficersAndManagers {}
