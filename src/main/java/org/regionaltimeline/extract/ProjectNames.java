package org.regionaltimeline.extract;

import java.text.Normalizer;
import java.util.regex.Pattern;

/** Merge keys for project names: one key for every way a paper spells the same initiative. */
public final class ProjectNames {

    private static final Pattern NOISE = Pattern.compile("[\\s“”\"'‘’《》「」『』()（）【】\\[\\]]");

    private ProjectNames() {
    }

    /**
     * The merge key: full-width forms folded, quotes, brackets and spaces removed. 三北工程, “三北”工程 and
     * "三北" 工程 share one key, so their events land on one project timeline across pages.
     */
    public static String key(String name) {
        return NOISE.matcher(Normalizer.normalize(name, Normalizer.Form.NFKC)).replaceAll("");
    }
}
