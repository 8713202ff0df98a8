package org.regionaltimeline.event;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.regionaltimeline.article.Article;

import java.time.Instant;
import java.time.LocalDate;

/** A dated happening stated in an article. Region and project links live in link tables (see EventLinks). */
@Entity
@Table(name = "event")
public class Event extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "event_seq")
    @SequenceGenerator(name = "event_seq", sequenceName = "event_seq", allocationSize = 50)
    public Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "article_id")
    public Article article;

    @Column(name = "start_date")
    public LocalDate startDate;

    @Column(name = "end_date")
    public LocalDate endDate;

    /** day | week | month | quarter | year */
    public String precision;

    /** morning | afternoon | evening, or null */
    @Column(name = "time_of_day")
    public String timeOfDay;

    /** happened | planned | ongoing */
    public String status;

    /** The date as printed (11月20日下午). */
    @Column(name = "date_text")
    public String dateText;

    public String summary;

    /** 近日 / 日前: the date is approximate. */
    public boolean approximate;

    public boolean hidden;

    @Column(name = "created_at")
    public Instant createdAt;

    @Column(name = "updated_at")
    public Instant updatedAt;

    @Version
    public long version;
}
