package vn.parindex.ranking.config;

import io.smallrye.config.ConfigMapping;

/** What the service's HTTP door accepts and how its pages may be framed (deploy/README.md lists the variables). */
@ConfigMapping(prefix = "parindex.http")
public interface HttpConfig {

    /** Longest request line accepted; longer is a 414. */
    int maxUriLength();

    /** The CSP frame-ancestors of the pages under /app/ (portals that embed them). */
    String frameAncestors();
}
