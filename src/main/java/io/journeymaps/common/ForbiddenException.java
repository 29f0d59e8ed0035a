package io.journeymaps.common;

/** The user may see the thing but not do this to it (403), or must sign in first (401 when anonymous). */
public class ForbiddenException extends RuntimeException {
    public ForbiddenException(String message) {
        super(message);
    }
}
