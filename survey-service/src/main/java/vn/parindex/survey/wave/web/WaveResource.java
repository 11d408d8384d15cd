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
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.math.BigDecimal;
import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
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

    @Schema(name = "WaveUnitCoverage", description = "A unit (đơn vị) in a wave's scope: its target sample and the responses "
            + "counted so far.")
    public record UnitCoverage(@Schema(description = "The unit's code.", example = "24") String code,
            @Schema(description = "The unit's name.", example = "Tỉnh Bắc Giang") String name,
            @Schema(description = "The population (N) given for the unit; null when none was given.") Long population,
            @Schema(description = "The target number of responses (cỡ mẫu).", example = "400") int target,
            @Schema(description = "Responses counted for the unit so far.", example = "400") long responses,
            @Schema(description = "responses ÷ target × 100, four decimals; above 100 when the target is exceeded.",
                    example = "100.0000") BigDecimal coveragePercent) {
    }

    @Schema(name = "SurveyWave", description = "A survey wave (đợt khảo sát): its questionnaire version, dates, status and "
            + "coverage (responses against target). version is the value to send back as If-Match to close it (also the "
            + "ETag).")
    public record WaveView(@Schema(description = "The wave's code.", example = "SIPAS-2020") String code,
            @Schema(description = "The wave's name.", example = "SIPAS 2020: sự hài lòng của người dân, tổ chức") String name,
            @Schema(description = "The code of the questionnaire the wave pins.", example = "SIPAS-2017") String questionnaireCode,
            @Schema(description = "The questionnaire version the wave pins.", example = "1") int questionnaireVersion,
            @Schema(description = "The year the wave measures.", example = "2020") int year,
            @Schema(description = "The level of the units surveyed.", example = "PROVINCE") String unitLevel,
            @Schema(description = "The first day responses are taken (Asia/Ho_Chi_Minh).", example = "2020-09-01") LocalDate opensOn,
            @Schema(description = "The last day responses are taken (Asia/Ho_Chi_Minh).", example = "2020-10-31") LocalDate closesOn,
            @Schema(description = "When the wave was closed (early by an administrator, or at the end of its closing day); "
                    + "null while it is not closed.") Instant closedAt,
            @Schema(description = "Where the wave stands now.") Wave.Status status,
            @Schema(description = "Whether citizens may submit responses without a token.", example = "false") boolean anonymousSubmission,
            @Schema(description = "The most anonymous responses a minute from one client address.", example = "10") int anonymousPerMinute,
            @Schema(description = "The wave's version: send it back as If-Match to close the wave.", example = "1") long version,
            @Schema(description = "The sum of the units' targets.", example = "25200") long target,
            @Schema(description = "Responses counted so far over all units.", example = "25200") long responses,
            @Schema(description = "responses ÷ target × 100, four decimals.", example = "100.0000") BigDecimal coveragePercent,
            @Schema(description = "Each unit's coverage, by unit code; null in the list of waves.") List<UnitCoverage> units) {
    }

    private static final String CODE = "The wave's code.";

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
    @Operation(operationId = "openWave", summary = "Mở đợt khảo sát — open a survey wave", description = "Opens a SIPAS "
            + "survey wave (đợt khảo sát). Pins a questionnaire version (the latest when no version is "
            + "given) and lists the units in scope with their target samples: a target, or a population N from which "
            + "n = N/(1+N·e²) is derived with the wave's margin e. Dates are days in Asia/Ho_Chi_Minh.")
    @APIResponse(responseCode = "201", description = "The wave is created, with its units and coverage; its status follows its "
            + "dates.",
            headers = { @Header(name = "Location", description = "The wave's address, /api/v1/waves/{code}.",
                    schema = @Schema(type = SchemaType.STRING, format = "uri")),
                    @Header(name = "ETag", description = "The wave's version, quoted: send it as If-Match to close the wave.",
                            schema = @Schema(type = SchemaType.STRING)) },
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = WaveView.class)))
    public Response create(@RequestBody(description = "The wave to open.", required = true) @NotNull @Valid Waves.NewWave request) {
        Wave wave = waves.create(request, actors.name());
        return Response.created(URI.create("/api/v1/waves/" + wave.code)).entity(view(wave)).header("ETag", etag(wave)).build();
    }

    @GET
    @PermitAll
    @Operation(operationId = "listWaves", summary = "Các đợt khảo sát — every survey wave, newest year first, with its coverage",
            description = "Every survey wave (đợt khảo sát), newest year first then by code, with its status and its total "
                    + "coverage (responses against target); units is null here (read one wave for its units).")
    @APIResponse(responseCode = "200", description = "Every wave.")
    public List<WaveView> list() {
        return waves.list().stream().map(wave -> view(wave, false)).toList();
    }

    @GET
    @Path("/{code}")
    @PermitAll
    @Operation(operationId = "getWave", summary = "Đợt khảo sát — a wave with its coverage per unit (responses against "
            + "target), live while it runs", description = "One survey wave (đợt khảo sát) with the coverage of each unit in "
                    + "its scope: responses counted so far against the target sample (cỡ mẫu). The ETag carries the wave's "
                    + "version, to send back as If-Match to close it.")
    @APIResponse(responseCode = "200", description = "The wave with its units.",
            headers = @Header(name = "ETag", description = "The wave's version, quoted.", schema = @Schema(type = SchemaType.STRING)),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = WaveView.class)))
    public Response get(@Parameter(description = CODE, example = "SIPAS-2020") @PathParam("code") String code) {
        Wave wave = waves.find(code);
        return Response.ok(view(wave)).header("ETag", etag(wave)).build();
    }

    @POST
    @Path("/{code}/close")
    @RolesAllowed(Roles.ADMIN)
    @Operation(operationId = "closeWave", summary = "Đóng đợt khảo sát — close a wave before its closing date", description = "Closes "
            + "a survey wave (đợt khảo sát) early. Requires If-Match with the wave's version; a stale version is a 409 "
            + "carrying the current one, and a wave already closed is a 409. No response is accepted afterwards; every "
            + "unit's result is published again as final (waveStatus CLOSED).")
    @APIResponse(responseCode = "200", description = "The closed wave, with its new version.",
            headers = @Header(name = "ETag", description = "The wave's new version, quoted.", schema = @Schema(type = SchemaType.STRING)),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = WaveView.class)))
    public Response close(@Parameter(description = CODE, example = "SIPAS-2020") @PathParam("code") String code,
            @Parameter(description = "The wave's version as last read (its ETag or version), e.g. \"1\".", required = true,
                    example = "\"1\"") @HeaderParam("If-Match") String ifMatch) {
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
