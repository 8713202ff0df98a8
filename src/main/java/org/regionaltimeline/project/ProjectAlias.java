package org.regionaltimeline.project;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** Another spelling of a project's name; the alias key is unique, so one spelling belongs to one project. */
@Entity
@Table(name = "project_alias")
public class ProjectAlias extends PanacheEntityBase {

    @Id
    @Column(name = "alias_key")
    public String aliasKey;

    public String alias;

    @Column(name = "project_id")
    public Long projectId;
}
