package org.regionaltimeline.region;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import org.regionaltimeline.api.ApiException;
import org.regionaltimeline.api.CursorCodec;
import org.regionaltimeline.api.Keyset;
import org.regionaltimeline.api.ListPage;
import org.regionaltimeline.api.Paging;
import org.regionaltimeline.extract.RegionLevel;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Region lists and details; the tree itself comes from the in-memory {@link RegionDirectory}. */
@ApplicationScoped
public class RegionService {

    @Inject
    RegionEventCounts eventCounts;

    @Inject
    EntityManager em;

    @Inject
    RegionDirectory directory;

    public ListPage<RegionSummary> list(String level, String parent, String q, String cursor, int limit) {
        String lvl = null;
        if (level != null && !level.isBlank()) {
            try {
                lvl = RegionLevel.fromWire(level).wireName();
            } catch (IllegalArgumentException e) {
                throw ApiException.invalidParam("level", "must be province, prefecture or county");
            }
        }
        String parentCode = parent == null || parent.isBlank() ? null : directory.require(parent.trim()).code();
        String text = q == null || q.isBlank() ? null : q.strip();
        if (text != null && text.length() > 50) {
            throw ApiException.invalidParam("q", "at most 50 characters");
        }
        String scope = String.join("|", "regions", String.valueOf(lvl), String.valueOf(parentCode), String.valueOf(text));
        Keyset keyset = CursorCodec.decode(scope, cursor);
        boolean ascending = keyset == null || keyset.forward();

        StringBuilder sql = new StringBuilder("SELECT r.code FROM region r WHERE 1 = 1");
        Map<String, Object> params = new HashMap<>();
        if (lvl != null) {
            sql.append(" AND r.level = :level");
            params.put("level", lvl);
        }
        if (parentCode != null) {
            sql.append(" AND r.parent_code = :parent");
            params.put("parent", parentCode);
        }
        if (text != null) {
            sql.append(" AND (r.name LIKE :q OR r.aliases LIKE :q OR r.code LIKE :q)");
            params.put("q", "%" + text.replace("%", "").replace("_", "") + "%");
        }
        if (keyset != null) {
            sql.append(ascending ? " AND r.code > :after" : " AND r.code < :after");
            params.put("after", keyset.id());
        }
        sql.append(" ORDER BY r.code").append(ascending ? " ASC" : " DESC");
        Query query = em.createNativeQuery(sql.toString());
        params.forEach(query::setParameter);
        query.setMaxResults(limit + 1);
        @SuppressWarnings("unchecked")
        List<String> codes = query.getResultList();
        Map<String, Long> counts = eventCounts(codes);
        List<RegionSummary> rows = new ArrayList<>(codes.size());
        for (String code : codes) {
            rows.add(summary(directory.require(code), counts));
        }
        return Paging.assemble(rows, limit, keyset, scope, r -> new Keyset("", r.code(), true));
    }

    public RegionDetail detail(String code) {
        RegionDirectory.Node node = directory.require(code);
        List<RegionDirectory.Node> children = directory.children(node.code());
        List<String> codes = new ArrayList<>();
        codes.add(node.code());
        children.forEach(c -> codes.add(c.code()));
        Map<String, Long> counts = eventCounts(codes);
        return new RegionDetail(node.code(), node.name(), node.shortName(), node.level(), node.aliases(),
                directory.ancestors(node.code()).stream().map(RegionDirectory.Node::ref).toList(),
                children.stream().map(c -> summary(c, counts)).toList(),
                counts.getOrDefault(node.code(), 0L));
    }

    private RegionSummary summary(RegionDirectory.Node node, Map<String, Long> counts) {
        return new RegionSummary(node.code(), node.name(), node.shortName(), node.level(), node.parentCode(),
                counts.getOrDefault(node.code(), 0L));
    }

    private Map<String, Long> eventCounts(List<String> codes) {
        return eventCounts.of(codes);
    }
}
