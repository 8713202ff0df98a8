package org.regionaltimeline.region;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import java.sql.Date;
import java.time.LocalDate;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Writes region links for events and articles: each named region directly, and its ancestors as inherited links, so a
 * prefecture's timeline (its counties included) is one index range scan. Call inside the writing transaction.
 */
@ApplicationScoped
public class RegionLinker {

    /** The two link tables: event_region (keeps the event's start date for the keyset) and article_region. */
    public enum Owner {
        EVENT("event_region", "event_id"), ARTICLE("article_region", "article_id");

        final String table;
        final String column;

        Owner(String table, String column) {
            this.table = table;
            this.column = column;
        }
    }

    @Inject
    EntityManager em;

    @Inject
    RegionDirectory regions;

    /** Links a new owner (no links yet) to the regions and their ancestors. {@code startDate}: events only. */
    public void link(Owner owner, long ownerId, Collection<String> codes, LocalDate startDate) {
        insert(owner, ownerId, withAncestors(codes), startDate);
    }

    /** Adds the links an owner lacks, leaving its other links as they are (articles gaining an edited event's regions). */
    public void addMissing(Owner owner, long ownerId, Collection<String> codes, LocalDate startDate) {
        em.flush();
        @SuppressWarnings("unchecked")
        List<String> existing = em.createNativeQuery("SELECT region_code FROM " + owner.table + " WHERE " + owner.column + " = :o")
                .setParameter("o", ownerId).getResultList();
        Map<String, Boolean> links = withAncestors(codes);
        links.keySet().removeAll(existing);
        insert(owner, ownerId, links, startDate);
    }

    private Map<String, Boolean> withAncestors(Collection<String> codes) {
        Map<String, Boolean> links = new LinkedHashMap<>();
        for (String code : codes) {
            links.put(code, true);
        }
        for (String code : codes) {
            for (RegionDirectory.Node ancestor : regions.ancestors(code)) {
                links.putIfAbsent(ancestor.code(), false);
            }
        }
        return links;
    }

    /** One multi-row insert for all of an owner's links. */
    private void insert(Owner owner, long ownerId, Map<String, Boolean> links, LocalDate startDate) {
        if (links.isEmpty()) {
            return;
        }
        StringBuilder sql = new StringBuilder(owner == Owner.EVENT
                ? "INSERT INTO event_region (event_id, region_code, direct, start_date) VALUES "
                : "INSERT INTO article_region (article_id, region_code, direct) VALUES ");
        int i = 0;
        for (Map.Entry<String, Boolean> link : links.entrySet()) {
            sql.append(i == 0 ? "" : ", ").append("(:o, :r").append(i).append(", :d").append(i)
                    .append(owner == Owner.EVENT ? ", :s)" : ")");
            i++;
        }
        var q = em.createNativeQuery(sql.toString()).setParameter("o", ownerId);
        if (owner == Owner.EVENT) {
            q.setParameter("s", Date.valueOf(startDate));
        }
        i = 0;
        for (Map.Entry<String, Boolean> link : links.entrySet()) {
            q.setParameter("r" + i, link.getKey()).setParameter("d" + i, link.getValue());
            i++;
        }
        q.executeUpdate();
    }

    /** Removes all of an owner's region links (before relinking a corrected event). */
    public void unlinkAll(Owner owner, long ownerId) {
        em.flush();
        em.createNativeQuery("DELETE FROM " + owner.table + " WHERE " + owner.column + " = :o").setParameter("o", ownerId).executeUpdate();
    }
}
