package vn.parindex.assessment.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Whether the reference units, lineage and methodologies are loaded at start. */
@ConfigMapping(prefix = "parindex.reference-data")
public interface ReferenceDataConfig {

    @WithDefault("true")
    boolean load();
}
