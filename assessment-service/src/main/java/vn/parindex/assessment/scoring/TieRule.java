package vn.parindex.assessment.scoring;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** How equal values share ranks: standard competition (1224, the default), dense (1223) or ordinal (1234). */
@Schema(name = "TieRule", description = "How equal values share ranks: STANDARD_COMPETITION (1224: equal values share "
        + "a rank and the next rank skips; the default), DENSE (1223: the next rank does not skip) or ORDINAL (1234: every "
        + "unit its own rank).")
public enum TieRule {
    STANDARD_COMPETITION, DENSE, ORDINAL
}
