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
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
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

    @Schema(name = "UnitLink", description = "One lineage edge of a unit: the unit on its other side, the kind of change "
            + "and the day it took effect.")
    public record LinkView(
            @Schema(description = "The other unit's key; null for ABOLISH, which has no successor.",
                    examples = "24@2025-07-01") String key,
            @Schema(description = "The kind of change.") LineageKind kind,
            @Schema(description = "The day the change took effect.", examples = "2025-07-01") LocalDate effectiveDate) {
    }

    @Schema(name = "Unit", description = "An administrative unit (đơn vị hành chính) as this service replicated it from "
            + "assessment-service, with its lineage (predecessors and successors).")
    public record UnitView(
            @Schema(description = "The unit key: code@validFrom.", examples = "24@2008-08-01") String key,
            @Schema(description = "The unit's code (mã đơn vị hành chính); a code can be held by successive units.",
                    examples = "24") String code,
            @Schema(description = "The unit's name.", examples = "Tỉnh Bắc Giang") String name,
            @Schema(description = "The administrative level (PROVINCE, DISTRICT, …).", examples = "PROVINCE") String level,
            @Schema(description = "The key of the unit it belongs to; null for a province.", examples = "68@2008-08-01")
            String parentKey,
            @Schema(description = "The first day the unit is valid.", examples = "2008-08-01") LocalDate validFrom,
            @Schema(description = "The last day the unit is valid; null while it still is.", examples = "2025-06-30")
            LocalDate validTo,
            @Schema(description = "The units it was formed from.") List<LinkView> predecessors,
            @Schema(description = "The units it became.") List<LinkView> successors,
            @Schema(description = "The unit's version in assessment-service's registry, as last replicated (read only: this "
                    + "service takes no writes of units).", examples = "3") long version) {

        static UnitView of(UnitReplica unit) {
            return new UnitView(unit.key, unit.code, unit.name, unit.level, unit.parentKey, unit.validFrom, unit.validTo,
                    links(unit, UnitReplica.Direction.PREDECESSOR), links(unit, UnitReplica.Direction.SUCCESSOR), unit.version);
        }

        private static List<LinkView> links(UnitReplica unit, UnitReplica.Direction direction) {
            return unit.links(direction).stream().map(link -> new LinkView(link.otherKey, link.kind, link.effectiveDate)).toList();
        }
    }

    @Schema(name = "UnitPage", description = "A page of replicated units in key order.")
    public record UnitPage(
            @Schema(description = "The units of the page.") List<UnitView> items,
            @Schema(description = "The cursor for the next page (the last key of this one), when the page is full; null "
                    + "on the last page.", examples = "24@2008-08-01") String nextCursor) {
    }

    @GET
    @Path("/{reference}")
    @Operation(operationId = "getUnit", summary = "Đơn vị hành chính — a unit as replicated from assessment-service",
            description = "An administrative unit (đơn vị hành chính) with its lineage, as this service holds it. By key "
                    + "(24@2008-08-01) or by code: the unit with that code valid on validOn (default today, in Vietnam's "
                    + "time zone), or, with no date and none valid today, the latest.")
    public UnitView get(
            @Parameter(description = "The unit key (code@validFrom) or the unit's code.", example = "24@2008-08-01")
            @PathParam("reference") String reference,
            @Parameter(description = "With a code: the day the unit must be valid on (ISO date); ignored with a key.",
                    example = "2020-12-31") @QueryParam("validOn") LocalDate validOn) {
        UnitReplica unit = reference.contains("@") ? UnitReplica.findById(reference) : byCode(reference, validOn);
        if (unit == null) {
            throw Refusal.notFound("no unit " + reference + (validOn == null ? "" : " valid on " + validOn) + " has been replicated");
        }
        return UnitView.of(unit);
    }

    @GET
    @Path("/{reference}/history")
    @Operation(operationId = "getUnitRankHistory", summary = "Lịch sử xếp hạng của đơn vị — a unit's rank, points and "
            + "group over the years", description = "In the official tables of a family as the catalog names it "
                    + "(PAR-PROVINCE, SIPAS-PROVINCE, PAPI, PCI), across lineage: years before a rename, merger or split show "
                    + "the predecessors' rows with their relation (RENAME_PREDECESSOR, MERGE_PREDECESSOR, …), and breaks say "
                    + "when each change took effect; every rank keeps its own field size. The unit is found as getUnit finds "
                    + "it.")
    public RankHistory.View history(
            @Parameter(description = "The unit key (code@validFrom) or the unit's code.", example = "24@2008-08-01")
            @PathParam("reference") String reference,
            @Parameter(description = "With a code: the day the unit must be valid on (ISO date); ignored with a key.",
                    example = "2020-12-31") @QueryParam("validOn") LocalDate validOn,
            @Parameter(description = "The family of tables to follow, as the catalog names it (required).", required = true,
                    example = "PAR-PROVINCE") @QueryParam("family") String family) {
        if (family == null || family.isBlank()) {
            throw Refusal.invalid("family", "name the index family, e.g. PAR-PROVINCE");
        }
        return history.of(get(reference, validOn).key(), family);
    }

    @GET
    @Operation(operationId = "listUnits", summary = "Tìm đơn vị hành chính — search the replicated units", description = "The "
            + "administrative units (đơn vị hành chính) this service holds, in key order, a page at a time: optionally only "
            + "those whose name holds q (ignoring case and diacritics) and those valid on a day. Follow nextCursor for the "
            + "next page.")
    public UnitPage search(
            @Parameter(description = "Only the units whose name holds this, ignoring case and diacritics (bac giang finds "
                    + "Tỉnh Bắc Giang).", example = "bac giang") @QueryParam("q") String query,
            @Parameter(description = "Only the units valid on this day (ISO date).", example = "2020-12-31")
            @QueryParam("validOn") LocalDate validOn,
            @Parameter(description = "The nextCursor of the previous page; absent for the first page.",
                    example = "24@2008-08-01") @QueryParam("cursor") String cursor,
            @Parameter(description = "The most units in the page, 1–1000.", example = "100")
            @QueryParam("limit") @DefaultValue("100") @Min(1) @Max(1000) int limit) {
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
