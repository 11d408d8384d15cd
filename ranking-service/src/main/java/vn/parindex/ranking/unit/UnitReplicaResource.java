package vn.parindex.ranking.unit;

import vn.parindex.ranking.LineageKind;
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
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.parindex.ranking.Refusal;
import vn.parindex.ranking.table.RankHistory;
import vn.parindex.ranking.SearchName;

@Path("/api/v1/units")
@Tag(name = "Administrative units (replica)")
@PermitAll
public class UnitReplicaResource {

    private final RankHistory history;

    UnitReplicaResource(RankHistory history) {
        this.history = history;
    }

    public record LinkView(String key, LineageKind kind, LocalDate effectiveDate) {
    }

    public record UnitView(String key, String code, String name, String level, String parentKey, LocalDate validFrom,
            LocalDate validTo, List<LinkView> predecessors, List<LinkView> successors, long version) {

        static UnitView of(UnitReplica unit) {
            return new UnitView(unit.key, unit.code, unit.name, unit.level, unit.parentKey, unit.validFrom, unit.validTo,
                    links(unit, UnitReplica.Direction.PREDECESSOR), links(unit, UnitReplica.Direction.SUCCESSOR), unit.version);
        }

        private static List<LinkView> links(UnitReplica unit, UnitReplica.Direction direction) {
            return unit.links(direction).stream().map(link -> new LinkView(link.otherKey, link.kind, link.effectiveDate)).toList();
        }
    }

    public record UnitPage(List<UnitView> items, String nextCursor) {
    }

    @GET
    @Path("/{reference}")
    @Operation(summary = "A unit as replicated from assessment-service", description = "By key (24@2008-08-01) or by code: "
            + "the unit with that code valid on validOn (default today), or, with no date and none valid today, the latest.")
    public UnitView get(@PathParam("reference") String reference, @QueryParam("validOn") LocalDate validOn) {
        UnitReplica unit = reference.contains("@") ? UnitReplica.findById(reference) : byCode(reference, validOn);
        if (unit == null) {
            throw Refusal.notFound("no unit " + reference + (validOn == null ? "" : " valid on " + validOn) + " has been replicated");
        }
        return UnitView.of(unit);
    }

    @GET
    @Path("/{reference}/history")
    @Operation(summary = "A unit's rank, points and group over the years", description = "In the official tables of a family "
            + "as the catalog names it (PAR-PROVINCE, SIPAS-PROVINCE, PAPI, PCI), across lineage: years before a rename, merger "
            + "or split show the predecessors' rows with their relation (RENAME_PREDECESSOR, MERGE_PREDECESSOR, …); every rank "
            + "keeps its own field size.")
    public RankHistory.View history(@PathParam("reference") String reference, @QueryParam("validOn") LocalDate validOn,
            @QueryParam("family") String family) {
        if (family == null || family.isBlank()) {
            throw Refusal.invalid("family", "name the index family, e.g. PAR-PROVINCE");
        }
        return history.of(get(reference, validOn).key(), family);
    }

    @GET
    @Operation(summary = "Search the replicated units", description = "q ignores case and diacritics; pages in key order.")
    public UnitPage search(@QueryParam("q") String query, @QueryParam("validOn") LocalDate validOn,
            @QueryParam("cursor") String cursor, @QueryParam("limit") @DefaultValue("100") @Min(1) @Max(1000) int limit) {
        StringBuilder where = new StringBuilder("key > :after");
        Map<String, Object> parameters = new HashMap<>(Map.of("after", cursor == null ? "" : cursor));
        if (query != null && !query.isBlank()) {
            where.append(" and searchName like :query");
            parameters.put("query", "%" + SearchName.fold(query).replace("%", "\\%").replace("_", "\\_") + "%");
        }
        if (validOn != null) {
            where.append(" and validFrom <= :date and (validTo is null or validTo >= :date)");
            parameters.put("date", validOn);
        }
        List<UnitView> items = UnitReplica.<UnitReplica>find(where.toString(), Sort.by("key"), parameters)
                .page(0, limit).list().stream().map(UnitView::of).toList();
        return new UnitPage(items, items.size() == limit ? items.get(items.size() - 1).key() : null);
    }

    private static UnitReplica byCode(String code, LocalDate validOn) {
        LocalDate date = validOn == null ? LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh")) : validOn;
        UnitReplica valid = UnitReplica.find("code = ?1 and validFrom <= ?2 and (validTo is null or validTo >= ?2)", code, date)
                .firstResult();
        if (valid != null || validOn != null) {
            return valid;
        }
        return UnitReplica.find("code", Sort.descending("validFrom"), code).firstResult();
    }
}
