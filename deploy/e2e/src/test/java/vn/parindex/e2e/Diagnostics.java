package vn.parindex.e2e;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.LifecycleMethodExecutionExceptionHandler;
import org.junit.jupiter.api.extension.TestExecutionExceptionHandler;

/**
 * When an end-to-end test fails (a timeout included), prints what the services were doing: the stacks of their threads
 * that are in the platform's code or blocked, the last lines of their logs, and the database sessions that wait or hold
 * a transaction open. A failure on a build machine is then explained by its own output; the whole thread dumps are kept
 * beside the service logs. Registered for every test by the service loader (junit-platform.properties).
 */
public class Diagnostics implements TestExecutionExceptionHandler, LifecycleMethodExecutionExceptionHandler {

    private static final int LOG_LINES = 25;
    private static final int FRAMES = 30;

    @Override
    public void handleTestExecutionException(ExtensionContext context, Throwable failure) throws Throwable {
        report(context.getDisplayName(), failure);
        throw failure;
    }

    @Override
    public void handleBeforeAllMethodExecutionException(ExtensionContext context, Throwable failure) throws Throwable {
        report(context.getDisplayName(), failure);
        throw failure;
    }

    @Override
    public void handleBeforeEachMethodExecutionException(ExtensionContext context, Throwable failure) throws Throwable {
        report(context.getDisplayName(), failure);
        throw failure;
    }

    private static void report(String test, Throwable failure) {
        Platform platform = Platform.running();
        if (platform == null) {
            return;
        }
        StringBuilder out = new StringBuilder("\n======== diagnostics for " + test + " (" + failure + ") at " + Instant.now() + "\n");
        for (Platform.Service service : platform.all()) {
            out.append("---- ").append(service.name()).append("-service, pid ").append(service.process().pid())
                    .append(service.process().isAlive() ? "" : " (exited)").append(", log ").append(service.log()).append('\n');
            if (service.process().isAlive()) {
                out.append(threads(service));
            }
            out.append(tail(service.log()));
        }
        out.append("---- database sessions that wait or hold a transaction\n").append(sessions());
        out.append("======== end of diagnostics\n");
        System.out.println(out);
    }

    /** The threads in the platform's code or blocked on a monitor; the whole dump goes to a file beside the log. */
    private static String threads(Platform.Service service) {
        String dump = run(List.of(Path.of(System.getProperty("java.home"), "bin", "jcmd").toString(),
                Long.toString(service.process().pid()), "Thread.print"), Map.of());
        Path file = service.log().resolveSibling(service.name() + "-threads-" + System.currentTimeMillis() + ".txt");
        try {
            Files.writeString(file, dump);
        } catch (IOException e) {
            // the selection below is printed anyway
        }
        StringBuilder out = new StringBuilder("threads (whole dump: " + file + "):\n");
        for (String thread : dump.split("\n\n")) {
            if (thread.contains("vn.parindex") || thread.contains("java.lang.Thread.State: BLOCKED")) {
                String[] lines = thread.split("\n");
                for (int i = 0; i < Math.min(lines.length, FRAMES); i++) {
                    out.append("  ").append(lines[i]).append('\n');
                }
                out.append('\n');
            }
        }
        return out.toString();
    }

    private static String tail(Path log) {
        try {
            List<String> lines = Files.readAllLines(log, StandardCharsets.UTF_8);
            return "last log lines:\n  " + String.join("\n  ", lines.subList(Math.max(0, lines.size() - LOG_LINES), lines.size())) + "\n";
        } catch (IOException e) {
            return "log not readable: " + e + "\n";
        }
    }

    private static String sessions() {
        List<String> command = new ArrayList<>(List.of("psql", "-X", "-A", "-F", " | ",
                "-h", System.getenv().getOrDefault("PARINDEX_DB_HOST", "127.0.0.1"),
                "-p", System.getenv().getOrDefault("PARINDEX_DB_PORT", "5432"),
                "-U", System.getenv().getOrDefault("PARINDEX_DB_USER", "parindex"), "-d", "postgres", "-c",
                "SELECT datname, pid, state, wait_event_type, wait_event, now() - xact_start AS in_transaction, "
                        + "pg_blocking_pids(pid) AS blocked_by, left(regexp_replace(query, '\\s+', ' ', 'g'), 240) AS query "
                        + "FROM pg_stat_activity WHERE datname LIKE 'parindex%' AND (state <> 'idle' OR wait_event_type = 'Lock') "
                        + "AND pid <> pg_backend_pid() ORDER BY xact_start"));
        return run(command, Map.of("PGPASSWORD", System.getenv().getOrDefault("PARINDEX_DB_PASSWORD", "parindex"), "PGCONNECT_TIMEOUT", "10"));
    }

    private static String run(List<String> command, Map<String, String> environment) {
        try {
            ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
            builder.environment().putAll(environment);
            Process process = builder.start();
            process.getOutputStream().close();
            byte[] output = process.getInputStream().readAllBytes();
            if (!process.waitFor(30, TimeUnit.SECONDS)) {
                process.destroyForcibly();
            }
            return new String(output, StandardCharsets.UTF_8);
        } catch (IOException e) {
            return command.get(0) + " could not run: " + e + "\n";
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return "interrupted\n";
        }
    }
}
