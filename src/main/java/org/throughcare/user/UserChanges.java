package org.throughcare.user;

public record UserChanges(String displayName, Role role, Long teamId, long version) {}
