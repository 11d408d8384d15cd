package vn.parindex.ranking.dashboard;

import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/catalog")
@Tag(name = "League tables")
@PermitAll
public class CatalogResource {

    private final TableCatalog catalog;

    CatalogResource(TableCatalog catalog) {
        this.catalog = catalog;
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(operationId = "listLeagueTables", summary = "Danh mục bảng xếp hạng — every league table there is",
            description = "Every official league table (bảng xếp hạng): published PAR Index periods (kỳ đánh giá), closed "
                    + "SIPAS waves (đợt khảo sát) and imported PAPI and PCI years: index, code, name, year, family, level of "
                    + "the ranked units, the parent unit for tables of one province's districts, and the path that serves "
                    + "the table. By index (PAR, SIPAS, PAPI, PCI), newest first within each index.")
    public List<TableCatalog.Table> tables() {
        return catalog.tables();
    }
}
