package org.throughcare.database;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * Whether the application is in demo mode. Demo mode
 * (known demo accounts and synthetic people) follows the embedded database unless
 * {@code throughcare.demo.enabled} says otherwise, so a deployment on a real server never gets it by accident.
 */
@Component
public class RunMode {

    private final boolean demo;

    RunMode(ObjectProvider<EmbeddedPostgresServer> embeddedServer, Environment environment) {
        boolean embeddedDatabase = embeddedServer.getIfAvailable() != null;
        this.demo = environment.getProperty("throughcare.demo.enabled", Boolean.class, embeddedDatabase);
    }

    public boolean demo() {
        return demo;
    }
}
