package vn.parindex.survey.web;

import io.quarkus.smallrye.openapi.OpenApiFilter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.annotations.Components;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.info.Info;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.headers.Header;
import org.eclipse.microprofile.openapi.models.media.Schema.SchemaType;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;
import org.eclipse.microprofile.openapi.models.responses.APIResponses;
import org.eclipse.microprofile.openapi.models.security.SecurityRequirement;

/**
 * Declares on every operation the problem+json answers it can give, from what the operation shows: parameters can
 * be invalid, path parameters name something that may not exist, a body can be too large or of the wrong type,
 * a secured operation refuses a missing or weak token, a write can conflict or find the database busy, and a
 * negotiated answer can be refused. An operation declares what this cannot see (429) itself, by {@code ref}.
 * It also turns the roles that Quarkus lists as bearer "scopes" into words: OpenAPI tools expect scopes only for
 * OAuth2 schemes.
 */
@OpenApiFilter(OpenApiFilter.RunStage.BUILD)
@OpenAPIDefinition(info = @Info(title = "PAR Index Platform", version = "v1"),
        components = @Components(schemas = @Schema(name = "Problem", implementation = Problem.class)))
public class ProblemResponses implements OASFilter {

    private static final String REF = "#/components/responses/";
    private static final Set<PathItem.HttpMethod> WRITES = Set.of(PathItem.HttpMethod.POST, PathItem.HttpMethod.PUT,
            PathItem.HttpMethod.PATCH, PathItem.HttpMethod.DELETE);

