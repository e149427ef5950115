package io.streambench.spark;

/** The PostgreSQL server of this machine (trust authentication, database {@code test}). */
final class LocalPostgres {
    static final String JDBC_URL = "jdbc:postgresql://127.0.0.1:5432/test?user=postgres";

    private LocalPostgres() {
    }
}
