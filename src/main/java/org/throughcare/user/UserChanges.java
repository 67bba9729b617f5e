package org.throughcare.user;

record UserChanges(String displayName, Role role, Long teamId, long version) {}
