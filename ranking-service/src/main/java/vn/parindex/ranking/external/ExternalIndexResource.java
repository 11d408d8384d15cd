package vn.parindex.ranking.external;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.parindex.ranking.Refusal;
import vn.parindex.ranking.Text;
import vn.parindex.ranking.standing.Standing;
import vn.parindex.ranking.standing.Standings;
import vn.parindex.ranking.table.ExternalIndex;
import vn.parindex.ranking.table.LeagueTables;
import vn.parindex.ranking.table.TableView;
import vn.parindex.ranking.table.TableView.Index;
import vn.parindex.ranking.table.TableView.Visibility;
import vn.parindex.ranking.web.LeagueTableSheet;
import vn.parindex.ranking.web.TableQuery;
import vn.parindex.ranking.web.Problem;
import vn.parindex.ranking.web.Roles;

@Path("/api/v1/external-indices")
@Tag(name = "External indices")
public class ExternalIndexResource {

    static final String XLSX = LeagueTableSheet.XLSX;

    private final ExternalImports imports;
    private final ObjectMapper json;
    private final LeagueTables tables;
    private final SecurityIdentity identity;
    private final Standings standings;

    ExternalIndexResource(ExternalImports imports, LeagueTables tables, SecurityIdentity identity, Standings standings, ObjectMapper json) {
        this.json = json;
        this.imports = imports;
        this.tables = tables;
        this.identity = identity;
        this.standings = standings;
    }

