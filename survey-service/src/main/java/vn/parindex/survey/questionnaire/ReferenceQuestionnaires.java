package vn.parindex.survey.questionnaire;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import org.jboss.logging.Logger;

/**
 * Loads the questionnaires shipped as data (reference/questionnaires/, listed in index.txt) at start: the SIPAS
 * template with its five factors. A shipped file that changed becomes a new version; an unchanged one is left alone.
 */
@ApplicationScoped
public class ReferenceQuestionnaires {

    private static final Logger LOG = Logger.getLogger(ReferenceQuestionnaires.class);
    private static final String DIRECTORY = "reference/questionnaires/";

    private final Questionnaires questionnaires;
    private final ObjectMapper json;

    ReferenceQuestionnaires(Questionnaires questionnaires, ObjectMapper json) {
        this.questionnaires = questionnaires;
        this.json = json;
    }

    void load(@Observes StartupEvent startup) {
        for (String file : read(DIRECTORY + "index.txt").lines().map(String::strip).filter(line -> !line.isEmpty()).toList()) {
            try {
                QuestionnaireDocument document = json.readValue(read(DIRECTORY + file), QuestionnaireDocument.class);
                // a shipped file that changed becomes the next version of what is stored
                Long latest = questionnaires.latest(document.code()).map(v -> (long) v.version).orElse(null);
                Questionnaires.Imported imported = questionnaires.importDocument(document, latest, "reference-data");
                if (imported.created()) {
                    LOG.infof("reference questionnaire %s loaded as version %d", document.code(), imported.version().version);
                }
            } catch (IOException | RuntimeException e) {
                LOG.errorf(e, "the reference questionnaire %s could not be loaded", file);
            }
        }
    }

    private static String read(String resource) {
        try (InputStream in = ReferenceQuestionnaires.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + resource);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
