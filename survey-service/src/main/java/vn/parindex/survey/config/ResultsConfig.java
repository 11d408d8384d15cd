package vn.parindex.survey.config;

import io.smallrye.config.ConfigMapping;
import java.time.Duration;

/**
 * How satisfaction results are computed and published: how often the publisher looks for units whose tallies moved,
 * the share of a core it may keep busy, and the size of the bootstrap (README's Configuration lists the variables).
 */
@ConfigMapping(prefix = "parindex.results")
public interface ResultsConfig {

    /** The publisher's round: stale units are recomputed at most once per interval. */
    Duration interval();

    /** The share of one core the publisher keeps busy, in (0, 1]: after a round of t it rests t·(1−share)/share. */
    double cpuShare();

    /** Replicates of a final result's bootstrap (and the most a provisional one gets). */
    int bootstrapReplicates();

    /** While a wave runs, the most respondents a unit's bootstrap draws in all (replicates × n, at least 100 replicates). */
    long provisionalDrawBudget();
}
