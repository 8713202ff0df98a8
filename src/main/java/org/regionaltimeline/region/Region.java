package org.regionaltimeline.region;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A GB/T 2260 administrative division; loaded by migration V2 from the gazetteer file, read-only afterwards. */
@Entity
@Table(name = "region")
public class Region extends PanacheEntityBase {

    @Id
    public String code;

    public String name;

    @Column(name = "short_name")
    public String shortName;

    /** province | prefecture | county */
    public String level;

    @Column(name = "parent_code")
    public String parentCode;

    /** '|'-separated alternative names (昌吉州|庭州 …). */
    public String aliases;
}
