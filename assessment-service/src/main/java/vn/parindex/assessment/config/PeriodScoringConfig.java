package vn.parindex.assessment.config;

import io.smallrye.config.ConfigMapping;
import java.time.Duration;

/** The period-level scoring step: a commit wakes it; this is the longest wait otherwise. */
@ConfigMapping(prefix = "parindex.period-scoring")
public interface PeriodScoringConfig {

    Duration pollInterval();
}
