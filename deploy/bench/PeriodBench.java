import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The measurements behind deploy/bench/assessment-periods (run as a single-file program, pgjdbc on the class path):
 *   period ASSESSMENT_URL UNITS RUN TOKEN_SCRIPT LOG_FILE
 *       registers UNITS communes under a bench province of 2099, opens a period on a methodology with a RELATIVE_TO_BEST
 *       criterion, and measures: every unit's first self-assessment by 8 clients (writes/s); 200 further writes by one
 *       client (p50/p99 ms: the per-write time); the period step that follows a write moving the best value (its own
 *       time from the service's log, and the time until another unit's result shows the new best); taking every unit
 *       to FINAL by 8 clients; publishing the period (one call). Prints one line of key=value.
 *   raw JDBC_URL USER PASSWORD
 *       the floor under one write: a transaction that updates one row with a version check and inserts one row, over
 *       JDBC against the same PostgreSQL (p50/p99 ms of 2,000).
 */
public class PeriodBench {

    private static final int CLIENTS = 8;
    private static final int MEASURED_WRITES = 200;
    private static final int CODES_PER_TOKEN = 150;
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private static final Pattern VERSION = Pattern.compile("\"(\\d+)\"");

    public static void main(String[] args) throws Exception {
        switch (args[0]) {
            case "period" -> period(args[1], Integer.parseInt(args[2]), args[3], Path.of(args[4]), Path.of(args[5]));
            case "raw" -> raw(args[1], args[2], args[3]);
            default -> throw new IllegalArgumentException(args[0]);
        }
    }

