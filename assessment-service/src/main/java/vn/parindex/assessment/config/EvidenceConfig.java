package vn.parindex.assessment.config;

import io.smallrye.config.ConfigMapping;
import java.util.Set;

/** Evidence files: the largest accepted, in bytes, and the content types accepted. */
@ConfigMapping(prefix = "parindex.evidence")
public interface EvidenceConfig {

    long maxBytes();

    Set<String> contentTypes();
}
