package vn.parindex.ranking.external;

import jakarta.annotation.security.PermitAll;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.parindex.ranking.Refusal;
import vn.parindex.ranking.Text;

import vn.parindex.ranking.web.LeagueTableSheet;
/**
 * The dashboard's downloads: the rows exactly as the reader filtered and sorted them, written by the same sheet writer
 * as the tables' own CSV and XLSX. Nothing is stored; the request holds the whole content.
 */
@Path("/api/v1/sheets")
@Tag(name = "League tables")
@PermitAll
public class SheetResource {

    /** The longest text of one cell: a unit's name, a group, a rank as shown. */
    static final int MAX_CELL = 1_000;

    public record SheetRequest(@NotNull @Pattern(regexp = "[A-Za-z0-9._-]{1,60}") String name,
            @NotEmpty @Size(max = 100) List<@NotNull @Size(max = 200) String> header,
            @NotNull @Size(max = 20_000) List<@NotNull List<Object>> rows) {
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "A sheet of the rows a reader sees", description = "The dashboard sends the header and rows it shows "
            + "(after search and sort); the answer is the same as CSV (format=csv; lang=vi: ';', decimal comma, byte-order "
            + "mark) or XLSX (format=xlsx; numbers stay numbers). Cells are text, numbers or null.")
    public Response sheet(@Valid @NotNull SheetRequest sheet, @QueryParam("format") @DefaultValue("xlsx") String format,
            @QueryParam("lang") @DefaultValue("en") String lang) {
        if (!format.equals("csv") && !format.equals("xlsx")) {
            throw Refusal.invalid("format", "csv or xlsx, not " + format);
        }
        List<List<Object>> rows = new ArrayList<>();
        for (int r = 0; r < sheet.rows().size(); r++) {
            List<Object> cells = sheet.rows().get(r);
            if (cells.size() != sheet.header().size()) {
                throw Refusal.invalid("rows[" + r + "]", "has " + cells.size() + " cells, the header " + sheet.header().size());
            }
            List<Object> row = new ArrayList<>();
            for (int c = 0; c < cells.size(); c++) {
                Object cell = cells.get(c);
                if (cell instanceof Number number) {
                    if ((number instanceof Double || number instanceof Float) && !Double.isFinite(number.doubleValue())) {
                        // JSON has no such number, but a lenient reader gives NaN and Infinity as doubles
                        throw Refusal.invalid("rows[" + r + "][" + c + "]", "a number is finite");
                    }
                    row.add(new BigDecimal(number.toString()));
                } else if (cell instanceof String text) {
                    if (text.length() > MAX_CELL) {
                        throw Refusal.invalid("rows[" + r + "][" + c + "]", "a cell holds at most " + MAX_CELL + " characters");
                    }
                    row.add(Text.checked("rows[" + r + "][" + c + "]", text));
                } else if (cell == null) {
                    row.add(null);
                } else {
                    throw Refusal.invalid("rows[" + r + "][" + c + "]", "a cell is text, a number or null");
                }
            }
            rows.add(row);
        }
        return LeagueTableSheet.download(sheet.name(), sheet.header(), rows, format.equals("xlsx"), lang.startsWith("vi"));
    }
}
