package com.atlassian.sal.api.net;

/** Compile-only declaration (atlassian-api.md §6): only the method types we use (enum constants link by name). */
public interface Request {
    enum MethodType { GET, POST, DELETE }
}
