package org.throughcare.database;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * Least privilege in the database. The owner role owns the schema and is what Flyway migrates as; the
 * application role owns nothing and may only read and write rows (and only insert and read the audit trail,
 * see the afterMigrate callback). Neither is a superuser, so neither can switch triggers off or set
 * session_replication_role. Run as a superuser by the embedded server and by the tests' own servers; a
 * production server gets the same two roles from its administrator (see README).
 */
public final class DatabaseRoles {

    public static final String OWNER = "throughcare_owner";
    public static final String APPLICATION = "throughcare_app";

    private DatabaseRoles() {}

    /** Creates the role, or brings an existing one to these settings and password. */
    public static void ensureLoginRole(Connection superuser, DatabaseCredentials role) throws SQLException {
        String name = identifier(role.username());
        boolean exists;
        try (PreparedStatement query = superuser.prepareStatement("select 1 from pg_roles where rolname = ?")) {
            query.setString(1, role.username());
            try (ResultSet rows = query.executeQuery()) {
                exists = rows.next();
            }
        }
        try (Statement statement = superuser.createStatement()) {
            statement.execute((exists ? "alter role " : "create role ") + name
                    + " login nosuperuser nocreatedb nocreaterole noreplication nobypassrls password "
                    + literal(role.password()));
        }
    }

    /** The application role may connect and use the schema; what it may do to tables is granted after migrating. */
    public static void allowApplication(Connection superuser, String database, DatabaseCredentials application)
            throws SQLException {
        try (Statement statement = superuser.createStatement()) {
            statement.execute(
                    "grant connect on database " + identifier(database) + " to " + identifier(application.username()));
        }
    }

    /**
     * Makes the owner role own the database, its public schema and every table, sequence and function in it
     * (a database first created by an older version belonged to the superuser), and takes the right to
     * create objects in the schema away from everyone else. Run while connected to that database.
     */
    public static void transferOwnership(Connection superuserOnDatabase, String database, String owner)
            throws SQLException {
        String role = identifier(owner);
        try (Statement statement = superuserOnDatabase.createStatement()) {
            statement.execute("alter database " + identifier(database) + " owner to " + role);
            statement.execute("alter schema public owner to " + role);
            statement.execute("revoke create on schema public from public");
            statement.execute("""
                    do $$
                    declare
                        item record;
                    begin
                        for item in select c.relname, c.relkind from pg_class c
                                join pg_namespace n on n.oid = c.relnamespace
                                where n.nspname = 'public' and c.relkind in ('r', 'p', 'v', 'm', 'S')
                                  and pg_get_userbyid(c.relowner) <> '%1$s'
                                  and not exists (select 1 from pg_depend d where d.objid = c.oid and d.deptype in ('a', 'i', 'e'))
                        loop
                            execute format('alter %%s public.%%I owner to %%I',
                                case item.relkind when 'v' then 'view' when 'm' then 'materialized view'
                                                  when 'S' then 'sequence' else 'table' end,
                                item.relname, '%1$s');
                        end loop;
                        for item in select p.oid::regprocedure as signature from pg_proc p
                                join pg_namespace n on n.oid = p.pronamespace
                                where n.nspname = 'public' and pg_get_userbyid(p.proowner) <> '%1$s'
                                  and not exists (select 1 from pg_depend d where d.objid = p.oid and d.deptype = 'e')
                        loop
                            execute format('alter function %%s owner to %%I', item.signature, '%1$s');
                        end loop;
                    end;
                    $$
                    """.formatted(owner.replace("'", "")));
        }
    }

    static String identifier(String name) {
        return "\"" + name.replace("\"", "\"\"") + "\"";
    }

    static String literal(String value) {
        return "'" + value.replace("'", "''") + "'";
    }
}
