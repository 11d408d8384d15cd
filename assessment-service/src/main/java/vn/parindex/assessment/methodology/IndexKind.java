package vn.parindex.assessment.methodology;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The index a methodology computes. SIPAS, PAPI and PCI are computed elsewhere (survey-service) or imported (ranking-service). */
@Schema(name = "IndexKind", description = "The index a methodology computes: PAR_INDEX, the PAR Index (Chỉ số CCHC). "
        + "SIPAS, PAPI and PCI are computed by survey-service or imported into ranking-service.")
public enum IndexKind {
    PAR_INDEX
}