    /** Each problem response by its component name: status and what it means (the README's "Problem types"). */
    private static final Map<String, String[]> RESPONSES = responses(
            "BadRequest", "400", "Invalid request (type invalid-request): a parameter, header or field breaks a rule; "
                    + "errors names each one.",
            "Unauthorized", "401", "No valid bearer token (type unauthorized).",
            "Forbidden", "403", "The token's roles or unit do not allow this (type forbidden).",
            "NotFound", "404", "Nothing by that code (type not-found).",
            "NotAcceptable", "406", "None of the media types in Accept is offered (type not-acceptable).",
            "Conflict", "409", "The thing's state does not allow this (type conflict), or the If-Match version is stale "
                    + "(type stale-version: currentVersion and the ETag give the version to read again).",
            "ContentTooLarge", "413", "The body is larger than this operation takes (type content-too-large).",
            "UnsupportedMediaType", "415", "The body's Content-Type is not one this operation reads (type "
                    + "unsupported-media-type).",
            "TooManyRequests", "429", "Sent too often (type too-many-requests); Retry-After says when to come back.",
            "ServiceUnavailable", "503", "The database stayed busy with conflicting writes, or its connection was lost (type "
                    + "unavailable): send the same request again after Retry-After seconds.");

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        if (openAPI.getPaths() == null || openAPI.getPaths().getPathItems() == null) {
            return;
        }
        Set<String> used = new TreeSet<>();
        for (PathItem path : openAPI.getPaths().getPathItems().values()) {
            for (Map.Entry<PathItem.HttpMethod, Operation> entry : path.getOperations().entrySet()) {
                Operation operation = entry.getValue();
                List<Parameter> parameters = new ArrayList<>(nonNull(path.getParameters()));
                parameters.addAll(nonNull(operation.getParameters()));
                declare(operation, problems(entry.getKey(), operation, parameters));
                describeRoles(operation);
                used.addAll(operation.getResponses().getAPIResponses().values().stream()
                        .map(APIResponse::getRef).filter(ref -> ref != null && ref.startsWith(REF)).map(ref -> ref.substring(REF.length()))
                        .toList());
            }
        }
        if (openAPI.getComponents() == null) {
            openAPI.setComponents(OASFactory.createComponents());
        }
        RESPONSES.forEach((name, response) -> {
            if (used.contains(name)) {
                openAPI.getComponents().addResponse(name, problemResponse(response[0], response[1]));
            }
        });
    }

    private static Map<String, String[]> responses(String... triples) {
        Map<String, String[]> responses = new LinkedHashMap<>();
        for (int i = 0; i < triples.length; i += 3) {
            responses.put(triples[i], new String[] { triples[i + 1], triples[i + 2] });
        }
        return responses;
    }

    private static APIResponse problemResponse(String status, String description) {
        APIResponse response = OASFactory.createAPIResponse().description(description).content(OASFactory.createContent()
                .addMediaType(Problem.MEDIA_TYPE, OASFactory.createMediaType()
                        .schema(OASFactory.createSchema().ref("#/components/schemas/Problem"))));
        if (status.equals("401")) {
            response.addHeader("WWW-Authenticate", header("Bearer", SchemaType.STRING));
        }
        if (status.equals("429") || status.equals("503")) {
            response.addHeader("Retry-After", header("Seconds to wait before sending the request again.", SchemaType.INTEGER));
        }
        return response;
    }

    private static Header header(String description, SchemaType type) {
        return OASFactory.createHeader().description(description).schema(OASFactory.createSchema().addType(type));
    }

    private static Map<String, String> problems(PathItem.HttpMethod method, Operation operation, List<Parameter> parameters) {
        Map<String, String> problems = new LinkedHashMap<>();
        boolean body = operation.getRequestBody() != null;
        if (body || !parameters.isEmpty()) {
            problems.put("400", "BadRequest");
        }
        if (operation.getSecurity() != null && !operation.getSecurity().isEmpty()) {
            problems.put("401", "Unauthorized");
            problems.put("403", "Forbidden");
        }
        if (parameters.stream().anyMatch(parameter -> parameter.getIn() == Parameter.In.PATH)) {
            problems.put("404", "NotFound");
        }
        if (negotiated(operation)) {
            problems.put("406", "NotAcceptable");
        }
        if (WRITES.contains(method)) {
            problems.put("409", "Conflict");
        }
        if (body) {
            problems.put("413", "ContentTooLarge");
            problems.put("415", "UnsupportedMediaType");
        }
        if (WRITES.contains(method)) {
            problems.put("503", "ServiceUnavailable");
        }
        return problems;
    }

    private static boolean negotiated(Operation operation) {
        APIResponses responses = operation.getResponses();
        return responses != null && responses.getAPIResponses() != null && responses.getAPIResponses().entrySet().stream()
                .filter(response -> response.getKey().startsWith("2")).map(Map.Entry::getValue)
                .anyMatch(response -> response.getContent() != null && response.getContent().getMediaTypes() != null
                        && response.getContent().getMediaTypes().size() > 1);
    }

    private static void declare(Operation operation, Map<String, String> problems) {
        if (operation.getResponses() == null) {
            operation.setResponses(OASFactory.createAPIResponses());
        }
        problems.forEach((status, name) -> {
            APIResponse declared = operation.getResponses().getAPIResponse(status);
            // Quarkus adds bare 400/401/403 answers with no content; ours say what the body is
            if (declared == null || declared.getRef() == null && declared.getContent() == null) {
                operation.getResponses().addAPIResponse(status,
                        OASFactory.createAPIResponse().ref(name));
            }
        });
        Map<String, APIResponse> byStatus = new TreeMap<>(operation.getResponses().getAPIResponses());
        operation.getResponses().setAPIResponses(new LinkedHashMap<>(byStatus));
    }

    /** Roles listed as scopes of the bearer scheme become an x-roles list and a sentence of the description. */
    private static void describeRoles(Operation operation) {
        if (operation.getSecurity() == null) {
            return;
        }
        Set<String> roles = new TreeSet<>();
        for (SecurityRequirement requirement : operation.getSecurity()) {
            if (requirement.getSchemes() == null) {
                continue;
            }
            for (String scheme : List.copyOf(requirement.getSchemes().keySet())) {
                roles.addAll(nonNull(requirement.getScheme(scheme)));
                requirement.addScheme(scheme, List.of());
            }
        }
        if (roles.isEmpty()) {
            return;
        }
        operation.addExtension("x-roles", List.copyOf(roles));
        String sentence = "Roles (vai trò) allowed: " + String.join(", ", roles) + ".";
        String description = operation.getDescription();
        operation.setDescription(description == null || description.isBlank() ? sentence : description + "\n\n" + sentence);
    }

    private static <T> List<T> nonNull(List<T> list) {
        return list == null ? List.of() : list;
    }
}
