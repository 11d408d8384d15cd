package vn.parindex.ranking.config;

import io.smallrye.config.ConfigMapping;
import java.time.Duration;

/** How the league tables readers fetch are kept. */
@ConfigMapping(prefix = "parindex.tables")
public interface TablesConfig {

    /**
     * How long readers go on with a source's stamp before reading it from the database again: a change this replica
     * commits is seen at once, one another replica commits after at most this long.
     */
    Duration stampMaxAge();
}
