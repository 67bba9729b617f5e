package org.throughcare.web;

/**
 * Where the static files are served, in one place: the resource handlers map only these paths, so building
 * a link to a page never probes the classpath for a file of that name, and the security configuration
 * serves them without a session, so fetching a stylesheet never reads or writes one.
 */
public final class StaticResources {

    public static final String[] PATHS = {"/assets/**", "/webjars/**", "/css/**", "/js/**", "/favicon.ico"};

    private StaticResources() {}
}
