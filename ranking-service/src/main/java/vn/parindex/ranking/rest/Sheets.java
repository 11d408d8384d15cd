package vn.parindex.ranking.rest;

import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;

/** Content negotiation for tables: JSON (the default, also for a wildcard), CSV or XLSX, whichever the client names first. */
final class Sheets {

    private Sheets() {
    }

    /** "text/csv" or the XLSX type when the client asks for it by name before JSON; null for JSON. */
    static String wanted(HttpHeaders headers) {
        MediaType csv = MediaType.valueOf("text/csv");
        MediaType xlsx = MediaType.valueOf(LeagueTableSheet.XLSX);
        return headers.getAcceptableMediaTypes().stream()
                .filter(type -> type.isCompatible(MediaType.APPLICATION_JSON_TYPE) || type.isCompatible(csv) || type.isCompatible(xlsx))
                .findFirst().filter(type -> !type.isWildcardType() && !type.isCompatible(MediaType.APPLICATION_JSON_TYPE))
                .map(type -> type.isCompatible(csv) ? "text/csv" : LeagueTableSheet.XLSX).orElse(null);
    }
}
