package vn.parindex.ranking.rest;

import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import jakarta.annotation.security.PermitAll;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.parindex.ranking.ApiProblem;
import vn.parindex.ranking.SearchName;
import vn.parindex.ranking.UnitReplica;

@Path("/api/v1/units")
@Tag(name = "Administrative units (replica)")
@PermitAll
public class UnitReplicaResource {

    public record UnitView(String code, String name, String level, String parentCode, LocalDate validFrom,
            LocalDate validTo, long version) {

        static UnitView of(UnitReplica unit) {
            return new UnitView(unit.code, unit.name, unit.level, unit.parentCode, unit.validFrom, unit.validTo, unit.version);
        }
    }

    public record UnitPage(List<UnitView> items, String nextCursor) {
    }

    @GET
    @Path("/{code}")
    @Operation(summary = "A unit as replicated from assessment-service")
    public UnitView get(@PathParam("code") String code) {
        UnitReplica unit = UnitReplica.findById(code);
        if (unit == null) {
            throw ApiProblem.notFound("no unit with code " + code + " has been replicated");
        }
        return UnitView.of(unit);
    }

    @GET
    @Operation(summary = "Search the replicated units", description = "q ignores case and diacritics; pages in code order.")
    public UnitPage search(@QueryParam("q") String query, @QueryParam("validOn") LocalDate validOn,
            @QueryParam("cursor") String cursor, @QueryParam("limit") @DefaultValue("100") @Min(1) @Max(1000) int limit) {
        StringBuilder where = new StringBuilder("code > :after");
        Parameters parameters = Parameters.with("after", cursor == null ? "" : cursor);
        if (query != null && !query.isBlank()) {
            where.append(" and searchName like :query");
            parameters.and("query", "%" + SearchName.fold(query).replace("%", "\\%").replace("_", "\\_") + "%");
        }
        if (validOn != null) {
            where.append(" and validFrom <= :date and (validTo is null or validTo >= :date)");
            parameters.and("date", validOn);
        }
        List<UnitView> items = UnitReplica.<UnitReplica>find(where.toString(), Sort.by("code"), parameters)
                .page(0, limit).list().stream().map(UnitView::of).toList();
        return new UnitPage(items, items.size() == limit ? items.get(items.size() - 1).code() : null);
    }
}
