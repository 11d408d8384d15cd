package vn.parindex.assessment.workflow;

/** A workflow step or a write that the rules refuse. */
public class WorkflowException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public final transient Workflow.Refusal refusal;

    public WorkflowException(Workflow.Refusal refusal) {
        super(refusal.reason());
        this.refusal = refusal;
    }
}
