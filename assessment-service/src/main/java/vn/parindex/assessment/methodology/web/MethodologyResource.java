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
@Tag(name = "Methodologies")
public class MethodologyResource {

    public record MethodologySummary(String code, int version, String name, IndexKind index, UnitLevel unitLevel, int yearFrom,
            int yearTo, Instant createdAt) {

        static MethodologySummary of(Methodology m) {
            return new MethodologySummary(m.code, m.version, m.name, m.index, m.unitLevel, m.yearFrom, m.yearTo, m.createdAt);
        }
    }

    /** A stored version: its number, who stored it and when, its maximum points, and the document as imported. */
    public record MethodologyView(String code, int version, Instant createdAt, String createdBy, BigDecimal maxPoints,
            MethodologyDocument document) {
    }

    /** Inputs to score against a version, as an assessment would hold them. */
    public record ScoreRequest(@NotNull Map<String, CriterionInput> inputs, Map<String, BigDecimal> adjustments,
            Map<String, BigDecimal> bestValues) {
    }

    private final MethodologyCatalog catalog;
    private final SecurityIdentity identity;

    MethodologyResource(MethodologyCatalog catalog, SecurityIdentity identity) {
        this.catalog = catalog;
        this.identity = identity;
    }

    @POST
    @RolesAllowed(Roles.ADMIN)
    @Operation(summary = "Import a methodology", description = "The JSON document (areas → criteria → sub-criteria with max "
            + "points, channel and rule; bonus and penalty lines; groups; tie rule). Validation names every offending field. "
            + "The same document again answers 200 with the stored version.")
    public Response create(@NotNull @Valid MethodologyDocument document) {
        MethodologyCatalog.Stored stored = catalog.create(document, identity.getPrincipal().getName());
        return stored(stored);
    }

    @PUT
    @Path("/{code}")
    @RolesAllowed(Roles.ADMIN)
    @Operation(summary = "Publish a new version", description = "Requires If-Match with the latest version read. Earlier "
            + "versions stay as they are: periods keep scoring with the version they pinned.")
    public Response revise(@PathParam("code") String code, @HeaderParam("If-Match") String ifMatch,
            @NotNull @Valid MethodologyDocument document) {
        return stored(catalog.revise(code, Versions.expected(ifMatch), document, identity.getPrincipal().getName()));
    }

    @GET
    @PermitAll
    @Operation(summary = "List methodologies (latest versions)")
    public List<MethodologySummary> list(@QueryParam("index") IndexKind index, @QueryParam("unitLevel") UnitLevel unitLevel,
            @QueryParam("year") Integer year) {
        return catalog.list(index, unitLevel, year).stream().map(MethodologySummary::of).toList();
    }

    @POST
    @Consumes(MethodologyWorkbook.MEDIA_TYPE)
    @RolesAllowed(Roles.ADMIN)
    @Operation(summary = "Import a methodology from its workbook (XLSX)", description = "Sheets 'Tiêu chí' (one row per "
            + "node: code, parent code, name, max points, channel, rule, steps, evidence, may be not applicable, inferred), "
            + "'Thông tin', 'Điểm thưởng, điểm trừ' and 'Nhóm xếp loại', as exported. Faults name the sheet and cell.")
    public Response importWorkbook(InputStream workbook) {
        return create(MethodologyWorkbook.read(workbook));
    }

    @GET
    @Path("/{code}")
    @PermitAll
    @Produces({ MediaType.APPLICATION_JSON, MethodologyWorkbook.MEDIA_TYPE })
    @Operation(summary = "The latest version", description = "JSON with the document (the import format), or the workbook "
            + "with Accept: " + MethodologyWorkbook.MEDIA_TYPE)
    public Response latest(@PathParam("code") String code, @Context HttpHeaders headers) {
        return view(catalog.get(code, null), headers);
    }

    @GET
    @Path("/{code}/versions/{version}")
    @PermitAll
    @Produces({ MediaType.APPLICATION_JSON, MethodologyWorkbook.MEDIA_TYPE })
    @Operation(summary = "One version, as JSON or as the workbook")
    public Response version(@PathParam("code") String code, @PathParam("version") int version, @Context HttpHeaders headers) {
        return view(catalog.get(code, version), headers);
    }

    @POST
    @Path("/{code}/versions/{version}/score")
    @PermitAll
    @Operation(summary = "Score inputs against a version", description = "Computes points per node, bonus and penalty, "
            + "total, index % (unrounded) and group exactly as an assessment's result would be; nothing is stored.")
    public AssessmentScore score(@PathParam("code") String code, @PathParam("version") int version,
            @NotNull @Valid ScoreRequest request) {
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
