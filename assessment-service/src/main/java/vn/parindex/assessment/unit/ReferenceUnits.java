package vn.parindex.assessment.unit;

import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.jboss.logging.Logger;
import vn.parindex.assessment.Refusal;
import vn.parindex.assessment.config.ReferenceDataConfig;

/**
 * Loads the reference units (reference/units.csv) and their lineage (reference/lineage.csv) at start, through the
 * registry like any other write, so they are versioned and published too. Idempotent: what is already there is left
 * as it is.
 */
@ApplicationScoped
public class ReferenceUnits {

    private static final Logger LOG = Logger.getLogger(ReferenceUnits.class);
    private static final CSVFormat FORMAT = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true)
            .setCommentMarker('#').setIgnoreEmptyLines(true).setTrim(true).get();

    public static final int LOAD_ORDER = jakarta.interceptor.Interceptor.Priority.APPLICATION + 1000;

    private final UnitRegistry registry;
    private final boolean enabled;

    ReferenceUnits(UnitRegistry registry, ReferenceDataConfig config) {
        this.registry = registry;
        this.enabled = config.load();
    }

    // after the messaging channels are wired (default-priority start-up observers), since loading publishes events
    void load(@Observes @Priority(LOAD_ORDER) StartupEvent startup) {
        if (!enabled) {
            return;
        }
        int[] units = { 0 };
        read("reference/units.csv", row -> {
            String parent = blankToNull(row.get("parent"));
            try {
                if (registry.register(new UnitRegistry.UnitDefinition(row.get("code"), row.get("name"), UnitLevel.valueOf(row.get("level")),
                        AdministrativeUnit.codeOf(parent), LocalDate.parse(row.get("valid_from")), date(row.get("valid_to")))).created()) {
                    units[0]++;
                }
            } catch (Refusal conflict) {
                // the registry holds other data under this code: an operator decides which is right
                LOG.errorf("reference unit %s@%s (%s) not loaded: %s", row.get("code"), row.get("valid_from"), row.get("name"),
                        conflict.getMessage());
            }
        });
        Map<String, List<CSVRecord>> changes = new LinkedHashMap<>();
        read("reference/lineage.csv", row -> changes.computeIfAbsent(row.get("kind") + " " + row.get("effective_date")
                + ("MERGE".equals(row.get("kind")) ? " " + row.get("to") : " " + row.get("from")), k -> new ArrayList<>()).add(row));
        for (List<CSVRecord> rows : changes.values()) {
            CSVRecord first = rows.get(0);
            List<String> from = rows.stream().map(row -> row.get("from")).distinct().toList();
            List<String> to = rows.stream().map(row -> blankToNull(row.get("to"))).filter(key -> key != null).distinct().toList();
            try {
                registry.record(new UnitRegistry.UnitChange(LineageKind.valueOf(first.get("kind")),
                        LocalDate.parse(first.get("effective_date")), from, to));
            } catch (Refusal problem) {
                LOG.errorf("reference change %s %s -> %s not recorded: %s", first.get("kind"), from, to, problem.getMessage());
            }
        }
        LOG.infof("reference units loaded: %d new, %d changes checked", units[0], changes.size());
    }

    private static void read(String resource, Consumer<CSVRecord> handler) {
        try (Reader reader = new InputStreamReader(ReferenceUnits.class.getClassLoader().getResourceAsStream(resource),
                StandardCharsets.UTF_8)) {
            FORMAT.parse(reader).forEach(handler);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + resource, e);
        }
    }

    private static LocalDate date(String value) {
        return value == null || value.isBlank() ? null : LocalDate.parse(value);
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }

}
