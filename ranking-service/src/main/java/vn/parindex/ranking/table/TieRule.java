package vn.parindex.ranking.table;

/** How equal values share ranks: standard competition (1224, the default), dense (1223) or ordinal (1234). */
public enum TieRule {
    STANDARD_COMPETITION, DENSE, ORDINAL
}
