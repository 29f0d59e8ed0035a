package io.journeymaps.common;

/** An anonymous visitor tried something only signed-in users may do (401). */
public class SignInRequiredException extends ForbiddenException {
    public SignInRequiredException() {
        super("sign in first");
    }
}
