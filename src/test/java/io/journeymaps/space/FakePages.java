package io.journeymaps.space;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import io.journeymaps.host.PageRef;
import io.journeymaps.host.Pages;

/** Pages kept in memory: current pages by id, and by space and title. */
public final class FakePages implements Pages {
    private final Map<Long, PageRef> current = new LinkedHashMap<>();

    public PageRef add(long id, String spaceKey, String title) {
        PageRef page = new PageRef(id, spaceKey, title, "https://wiki.example.com/pages/" + id);
        current.put(id, page);
        return page;
    }

    public void trash(long id) {
        current.remove(id);
    }

    @Override
    public Optional<PageRef> find(long pageId) {
        return Optional.ofNullable(current.get(pageId));
    }

    @Override
    public Optional<PageRef> findByTitle(String spaceKey, String title) {
        return current.values().stream().filter(p -> p.spaceKey().equals(spaceKey) && p.title().equals(title))
                .findFirst();
    }
}
