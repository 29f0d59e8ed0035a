// compile-only declaration; never packaged; see atlassian-api.md §12
package com.atlassian.confluence.event.events.content;

// An abstract class in Confluence (with further superclasses); nothing of it is called here.
public abstract class ContentEvent {
}
