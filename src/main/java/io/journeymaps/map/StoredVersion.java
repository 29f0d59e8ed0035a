package io.journeymaps.map;

import io.journeymaps.host.UserRef;
import io.journeymaps.map.model.JourneyMap;

/**
 * A version of a map as just stored: the map before ({@code null} for a new map) and after, who
 * stored it, how it came about, and a detail for the summary: the template's name for
 * {@link Kind#CREATE} and {@link Kind#TEMPLATE} (null for a copied page's map), the restored
 * version for {@link Kind#RESTORE}, the source's name for {@link Kind#IMPORT}.
 */
public record StoredVersion(JourneyMap before, JourneyMap after, UserRef author, Kind kind, String detail) {
    public enum Kind { CREATE, EDIT, RESTORE, IMPORT, TEMPLATE }

    public static StoredVersion edit(JourneyMap before, JourneyMap after, UserRef author) {
        return new StoredVersion(before, after, author, Kind.EDIT, null);
    }
}
