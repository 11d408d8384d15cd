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
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The measurements behind deploy/bench/ranking (run as a single-file program):
 *   latency ASSESSMENT_URL RANKING_URL PERIOD TOKENS_FILE APPRAISER_TOKEN WRITES
 *       each write: a unit's self-assessment points through assessment-service's API; the time until ranking-service's
 *       provisional table shows them (polled every 2 ms with If-None-Match). 200 writes of warm-up first, not timed.
 *       Prints p50, p99 and max in milliseconds.
 *   recompute UNITS AREAS ROUNDS     (with ranking-service's jar on the class path)
 *       LeagueTable.of over UNITS entries with AREAS areas each: median milliseconds after warm-up.
 *   recompute-one UNITS ROUNDS       (with ranking-service's jar and its libraries on the class path:
 *                                     -cp "quarkus-app/app/*:quarkus-app/lib/boot/*:quarkus-app/lib/main/*")
 *       what ranking-service does in-process when one unit's published result changes in a period of UNITS units with a
 *       previous year's official table: median milliseconds of each step, the database left out (see recomputeOne).
 *   throughput URL THREADS SECONDS
 *       GET requests per second on one URL from THREADS clients.
 */
public class RankingBench {

    /** How often the latency run asks for the table: a reader polling flat out would take the cores the write needs. */
    private static final long POLL_MILLIS = 2;

    public static void main(String[] args) throws Exception {
        switch (args[0]) {
            case "latency" -> latency(args[1], args[2], args[3], Path.of(args[4]), args[5], Integer.parseInt(args[6]));
            case "recompute" -> recompute(Integer.parseInt(args[1]), Integer.parseInt(args[2]), Integer.parseInt(args[3]));
            case "recompute-one" -> recomputeOne(Integer.parseInt(args[1]), Integer.parseInt(args[2]));
            case "throughput" -> throughput(args[1], Integer.parseInt(args[2]), Integer.parseInt(args[3]));
            default -> throw new IllegalArgumentException(args[0]);
        }
    }

    static void latency(String assessment, String ranking, String period, Path tokensFile, String appraiser, int writes) throws Exception {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
        List<String[]> units = Files.readAllLines(tokensFile).stream().map(line -> line.split(" ", 2)).toList();
        long[] millis = new long[writes];
        // the first writes warm both services' compilers up and are not timed
        int warmUp = 200;
        for (int i = -warmUp; i < writes; i++) {
            String[] unit = units.get(Math.floorMod(i, units.size()));
            String path = assessment + "/api/v1/periods/" + period + "/assessments/" + unit[0];
            HttpResponse<String> view = http.send(HttpRequest.newBuilder(URI.create(path)).header("Authorization", "Bearer " + unit[1])
                    .build(), HttpResponse.BodyHandlers.ofString());
            String etag = view.headers().firstValue("ETag").orElseThrow();
            BigDecimal points = BigDecimal.valueOf(4000 + Math.floorMod(i * 37L, 5000), 2);
            HttpResponse<String> write = http.send(HttpRequest.newBuilder(URI.create(path + "/scores/self"))
                    .header("Authorization", "Bearer " + unit[1]).header("If-Match", etag).header("Content-Type", "application/json")
                    .PUT(HttpRequest.BodyPublishers.ofString("{\"criteria\": {\"A\": {\"points\": " + points + "}}}")).build(),
                    HttpResponse.BodyHandlers.ofString());
            if (write.statusCode() != 200) {
                throw new IllegalStateException("write answered " + write.statusCode() + ": " + write.body());
            }
            long start = System.nanoTime();
            Pattern row = Pattern.compile("\"unitCode\":\"" + Pattern.quote(unit[0]) + "\",\"unitName\":\"[^\"]*\",\"points\":([0-9.]+)");
            String seen = null;
            while (true) {
                HttpRequest.Builder poll = HttpRequest.newBuilder(URI.create(ranking + "/api/v1/league-tables/" + period
                        + "?visibility=PROVISIONAL")).header("Authorization", "Bearer " + appraiser);
                if (seen != null) {
                    poll.header("If-None-Match", seen);
                }
                HttpResponse<String> table = http.send(poll.build(), HttpResponse.BodyHandlers.ofString());
                if (table.statusCode() == 200) {
                    seen = table.headers().firstValue("ETag").orElse(null);
                    Matcher m = row.matcher(table.body());
                    if (m.find() && new BigDecimal(m.group(1)).compareTo(points) == 0) {
                        break;
                    }
                }
                if (System.nanoTime() - start > 30_000_000_000L) {
                    throw new IllegalStateException("write " + i + " never showed in the table");
                }
                Thread.sleep(POLL_MILLIS);
            }
            if (i >= 0) {
                millis[i] = (System.nanoTime() - start) / 1_000_000;
            }
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

    /** The 2020 province framework's area maxima (domain §1.3 b); each area has four criteria. */
    private static final String[] AREA_MAXIMA = {"8.5", "10", "13.5", "11.5", "13.5", "12", "15", "16"};
    private static final int CRITERIA = 4;

    /**
     * One changed published result in a period of UNITS units, as AssessmentResultConsumer and OfficialTables.refresh
     * handle it: the whole official table is rebuilt (LeagueTables.build: the period's results read and mapped to
     * entries, LeagueTable.of, the previous year's official table read and ranked again for the change column, lineage,
     * the rows), hashed against the last one published, and, being different, serialised whole into the outbox event.
     * There is no incremental path. Measured here, per step, in-process: parsing the results' areas from JSON (what
     * reading the jsonb column costs beyond the database), the build, the hash and the event's JSON. Left out, because
     * they need the database: the queries (the period's and the previous year's rows, the editions, lineage, the stamp),
     * Hibernate's loading and dirty checking of those rows, the outbox insert and the relay's send. The service's own
     * classes do the work; only the database is replaced: the period's rows are served from memory and lineage is empty.
     * Results are as assessment-service sends them: points to four decimals, percentages as quotients to 34 digits.
     */
    @SuppressWarnings("unchecked")
    static void recomputeOne(int units, int rounds) throws Exception {
        ClassLoader loader = RankingBench.class.getClassLoader();
        Class<?> resultClass = Class.forName("vn.parindex.ranking.par.AssessmentResult");
        Class<?> areaClass = Class.forName("vn.parindex.ranking.par.AssessmentResult$Area");
        Class<?> sourceClass = Class.forName("vn.parindex.ranking.table.TableSource");
        Class<?> editionClass = Class.forName("vn.parindex.ranking.table.TableSource$Edition");
        Class<?> entriesClass = Class.forName("vn.parindex.ranking.table.TableSource$Entries");
        Class<?> indexClass = Class.forName("vn.parindex.ranking.table.TableView$Index");
        Class<?> visibilityClass = Class.forName("vn.parindex.ranking.table.TableView$Visibility");
        Class<?> tieRuleClass = Class.forName("vn.parindex.ranking.table.TieRule");
        Class<?> tablesClass = Class.forName("vn.parindex.ranking.table.LeagueTables");
        Class<?> officialClass = Class.forName("vn.parindex.ranking.table.OfficialTables");
        Class<?> viewClass = Class.forName("vn.parindex.ranking.table.TableView");
        Class<?> changedClass = Class.forName("vn.parindex.ranking.table.LeagueTableChanged");
        Class<?> leagueTableClass = Class.forName("vn.parindex.ranking.table.LeagueTable");
        Class<?> instanceClass = Class.forName("jakarta.enterprise.inject.Instance");
        Class<?> entityManagerClass = Class.forName("jakarta.persistence.EntityManager");
        Class<?> queryClass = Class.forName("jakarta.persistence.Query");
        Class<?> mapperClass = Class.forName("com.fasterxml.jackson.databind.ObjectMapper");
        Class<?> javaTypeClass = Class.forName("com.fasterxml.jackson.databind.JavaType");
        Object par = enumConstant(indexClass, "PAR");
        Object official = enumConstant(visibilityClass, "OFFICIAL");
        Object standard = enumConstant(tieRuleClass, "STANDARD_COMPETITION");

        // an ObjectMapper as Quarkus configures it for this service (modules found on the class path, ISO dates)
        Object json = mapperClass.getConstructor().newInstance();
        mapperClass.getMethod("findAndRegisterModules").invoke(json);
        Class<?> serializationFeature = Class.forName("com.fasterxml.jackson.databind.SerializationFeature");
        mapperClass.getMethod("disable", serializationFeature).invoke(json, enumConstant(serializationFeature, "WRITE_DATES_AS_TIMESTAMPS"));
        Object typeFactory = mapperClass.getMethod("getTypeFactory").invoke(json);
        Object areasType = typeFactory.getClass().getMethod("constructCollectionType", Class.class, Class.class).invoke(typeFactory, List.class, areaClass);
        var readValue = mapperClass.getMethod("readValue", String.class, javaTypeClass);
        var writeValueAsString = mapperClass.getMethod("writeValueAsString", Object.class);

        java.util.SplittableRandom random = new java.util.SplittableRandom(2031);
        String period = "BENCH-2031";
        String before = "BENCH-2030";
        var areaConstructor = areaClass.getConstructors()[0];
        List<List<Object>> thisYear = new ArrayList<>();
        List<List<Object>> lastYear = new ArrayList<>();
        for (int u = 0; u < units; u++) {
            thisYear.add(resultAreas(areaConstructor, random));
            lastYear.add(resultAreas(areaConstructor, random));
        }
        List<String> thisYearJson = new ArrayList<>();
        List<String> lastYearJson = new ArrayList<>();
        for (int u = 0; u < units; u++) {
            thisYearJson.add((String) writeValueAsString.invoke(json, thisYear.get(u)));
            lastYearJson.add((String) writeValueAsString.invoke(json, lastYear.get(u)));
        }
        List<Object> thisYearRows = new ArrayList<>();
        List<Object> lastYearRows = new ArrayList<>();
        for (int u = 0; u < units; u++) {
            thisYearRows.add(result(resultClass, 2031, u, thisYear.get(u)));
            lastYearRows.add(result(resultClass, 2030, u, lastYear.get(u)));
        }
        var editionConstructor = editionClass.getConstructors()[0];
        Object edition = editionConstructor.newInstance(par, period, "Benchmark 2031", 2031, "PAR-BENCH", "PROVINCE", null, "PAR-BENCH-2031", 1, standard);
        Object previousEdition = editionConstructor.newInstance(par, before, "Benchmark 2030", 2030, "PAR-BENCH", "PROVINCE", null, "PAR-BENCH-2030", 1, standard);
        var entriesConstructor = entriesClass.getConstructors()[0];
        var entry = Class.forName("vn.parindex.ranking.par.ParSource").getDeclaredMethod("entry", resultClass);
        entry.setAccessible(true);

        // the period's rows, served from memory and mapped to entries as ParSource maps them on every read
        java.lang.reflect.InvocationHandler sourceHandler = (proxy, method, args) -> switch (method.getName()) {
            case "indices" -> List.of(par);
            case "stamp" -> "bench";
            case "officialEditions" -> List.of(previousEdition, edition);
            case "entries" -> {
                boolean current = args[1].equals(period);
                List<Object> entries = new ArrayList<>(units);
                for (Object row : current ? thisYearRows : lastYearRows) {
                    entries.add(entry.invoke(null, row));
                }
                yield Optional.of(entriesConstructor.newInstance(current ? edition : previousEdition, entries));
            }
            case "hashCode" -> System.identityHashCode(proxy);
            case "equals" -> proxy == args[0];
            case "toString" -> "bench source";
            default -> java.lang.reflect.InvocationHandler.invokeDefault(proxy, method, args);
        };
        Object source = java.lang.reflect.Proxy.newProxyInstance(loader, new Class<?>[] {sourceClass}, sourceHandler);
        Object sources = java.lang.reflect.Proxy.newProxyInstance(loader, new Class<?>[] {instanceClass}, (proxy, method, args) -> switch (method.getName()) {
            case "forEach" -> {
                ((java.util.function.Consumer<Object>) args[0]).accept(source);
                yield null;
            }
            case "iterator" -> List.of(source).iterator();
            case "hashCode" -> System.identityHashCode(proxy);
            case "equals" -> proxy == args[0];
            case "toString" -> "bench sources";
            default -> throw new UnsupportedOperationException(method.getName());
        });
        // lineage: no unit has predecessors
        Object[] noLineage = new Object[1];
        noLineage[0] = java.lang.reflect.Proxy.newProxyInstance(loader, new Class<?>[] {queryClass}, (proxy, method, args) -> switch (method.getName()) {
            case "setParameter" -> proxy;
            case "getResultList" -> List.of();
            default -> throw new UnsupportedOperationException(method.getName());
        });
        Object entityManager = java.lang.reflect.Proxy.newProxyInstance(loader, new Class<?>[] {entityManagerClass}, (proxy, method, args) -> {
            if (method.getName().equals("createNativeQuery")) {
                return noLineage[0];
            }
            throw new UnsupportedOperationException(method.getName());
        });
        // the readers' stamps are not on the way of a build
        var tablesConstructor = tablesClass.getDeclaredConstructor(instanceClass, entityManagerClass,
                Class.forName("vn.parindex.ranking.table.TableStamps"));
        tablesConstructor.setAccessible(true);
        Object tables = tablesConstructor.newInstance(sources, entityManager, null);
        var officialConstructor = officialClass.getDeclaredConstructors()[0];
        officialConstructor.setAccessible(true);
        Object officialTables = officialConstructor.newInstance(tables, null, json, sources);
        var build = tablesClass.getMethod("build", indexClass, String.class, visibilityClass, String.class, boolean.class);
        var hash = officialClass.getDeclaredMethod("hash", viewClass);
        hash.setAccessible(true);
        var changedConstructor = changedClass.getConstructors()[0];
        var of = leagueTableClass.getMethod("of", List.class, tieRuleClass);

        int warmUp = 5;
        long[][] millis = new long[6][rounds];
        long payloadBytes = 0;
        long compressedBytes = 0;
        String tableHash = null;
        for (int r = 0; r < warmUp + rounds; r++) {
            // one unit's result changes
            int changed = random.nextInt(units);
            thisYear.set(changed, resultAreas(areaConstructor, random));
            thisYearJson.set(changed, (String) writeValueAsString.invoke(json, thisYear.get(changed)));
            thisYearRows.set(changed, result(resultClass, 2031, changed, thisYear.get(changed)));

            long start = System.nanoTime();
            for (int u = 0; u < units; u++) {
                readValue.invoke(json, thisYearJson.get(u), areasType);
                readValue.invoke(json, lastYearJson.get(u), areasType);
            }
            long parsed = System.nanoTime();
            Object table = ((Optional<?>) build.invoke(tables, par, period, official, null, false)).orElseThrow();
            long built = System.nanoTime();
            tableHash = (String) hash.invoke(officialTables, table);
            long hashed = System.nanoTime();
            String payload = (String) writeValueAsString.invoke(json, changedConstructor.newInstance("PAR/" + period, table, (long) r, java.time.Instant.now()));
            long serialised = System.nanoTime();
            // LeagueTable.of alone, on the entries the build ranked (inside the build it runs twice: this year and last year)
            List<Object> entries = new ArrayList<>(units);
            for (Object row : thisYearRows) {
                entries.add(entry.invoke(null, row));
            }
            long ofStart = System.nanoTime();
            of.invoke(null, entries, standard);
            long ofEnd = System.nanoTime();
            if (r >= warmUp) {
                int i = r - warmUp;
                millis[0][i] = (parsed - start) / 1_000_000;
                millis[1][i] = (built - parsed) / 1_000_000;
                millis[2][i] = (ofEnd - ofStart) / 1_000_000;
                millis[3][i] = (hashed - built) / 1_000_000;
                millis[4][i] = (serialised - hashed) / 1_000_000;
                millis[5][i] = (serialised - start) / 1_000_000;
                byte[] bytes = payload.getBytes(java.nio.charset.StandardCharsets.UTF_8);
                payloadBytes = bytes.length;
                // as the outbox producer sends it (compression.type=zstd, Kafka's default level 3)
                compressedBytes = ((byte[]) Class.forName("com.github.luben.zstd.Zstd").getMethod("compress", byte[].class, int.class)
                        .invoke(null, bytes, 3)).length;
            }
        }
        for (long[] step : millis) {
            Arrays.sort(step);
        }
        // the last table's content hash: the same seed gives the same table, whatever ranks it
        System.out.printf(Locale.ROOT, "areas-json=%d build=%d of=%d hash=%d event-json=%d total=%d total-max=%d event-bytes=%d event-zstd-bytes=%d table=%s%n",
                millis[0][rounds / 2], millis[1][rounds / 2], millis[2][rounds / 2], millis[3][rounds / 2], millis[4][rounds / 2],
                millis[5][rounds / 2], millis[5][rounds - 1], payloadBytes, compressedBytes, tableHash);
    }

    /** One unit's areas as assessment-service states them: points to four decimals, percentages to 34 digits. */
    private static List<Object> resultAreas(java.lang.reflect.Constructor<?> area, java.util.SplittableRandom random) throws Exception {
        java.math.MathContext quotient = java.math.MathContext.DECIMAL128;
        BigDecimal hundred = BigDecimal.valueOf(100);
        List<Object> areas = new ArrayList<>();
        for (int a = 0; a < AREA_MAXIMA.length; a++) {
            BigDecimal max = new BigDecimal(AREA_MAXIMA[a]);
            BigDecimal criterionMax = max.divide(BigDecimal.valueOf(CRITERIA));
            List<Object> criteria = new ArrayList<>();
            BigDecimal points = BigDecimal.ZERO.setScale(4);
            BigDecimal applicable = BigDecimal.ZERO;
            for (int c = 0; c < CRITERIA; c++) {
                // now and then a criterion does not apply to the unit
                boolean notApplicable = random.nextInt(50) == 0;
                BigDecimal got = notApplicable ? BigDecimal.ZERO.setScale(4)
                        : criterionMax.multiply(BigDecimal.valueOf(random.nextInt(0, 101), 2)).setScale(4, java.math.RoundingMode.HALF_UP);
                BigDecimal applies = notApplicable ? BigDecimal.ZERO : criterionMax;
                criteria.add(area.newInstance(a + 1 + "." + (c + 1), "Tiêu chí " + (a + 1) + "." + (c + 1), got, criterionMax, applies,
                        applies.signum() == 0 ? BigDecimal.ZERO : got.multiply(hundred).divide(applies, quotient), applies.subtract(got),
                        notApplicable, List.of()));
                points = points.add(got);
                applicable = applicable.add(applies);
            }
            areas.add(area.newInstance(String.valueOf(a + 1), "Lĩnh vực " + (a + 1), points, max, applicable,
                    applicable.signum() == 0 ? BigDecimal.ZERO : points.multiply(hundred).divide(applicable, quotient),
                    applicable.subtract(points), applicable.signum() == 0, criteria));
        }
        return areas;
    }

    /** A replicated result row of unit U of the year, as the database gives it back. */
    private static Object result(Class<?> resultClass, int year, int u, List<Object> areas) throws Exception {
        java.math.MathContext quotient = java.math.MathContext.DECIMAL128;
        Object result = resultClass.getConstructor().newInstance();
        BigDecimal total = BigDecimal.ZERO.setScale(4);
        BigDecimal applicable = BigDecimal.ZERO;
        for (Object area : areas) {
            total = total.add((BigDecimal) area.getClass().getMethod("points").invoke(area));
            applicable = applicable.add((BigDecimal) area.getClass().getMethod("applicableMaxPoints").invoke(area));
        }
        BigDecimal percent = total.multiply(BigDecimal.valueOf(100)).divide(applicable, quotient);
        String band = percent.compareTo(BigDecimal.valueOf(90)) >= 0 ? "A" : percent.compareTo(BigDecimal.valueOf(80)) >= 0 ? "B"
                : percent.compareTo(BigDecimal.valueOf(70)) >= 0 ? "C" : "D";
        set(result, "periodCode", "BENCH-" + year);
        set(result, "unitKey", "U" + u + "@2030-01-01");
        set(result, "unitCode", "U" + u);
        set(result, "unitName", "Đơn vị " + u);
        set(result, "status", "PUBLISHED");
        set(result, "total", total);
        set(result, "maxPoints", BigDecimal.valueOf(100).setScale(4));
        set(result, "indexPercent", percent);
        set(result, "band", band);
        set(result, "bandName", "Nhóm " + band);
        set(result, "areas", areas);
        return result;
    }

    private static void set(Object target, String field, Object value) throws Exception {
        target.getClass().getField(field).set(target, value);
    }

    private static Object enumConstant(Class<?> type, String name) {
        return Arrays.stream(type.getEnumConstants()).filter(c -> ((Enum<?>) c).name().equals(name)).findFirst().orElseThrow();
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
