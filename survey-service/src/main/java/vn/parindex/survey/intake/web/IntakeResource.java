package vn.parindex.survey.intake.web;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import java.time.Duration;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.logging.Logger;
import vn.parindex.survey.Refusal;
import vn.parindex.survey.intake.messaging.InboundPause;
import vn.parindex.survey.web.Actors;
import vn.parindex.survey.web.Roles;

@Path("/api/v1/intake/kafka")
@Tag(name = "Responses")
@RolesAllowed(Roles.ADMIN)
public class IntakeResource {

    private static final Logger LOG = Logger.getLogger(IntakeResource.class);

    @Schema(name = "IntakeChange", description = "Pause intake from the inbound topic for some minutes, or resume it.")
    public record IntakeChange(@Schema(description = "true to pause, false to resume.", example = "true") @NotNull Boolean paused,
            @Schema(description = "How long the pause lasts, in minutes (1-5); required to pause, not needed to resume.",
                    example = "5") @Min(1) @Max(InboundPause.LONGEST_MINUTES) Integer minutes) {
    }

    private final InboundPause pause;
    private final Actors actors;

    IntakeResource(InboundPause pause, Actors actors) {
        this.pause = pause;
        this.actors = actors;
    }

    @GET
    @Operation(operationId = "getIntakeState", summary = "Trạng thái nhận phiếu từ Kafka — whether intake from the inbound topic "
            + "is paused", description = "Whether intake of responses (phiếu trả lời) from the inbound Kafka topic "
                    + "parindex.survey-responses.v1 is paused, until when and by whom. The HTTP channels are never paused.")
    @APIResponse(responseCode = "200", description = "The intake's state.")
    public InboundPause.State state() {
        return pause.state();
    }

    @PUT
    @Operation(operationId = "changeIntakeState", summary = "Tạm dừng hoặc tiếp tục nhận phiếu từ Kafka — pause or resume intake "
            + "from the inbound topic", description = "Pauses or resumes intake of responses (phiếu trả lời) from the "
            + "inbound Kafka topic parindex.survey-responses.v1, on every replica. While paused, records wait in Kafka "
            + "(nothing is lost or skipped) and the HTTP channels go on. A pause lasts the given minutes (1-5) and then ends "
            + "by itself; resume ends it sooner. For maintenance such as a recount with repair. Answers the state after the "
            + "change.")
    @APIResponse(responseCode = "200", description = "The intake's state after the change.")
    public InboundPause.State change(@RequestBody(description = "Pause (with its minutes) or resume.", required = true)
            @NotNull @Valid IntakeChange change) {
        if (!change.paused()) {
            LOG.infof("intake from the inbound topic resumed by %s", actors.name());
            return pause.resume();
        }
        if (change.minutes() == null) {
            throw Refusal.invalid("minutes", "a pause names its length in minutes (1-" + InboundPause.LONGEST_MINUTES + ")");
        }
        LOG.infof("intake from the inbound topic paused for %d minutes by %s", change.minutes(), actors.name());
        return pause.pause(Duration.ofMinutes(change.minutes()), actors.name());
    }
}
