package org.throughcare.user;

/**
 * A list of reference data that administrators maintain (custody suites, bank holidays, ...). A module adds
 * its lists by declaring beans of this type; the administration pages show them, and the navigation marks
 * "Reference data" as current on their pages.
 */
public record ReferenceDataList(String title, String description, String path, int position) {}