    static void period(String api, int units, String run, Path tokenScript, Path log) throws Exception {
        String base = api + "/api/v1";
        String admin = token(tokenScript, "admin");
        String appraiser = token(tokenScript, "appraiser");
        String province = "BP" + units + "-" + run;
        String period = "BENCH-P" + units + "-" + run;
        send("POST", base + "/methodologies", admin, null, """
                {"code": "BENCH-PERIOD-2099", "name": "Benchmark", "index": "PAR_INDEX", "unitLevel": "COMMUNE",
                 "yearFrom": 2099, "yearTo": 2099,
                 "areas": [{"code": "A", "name": "Dịch vụ công trực tuyến", "maxPoints": 30, "rule": {"type": "RELATIVE_TO_BEST"}},
                           {"code": "B", "name": "Thủ tục hành chính", "maxPoints": 70, "rule": {"type": "MANUAL"}}]}""", 200, 201);
        send("POST", base + "/units", admin, null, unit(province, "Tỉnh benchmark", "PROVINCE", null), 201);
        List<String> codes = new ArrayList<>();
        for (int i = 1; i <= units; i++) {
            codes.add("C%d-%05d-%s".formatted(units, i, run));
        }
        parallel(codes, code -> send("POST", base + "/units", admin, null, unit(code, "Xã " + code, "COMMUNE", province), 201));
        Map<String, String> tokens = new ConcurrentHashMap<>();
        for (int from = 0; from < codes.size(); from += CODES_PER_TOKEN) {
            List<String> chunk = codes.subList(from, Math.min(codes.size(), from + CODES_PER_TOKEN));
            String token = token(tokenScript, "unit", chunk.toArray(String[]::new));
            chunk.forEach(code -> tokens.put(code, token));
        }

        long started = System.nanoTime();
        send("POST", base + "/periods", admin, null, """
                {"code": "%s", "name": "Benchmark %d", "methodologyCode": "BENCH-PERIOD-2099", "year": 2099, "unitLevel": "COMMUNE",
                 "parentKey": "%s@2099-01-01", "selfAssessmentDeadline": "%s", "explanationDeadline": "%s"}"""
                .formatted(period, units, province, Instant.now().plus(Duration.ofDays(1)), Instant.now().plus(Duration.ofDays(2))), 201);
        double openMs = millis(started);
        String path = base + "/periods/" + period + "/assessments/";

        // every unit's first self-assessment, 8 clients; values below 1,000 so the best is known
        Random random = new Random(units);
        Map<String, Integer> values = new ConcurrentHashMap<>();
        codes.forEach(code -> values.put(code, 1 + random.nextInt(999)));
        started = System.nanoTime();
        parallel(codes, code -> send("PUT", path + code + "/scores/self", tokens.get(code), "1", sheet(values.get(code), 50), 200));
        double fillPerSecond = units / (millis(started) / 1000);
        waitForSteps(base, period, appraiser);

        // the per-write time: one client, writes that leave the best value where it is
        List<Double> latencies = new ArrayList<>();
        for (int i = 0; i < MEASURED_WRITES; i++) {
            String code = codes.get(i % codes.size());
            String version = version(send("GET", path + code, tokens.get(code), null, null, 200));
            long t = System.nanoTime();
            send("PUT", path + code + "/scores/self", tokens.get(code), version, sheet(values.get(code), 60), 200);
            latencies.add(millis(t));
        }
        Collections.sort(latencies);
        waitForSteps(base, period, appraiser);

        // a write that moves the best value: every result of the period changes; how long until another unit shows it
        String mover = codes.get(0);
        String watched = codes.get(codes.size() - 1);
        String before = field(send("GET", path + watched + "/result", tokens.get(watched), null, null, 200), "total");
        String version = version(send("GET", path + mover, tokens.get(mover), null, null, 200));
        long moved = System.nanoTime();
        send("PUT", path + mover + "/scores/self", tokens.get(mover), version, sheet(5000, 60), 200);
        double consistentMs;
        while (true) {
            String now = field(send("GET", path + watched + "/result", tokens.get(watched), null, null, 200), "total");
            if (!now.equals(before)) {
                consistentMs = millis(moved);
                break;
            }
            Thread.sleep(5);
        }
        waitForSteps(base, period, appraiser);
        double stepMs = lastFullStep(log, period, units);

        // every unit to FINAL (8 clients), then the period published at once
        started = System.nanoTime();
        parallel(codes, code -> {
            String v = version(send("GET", path + code, tokens.get(code), null, null, 200));
            v = version(send("POST", path + code + "/actions/submit", tokens.get(code), v, null, 200));
            v = version(send("POST", path + code + "/actions/appraise", appraiser, v, null, 200));
            send("POST", path + code + "/actions/finalize", appraiser, v, null, 200);
        });
        double finalizeMs = millis(started);
        waitForSteps(base, period, appraiser);
        String periodVersion = version(send("GET", base + "/periods/" + period, admin, null, null, 200));
        started = System.nanoTime();
        HttpResponse<String> published = send("POST", base + "/periods/" + period + "/actions/publish", appraiser, periodVersion, null, 200);
        double publishMs = millis(started);
        if (!published.body().contains("\"publishedAssessments\":" + units)) {
            throw new IllegalStateException("publication did not publish every unit: " + published.body());
        }
        System.out.printf(Locale.ROOT, "units=%d open_ms=%.0f fill_per_s=%.0f write_p50_ms=%.1f write_p99_ms=%.1f step_all_ms=%.0f "
                + "consistent_ms=%.0f finalize_all_ms=%.0f publish_ms=%.0f%n", units, openMs, fillPerSecond,
                percentile(latencies, 0.50), percentile(latencies, 0.99), stepMs, consistentMs, finalizeMs, publishMs);
    }

    static void raw(String url, String user, String password) throws Exception {
        try (Connection db = DriverManager.getConnection(url, user, password)) {
            try (Statement ddl = db.createStatement()) {
                ddl.execute("CREATE TEMP TABLE bench_row (id bigint PRIMARY KEY, version bigint NOT NULL)");
                ddl.execute("CREATE TEMP TABLE bench_entry (id bigserial PRIMARY KEY, row_id bigint, points numeric(12,4))");
                ddl.execute("INSERT INTO bench_row SELECT g, 1 FROM generate_series(1, 100) g");
            }
            db.setAutoCommit(false);
            List<Double> latencies = new ArrayList<>();
            try (PreparedStatement claim = db.prepareStatement("UPDATE bench_row SET version = version + 1 WHERE id = ? AND version = ?");
                    PreparedStatement insert = db.prepareStatement("INSERT INTO bench_entry (row_id, points) VALUES (?, ?)")) {
                long[] versions = new long[101];
                java.util.Arrays.fill(versions, 1);
                for (int i = 0; i < 2500; i++) {
                    int row = 1 + i % 100;
                    long t = System.nanoTime();
                    claim.setLong(1, row);
                    claim.setLong(2, versions[row]++);
                    claim.executeUpdate();
                    insert.setLong(1, row);
                    insert.setBigDecimal(2, new java.math.BigDecimal("12.5000"));
                    insert.executeUpdate();
                    db.commit();
                    if (i >= 500) {
                        latencies.add(millis(t));
                    }
                }
            }
            Collections.sort(latencies);
            System.out.printf(Locale.ROOT, "raw_p50_ms=%.2f raw_p99_ms=%.2f%n", percentile(latencies, 0.50), percentile(latencies, 0.99));
        }
    }

