import java.math.BigDecimal;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The measurements behind deploy/bench/ranking (run as a single-file program):
 *   latency ASSESSMENT_URL RANKING_URL PERIOD TOKENS_FILE APPRAISER_TOKEN WRITES
 *       each write: a unit's self-assessment points through assessment-service's API; the time until ranking-service's
 *       provisional table shows them (polled in-process). Prints p50, p99 and max in milliseconds.
 *   recompute RANKS UNITS AREAS ROUNDS     (with ranking-service's jar on the class path)
 *       LeagueTable.of over UNITS entries with AREAS areas each: median milliseconds after warm-up.
 *   throughput URL THREADS SECONDS
 *       GET requests per second on one URL from THREADS clients.
 */
public class RankingBench {

    public static void main(String[] args) throws Exception {
        switch (args[0]) {
            case "latency" -> latency(args[1], args[2], args[3], Path.of(args[4]), args[5], Integer.parseInt(args[6]));
            case "recompute" -> recompute(Integer.parseInt(args[1]), Integer.parseInt(args[2]), Integer.parseInt(args[3]));
            case "throughput" -> throughput(args[1], Integer.parseInt(args[2]), Integer.parseInt(args[3]));
            default -> throw new IllegalArgumentException(args[0]);
        }
    }

    static void latency(String assessment, String ranking, String period, Path tokensFile, String appraiser, int writes) throws Exception {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
        List<String[]> units = Files.readAllLines(tokensFile).stream().map(line -> line.split(" ", 2)).toList();
        long[] millis = new long[writes];
        for (int i = 0; i < writes; i++) {
            String[] unit = units.get(i % units.size());
            String path = assessment + "/api/v1/periods/" + period + "/assessments/" + unit[0];
            HttpResponse<String> view = http.send(HttpRequest.newBuilder(URI.create(path)).header("Authorization", "Bearer " + unit[1])
                    .build(), HttpResponse.BodyHandlers.ofString());
            String etag = view.headers().firstValue("ETag").orElseThrow();
            BigDecimal points = BigDecimal.valueOf(4000 + i * 37L % 5000, 2);
            HttpResponse<String> write = http.send(HttpRequest.newBuilder(URI.create(path + "/scores/self"))
                    .header("Authorization", "Bearer " + unit[1]).header("If-Match", etag).header("Content-Type", "application/json")
                    .PUT(HttpRequest.BodyPublishers.ofString("{\"criteria\": {\"A\": {\"points\": " + points + "}}}")).build(),
                    HttpResponse.BodyHandlers.ofString());
            if (write.statusCode() != 200) {
                throw new IllegalStateException("write answered " + write.statusCode() + ": " + write.body());
            }
            long start = System.nanoTime();
            Pattern row = Pattern.compile("\"unitCode\":\"" + Pattern.quote(unit[0]) + "\",\"unitName\":\"[^\"]*\",\"points\":([0-9.]+)");
            while (true) {
                HttpResponse<String> table = http.send(HttpRequest.newBuilder(URI.create(ranking + "/api/v1/league-tables/" + period
                        + "?visibility=PROVISIONAL")).header("Authorization", "Bearer " + appraiser).build(), HttpResponse.BodyHandlers.ofString());
                Matcher m = row.matcher(table.body());
                if (m.find() && new BigDecimal(m.group(1)).compareTo(points) == 0) {
                    break;
                }
                if (System.nanoTime() - start > 30_000_000_000L) {
                    throw new IllegalStateException("write " + i + " never showed in the table");
                }
            }
            millis[i] = (System.nanoTime() - start) / 1_000_000;
        }
        Arrays.sort(millis);
        System.out.printf(Locale.ROOT, "p50=%d p99=%d max=%d%n", millis[writes / 2], millis[(int) Math.ceil(writes * 0.99) - 1], millis[writes - 1]);
    }

    static void recompute(int units, int areas, int rounds) throws Exception {
        Class<?> tieRule = Class.forName("vn.parindex.ranking.table.TieRule");
        Class<?> table = Class.forName("vn.parindex.ranking.table.LeagueTable");
        List<Object> entries = entries(units, areas, 10_000);
        Object standard = Arrays.stream(tieRule.getEnumConstants()).filter(c -> c.toString().equals("STANDARD_COMPETITION"))
                .findFirst().orElseThrow();
        var of = table.getMethod("of", List.class, tieRule);
        long[] millis = new long[rounds];
        for (int warmUp = 0; warmUp < 5; warmUp++) {
            of.invoke(null, entries, standard);
        }
        for (int r = 0; r < rounds; r++) {
            long start = System.nanoTime();
            of.invoke(null, entries, standard);
            millis[r] = (System.nanoTime() - start) / 1_000_000;
        }
        Arrays.sort(millis);
        System.out.printf(Locale.ROOT, "median=%d max=%d%n", millis[rounds / 2], millis[rounds - 1]);
    }

    /**
     * UNITS entries of LeagueTable.Entry with AREAS areas each (seeded): area points 0–12.5 with four decimals, each
     * area's percentage its points × 8, the total their sum out of 100.
     */
    static List<Object> entries(int units, int areas, long seed) throws Exception {
        Class<?> entry = Class.forName("vn.parindex.ranking.table.LeagueTable$Entry");
        Class<?> area = Class.forName("vn.parindex.ranking.table.LeagueTable$AreaScore");
        var entryConstructor = entry.getConstructors()[0];
        var areaConstructor = area.getConstructors()[0];
        java.util.SplittableRandom random = new java.util.SplittableRandom(seed);
        List<Object> entries = new ArrayList<>();
        for (int u = 0; u < units; u++) {
            List<Object> scores = new ArrayList<>();
            BigDecimal total = BigDecimal.ZERO;
            for (int a = 0; a < areas; a++) {
                BigDecimal points = BigDecimal.valueOf(random.nextInt(0, 125_001), 4);
                total = total.add(points);
                scores.add(areaConstructor.newInstance("A" + a, "Lĩnh vực " + a, points, BigDecimal.valueOf(125, 1),
                        points.multiply(BigDecimal.valueOf(8)), null, false));
            }
            entries.add(entryConstructor.newInstance("U" + u + "@2030-01-01", "U" + u, "Đơn vị " + u, total, BigDecimal.valueOf(100),
                    total, null, null, null, null, scores));
        }
        return entries;
    }

    static void throughput(String url, int threads, int seconds) throws Exception {
        HttpClient http = HttpClient.newHttpClient();
        AtomicLong done = new AtomicLong();
        AtomicLong failed = new AtomicLong();
        long end = System.nanoTime() + seconds * 1_000_000_000L;
        List<Thread> workers = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            Thread worker = new Thread(() -> {
                HttpRequest request = HttpRequest.newBuilder(URI.create(url)).build();
                while (System.nanoTime() < end) {
                    try {
                        if (http.send(request, HttpResponse.BodyHandlers.ofString()).statusCode() == 200) {
                            done.incrementAndGet();
                        } else {
                            failed.incrementAndGet();
                        }
                    } catch (Exception e) {
                        failed.incrementAndGet();
                    }
                }
            });
            worker.start();
            workers.add(worker);
        }
        for (Thread worker : workers) {
            worker.join();
        }
        System.out.printf(Locale.ROOT, "rps=%d failed=%d%n", done.get() / seconds, failed.get());
    }
}
