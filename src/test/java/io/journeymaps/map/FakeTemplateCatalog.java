package io.journeymaps.map;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import io.journeymaps.map.model.Direction;
import io.journeymaps.map.model.JourneyMap;
import io.journeymaps.map.model.JourneyType;
import io.journeymaps.map.model.Lane;
import io.journeymaps.map.model.LaneType;
import io.journeymaps.map.model.MapHeader;
import io.journeymaps.map.model.MapState;
import io.journeymaps.map.model.Stage;
import io.journeymaps.map.model.Step;
import io.journeymaps.map.template.TemplateCatalog;
import io.journeymaps.map.template.TemplateInfo;

/** Two templates, "aware" (first) and "support", in en/ar/fa. */
public class FakeTemplateCatalog implements TemplateCatalog {
    private static final Map<String, String> NAMES = Map.of("aware", "Awareness to advocacy", "support", "Support");

    @Override
    public Set<String> languages() {
        return Set.of("en", "ar", "fa");
    }

    @Override
    public List<TemplateInfo> list(String language) {
        return List.of(new TemplateInfo("aware", language, NAMES.get("aware"), "", JourneyType.NEW_CUSTOMER, 1, 1, 1),
                new TemplateInfo("support", language, NAMES.get("support"), "", JourneyType.PROBLEM_RESOLUTION, 1, 1, 1));
    }

    @Override
    public Optional<JourneyMap> instantiate(String templateId, String language, long pageId, String spaceKey,
                                            String macroKey, String title) {
        if (!NAMES.containsKey(templateId)) {
            return Optional.empty();
        }
        Direction dir = language.equals("en") ? Direction.LTR : Direction.RTL;
        MapHeader h = new MapHeader(pageId, spaceKey, macroKey, title, null, JourneyType.NEW_CUSTOMER, MapState.CURRENT,
                null, null, null, dir, language, templateId, 0L, Instant.now(), Instant.now());
        String n = IdGenerator.newId();
        return Optional.of(new JourneyMap(0L, h,
                List.of(new Stage("s" + n, "Stage", false, List.of(new Step("t" + n, "Step", false)))),
                List.of(new Lane("l" + n.substring(1), LaneType.ACTIONS, "Actions", false)), List.of(), List.of(), List.of(), List.of()));
    }
}
