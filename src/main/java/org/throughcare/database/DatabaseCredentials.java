package org.throughcare.database;

/** A database role and its password. */
public record DatabaseCredentials(String username, String password) {

    /** Keeps the password out of logs. */
    @Override
    public String toString() {
        return "DatabaseCredentials[" + username + "]";
    }
}
