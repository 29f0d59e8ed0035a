package io.journeymaps.confluence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.util.Optional;

import com.atlassian.confluence.pages.AbstractPage;
import com.atlassian.confluence.pages.Page;
import com.atlassian.confluence.pages.PageManager;
import com.atlassian.sal.api.ApplicationProperties;
import com.atlassian.sal.api.UrlMode;
import io.journeymaps.host.PageRef;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class ConfluencePagesTest {
    private final PageManager pageManager = mock(PageManager.class);
    private final ApplicationProperties applicationProperties = mock(ApplicationProperties.class);
    private final ConfluencePages pages = new ConfluencePages(pageManager, new ConfluenceBaseUrl(applicationProperties));
    private final AbstractPage page = mock(AbstractPage.class);

    @BeforeEach
    void currentPage() {
        when(applicationProperties.getBaseUrl(UrlMode.CANONICAL)).thenReturn("https://wiki.example.com/confluence");
        when(pageManager.getAbstractPage(42L)).thenReturn(page);
        when(page.isCurrent()).thenReturn(true);
        when(page.isLatestVersion()).thenReturn(true);
        when(page.getSpaceKey()).thenReturn("DOCS");
        when(page.getTitle()).thenReturn("Onboarding journey");
    }

    @Test
    void find_currentPage_givesSpaceTitleAndCanonicalLink() {
        assertEquals(Optional.of(new PageRef(42L, "DOCS", "Onboarding journey",
                        "https://wiki.example.com/confluence/pages/viewpage.action?pageId=42")),
                pages.find(42L));
    }

    @Test
    void find_unknownId_isEmpty() {
        assertTrue(pages.find(7L).isEmpty());
    }

    @Test
    void find_trashedPage_isEmpty() {
        when(page.isCurrent()).thenReturn(false);

        assertTrue(pages.find(42L).isEmpty());
    }

    @Test
    void find_historicalVersion_isEmpty() {
        when(page.isLatestVersion()).thenReturn(false);

        assertTrue(pages.find(42L).isEmpty());
    }

    @Test
    void findByTitle_currentPage_givesItsRef() {
        Page byTitle = mock(Page.class);
        when(pageManager.getPage("DOCS", "Onboarding journey")).thenReturn(byTitle);
        when(byTitle.isCurrent()).thenReturn(true);
        when(byTitle.getId()).thenReturn(77L);
        when(byTitle.getTitle()).thenReturn("Onboarding journey");

        assertEquals(Optional.of(new PageRef(77L, "DOCS", "Onboarding journey",
                        "https://wiki.example.com/confluence/pages/viewpage.action?pageId=77")),
                pages.findByTitle("DOCS", "Onboarding journey"));
    }

    @Test
    void findByTitle_unknownOrTrashed_isEmpty() {
        Page trashed = mock(Page.class);
        when(pageManager.getPage("DOCS", "Old")).thenReturn(trashed);
        when(trashed.isCurrent()).thenReturn(false);

        assertTrue(pages.findByTitle("DOCS", "Old").isEmpty());
        assertTrue(pages.findByTitle("DOCS", "Missing").isEmpty());
        assertTrue(pages.findByTitle("DOCS", " ").isEmpty());
    }
}
