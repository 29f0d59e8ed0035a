package io.journeymaps.map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;

import org.junit.jupiter.api.Test;

import io.journeymaps.host.UserRef;
import io.journeymaps.map.model.JourneyMap;
import io.journeymaps.persona.InMemoryPersonaRepository;

/** A macro without a template: its map exists, is forked for a copied page, or is not started at all. */
class MapServiceExistingMapTest {
    private static final UserRef ANN = new UserRef("ann", "Ann");
    private final InMemoryMapRepository repo = new InMemoryMapRepository();
    private final MapService service = new MapService(repo, new InMemoryPersonaRepository(), new FakeTemplateCatalog(), MapVersionListener.NONE);

    @Test
    void existingMapForMacro_withoutAnyMap_isEmpty_andCreatesNothing() {
        assertTrue(service.existingMapForMacro(100, "DS", "fresh", ANN).isEmpty());
        assertTrue(service.existingMapForMacro(100, "DS", null, ANN).isEmpty());

        assertTrue(service.mapsOfPage(100).isEmpty(), "no map was created");
    }

    @Test
    void existingMapForMacro_findsThePagesOwnMap() {
        JourneyMap m = service.createMap(new NewMapCommand(100, "DS", "aware", null, "en", "k1"), ANN);

        assertEquals(Optional.of(m.id()), service.existingMapForMacro(100, "DS", " k1 ", ANN).map(JourneyMap::id));
    }

    @Test
    void existingMapForMacro_findsTheDefaultMapByABlankKey() {
        JourneyMap m = service.createMap(new NewMapCommand(100, "DS", "aware", null, "en",
                MapService.DEFAULT_MACRO_KEY), ANN);

        assertEquals(Optional.of(m.id()), service.existingMapForMacro(100, "DS", "", ANN).map(JourneyMap::id));
    }

    @Test
    void existingMapForMacro_onACopiedPage_forksTheOriginal() {
        JourneyMap original = repo.put(TestMaps.sample());

        JourneyMap fork = service.existingMapForMacro(200, "DS", "mk1", ANN).orElseThrow();

        assertNotEquals(original.id(), fork.id());
        assertEquals(200, fork.header().pageId());
        assertEquals(original.header().title(), fork.header().title());
        assertEquals(fork.id(), service.existingMapForMacro(200, "DS", "mk1", ANN).orElseThrow().id(), "forked once");
    }

    @Test
    void existingMapForMacro_neverForksTheDefaultKeyOfAnotherPage() {
        service.createMap(new NewMapCommand(100, "DS", "aware", null, "en", MapService.DEFAULT_MACRO_KEY), ANN);

        assertTrue(service.existingMapForMacro(200, "DS", null, ANN).isEmpty());
        assertTrue(service.mapsOfPage(200).isEmpty());
    }

    @Test
    void macroKey_blankIsTheDefaultKey_andOthersAreTrimmed() {
        assertEquals(MapService.DEFAULT_MACRO_KEY, MapService.macroKey(null));
        assertEquals(MapService.DEFAULT_MACRO_KEY, MapService.macroKey("  "));
        assertEquals("k1", MapService.macroKey(" k1 "));
    }
}
