package vn.parindex.ranking.web;

import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
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

    public Response answer(TableView table, HttpHeaders headers) {
        return LeagueTableSheet.response(RowSelection.apply(table, q, sort, desc), lang, format, headers);
    }
}
