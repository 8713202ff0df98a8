package org.regionaltimeline.project;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;

/** A named initiative (项目, 工程, 产业园, 阻击战 …) whose events may span many articles and pages. */
@Entity
@Table(name = "project")
public class Project extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "project_seq")
    @SequenceGenerator(name = "project_seq", sequenceName = "project_seq", allocationSize = 50)
    public Long id;

    public String slug;

    public String name;

    /** Normalized name that merges spellings (三北工程 = “三北”工程). */
    @Column(name = "merge_key")
    public String mergeKey;

    @Column(name = "first_date")
    public LocalDate firstDate;

    @Column(name = "last_date")
    public LocalDate lastDate;

    @Column(name = "event_count")
    public int eventCount;

    @Column(name = "created_at")
    public Instant createdAt;

    @Column(name = "updated_at")
    public Instant updatedAt;

    @Version
    public long version;

    public static Optional<Project> findBySlug(String slug) {
        return find("slug", slug).firstResultOptional();
    }
}
