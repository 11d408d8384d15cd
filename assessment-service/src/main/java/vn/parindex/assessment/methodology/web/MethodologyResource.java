package vn.parindex.assessment.methodology.web;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.InputStream;
import java.math.BigDecimal;
import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.parindex.assessment.methodology.IndexKind;
import vn.parindex.assessment.methodology.Methodology;
import vn.parindex.assessment.methodology.MethodologyCatalog;
import vn.parindex.assessment.methodology.MethodologyDocument;
import vn.parindex.assessment.methodology.MethodologyWorkbook;
import vn.parindex.assessment.scoring.AssessmentScore;
import vn.parindex.assessment.scoring.CriterionInput;
import vn.parindex.assessment.scoring.ResultCalculator;
import vn.parindex.assessment.unit.UnitLevel;
import vn.parindex.assessment.web.Versions;
import vn.parindex.assessment.web.Negotiation;
import vn.parindex.assessment.web.Roles;

@Path("/api/v1/methodologies")
@Tag(name = "Methodologies", description = "Bộ chỉ số: the methodologies that score assessments, versioned; JSON or XLSX.")
public class MethodologyResource {

    private static final String STORED_ADDRESS = "The stored version's address, /api/v1/methodologies/{code}/versions/{version}.";
    private static final String VERSION_TAG = "The version, quoted, e.g. \"1\".";
    private static final String ATTACHMENT = "For the workbook: attachment; filename=\"{code}-v{version}.xlsx\".";


    @Schema(name = "MethodologySummary", description = "The latest version of a methodology (bộ chỉ số), without its tree.")
    public record MethodologySummary(@Schema(description = CODE, example = "PAR-PROVINCE-2020") String code,
            @Schema(description = "The latest version's number.", example = "1") int version,
            @Schema(description = "The methodology's name.", example = "Chỉ số cải cách hành chính cấp tỉnh, Chỉ số CCHC 2020 "
                    + "(QĐ 1149/QĐ-BNV)") String name,
            @Schema(description = "The index it computes.") IndexKind index,
            @Schema(description = "The level of the units it scores.") UnitLevel unitLevel,
            @Schema(description = "The first year it applies to.", example = "2020") int yearFrom,
            @Schema(description = "The last year it applies to.", example = "2021") int yearTo,
            @Schema(description = "When the latest version was stored.") Instant createdAt) {

        static MethodologySummary of(Methodology m) {
            return new MethodologySummary(m.code, m.version, m.name, m.index, m.unitLevel, m.yearFrom, m.yearTo, m.createdAt);
        }
    }

    /** A stored version: its number, who stored it and when, its maximum points, and the document as imported. */
    @Schema(name = "Methodology", description = "A stored version of a methodology (bộ chỉ số): its number, who stored it "
            + "and when, its maximum points, and the document as imported. Versions never change; version is also the ETag, "
            + "and the value to send as If-Match to publish the next version.")
    public record MethodologyView(@Schema(description = CODE, example = "PAR-PROVINCE-2020") String code,
            @Schema(description = "The version's number, from 1; send it as If-Match to publish the next version.",
                    example = "1") int version,
            @Schema(description = "When the version was stored.") Instant createdAt,
            @Schema(description = "Who stored it (the token's name).", example = "local-admin") String createdBy,
            @Schema(description = "The sum of the areas' maxima.", example = "100") BigDecimal maxPoints,
            @Schema(description = "The document as imported: the import format.") MethodologyDocument document) {
    }

