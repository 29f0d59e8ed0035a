package io.journeymaps.storage.upgrade;

import java.util.List;

/** Every schema upgrade, oldest first. Append new ones; never renumber or edit a released one. */
public final class SchemaUpgrades {
    private SchemaUpgrades() {
    }

    public static List<SchemaUpgrade> all() {
        return List.of(new InitialSchema(), new JiraLinkStates(), new RevisionKinds(), new CommentEvents(),
                new PageMacroKeys());
    }

    /** The model version after every upgrade has run. */
    public static int latestModelVersion() {
        List<SchemaUpgrade> all = all();
        return all.get(all.size() - 1).modelVersion();
    }
}
