package vn.parindex.ranking.table;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** How equal values share ranks: standard competition (1224, the default), dense (1223) or ordinal (1234). */
@Schema(description = "How equal unrounded percentages share ranks: STANDARD_COMPETITION = equal values share a rank and "
        + "the next rank skips (1, 2, 2, 4; the default, and always for SIPAS, PAPI and PCI); DENSE = equal values share a "
        + "rank and the next follows on (1, 2, 2, 3); ORDINAL = every unit its own rank, ties broken by unit key (1, 2, 3, 4).")
public enum TieRule {
    STANDARD_COMPETITION, DENSE, ORDINAL
}
