package org.throughcare.user;

public record TeamDetails(String name, Long areaId, long version) {}
