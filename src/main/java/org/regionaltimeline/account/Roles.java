package org.regionaltimeline.account;

import java.util.Set;

/** The two roles: editors write and curate; admins also delete, manage users and read the audit trail. */
public final class Roles {

    public static final String EDITOR = "editor";
    public static final String ADMIN = "admin";

    private Roles() {
    }

    public static boolean isRole(String role) {
        return EDITOR.equals(role) || ADMIN.equals(role);
    }

    /** The roles a user of this role holds: an admin is also an editor. */
    public static Set<String> granted(String role) {
        return ADMIN.equals(role) ? Set.of(ADMIN, EDITOR) : Set.of(EDITOR);
    }
}
