package vn.parindex.assessment.concurrency;

import java.sql.SQLException;
import java.util.Set;

import vn.parindex.assessment.Refusal;
/**
 * Tells a database failure that says nothing about the request (two transactions met: a deadlock, a serialization
 * failure, a lock that could not be had in time; or the connection was lost: the server restarted or failed over)
 * from one caused by the data. The first kind is retried, then answered 503; a unique violation means a concurrent
 * request created the same thing first (409).
 */
public final class TransientFailure {

    /**
     * deadlock_detected, serialization_failure, lock_not_available; admin_shutdown, crash_shutdown, cannot_connect_now
     * (the pool drops such a connection, so a retry takes another).
     */
    private static final Set<String> TRANSIENT_STATES = Set.of("40P01", "40001", "55P03", "57P01", "57P02", "57P03");
    /** Class 08, connection exception: the connection broke or could not be made. */
    private static final String CONNECTION_EXCEPTION = "08";
    private static final String UNIQUE_VIOLATION = "23505";
    /** What a client waits before sending the same request again, in seconds. */
    public static final long RETRY_AFTER_SECONDS = 1;

    private TransientFailure() {
    }

    public static boolean is(Throwable failure) {
        String state = sqlState(failure);
        return state != null && (TRANSIENT_STATES.contains(state) || state.startsWith(CONNECTION_EXCEPTION));
    }

    /** The connection broke (the server restarted or failed over), rather than two transactions meeting. */
    public static boolean isConnectionLost(Throwable failure) {
        String state = sqlState(failure);
        return state != null && (state.startsWith(CONNECTION_EXCEPTION) || state.startsWith("57P0"));
    }

    public static boolean isDuplicate(Throwable failure) {
        return UNIQUE_VIOLATION.equals(sqlState(failure));
    }

    /** A refusal caused by the data itself (class 22, data exception; class 23, integrity): retrying cannot help. */
    public static boolean isDataFault(Throwable failure) {
        String state = sqlState(failure);
        return state != null && (state.startsWith("22") || state.startsWith("23"));
    }

    /** The SQL state of the failure, for a reason a client may read (no SQL, no stack). */
    public static String state(Throwable failure) {
        return sqlState(failure);
    }

    public static Refusal unavailable() {
        return Refusal.unavailable("the database is busy with conflicting writes, or its connection was lost; send the same "
                + "request again", RETRY_AFTER_SECONDS);
    }

    /** The database's own words, for the log. */
    public static String describe(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof SQLException sql) {
                return sql.getSQLState() + " " + sql.getMessage();
            }
        }
        return failure.toString();
    }

    private static String sqlState(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            if (cause instanceof SQLException sql && sql.getSQLState() != null) {
                return sql.getSQLState();
            }
            for (Throwable suppressed : cause.getSuppressed()) {
                String state = sqlState(suppressed);
                if (state != null) {
                    return state;
                }
            }
        }
        return null;
    }
}