    /** Inputs to score against a version, as an assessment would hold them. */
    @Schema(name = "MethodologyScoreRequest", description = "Inputs to score against a methodology version, as an "
            + "assessment would hold them.", requiredProperties = "inputs")
    public record ScoreRequest(
            @Schema(description = "The input of each leaf criterion, keyed by criterion code; a criterion left out scores 0 "
                    + "and leaves the result incomplete.", example = "{\"1\": {\"points\": 7.92}, \"2\": {\"points\": 8.98}, "
                    + "\"3\": {\"points\": 11.95}, \"4\": {\"points\": 9.64}, \"5\": {\"points\": 12.45}, "
                    + "\"6\": {\"points\": 8.04}, \"7\": {\"points\": 14.32}, \"8\": {\"points\": 12.29}}")
            @NotNull Map<String, CriterionInput> inputs,
            @Schema(description = "Points awarded per bonus or penalty line, keyed by line code, each within its cap.",
                    example = "{\"THUONG-TTHC\": 1, \"THUONG-TCC\": 0.5}") Map<String, BigDecimal> adjustments,
            @Schema(description = "For each RELATIVE_TO_BEST criterion, keyed by criterion code: the best value among the "
                    + "period's units (a missing or zero best scores 0).") Map<String, BigDecimal> bestValues) {
    }

    private static final String CODE = "The methodology's code.";
    private static final String VERSION = "The version's number.";
    private static final String XLSX = MethodologyWorkbook.MEDIA_TYPE;
    private static final String IMPORT = "Imports a methodology (bộ chỉ số) as version 1, either as the JSON document "
            + "(areas → criteria → sub-criteria with max points, channel and rule; bonus and penalty lines; groups; tie rule) "
            + "or as its workbook (XLSX, Content-Type " + XLSX + "): sheets 'Tiêu chí' (one row per node: code, parent code, "
            + "name, max points, channel, rule, steps, evidence, may be not applicable, inferred), 'Thông tin', 'Điểm thưởng, "
            + "điểm trừ' and 'Nhóm xếp loại', as exported. Validation names every offending field (in the workbook, the sheet "
            + "and cell); a misspelt rule type is refused naming the rule types there are. The same document again answers "
            + "200 with the stored version; another document under an existing code is a 409 (publish a new version "
            + "instead).";
    private static final String IMPORT_BODY = "The methodology: the JSON document (MethodologyDocument), or the workbook "
            + "(XLSX) as exported.";

    private final MethodologyCatalog catalog;
    private final SecurityIdentity identity;

    MethodologyResource(MethodologyCatalog catalog, SecurityIdentity identity) {
        this.catalog = catalog;
        this.identity = identity;
    }