    /** Waits until no period step is pending: the period's results no longer change between two reads 300 ms apart. */
    private static void waitForSteps(String base, String period, String appraiser) throws Exception {
        String previous = null;
        while (true) {
            String now = send("GET", base + "/periods/" + period + "/assessments", appraiser, null, null, 200).body();
            if (now.equals(previous)) {
                return;
            }
            previous = now;
            Thread.sleep(300);
        }
    }

    /** The time of the last step of this period that recomputed every result, from the service's log. */
    private static double lastFullStep(Path log, String period, int units) throws Exception {
        Pattern step = Pattern.compile("period " + Pattern.quote(period) + " scored: .*\\(moved\\), \\d+ of " + units
                + " results republished, (\\d+) ms");
        double last = -1;
        for (String line : Files.readAllLines(log)) {
            Matcher m = step.matcher(line);
            if (m.find()) {
                last = Double.parseDouble(m.group(1));
            }
        }
        return last;
    }

    private static String sheet(int value, int points) {
        return "{\"criteria\": {\"A\": {\"value\": " + value + "}, \"B\": {\"points\": " + points + "}}}";
    }

    private static String unit(String code, String name, String level, String parent) {
        return "{\"code\": \"%s\", \"name\": \"%s\", \"level\": \"%s\", \"parentCode\": %s, \"validFrom\": \"2099-01-01\"}"
                .formatted(code, name, level, parent == null ? "null" : "\"" + parent + "\"");
    }

    interface Task {
        void run(String code) throws Exception;
    }

    private static void parallel(List<String> codes, Task task) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(CLIENTS);
        try {
            AtomicInteger next = new AtomicInteger();
            List<Future<Object>> workers = new ArrayList<>();
            for (int c = 0; c < CLIENTS; c++) {
                workers.add(pool.submit(() -> {
                    for (int i = next.getAndIncrement(); i < codes.size(); i = next.getAndIncrement()) {
                        task.run(codes.get(i));
                    }
                    return null;
                }));
            }
            for (Future<Object> worker : workers) {
                worker.get();
            }
        } finally {
            pool.shutdownNow();
        }
    }

    private static HttpResponse<String> send(String method, String url, String token, String ifMatch, String body, int... expected)
            throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(120))
                .header("Authorization", "Bearer " + token)
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        if (body != null) {
            request.header("Content-Type", "application/json");
        }
        if (ifMatch != null) {
            request.header("If-Match", "\"" + ifMatch + "\"");
        }
        HttpResponse<String> response = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
        for (int status : expected) {
            if (response.statusCode() == status) {
                return response;
            }
        }
        throw new IllegalStateException(method + " " + url + " answered " + response.statusCode() + ": " + response.body());
    }

    private static String version(HttpResponse<String> response) {
        Matcher m = VERSION.matcher(response.headers().firstValue("ETag").orElseThrow());
        if (!m.find()) {
            throw new IllegalStateException("no version in " + response.headers());
        }
        return m.group(1);
    }

    private static String field(HttpResponse<String> response, String name) {
        Matcher m = Pattern.compile("\"" + name + "\":([0-9.]+)").matcher(response.body());
        if (!m.find()) {
            throw new IllegalStateException("no " + name + " in " + response.body());
        }
        return m.group(1);
    }

    private static String token(Path script, String role, String... units) throws Exception {
        List<String> command = new ArrayList<>(List.of(script.toString(), role));
        command.addAll(List.of(units));
        Process process = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.DISCARD).start();
        String token = new String(process.getInputStream().readAllBytes()).strip();
        if (process.waitFor() != 0 || token.isEmpty()) {
            throw new IllegalStateException("the token script failed for " + role);
        }
        return token;
    }

    private static double millis(long startedNanos) {
        return (System.nanoTime() - startedNanos) / 1e6;
    }

    private static double percentile(List<Double> sorted, double p) {
        return sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(p * sorted.size()) - 1));
    }
}
