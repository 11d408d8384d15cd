package vn.parindex.assessment.methodology;

/** The index a methodology computes. SIPAS, PAPI and PCI are computed elsewhere (survey-service) or imported (ranking-service). */
public enum IndexKind {
    PAR_INDEX
}
