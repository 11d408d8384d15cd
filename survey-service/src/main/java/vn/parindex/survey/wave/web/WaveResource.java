package vn.parindex.survey.wave.web;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Response;
import java.math.BigDecimal;
import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.parindex.survey.index.Percent;
import vn.parindex.survey.wave.Coverage;
import vn.parindex.survey.wave.Wave;
import vn.parindex.survey.wave.Waves;
import vn.parindex.survey.web.Actors;
import vn.parindex.survey.web.Versions;
import vn.parindex.survey.web.Roles;

@Path("/api/v1/waves")
@Tag(name = "Survey waves")
public class WaveResource {

    public record UnitCoverage(String code, String name, Long population, int target, long responses, BigDecimal coveragePercent) {
    }

    public record WaveView(String code, String name, String questionnaireCode, int questionnaireVersion, int year, String unitLevel,
            LocalDate opensOn, LocalDate closesOn, Instant closedAt, Wave.Status status, boolean anonymousSubmission,
            int anonymousPerMinute, long version, long target, long responses, BigDecimal coveragePercent, List<UnitCoverage> units) {
    }

    private final Waves waves;
    private final Coverage coverage;
    private final Actors actors;

    WaveResource(Waves waves, Coverage coverage, Actors actors) {
        this.waves = waves;
        this.coverage = coverage;
        this.actors = actors;
    }

    @POST
    @RolesAllowed(Roles.ADMIN)
    @Operation(summary = "Open a survey wave", description = "Pins a questionnaire version (the latest when no version is "
            + "given) and lists the units in scope with their target samples: a target, or a population N from which "
            + "n = N/(1+N·e²) is derived with the wave's margin e. Dates are days in Asia/Ho_Chi_Minh.")
    public Response create(@NotNull @Valid Waves.NewWave request) {
        Wave wave = waves.create(request, actors.name());
        return Response.created(URI.create("/api/v1/waves/" + wave.code)).entity(view(wave)).header("ETag", etag(wave)).build();
    }

    @GET
    @PermitAll
    @Operation(summary = "Every wave, newest year first, with its coverage")
    public List<WaveView> list() {
        return waves.list().stream().map(wave -> view(wave, false)).toList();
    }

    @GET
    @Path("/{code}")
    @PermitAll
    @Operation(summary = "A wave with its coverage per unit (responses against target), live while it runs")
    public Response get(@PathParam("code") String code) {
        Wave wave = waves.find(code);
        return Response.ok(view(wave)).header("ETag", etag(wave)).build();
    }

    @POST
    @Path("/{code}/close")
    @RolesAllowed(Roles.ADMIN)
    @Operation(summary = "Close a wave before its closing date", description = "Requires If-Match with the wave's version. "
            + "No response is accepted afterwards; every unit's result is published again as final (waveStatus CLOSED).")
    public Response close(@PathParam("code") String code, @HeaderParam("If-Match") String ifMatch) {
        Wave wave = waves.close(code, Versions.expected(ifMatch), Instant.now());
        return Response.ok(view(wave)).header("ETag", etag(wave)).build();
    }

    private WaveView view(Wave wave) {
        return view(wave, true);
    }

    private WaveView view(Wave wave, boolean withUnits) {
        Map<String, Long> responses = coverage.responses(wave.code);
        List<UnitCoverage> units = waves.units(wave.code).stream()
                .map(u -> new UnitCoverage(u.unitCode, u.unitName, u.population, u.target, responses.getOrDefault(u.unitCode, 0L),
                        Percent.shown(Percent.of(responses.getOrDefault(u.unitCode, 0L), u.target))))
                .toList();
        long target = units.stream().mapToLong(UnitCoverage::target).sum();
        long total = units.stream().mapToLong(UnitCoverage::responses).sum();
        return new WaveView(wave.code, wave.name, wave.questionnaireCode, wave.questionnaireVersion, wave.year, wave.unitLevel,
                wave.opensOn, wave.closesOn, wave.closedAt, wave.status(Instant.now()), wave.anonymousSubmission,
                wave.anonymousPerMinute, wave.version, target, total, Percent.shown(Percent.of(total, target)),
                withUnits ? units : null);
    }

    private static String etag(Wave wave) {
        return "\"" + wave.version + "\"";
    }
}
