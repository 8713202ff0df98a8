package org.regionaltimeline.extract;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * China's province-, prefecture- and county-level divisions (GB/T 2260, NBS 2023) plus Xinjiang sub-county names,
 * read from {@code gazetteer/regions.tsv} and {@code gazetteer/places.tsv}. Immutable and thread-safe.
 */
public final class Gazetteer {

    private final Map<String, Place> byCode;
    private final List<Place> all;
    private final Map<String, List<Place>> children;
    private final List<LocalPlace> localPlaces;

    private Gazetteer(Map<String, Place> byCode, List<LocalPlace> localPlaces) {
        this.byCode = Collections.unmodifiableMap(byCode);
        this.all = List.copyOf(byCode.values());
        Map<String, List<Place>> kids = new HashMap<>();
        for (Place p : all) {
            if (p.parentCode() != null) {
                kids.computeIfAbsent(p.parentCode(), k -> new ArrayList<>()).add(p);
            }
        }
        Map<String, List<Place>> frozen = new HashMap<>();
        kids.forEach((k, v) -> frozen.put(k, List.copyOf(v)));
        this.children = Collections.unmodifiableMap(frozen);
        this.localPlaces = List.copyOf(localPlaces);
    }

    /**
     * Reads a gazetteer. {@code regionsTsv} rows: {@code code name shortName level parentCode aliases} (tab-separated,
     * aliases {@code |}-separated, {@code #} lines ignored). {@code placesTsv} rows: {@code name countyCode kind};
     * it may be {@code null}. Streams are read fully but not closed.
     */
    public static Gazetteer load(InputStream regionsTsv, InputStream placesTsv) {
        Map<String, Place> byCode = new LinkedHashMap<>();
        for (String[] f : rows(regionsTsv, "regions.tsv", 5)) {
            String code = f[0];
            List<String> aliases = f.length > 5 && !f[5].isEmpty() ? Arrays.asList(f[5].split("\\|")) : List.of();
            Place p = new Place(code, f[1], f[2], RegionLevel.fromWire(f[3]), f[4], aliases);
            if (byCode.put(code, p) != null) {
                throw new IllegalArgumentException("regions.tsv: duplicate code " + code);
            }
        }
        for (Place p : byCode.values()) {
            if (p.parentCode() != null && !byCode.containsKey(p.parentCode())) {
                throw new IllegalArgumentException("regions.tsv: " + p.code() + " has unknown parent " + p.parentCode());
            }
        }
        List<LocalPlace> locals = new ArrayList<>();
        if (placesTsv != null) {
            for (String[] f : rows(placesTsv, "places.tsv", 2)) {
                if (!byCode.containsKey(f[1])) {
                    throw new IllegalArgumentException("places.tsv: " + f[0] + " has unknown county " + f[1]);
                }
                locals.add(new LocalPlace(f[0], f[1], f.length > 2 ? f[2] : "landmark"));
            }
        }
        return new Gazetteer(byCode, locals);
    }

    /** The bundled gazetteer from the classpath, read once. */
    public static Gazetteer loadDefault() {
        return Holder.DEFAULT;
    }

    private static final class Holder {
        static final Gazetteer DEFAULT = readDefault();

        private static Gazetteer readDefault() {
            try (InputStream regions = Gazetteer.class.getResourceAsStream("/gazetteer/regions.tsv");
                 InputStream places = Gazetteer.class.getResourceAsStream("/gazetteer/places.tsv")) {
                if (regions == null) {
                    throw new IllegalStateException("classpath resource /gazetteer/regions.tsv is missing");
                }
                return load(regions, places);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    private static List<String[]> rows(InputStream in, String what, int minColumns) {
        List<String[]> out = new ArrayList<>();
        try {
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String line;
            int lineNo = 0;
            while ((line = r.readLine()) != null) {
                lineNo++;
                if (lineNo == 1 && line.startsWith("\uFEFF")) {
                    line = line.substring(1);
                }
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] f = line.split("\t", -1);
                if (f.length < minColumns) {
                    throw new IllegalArgumentException(what + ":" + lineNo + ": expected " + minColumns + " columns");
                }
                for (int i = 0; i < f.length; i++) {
                    f[i] = f[i].trim();
                }
                out.add(f);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }

    public Optional<Place> byCode(String code) {
        return code == null ? Optional.empty() : Optional.ofNullable(byCode.get(code));
    }

    /** All divisions in code order. */
    public List<Place> all() {
        return all;
    }

    /** The parent chain of a place, nearest first (county → prefecture → province); empty for a province. */
    public List<Place> ancestors(Place place) {
        List<Place> out = new ArrayList<>(2);
        String parent = place.parentCode();
        while (parent != null) {
            Place p = byCode.get(parent);
            if (p == null) {
                break;
            }
            out.add(p);
            parent = p.parentCode();
        }
        return out;
    }

    /** True if {@code code} is {@code ancestorCode} itself or lies (directly or indirectly) within it. */
    public boolean isWithin(String code, String ancestorCode) {
        if (code == null || ancestorCode == null) {
            return false;
        }
        String c = code;
        int guard = 0;
        while (c != null && guard++ < 5) {
            if (c.equals(ancestorCode)) {
                return true;
            }
            Place p = byCode.get(c);
            c = p == null ? null : p.parentCode();
        }
        return false;
    }

    /** Direct children in code order (an XPCC city is a child of 650000). */
    public List<Place> children(String code) {
        return children.getOrDefault(code, List.of());
    }

    /** Sub-county names (Xinjiang townships, XPCC regiments, landmarks) from places.tsv. */
    public List<LocalPlace> localPlaces() {
        return localPlaces;
    }

    public int size() {
        return all.size();
    }
}
