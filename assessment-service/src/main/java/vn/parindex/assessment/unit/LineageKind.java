package vn.parindex.assessment.unit;

/** How units change (domain §5): several into one, one into several, a new name, or an end without successor. */
public enum LineageKind {
    MERGE, SPLIT, RENAME, ABOLISH
}
