package org.regionaltimeline.region;

import jakarta.enterprise.context.ApplicationScoped;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The region tree held in memory: ~3,200 rows that never change after migration, read on every timeline row and link.
 * Loaded lazily from the region table on first use.
 */
@ApplicationScoped
public class RegionDirectory {

    /** An immutable snapshot of one region. */
    public record Node(String code, String name, String shortName, String level, String parentCode, List<String> aliases) {
        public RegionRef ref() {
            return new RegionRef(code, name);
        }
    }

    private volatile Map<String, Node> byCode;
    private volatile Map<String, List<Node>> childrenByParent;

    private void ensureLoaded() {
        if (byCode != null) {
            return;
        }
        synchronized (this) {
            if (byCode != null) {
                return;
            }
            Map<String, Node> nodes = new HashMap<>();
            Map<String, List<Node>> children = new HashMap<>();
            List<Region> all = Region.listAll();
            for (Region r : all) {
                List<String> aliases = r.aliases == null || r.aliases.isBlank() ? List.of() : List.of(r.aliases.split("\\|"));
                Node node = new Node(r.code, r.name, r.shortName, r.level, r.parentCode, aliases);
                nodes.put(r.code, node);
            }
            for (Node node : nodes.values()) {
                if (node.parentCode() != null) {
                    children.computeIfAbsent(node.parentCode(), k -> new ArrayList<>()).add(node);
                }
            }
            children.values().forEach(list -> list.sort(java.util.Comparator.comparing(Node::code)));
            childrenByParent = Collections.unmodifiableMap(children);
            byCode = Collections.unmodifiableMap(nodes);
        }
    }

    public Optional<Node> find(String code) {
        ensureLoaded();
        return code == null ? Optional.empty() : Optional.ofNullable(byCode.get(code));
    }

    public Node require(String code) {
        return find(code).orElseThrow(() -> org.regionaltimeline.api.ApiException.notFound("region", code));
    }

    /** Parent chain from the province down to the direct parent (excluding the region itself). */
    public List<Node> ancestors(String code) {
        ensureLoaded();
        List<Node> chain = new ArrayList<>();
        Node node = byCode.get(code);
        while (node != null && node.parentCode() != null) {
            node = byCode.get(node.parentCode());
            if (node != null) {
                chain.add(0, node);
            }
        }
        return chain;
    }

    public List<Node> children(String code) {
        ensureLoaded();
        return childrenByParent.getOrDefault(code, List.of());
    }

    public int size() {
        ensureLoaded();
        return byCode.size();
    }
}
