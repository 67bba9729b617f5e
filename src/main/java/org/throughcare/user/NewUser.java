package org.throughcare.user;

public record NewUser(String username, String displayName, Role role, Long teamId, String password) {}
