package vn.parindex.ranking.web;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import java.util.Objects;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import vn.parindex.ranking.table.LeagueTables;
import vn.parindex.ranking.table.RowSelection;
import vn.parindex.ranking.table.TableView;

/**
 * How a reader asks for a table, whatever the index: the rows found by a search, in the order of a column, as JSON,
 * CSV or XLSX. The dashboard's downloads are these links, so a sheet holds exactly the rows shown, in their order.
 */
public class TableQuery {

    @QueryParam("q")
    @Parameter(description = "Only the units whose name (ignoring case and diacritics: bac giang finds Bắc Giang) or code "
            + "holds this. Each row keeps its rank and field size in the whole table.", example = "bac giang")
    public String q;

    @QueryParam("sort")
    @Parameter(description = "Order the rows by rank (default), unit (the name, ignoring diacritics), points, percent, group, "
            + "change (the rank change against the year before), respondents, rankInterval (its best rank), ci (its lower "
            + "bound) or area:<code> (the rank in that area); ascending unless desc=true. Rows without a value come last "
            + "either way; ties keep the rank order. Anything else is refused (400).", example = "area:7",
            schema = @Schema(type = SchemaType.STRING,
                    pattern = "^(rank|unit|points|percent|group|change|respondents|rankInterval|ci|area:.+)$"))
    public String sort;

    @QueryParam("desc")
    @DefaultValue("false")
    @Parameter(description = "true: the order of sort reversed (e.g. sort=points&desc=true puts the most points first).",
            example = "true")
    public boolean desc;

    @QueryParam("format")
    @Parameter(description = "The type of the answer, for a link that cannot set Accept: json, csv or xlsx; it wins over "
            + "Accept. Without it, the Accept header chooses (JSON unless CSV or XLSX comes first). Anything else is "
            + "refused (400).", example = "csv", schema = @Schema(type = SchemaType.STRING, enumeration = { "json", "csv",
                    "xlsx" }))
    public String format;

    @QueryParam("lang")
    @Parameter(description = "The language of a CSV or XLSX answer: vi (any tag starting with vi) gives Vietnamese headers "
            + "and, in CSV, decimal commas, ';' between fields and a byte-order mark, as Excel in a Vietnamese locale "
            + "expects; any other value gives English. Without it, the first language of Accept-Language decides. Ignored "
            + "for JSON.", example = "vi")
    public String lang;

    /**
     * The table as asked, with an ETag naming this table's version and this way of asking for it: a reader that sends
     * it back in If-None-Match gets 304 with no body while the table is unchanged. The whole table as JSON is written
     * once per version.
     */
    public Response answer(LeagueTables.Snapshot snapshot, HttpHeaders headers, ObjectMapper json) {
        EntityTag tag = new EntityTag(snapshot.version() + "-" + Integer.toHexString(Objects.hash(q, sort, desc, format, lang,
                headers.getHeaderString(HttpHeaders.ACCEPT), headers.getHeaderString(HttpHeaders.ACCEPT_LANGUAGE))), true);
        Response.ResponseBuilder answer;
        if (unchanged(headers.getHeaderString(HttpHeaders.IF_NONE_MATCH), tag)) {
            answer = Response.notModified(tag);
        } else if ((q == null || q.isBlank()) && sort == null && !desc && ("json".equals(format)
                || format == null && LeagueTableSheet.wanted(headers) == null)) {
            answer = Response.ok(snapshot.json(json), MediaType.APPLICATION_JSON_TYPE).tag(tag);
        } else {
            answer = Response.fromResponse(LeagueTableSheet.response(RowSelection.apply(snapshot.view(), q, sort, desc), lang, format,
                    headers)).tag(tag);
        }
        // official tables may be kept by any cache, provisional ones by the reader's only; both asked again each time
        return answer.header("Cache-Control", (snapshot.view().visibility() == TableView.Visibility.OFFICIAL ? "public" : "private")
                + ", no-cache").header("Vary", "Accept, Accept-Language").build();
    }

    /** Whether If-None-Match names the tag (weak comparison, RFC 9110 §13.1.2), or is "*". */
    static boolean unchanged(String ifNoneMatch, EntityTag tag) {
        if (ifNoneMatch == null || ifNoneMatch.isBlank()) {
            return false;
        }
        for (String candidate : ifNoneMatch.split(",")) {
            String value = candidate.strip();
            if (value.equals("*")) {
                return true;
            }
            if (value.startsWith("W/")) {
                value = value.substring(2);
            }
            if (value.equals("\"" + tag.getValue() + "\"")) {
                return true;
            }
        }
        return false;
    }
}
