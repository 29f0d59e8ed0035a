// compile-only declaration; never packaged; see atlassian-api.md §5, §18
package com.atlassian.confluence.spaces;

// A class in Confluence; only passed on as a permission target.
public class Space {
}
