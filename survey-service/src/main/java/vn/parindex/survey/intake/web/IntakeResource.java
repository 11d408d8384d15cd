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

    public record IntakeChange(@NotNull Boolean paused, @Min(1) @Max(InboundPause.LONGEST_MINUTES) Integer minutes) {
    }

    private final InboundPause pause;
    private final Actors actors;

    IntakeResource(InboundPause pause, Actors actors) {
        this.pause = pause;
        this.actors = actors;
    }

    @GET
    @Operation(summary = "Whether intake from the inbound topic is paused")
    public InboundPause.State state() {
        return pause.state();
    }

    @PUT
    @Operation(summary = "Pause or resume intake from the inbound topic", description = "While paused, records wait in "
            + "Kafka (nothing is lost or skipped) and the HTTP channels go on. A pause lasts the given minutes (1-5) and "
            + "then ends by itself; resume ends it sooner. For maintenance such as a recount with repair.")
    public InboundPause.State change(@NotNull @Valid IntakeChange change) {
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
