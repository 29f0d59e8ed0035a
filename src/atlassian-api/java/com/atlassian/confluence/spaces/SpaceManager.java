// compile-only declaration; never packaged; see atlassian-api.md §18 (SpaceManager.getSpace(String): @Deprecated in 8.7 but still called by [SLACK] on 10; UNCONFIRMED for 11)
package com.atlassian.confluence.spaces;

public interface SpaceManager {
    /** The space with this key, or null. */
    Space getSpace(String spaceKey);
}