    @POST
    @RolesAllowed(Roles.ADMIN)
    @Operation(operationId = "importMethodology", summary = "Nhập bộ chỉ số — import a methodology, as its JSON document or "
            + "its workbook (XLSX)", description = IMPORT)
    @APIResponse(responseCode = "201", description = "Imported as version 1.",
            headers = { @Header(name = "Location", description = STORED_ADDRESS, schema = @Schema(type = SchemaType.STRING,
                    format = "uri")), @Header(name = "ETag", description = VERSION_TAG, schema = @Schema(type = SchemaType.STRING)) },
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = MethodologyView.class)))
    @APIResponse(responseCode = "200", description = "The same document was stored already: the stored version.",
            headers = @Header(name = "ETag", description = VERSION_TAG, schema = @Schema(type = SchemaType.STRING)),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = MethodologyView.class)))
    public Response create(@RequestBody(description = IMPORT_BODY, required = true) @NotNull @Valid MethodologyDocument document) {
        MethodologyCatalog.Stored stored = catalog.create(document, identity.getPrincipal().getName());
        return stored(stored);
    }

    @PUT
    @Path("/{code}")
    @RolesAllowed(Roles.ADMIN)
    @Operation(operationId = "publishMethodologyVersion", summary = "Ban hành phiên bản mới — publish a new version of a "
            + "methodology", description = "Stores the document as the methodology's next version. Requires If-Match with "
            + "the latest version read; a stale one is a 409 carrying the current version. The document's code must be the "
            + "path's. Earlier versions stay as they are: periods (kỳ đánh giá) keep scoring with the version they pinned. "
            + "The same document as the latest version answers 200 with it.")
    @APIResponse(responseCode = "201", description = "Stored as the next version.",
            headers = { @Header(name = "Location", description = STORED_ADDRESS, schema = @Schema(type = SchemaType.STRING,
                    format = "uri")), @Header(name = "ETag", description = VERSION_TAG, schema = @Schema(type = SchemaType.STRING)) },
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = MethodologyView.class)))
    @APIResponse(responseCode = "200", description = "The document is the latest version already: that version.",
            headers = @Header(name = "ETag", description = VERSION_TAG, schema = @Schema(type = SchemaType.STRING)),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = MethodologyView.class)))
    public Response revise(@Parameter(description = CODE, example = "PAR-PROVINCE-2020") @PathParam("code") String code,
            @Parameter(description = "The latest version read (its ETag or version), e.g. \"1\".", required = true,
                    example = "\"1\"") @HeaderParam("If-Match") String ifMatch,
            @RequestBody(description = "The new version's document; its code is the path's.", required = true)
            @NotNull @Valid MethodologyDocument document) {
        return stored(catalog.revise(code, Versions.expected(ifMatch), document, identity.getPrincipal().getName()));
    }

    @GET
    @PermitAll
    @Operation(operationId = "listMethodologies", summary = "Danh sách bộ chỉ số — list methodologies (latest versions)",
            description = "The latest version of each methodology (bộ chỉ số), by code, optionally only those of an index, "
                    + "of a unit level, or applying to a year.")
    @APIResponse(responseCode = "200", description = "The methodologies, by code.", content = @Content(
            mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(type = SchemaType.ARRAY, implementation = MethodologySummary.class)))
    public List<MethodologySummary> list(
            @Parameter(description = "Only methodologies of this index.", example = "PAR_INDEX") @QueryParam("index") IndexKind index,
            @Parameter(description = "Only methodologies scoring units of this level.", example = "PROVINCE")
            @QueryParam("unitLevel") UnitLevel unitLevel,
            @Parameter(description = "Only methodologies applying to this year (yearFrom ≤ year ≤ yearTo).", example = "2020")
            @QueryParam("year") Integer year) {
        return catalog.list(index, unitLevel, year).stream().map(MethodologySummary::of).toList();
    }

    @POST
    @Consumes(MethodologyWorkbook.MEDIA_TYPE)
    @RolesAllowed(Roles.ADMIN)
    // the same operation as importMethodology with another body type: SmallRye merges the two, named once
    @Operation(summary = "Nhập bộ chỉ số — import a methodology, as its JSON document or "
            + "its workbook (XLSX)", description = IMPORT)
    @APIResponse(responseCode = "201", description = "Imported as version 1.",
            headers = { @Header(name = "Location", description = STORED_ADDRESS, schema = @Schema(type = SchemaType.STRING,
                    format = "uri")), @Header(name = "ETag", description = VERSION_TAG, schema = @Schema(type = SchemaType.STRING)) },
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = MethodologyView.class)))
    @APIResponse(responseCode = "200", description = "The same document was stored already: the stored version.",
            headers = @Header(name = "ETag", description = VERSION_TAG, schema = @Schema(type = SchemaType.STRING)),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = MethodologyView.class)))
    public Response importWorkbook(@RequestBody(description = IMPORT_BODY, required = true, content = @Content(mediaType = XLSX,
            schema = @Schema(type = SchemaType.STRING, format = "binary"))) InputStream workbook) {
        return create(MethodologyWorkbook.read(workbook));
    }

    @GET
    @Path("/{code}")
    @PermitAll
    @Produces({ MediaType.APPLICATION_JSON, MethodologyWorkbook.MEDIA_TYPE })
    @Operation(operationId = "getMethodology", summary = "Bộ chỉ số — the latest version of a methodology, as JSON or as "
            + "the workbook", description = "The latest version of a methodology (bộ chỉ số): JSON with the document (the "
            + "import format), or the workbook (XLSX) with Accept: " + XLSX + ". The ETag is the version.")
    @APIResponse(responseCode = "200", description = "The latest version.",
            headers = { @Header(name = "ETag", description = VERSION_TAG, schema = @Schema(type = SchemaType.STRING)),
                    @Header(name = "Content-Disposition", description = ATTACHMENT, schema = @Schema(type = SchemaType.STRING)) },
            content = { @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = MethodologyView.class)),
                    @Content(mediaType = XLSX, schema = @Schema(type = SchemaType.STRING, format = "binary")) })
    public Response latest(@Parameter(description = CODE, example = "PAR-PROVINCE-2020") @PathParam("code") String code,
            @Context HttpHeaders headers) {
        return view(catalog.get(code, null), headers);
    }

    @GET
    @Path("/{code}/versions/{version}")
    @PermitAll
    @Produces({ MediaType.APPLICATION_JSON, MethodologyWorkbook.MEDIA_TYPE })
    @Operation(operationId = "getMethodologyVersion", summary = "Phiên bản bộ chỉ số — one version of a methodology, as JSON "
            + "or as the workbook", description = "One stored version of a methodology (bộ chỉ số), as periods pin it: JSON "
            + "with the document (the import format), or the workbook (XLSX) with Accept: " + XLSX + ".")
    @APIResponse(responseCode = "200", description = "The version.",
            headers = { @Header(name = "ETag", description = VERSION_TAG, schema = @Schema(type = SchemaType.STRING)),
                    @Header(name = "Content-Disposition", description = ATTACHMENT, schema = @Schema(type = SchemaType.STRING)) },
            content = { @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = MethodologyView.class)),
                    @Content(mediaType = XLSX, schema = @Schema(type = SchemaType.STRING, format = "binary")) })
    public Response version(@Parameter(description = CODE, example = "PAR-PROVINCE-2020") @PathParam("code") String code,
            @Parameter(description = VERSION, example = "1") @PathParam("version") int version, @Context HttpHeaders headers) {
        return view(catalog.get(code, version), headers);
    }

    @POST
    @Path("/{code}/versions/{version}/score")
    @PermitAll
    @Operation(operationId = "scoreMethodologyInputs", summary = "Tính điểm thử — score inputs against a methodology "
            + "version", description = "Computes points per node, bonus (điểm thưởng) and penalty (điểm trừ), total, index % "
            + "(unrounded) and group (nhóm) exactly as an assessment's result would be; nothing is stored. An input that "
            + "cannot be scored is a 400 naming it (e.g. inputs.1.points). Bắc Giang 2020 on PAR-PROVINCE-2020: 85.59, group B.")
    @APIResponse(responseCode = "200", description = "The computed score.", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = AssessmentScore.class)))
    public AssessmentScore score(@Parameter(description = CODE, example = "PAR-PROVINCE-2020") @PathParam("code") String code,
            @Parameter(description = VERSION, example = "1") @PathParam("version") int version,
            @RequestBody(description = "The inputs to score.", required = true) @NotNull @Valid ScoreRequest request) {
        MethodologyDocument document = catalog.document(catalog.get(code, version));
        return ResultCalculator.calculate(document.scheme(), request.inputs(),
                request.adjustments() == null ? Map.of() : request.adjustments(),
                request.bestValues() == null ? Map.of() : request.bestValues());
    }

    private Response stored(MethodologyCatalog.Stored stored) {
        Methodology m = stored.methodology();
        Response.ResponseBuilder response = stored.created()
                ? Response.created(URI.create("/api/v1/methodologies/" + m.code + "/versions/" + m.version))
                : Response.ok();
        return response.entity(viewOf(m)).tag(new EntityTag(Integer.toString(m.version))).build();
    }

    private Response view(Methodology m, HttpHeaders headers) {
        MediaType xlsx = MediaType.valueOf(MethodologyWorkbook.MEDIA_TYPE);
        boolean workbook = Negotiation.prefers(headers, xlsx);
        Response.ResponseBuilder response = workbook
                ? Response.ok(MethodologyWorkbook.write(catalog.document(m)), xlsx)
                        .header("Content-Disposition", "attachment; filename=\"" + m.code + "-v" + m.version + ".xlsx\"")
                : Response.ok(viewOf(m), MediaType.APPLICATION_JSON_TYPE);
        return response.tag(new EntityTag(Integer.toString(m.version))).build();
    }

    private MethodologyView viewOf(Methodology m) {
        MethodologyDocument document = catalog.document(m);
        return new MethodologyView(m.code, m.version, m.createdAt, m.createdBy, document.scheme().maxPoints(), document);
    }

}
