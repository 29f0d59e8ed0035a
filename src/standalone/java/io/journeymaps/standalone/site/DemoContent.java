package io.journeymaps.standalone.site;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What a fresh demo site contains: the DEMO space with a page per built-in template (one page with
 * two maps), and a PRIV space only alice can see. Alice administers both spaces; anonymous visitors
 * get nothing by default.
 */
public final class DemoContent {
    /** The built-in template ids (product.md §3), offered by the create-page form. */
    public static final List<String> TEMPLATES = List.of("awareness-to-advocacy",
            "reach-engage-nurture-convert-support", "pre-purchase-purchase-post-purchase", "saas-onboarding",
            "support-problem-resolution", "buying-a-car");
    public static final List<String> LANGUAGES = List.of("en", "ar", "fa");

    public record SpaceSeed(Space space, Map<String, Grant> grants, List<PageSeed> pages) {
    }

    public record PageSeed(String title, String body, String creator) {
    }

    public List<SpaceSeed> spaces() {
        return List.of(demoSpace(), privateSpace());
    }

    private static SpaceSeed demoSpace() {
        Map<String, Grant> grants = new LinkedHashMap<>();
        grants.put(DemoUsers.ALICE.name(), Grant.ADMIN);
        grants.put(DemoUsers.BOB.name(), Grant.VIEW);
        String creator = DemoUsers.ALICE.name();
        return new SpaceSeed(
                new Space("DEMO", "Customer Experience", "Journey maps of our customers, from first contact to advocacy.",
                        Grant.NONE),
                grants,
                List.of(
                        new PageSeed("Welcome to Customer Experience", StorageBody.paragraph(
                                "This space holds our customer journey maps. Open a page to see its map; "
                                        + "if you may edit the page, click any card to change it.")
                                + StorageBody.paragraph("Pages here are seeded by the standalone host on first start."),
                                creator),
                        mapPage("Customer journey: awareness to advocacy",
                                "The classic five stages of a customer's relationship with us.", creator,
                                "awareness-to-advocacy", "en"),
                        mapPage("Marketing funnel: reach, engage, nurture, convert, support",
                                "How marketing and sales carry a lead through to a happy customer.", creator,
                                "reach-engage-nurture-convert-support", "en"),
                        mapPage("رحلة العميل: قبل الشراء والشراء وما بعد الشراء",
                                "خريطة رحلة العميل باللغة العربية.", creator,
                                "pre-purchase-purchase-post-purchase", "ar"),
                        mapPage("سفر مشتری: حل مشکل در پشتیبانی",
                                "نقشه سفر مشتری به زبان فارسی.", creator,
                                "support-problem-resolution", "fa"),
                        new PageSeed("Onboarding and buying journeys",
                                StorageBody.paragraph("Two maps on one page: our SaaS onboarding, and buying a car.")
                                        + "<h2>SaaS onboarding</h2>"
                                        + StorageBody.journeyMapMacro("saas-onboarding", "en")
                                        + "<h2>Buying a car</h2>"
                                        + StorageBody.journeyMapMacro("buying-a-car", "en"),
                                creator)));
    }

    private static SpaceSeed privateSpace() {
        return new SpaceSeed(
                new Space("PRIV", "Private", "Alice's private drafts.", Grant.NONE),
                Map.of(DemoUsers.ALICE.name(), Grant.ADMIN),
                List.of(mapPage("Draft: renewal journey", "Work in progress, not shared yet.",
                        DemoUsers.ALICE.name(), "awareness-to-advocacy", "en")));
    }

    private static PageSeed mapPage(String title, String intro, String creator, String template, String language) {
        return new PageSeed(title, StorageBody.paragraph(intro) + StorageBody.journeyMapMacro(template, language),
                creator);
    }
}
