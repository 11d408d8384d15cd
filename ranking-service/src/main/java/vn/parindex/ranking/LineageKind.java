package vn.parindex.ranking;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** How units change (domain §5), as assessment-service's unit events say: several into one, one into several, a new name, or an end. */
@Schema(description = "How administrative units change (domain §5): MERGE = several units into one (sáp nhập); SPLIT = "
        + "one unit into several (chia tách); RENAME = a new name (đổi tên); ABOLISH = the unit ended without a successor "
        + "(giải thể).")
public enum LineageKind {
    MERGE, SPLIT, RENAME, ABOLISH
}
