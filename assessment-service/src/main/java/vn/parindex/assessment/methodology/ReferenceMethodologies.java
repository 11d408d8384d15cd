package vn.parindex.assessment.methodology;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import org.jboss.logging.Logger;
import vn.parindex.assessment.config.ReferenceDataConfig;
import vn.parindex.assessment.unit.ReferenceUnits;

/**
 * Loads the methodologies shipped as data (reference/methodologies/, listed in index.txt) at start: the provincial
 * PAR Index of 2017 and 2020 and Lâm Đồng's district index of 2022. A shipped file that changed becomes a new version.
 */
@ApplicationScoped
public class ReferenceMethodologies {

    private static final Logger LOG = Logger.getLogger(ReferenceMethodologies.class);
    private static final String DIRECTORY = "reference/methodologies/";

    private final MethodologyCatalog catalog;
    private final ObjectMapper json;
    private final boolean enabled;

    ReferenceMethodologies(MethodologyCatalog catalog, ObjectMapper json,
            ReferenceDataConfig config) {
        this.catalog = catalog;
        this.json = json;
        this.enabled = config.load();
    }

    void load(@Observes @Priority(ReferenceUnits.LOAD_ORDER + 1) StartupEvent startup) {
        if (!enabled) {
            return;
        }
        for (String file : read(DIRECTORY + "index.txt").lines().map(String::strip).filter(line -> !line.isEmpty()).toList()) {
            MethodologyDocument document = parse(file);
            Methodology latest = Methodology.latest(document.code());
            MethodologyCatalog.Stored stored = latest == null ? catalog.create(document, "reference-data")
                    : catalog.revise(document.code(), latest.version, document, "reference-data");
            if (stored.created()) {
                LOG.infof("reference methodology %s loaded as version %d", document.code(), stored.methodology().version);
            }
        }
    }


    private MethodologyDocument parse(String file) {
        try {
            return json.readValue(read(DIRECTORY + file), MethodologyDocument.class);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the reference methodology " + file, e);
        }
    }

    private static String read(String resource) {
        try (InputStream in = ReferenceMethodologies.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + resource);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
