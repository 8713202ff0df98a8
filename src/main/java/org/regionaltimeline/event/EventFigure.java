package org.regionaltimeline.event;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

import java.math.BigDecimal;

/** A figure stated with an event: 总投资7.4亿元 → 740000000 CNY. */
@Entity
@Table(name = "event_figure")
public class EventFigure extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "figure_seq")
    @SequenceGenerator(name = "figure_seq", sequenceName = "figure_seq", allocationSize = 50)
    public Long id;

    @Column(name = "event_id")
    public Long eventId;

    public int position;

    public String text;

    public BigDecimal amount;

    public String unit;
}
