package vn.parindex.survey.intake;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.JsonNode;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.AbstractList;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.IntFunction;
import java.util.regex.Pattern;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.hibernate.Session;
import org.postgresql.PGConnection;
import vn.parindex.survey.concurrency.RetryTransient;
import vn.parindex.survey.questionnaire.Questionnaire;
import vn.parindex.survey.questionnaire.Questionnaires;
import vn.parindex.survey.result.TallyStore;
import vn.parindex.survey.wave.Wave;
import vn.parindex.survey.wave.Waves;

/**
 * Takes responses in from every channel with the same validation and the same idempotency. A batch is one
 * transaction: each row is accepted, recognised as a duplicate, refused as a conflict or rejected with its reason, and
 * the accepted rows and the tallies they change are written together, so no row is ever half-written.
 * <p>
 * Idempotency rests on the client's response id: the insert skips ids already stored (even by a concurrent batch,
 * which PostgreSQL makes it wait for), and only rows actually inserted are counted into the tallies.
 */
@ApplicationScoped
@RetryTransient
public class Ingestion {

    public static final int MAX_BATCH = 10_000;
    private static final Pattern ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._:-]{0,99}");
    private static final String UNIQUE_VIOLATION = "23505";

    /** One response as submitted; {@code wave} may be left out where the request names the wave. */
    @Schema(name = "ResponseSubmission", description = "One response (phiếu trả lời) as submitted, checked against the "
            + "questionnaire the wave pins: every key an item or profile question, every answer on the scale, required items "
            + "and questions answered, at least one item answered, the unit in the wave's scope. Unknown fields are ignored "
            + "in batches.")
    public record Submission(
            @Schema(description = "The sender's id for the response: 1-100 letters, digits, '.', '_', ':' or '-'. A resend with "
                    + "the same id and content is a duplicate, counted once; the same id with other content is a conflict.",
                    example = "SIPAS2020-24-0") String id,
            @Schema(description = "The wave's code; may be left out, and must otherwise be the wave the request names.",
                    example = "SIPAS-2020") String wave,
            @Schema(description = "The code of the unit (đơn vị) the response is about, one in the wave's scope.", example = "24")
            String unit,
            @Schema(description = "The answers, keyed by item code (at most 500 entries): a scale value or its label. A null or "
                    + "blank answer counts as not answered.", example = "{\"TC1\": 4, \"TC2\": 5, \"TT1\": \"Hài lòng\"}")
            Map<String, JsonNode> answers,
            @Schema(description = "The answers to profile questions, keyed by question code (at most 500 entries): an "
                    + "option's value or label, or free text where the question has no options.",
                    example = "{\"age\": \"18-29\", \"sex\": \"M\", \"channel\": \"COUNTER\"}")
            Map<String, JsonNode> profile) {
    }

    /** A row of a request: a submission, or the reason it could not even be read. */
    public record Row(int number, Submission submission, String field, String unreadable) {
        public static Row of(int number, Submission submission) {
            return new Row(number, submission, null, null);
        }

        public static Row unreadable(int number, String field, String reason) {
            return new Row(number, null, field, reason);
        }

        /**
         * Rows read when the ingestion reaches them, not before: a batch never holds ten thousand parsed responses at
         * once, and each one is garbage as soon as it is reduced to what is stored.
         */
        public static List<Row> readOnDemand(int size, IntFunction<Row> read) {
            return new AbstractList<>() {
                @Override
                public Row get(int index) {
                    return read.apply(Objects.checkIndex(index, size));
                }

                @Override
                public int size() {
                    return size;
                }
            };
        }
    }

    @Schema(name = "ResponseOutcome", description = "What became of a submitted response: ACCEPTED, stored and counted; "
            + "DUPLICATE, the same id with the same content was received before (counted once); CONFLICT, the id belongs to "
            + "a response with other content (nothing stored); REJECTED, refused for its content or its wave (nothing "
            + "stored), with the field and the reason.")
    public enum Outcome {
        ACCEPTED, DUPLICATE, CONFLICT, REJECTED
    }

    /**
     * What a rejected row is refused for: its content, or the wave it names (another than the request's, unknown, or not
     * open), which is about the wave's state rather than the row's content.
     */
    public enum RejectionKind {
        CONTENT, WAVE
    }

    /** One row's outcome; {@code rejection} (REJECTED rows only) is for the caller and not part of the report. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    @Schema(name = "ResponseRowReport", description = "One row's outcome in a batch of responses; fields without a value are "
            + "left out.")
    public record RowReport(
            @Schema(description = "The row's number: the position in a JSON array (from 1), the line of an NDJSON or CSV file, "
                    + "the row as Excel shows it.", example = "2") int row,
            @Schema(description = "The response's id, when the row could be read.", example = "SIPAS2020-24-1") String id,
            @Schema(description = "What became of the row.") Outcome outcome,
            @Schema(description = "The field at fault (CONFLICT and REJECTED), e.g. answers.TC1, unit, wave.",
                    example = "answers.TC1") String field,
            @Schema(description = "Why (every outcome but ACCEPTED).", example = "the item TC1 must be answered") String reason,
            @JsonIgnore RejectionKind rejection) {
    }

    @Schema(name = "ResponseBatchReport", description = "The outcome of a batch of responses (phiếu trả lời): counts by "
            + "outcome and a report per row, in row order. Rejected and conflicting rows are not written; the others are.")
    public record Report(@Schema(description = "Rows received.", example = "400") int received,
            @Schema(description = "Rows accepted (stored and counted).", example = "398") int accepted,
            @Schema(description = "Rows recognised as responses received before.", example = "1") int duplicates,
            @Schema(description = "Rows whose id belongs to a response with other content.", example = "0") int conflicts,
            @Schema(description = "Rows refused for their content or wave.", example = "1") int rejected,
            @Schema(description = "One report per row; with report=problems, the rows not accepted only.") List<RowReport> rows) {

        /** The report of these rows, counted by outcome. */
        public static Report of(int received, List<RowReport> rows) {
            Map<Outcome, Integer> counts = new java.util.EnumMap<>(Outcome.class);
            rows.forEach(row -> counts.merge(row.outcome(), 1, Integer::sum));
            return new Report(received, counts.getOrDefault(Outcome.ACCEPTED, 0), counts.getOrDefault(Outcome.DUPLICATE, 0),
                    counts.getOrDefault(Outcome.CONFLICT, 0), counts.getOrDefault(Outcome.REJECTED, 0), rows);
        }

        public Report onlyProblems() {
            return new Report(received, accepted, duplicates, conflicts, rejected,
                    rows.stream().filter(row -> row.outcome() != Outcome.ACCEPTED).toList());
        }
    }

    /** A row refused for the wave it is addressed to rather than for its content. */
    private static final class WaveRejection extends RuntimeException {
        private static final long serialVersionUID = 1L;

        WaveRejection(String reason) {
            super(reason);
        }
    }

    /** A valid row, reduced to what is stored: the submission it was read from is not kept. */
    private record Candidate(int number, String id, String waveCode, String unitCode, String answers, String profile, String hash,
            Questionnaire.Answers read) {
    }

    private final Waves waves;
    private final TallyStore tallies;
    private final EntityManager entityManager;
    private final MeterRegistry registry;

    Ingestion(Waves waves, TallyStore tallies, EntityManager entityManager, MeterRegistry registry) {
        this.waves = waves;
        this.tallies = tallies;
        this.entityManager = entityManager;
        this.registry = registry;
    }

    /**
     * Ingests the rows in one transaction.
     *
     * @param requestWave the wave the request is addressed to (HTTP), or null when each row names its own (Kafka)
     */
    @Transactional
    public Report ingest(List<Row> rows, Channel channel, String requestWave) {
        Instant now = Instant.now();
        Map<Integer, RowReport> reports = new TreeMap<>();
        List<Candidate> candidates = new ArrayList<>();
        Map<String, OpenWave> specs = new HashMap<>();
        Map<String, Candidate> firstById = new HashMap<>();
        for (Row row : rows) {
            Candidate candidate;
            try {
                candidate = validate(row, requestWave, specs, now);
            } catch (Questionnaire.Rejection rejection) {
                reports.put(row.number(), rejected(row, rejection.field, rejection.getMessage(), RejectionKind.CONTENT));
                continue;
            } catch (WaveRejection rejection) {
                reports.put(row.number(), rejected(row, "wave", rejection.getMessage(), RejectionKind.WAVE));
                continue;
            }
            Candidate first = firstById.putIfAbsent(candidate.id(), candidate);
            if (first != null) {
                reports.put(row.number(), sameAs(candidate, first.hash().equals(candidate.hash()), "an earlier row of this request"));
            } else {
                candidates.add(candidate);
            }
        }
        Set<String> inserted = insert(candidates, channel, now);
        List<Candidate> notInserted = candidates.stream().filter(c -> !inserted.contains(c.id())).toList();
        Map<String, String> storedHashes = storedHashes(notInserted);
        Map<String, TreeMap<String, TallyStore.Delta>> deltas = new TreeMap<>();
        for (Candidate candidate : candidates) {
            if (inserted.contains(candidate.id())) {
                reports.put(candidate.number(), new RowReport(candidate.number(), candidate.id(), Outcome.ACCEPTED, null, null, null));
                deltas.computeIfAbsent(candidate.waveCode(), wave -> new TreeMap<>())
                        .computeIfAbsent(candidate.unitCode(), unit -> new TallyStore.Delta())
                        .add(candidate.read().questionnaire(), candidate.read());
            } else {
                reports.put(candidate.number(), sameAs(candidate, candidate.hash().equals(storedHashes.get(candidate.id())),
                        "a response received before"));
            }
        }
        deltas.forEach(tallies::add);
        Report report = Report.of(rows.size(), new ArrayList<>(reports.values()));
        for (Outcome outcome : Outcome.values()) {
            long n = report.rows().stream().filter(row -> row.outcome() == outcome).count();
            if (n > 0) {
                registry.counter("parindex.responses.ingested", "channel", channel.name().toLowerCase(Locale.ROOT),
                        "outcome", outcome.name().toLowerCase(Locale.ROOT)).increment(n);
            }
        }
        return report;
    }

    /** A wave as one batch sees it: looked up and its status decided once, not per row. */
    private record OpenWave(Waves.Spec spec, Wave.Status status) {
    }

    private Candidate validate(Row row, String requestWave, Map<String, OpenWave> specs, Instant now) {
        if (row.submission() == null) {
            throw new Questionnaire.Rejection(row.field(), row.unreadable());
        }
        Submission submission = row.submission();
        if (submission.id() == null || submission.id().isBlank()) {
            throw new Questionnaire.Rejection("id", "every response needs the id its sender gave it");
        }
        if (!ID.matcher(submission.id()).matches()) {
            throw new Questionnaire.Rejection("id", "an id has 1-100 letters, digits, '.', '_', ':' or '-'");
        }
        String waveCode = submission.wave() != null ? submission.wave() : requestWave;
        if (waveCode == null) {
            throw new Questionnaire.Rejection("wave", "the response does not name its wave");
        }
        if (requestWave != null && !requestWave.equals(waveCode)) {
            throw new WaveRejection("the response names the wave " + waveCode + ", the request " + requestWave);
        }
        OpenWave open = specs.computeIfAbsent(waveCode, code -> {
            // a share of the wave's row until commit: a close waits for the batches taking responses in, and a batch
            // after it sees the wave closed; batches never wait for one another
            entityManager.createNativeQuery("SELECT 1 FROM wave WHERE code = ?1 FOR SHARE").setParameter(1, code).getResultList();
            Waves.Spec found = waves.spec(code);
            return found == null ? null : new OpenWave(found, found.wave().status(now));
        });
        if (open == null) {
            throw new WaveRejection("there is no survey wave " + waveCode);
        }
        Waves.Spec spec = open.spec();
        Wave.Status status = open.status();
        if (status != Wave.Status.OPEN) {
            throw new WaveRejection("the wave " + waveCode + (status == Wave.Status.CLOSED
                    ? " is closed" : " opens on " + spec.wave().opensOn));
        }
        if (submission.unit() == null || !spec.units().containsKey(submission.unit())) {
            throw new Questionnaire.Rejection("unit", "the unit " + submission.unit() + " is not in the scope of the wave " + waveCode);
        }
        Questionnaire questionnaire = spec.questionnaire();
        Questionnaire.Answers read = questionnaire.read(submission.answers(), submission.profile());
        String answers = read.answersJson();
        String profile = read.profileJson();
        // the content a resend must repeat: wave, unit and the answers as read (labels and values alike), keys sorted
        String content = waveCode + '\n' + submission.unit() + '\n' + answers + '\n' + profile;
        return new Candidate(row.number(), submission.id(), waveCode, submission.unit(), answers, profile, Questionnaires.sha256(content),
                read);
    }

    /**
     * Stores the candidates whose ids are new and returns those ids. When none of the ids is known (the common case: a
     * batch is sent once) the rows are copied in with COPY, the database's fastest way in; a resend, or a batch racing
     * another with the same ids (the copy then meets a unique key and is undone to its savepoint), is inserted row by
     * row skipping the known ids.
     */
    private Set<String> insert(List<Candidate> received, Channel channel, Instant now) {
        Set<String> inserted = new HashSet<>();
        if (received.isEmpty()) {
            return inserted;
        }
        // in id order, so that two batches sharing ids take their keys in the same order and never deadlock
        List<Candidate> candidates = received.stream().sorted(Comparator.comparing(Candidate::id)).toList();
        if (storedHashes(candidates).isEmpty() && copied(candidates, channel, now)) {
            candidates.forEach(candidate -> inserted.add(candidate.id()));
            return inserted;
        }
        int n = candidates.size();
        String[] ids = new String[n];
        String[] waveCodes = new String[n];
        String[] units = new String[n];
        String[] answers = new String[n];
        String[] profiles = new String[n];
        String[] hashes = new String[n];
        for (int i = 0; i < n; i++) {
            Candidate c = candidates.get(i);
            ids[i] = c.id();
            waveCodes[i] = c.waveCode();
            units[i] = c.unitCode();
            answers[i] = c.answers();
            profiles[i] = c.profile();
            hashes[i] = c.hash();
        }
        entityManager.unwrap(Session.class).doWork(connection -> {
            try (PreparedStatement insert = connection.prepareStatement("""
                    INSERT INTO response (id, wave_code, unit_code, answers, profile, channel, content_hash, received_at)
                    SELECT id, w, u, a::jsonb, p::jsonb, ?, h, ?
                    FROM unnest(?::text[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[]) AS t(id, w, u, a, p, h)
                    ON CONFLICT (id) DO NOTHING
                    RETURNING id
                    """)) {
                insert.setString(1, channel.name());
                insert.setTimestamp(2, Timestamp.from(now));
                insert.setArray(3, connection.createArrayOf("text", ids));
                insert.setArray(4, connection.createArrayOf("text", waveCodes));
                insert.setArray(5, connection.createArrayOf("text", units));
                insert.setArray(6, connection.createArrayOf("text", answers));
                insert.setArray(7, connection.createArrayOf("text", profiles));
                insert.setArray(8, connection.createArrayOf("text", hashes));
                try (ResultSet result = insert.executeQuery()) {
                    while (result.next()) {
                        inserted.add(result.getString(1));
                    }
                }
            }
        });
        return inserted;
    }

    /** COPY of the candidates as CSV; false, with nothing written, when one of their ids was stored meanwhile. */
    private boolean copied(List<Candidate> candidates, Channel channel, Instant now) {
        StringBuilder csv = new StringBuilder(candidates.size() * 512);
        String received = now.toString();
        for (Candidate c : candidates) {
            csvField(csv, c.id()).append(',');
            csvField(csv, c.waveCode()).append(',');
            csvField(csv, c.unitCode()).append(',');
            csvField(csv, c.answers()).append(',');
            csvField(csv, c.profile()).append(',');
            csv.append(channel.name()).append(',').append(c.hash()).append(',').append(received).append('\n');
        }
        byte[] rows = csv.toString().getBytes(StandardCharsets.UTF_8);
        return entityManager.unwrap(Session.class).doReturningWork(connection -> {
            try (Statement statement = connection.createStatement()) {
                // the pool refuses a JDBC rollback inside the managed transaction; a savepoint in SQL undoes the copy alone
                statement.execute("SAVEPOINT copy_responses");
                try {
                    connection.unwrap(PGConnection.class).getCopyAPI().copyIn("""
                            COPY response (id, wave_code, unit_code, answers, profile, channel, content_hash, received_at)
                            FROM STDIN (FORMAT csv)""", new ByteArrayInputStream(rows));
                } catch (SQLException e) {
                    if (!UNIQUE_VIOLATION.equals(e.getSQLState())) {
                        throw e;
                    }
                    statement.execute("ROLLBACK TO SAVEPOINT copy_responses");
                    statement.execute("RELEASE SAVEPOINT copy_responses");
                    return false;
                } catch (IOException e) {
                    throw new SQLException("the responses could not be copied in", e);
                }
                statement.execute("RELEASE SAVEPOINT copy_responses");
                return true;
            }
        });
    }

    /** A CSV field: quoted, quotes doubled; nothing at all for null (COPY reads an unquoted empty field as NULL). */
    private static StringBuilder csvField(StringBuilder csv, String value) {
        if (value == null) {
            return csv;
        }
        csv.append('"');
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            csv.append(c);
            if (c == '"') {
                csv.append('"');
            }
        }
        return csv.append('"');
    }

    private Map<String, String> storedHashes(List<Candidate> candidates) {
        Map<String, String> hashes = new LinkedHashMap<>();
        if (candidates.isEmpty()) {
            return hashes;
        }
        String[] ids = candidates.stream().map(Candidate::id).toArray(String[]::new);
        entityManager.unwrap(Session.class).doWork(connection -> {
            try (PreparedStatement select = connection.prepareStatement("SELECT id, content_hash FROM response WHERE id = ANY(?)")) {
                select.setArray(1, connection.createArrayOf("text", ids));
                try (ResultSet result = select.executeQuery()) {
                    while (result.next()) {
                        hashes.put(result.getString(1), result.getString(2));
                    }
                }
            }
        });
        return hashes;
    }

    private static RowReport sameAs(Candidate candidate, boolean sameContent, String earlier) {
        String id = candidate.id();
        return sameContent
                ? new RowReport(candidate.number(), id, Outcome.DUPLICATE, null, "the same response as " + earlier + "; counted once",
                        null)
                : new RowReport(candidate.number(), id, Outcome.CONFLICT, "id",
                        "the id " + id + " belongs to " + earlier + " with different content", null);
    }

    /** The report of a row refused before it was stored. */
    private static RowReport rejected(Row row, String field, String reason, RejectionKind kind) {
        return new RowReport(row.number(), row.submission() == null ? null : row.submission().id(), Outcome.REJECTED, field, reason,
                kind);
    }
}
