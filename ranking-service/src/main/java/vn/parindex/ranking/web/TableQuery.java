package vn.parindex.ranking.web;

import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import vn.parindex.ranking.table.RowSelection;
import vn.parindex.ranking.table.TableView;

/**
 * How a reader asks for a table, whatever the index: the rows found by a search, in the order of a column, as JSON,
 * CSV or XLSX. The dashboard's downloads are these links, so a sheet holds exactly the rows shown, in their order.
 */
public class TableQuery {

    @QueryParam("q")
    @Parameter(description = "only the units whose name (ignoring case and diacritics: bac giang finds Bắc Giang) or code holds this")
    public String q;

    @QueryParam("sort")
    @Parameter(description = "order the rows by rank (default), unit, points, percent, group, change, respondents, rankInterval, ci "
            + "or area:<code> (the rank in that area); rows without a value come last")
    public String sort;

    @QueryParam("desc")
    @DefaultValue("false")
    @Parameter(description = "the order reversed")
    public boolean desc;

    @QueryParam("format")
    @Parameter(description = "json, csv or xlsx: the type of the answer, for a link that cannot set Accept")
    public String format;

    @QueryParam("lang")
    @Parameter(description = "vi: CSV and XLSX in Vietnamese (headers, decimal comma, ';' between CSV fields)")
    public String lang;

    public Response answer(TableView table, HttpHeaders headers) {
        return LeagueTableSheet.response(RowSelection.apply(table, q, sort, desc), lang, format, headers);
    }
}
