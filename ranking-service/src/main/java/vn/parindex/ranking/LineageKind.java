package vn.parindex.ranking;

/** How units change (domain §5), as assessment-service's unit events say: several into one, one into several, a new name, or an end. */
public enum LineageKind {
    MERGE, SPLIT, RENAME, ABOLISH
}
