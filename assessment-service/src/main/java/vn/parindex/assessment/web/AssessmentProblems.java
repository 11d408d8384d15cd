package vn.parindex.assessment.web;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;
import vn.parindex.assessment.scoring.ScoringException;
import vn.parindex.assessment.workflow.WorkflowException;

/** The refusals of this service's pure rules (workflow, scoring) as problem+json; the shared ones are in {@link ProblemMapper}. */
public class AssessmentProblems {

    @ServerExceptionMapper
    public Response refusedByWorkflow(WorkflowException e, UriInfo uri) {
        int status = e.refusal.forbidden() ? 403 : 409;
        return Problem.response(status, status == 403 ? "Forbidden" : "Conflict", e.getMessage(), uri.getPath(), List.of());
    }

    @ServerExceptionMapper
    public Response unscorable(ScoringException e, UriInfo uri) {
        return Problem.response(400, "Invalid request", e.getMessage(), uri.getPath(),
                List.of(new Problem.FieldError(e.path(), e.getMessage())));
    }
}