    @POST
    @Path("/{index}/{year}")
    @RolesAllowed(Roles.ADMIN)
    @Consumes({ "text/csv", XLSX })
    @Operation(operationId = "importExternalIndexYear", summary = "Nhập số liệu PAPI/PCI — import a year of PAPI or PCI",
            description = "A year of PAPI or PCI as published, in CSV or XLSX: a header row with unit, name and one column "
                    + "per PAPI dimension (D1–D8, 1–10 each; optional sub-dimension columns D1.1, D1.2, … must add up to their "
                    + "dimension) or PCI sub-index (S1–S10, 0–10, and a row 'weights' with each weight in percent, adding up "
                    + "to 100). The report names every fault by row and column; one fault refuses the whole file (400 with "
                    + "the report) and nothing is written. A header that lacks a column or has an unknown one, an empty or "
                    + "unreadable file, an index other than PAPI or PCI or a year outside 2000–2100 is refused as a problem "
                    + "(400). An accepted file replaces the year's scores and the year's official table. dryRun=true checks "
                    + "without writing.")
    @APIResponse(responseCode = "200", description = "Every row accepted: the report, with written=true unless dryRun was "
            + "set (or the file had no unit rows).", content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = ExternalImports.Report.class)))
    @APIResponse(responseCode = "400", description = "The file has faults (application/json: the report, every fault by "
            + "row and column, nothing written), or the request itself is invalid (application/problem+json: a header "
            + "fault, an unreadable file, the index or the year).", content = {
                    @Content(mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = ExternalImports.Report.class)),
                    @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)) })
    public Response importYear(
            @Parameter(description = "The index: PAPI or PCI (any case).", example = "PAPI",
                    schema = @Schema(type = SchemaType.STRING, enumeration = { "PAPI", "PCI" }))
            @PathParam("index") String index,
            @Parameter(description = "The year the figures measure, 2000–2100.", example = "2021",
                    schema = @Schema(type = SchemaType.INTEGER, format = "int32", minimum = "2000", maximum = "2100"))
            @PathParam("year") int year, @Context HttpHeaders headers,
            @RequestBody(description = "The sheet: CSV (UTF-8, an optional byte-order mark, ',' or ';' between fields, "
                    + "whichever the header row has more of; a decimal comma is read as a point) or an XLSX workbook (its "
                    + "first sheet). Columns unit (the unit code) and name, then the index's components; blank rows are "
                    + "skipped.", required = true, content = {
                            @Content(mediaType = "text/csv", schema = @Schema(type = SchemaType.STRING, format = "binary"),
                                    example = "unit,name,D1,D2,D3,D4,D5,D6,D7,D8\n"
                                            + "24,Tỉnh Bắc Giang,4.8651,5.2510,4.4848,6.4488,7.1565,8.0938,3.6204,3.0739\n"),
                            @Content(mediaType = XLSX, schema = @Schema(type = SchemaType.STRING, format = "binary")) })
            byte[] body,
            @Parameter(description = "true: check the file and report, without writing anything.", example = "true")
            @QueryParam("dryRun") @DefaultValue("false") boolean dryRun,
            @Parameter(description = "The title readers see the year's table under (tiêu đề), up to 200 characters, e.g. to "
                    + "say that the figures are illustrative; without it the table is titled by index and year (PAPI 2021).",
                    example = "PAPI 2021: hiệu quả quản trị và hành chính công cấp tỉnh (dữ liệu minh họa)")
            @QueryParam("title") String title) {
        ExternalIndex kind = kind(index);
        if (year < 2000 || year > 2100) {
            throw Refusal.invalid("year", "the year " + year + " is out of range");
        }
        List<List<String>> sheet = headers.getMediaType().isCompatible(MediaType.valueOf(XLSX)) ? ExternalImports.xlsx(body)
                : ExternalImports.csv(body);
        ExternalImports.Report report = imports.importSheet(kind, year, sheet, title(title), identity.getPrincipal().getName(),
                dryRun);
        return Response.status(report.rejected() > 0 ? 400 : 200).type(MediaType.APPLICATION_JSON).entity(report).build();
    }

    @GET
    @Path("/{index}/{year}")
    @PermitAll
    @Operation(operationId = "getExternalIndexTable", summary = "Bảng xếp hạng PAPI/PCI — the league table of an external "
            + "index for a year", description = "The PAPI or PCI league table of a year, as imported. Ranked by the "
                    + "unrounded total (standard competition), each dimension (area) with its score out of 10 and its rank; "
                    + "PAPI rows carry their quartile group; the change against the year before through unit lineage. "
                    + "Imported figures are official at once. The same table shape as every index; q, sort, desc, format and "
                    + "lang, CSV and XLSX as for the PAR Index.")
    @APIResponse(responseCode = "200", description = "The table: JSON by default; CSV or XLSX (an attachment named after the "
            + "edition, e.g. PAPI-2021.csv) when Accept names that type before JSON or format asks for it.",
            headers = @Header(name = "Content-Disposition", description = "CSV and XLSX only: attachment; "
                    + "filename=\"<INDEX>-<year>.csv\" (or .xlsx).", schema = @Schema(type = SchemaType.STRING)),
            content = {
                    @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = TableView.class)),
                    @Content(mediaType = "text/csv", schema = @Schema(type = SchemaType.STRING, format = "binary")),
                    @Content(mediaType = XLSX, schema = @Schema(type = SchemaType.STRING, format = "binary")) })
    @jakarta.ws.rs.Produces({ MediaType.APPLICATION_JSON, "text/csv", XLSX })
    public Response table(
            @Parameter(description = "The index: PAPI or PCI (any case).", example = "PAPI",
                    schema = @Schema(type = SchemaType.STRING, enumeration = { "PAPI", "PCI" }))
            @PathParam("index") String index,
            @Parameter(description = "The year of the figures.", example = "2021") @PathParam("year") int year,
            @BeanParam TableQuery query, @Context HttpHeaders headers) {
        Index kind = Index.valueOf(kind(index).name());
        LeagueTables.Snapshot table = tables.forReaders(kind, ExternalSource.code(kind, year), Visibility.OFFICIAL, null, false)
                .orElseThrow(() -> Refusal.notFound("no " + kind + " results for " + year));
        return query.answer(table, headers, json);
    }

    @GET
    @Path("/{index}/{year}/units/{unit}")
    @PermitAll
    @Operation(operationId = "getExternalIndexStanding", summary = "Vị trí của đơn vị trong bảng xếp hạng PAPI/PCI — a unit's "
            + "row in an external index's table for a year", description = "The row as the whole PAPI or PCI table of the "
                    + "year has it (total, rank per dimension, PAPI quartile group, change against the year before), with "
                    + "the table's edition and path. The unit is its code or unit key.")
    @jakarta.ws.rs.Produces(MediaType.APPLICATION_JSON)
    public Standing unit(
            @Parameter(description = "The index: PAPI or PCI (any case).", example = "PAPI",
                    schema = @Schema(type = SchemaType.STRING, enumeration = { "PAPI", "PCI" }))
            @PathParam("index") String index,
            @Parameter(description = "The year of the figures.", example = "2021") @PathParam("year") int year,
            @Parameter(description = "The unit's code (mã đơn vị hành chính) or its unit key.", example = "24")
            @PathParam("unit") String unit) {
        Index kind = Index.valueOf(kind(index).name());
        return standings.row(kind, ExternalSource.code(kind, year), unit);
    }

    private static ExternalIndex kind(String index) {
        try {
            return ExternalIndex.valueOf(index.toUpperCase(java.util.Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw Refusal.invalid("index", "'" + index + "' is not PAPI or PCI");
        }
    }

    /** The importer's title, checked; null (the default title) when none or blank. */
    private static String title(String title) {
        if (title == null || title.isBlank()) {
            return null;
        }
        String checked = Text.checked("title", title.strip());
        if (checked.codePointCount(0, checked.length()) > 200) {
            throw Refusal.invalid("title", "the title is longer than 200 characters");
        }
        return checked;
    }
}
