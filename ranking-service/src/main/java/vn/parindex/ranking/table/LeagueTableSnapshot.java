package vn.parindex.ranking.table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** The last official table published for a table id: its version and the hash of its content. */
@Entity
@Table(name = "league_table_snapshot")
public class LeagueTableSnapshot extends PanacheEntityBase {

    @Id
    @Column(name = "table_id")
    public String tableId;

    public long version;

    @Column(name = "content_hash")
    public String contentHash;

    @Column(name = "published_at")
    public Instant publishedAt;
}
