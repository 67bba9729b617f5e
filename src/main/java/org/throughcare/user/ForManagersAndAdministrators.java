package org.throughcare.user;

import org.springframework.security.access.prepost.PreAuthorize;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** Only managers and administrators ({@link RoleGroup#MANAGERS_AND_ADMINISTRATORS}) may call the controller method or class. */
@Target({ElementType.METHOD, ElementType.TYPE})
@Retention(RetentionPolicy.RUNTIME)
@Documented
@PreAuthorize("@roleGroups.allow(authentication, 'MANAGERS_AND_ADMINISTRATORS')")
public @interface ForManagersAndAdministrators {}
