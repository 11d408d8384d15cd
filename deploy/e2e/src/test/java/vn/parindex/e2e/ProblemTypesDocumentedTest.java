package vn.parindex.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** Every problem type a service can answer with is in the README's table, and the table names no other. */
class ProblemTypesDocumentedTest {

    private static final Path REPO = Path.of(System.getProperty("parindex.repo", "../..")).toAbsolutePath().normalize();

    @Test
    void theReadmeListsEveryProblemTypeTheServicesAnswerWith() throws IOException {
        String problem = Files.readString(REPO.resolve("assessment-service/src/main/java/vn/parindex/assessment/web/Problem.java"),
                StandardCharsets.UTF_8);
        Matcher base = Pattern.compile("TYPES = \"([^\"]+)\"").matcher(problem);
        assertTrue(base.find(), "Problem.TYPES names where the problem types live");
        List<String> answered = new ArrayList<>();
        Matcher slug = Pattern.compile("(?:->|\\?|:) \"([a-z]+(?:-[a-z]+)*)\"").matcher(
                problem.substring(problem.indexOf("static URI type("), problem.indexOf("return URI.create(slug")));
        while (slug.find()) {
            answered.add(base.group(1) + slug.group(1));
        }
        assertTrue(answered.size() >= 10, "the problem types of Problem.type: " + answered);

        String readme = Files.readString(REPO.resolve("README.md"), StandardCharsets.UTF_8);
        List<String> documented = new ArrayList<>();
        Matcher row = Pattern.compile("^\\| `(" + Pattern.quote(base.group(1)) + "[a-z-]+)` \\|", Pattern.MULTILINE).matcher(readme);
        while (row.find()) {
            documented.add(row.group(1));
        }
        assertEquals(answered.stream().sorted().toList(), documented.stream().sorted().toList(),
                "the README's Problem types table and Problem.type agree");
    }
}
