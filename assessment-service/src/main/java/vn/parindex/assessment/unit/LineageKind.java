package vn.parindex.assessment.unit;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** How units change (domain §5): several into one, one into several, a new name, or an end without successor. */
@Schema(name = "LineageKind", description = "How units change: MERGE (sáp nhập: several into one), SPLIT (chia tách: "
        + "one into several), RENAME (đổi tên: one into one under a new name) or ABOLISH (giải thể: an end without successor).")
public enum LineageKind {
    MERGE, SPLIT, RENAME, ABOLISH
}
