package vn.parindex.assessment.config;

import io.smallrye.config.ConfigMapping;

/** How often a transaction that met a transient database conflict is tried again before the client gets a 503. */
@ConfigMapping(prefix = "parindex.transient-retry")
public interface TransientRetryConfig {

    int attempts();

    /** The first pause between attempts; it doubles, with jitter. */
    long backoffMillis();
}
