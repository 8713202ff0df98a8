package org.regionaltimeline.article;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Lob;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;

/** One article of a newspaper page: headline, byline, body. Its dated happenings are {@code Event}s. */
@Entity
@Table(name = "article")
public class Article extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "article_seq")
    @SequenceGenerator(name = "article_seq", sequenceName = "article_seq", allocationSize = 50)
    public Long id;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "source_id")
    public Source source;

    @Column(name = "published_on")
    public LocalDate publishedOn;

    public String title;
    public String subtitle;
    public String byline;
    public String dateline;

    /** news | commentary | photo-caption | notice */
    public String kind;

    @Lob
    public String body;

    /** SHA-256 of the normalized title and body: the same article sent twice is stored once. */
    @Column(name = "content_hash")
    public String contentHash;

    public boolean hidden;

    @Column(name = "created_at")
    public Instant createdAt;

    @Column(name = "updated_at")
    public Instant updatedAt;

    @Version
    public long version;

    public static Optional<Article> findByContentHash(String hash) {
        return find("contentHash", hash).firstResultOptional();
    }
}
