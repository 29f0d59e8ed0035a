package io.journeymaps.map.model;

/** Jira's status categories, by their keys. */
public enum StatusCategory {
    NEW("new"), INDETERMINATE("indeterminate"), DONE("done"), UNKNOWN("undefined");

    private final String jiraKey;

    StatusCategory(String jiraKey) {
        this.jiraKey = jiraKey;
    }

    public String jiraKey() {
        return jiraKey;
    }

    public static StatusCategory fromJiraKey(String key) {
        for (StatusCategory c : values()) {
            if (c.jiraKey.equals(key)) {
                return c;
            }
        }
        return UNKNOWN;
    }
}
