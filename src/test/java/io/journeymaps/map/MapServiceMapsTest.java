package io.journeymaps.map;

import static io.journeymaps.common.InvalidInputAssertions.assertInvalid;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import io.journeymaps.common.NotFoundException;
import io.journeymaps.host.UserRef;
import io.journeymaps.map.model.Card;
import io.journeymaps.map.model.Direction;
import io.journeymaps.map.model.JourneyMap;
import io.journeymaps.map.model.Lane;
import io.journeymaps.map.model.Stage;
import io.journeymaps.map.model.Step;
import io.journeymaps.persona.InMemoryPersonaRepository;

class MapServiceMapsTest {
    private static final UserRef ANN = new UserRef("ann", "Ann");
    private final InMemoryMapRepository repo = new InMemoryMapRepository();
    private final MapService service = new MapService(repo, new InMemoryPersonaRepository(), new FakeTemplateCatalog(), MapVersionListener.NONE);

    @Test
    void createMap_fromTemplate_atVersionOne() {
        JourneyMap m = service.createMap(new NewMapCommand(100, "DS", "support", " My map ", "ar", "k1"), ANN);
        assertEquals(1, m.version());
        assertEquals("My map", m.header().title());
        assertEquals("k1", m.header().macroKey());
        assertEquals(Direction.RTL, m.header().direction());
        assertEquals(m, service.find(m.id()).orElseThrow());
        assertEquals(List.of(m.id()), service.mapsOfPage(100).stream().map(JourneyMap::id).toList());
    }

    @Test
    void createMap_withoutTitleOrMacroKey_usesTheTemplateNameAndANewKey() {
        JourneyMap m = service.createMap(new NewMapCommand(100, "DS", "support", null, "en", null), ANN);
        assertEquals("Support", m.header().title());
        assertEquals(36, m.header().macroKey().length());
    }

    @Test
    void createMap_refusesUnknownTemplateLanguageAndTakenKey() {
        assertInvalid("template", "no template", () -> service.createMap(new NewMapCommand(100, "DS", "nope", null, "en", null), ANN));
        assertInvalid("language", "must be one of ar, en, fa",
                () -> service.createMap(new NewMapCommand(100, "DS", "aware", null, "de", null), ANN));
        assertInvalid("title", "at most 255",
                () -> service.createMap(new NewMapCommand(100, "DS", "aware", "t".repeat(256), "en", null), ANN));
        service.createMap(new NewMapCommand(100, "DS", "aware", null, "en", "k"), ANN);
        assertInvalid("macroKey", "already used", () -> service.createMap(new NewMapCommand(100, "DS", "aware", null, "en", "k"), ANN));
        assertInvalid("pageId", "page id", () -> service.createMap(new NewMapCommand(0, "DS", "aware", null, "en", "k"), ANN));
    }

    @Test
    void mapForMacro_findsThePagesMap() {
        JourneyMap m = service.createMap(new NewMapCommand(100, "DS", "aware", null, "en", "k1"), ANN);
        assertEquals(m.id(), service.mapForMacro(100, "DS", "k1", null, null, null, ANN).id());
    }

    @Test
    void mapForMacro_createsFromTheDefaultTemplate_withDefaultKey() {
        JourneyMap m = service.mapForMacro(100, "DS", " ", "", null, null, ANN);
        assertEquals("default", m.header().macroKey());
        assertEquals("aware", m.header().templateId());
        assertEquals("Awareness to advocacy", m.header().title());
        assertEquals(m.id(), service.mapForMacro(100, "DS", null, null, null, null, ANN).id(), "found again, not created twice");
        JourneyMap support = service.mapForMacro(100, "DS", "k2", "support", "fa", "Mine", ANN);
        assertEquals("support", support.header().templateId());
        assertEquals("Mine", support.header().title());
        assertEquals("fa", support.header().language());
    }

    @Test
    void mapForMacro_onACopiedPage_forksWithFreshIdsAndNoJiraLinks() {
        JourneyMap original = repo.put(TestMaps.sample());
        JourneyMap fork = service.mapForMacro(200, "DS", "mk1", null, null, null, ANN);
        assertNotEquals(original.id(), fork.id());
        assertEquals(200, fork.header().pageId());
        assertEquals("mk1", fork.header().macroKey());
        assertEquals(original.header().title(), fork.header().title());
        assertTrue(fork.jiraLinks().isEmpty());
        assertEquals(original.stages().stream().map(Stage::name).toList(), fork.stages().stream().map(Stage::name).toList());
        assertEquals(original.cards().stream().map(Card::text).toList(), fork.cards().stream().map(Card::text).toList());
        Set<String> oldIds = ids(original);
        ids(fork).forEach(i -> assertFalse(oldIds.contains(i), "fresh id " + i));
        for (Card c : fork.cards()) {
            assertTrue(fork.lane(c.laneId()).isPresent());
            assertTrue(fork.step(c.stepId()).isPresent());
        }
        assertEquals(2, fork.emotions().size());
        assertTrue(fork.emotions().stream().allMatch(e -> fork.step(e.stepId()).isPresent()));
        assertEquals(List.of(TestMaps.PERSONA), fork.personaIds());
        assertEquals(original, repo.load(original.id()).orElseThrow(), "the original is untouched");
        assertEquals(fork.id(), service.mapForMacro(200, "DS", "mk1", null, null, null, ANN).id());
    }

    @Test
    void forkIntoAnotherSpace_dropsThePersonasOfTheOldSpace() {
        repo.put(TestMaps.sample());
        JourneyMap fork = service.mapForMacro(300, "OTHER", "mk1", null, null, null, ANN);
        assertTrue(fork.personaIds().isEmpty());
        assertEquals(1, fork.emotions().size());
    }

    @Test
    void mapForMacro_neverForksTheDefaultKeyOfAnotherPage() {
        JourneyMap other = service.mapForMacro(100, "DS", null, "support", null, null, ANN);
        JourneyMap mine = service.mapForMacro(200, "DS", null, null, null, null, ANN);
        assertNotEquals(other.id(), mine.id());
        assertEquals("aware", mine.header().templateId(), "created from the template, not copied");
        assertEquals(200, mine.header().pageId());
    }

    @Test
    void delete_removesTheMap_andUnknownIsNotFound() {
        JourneyMap m = service.createMap(new NewMapCommand(100, "DS", "aware", null, "en", null), ANN);
        service.delete(m.id());
        assertTrue(service.find(m.id()).isEmpty());
        assertThrows(NotFoundException.class, () -> service.delete(m.id()));
    }

    private static Set<String> ids(JourneyMap m) {
        Set<String> ids = new HashSet<>();
        m.stages().forEach(s -> ids.add(s.id()));
        m.steps().map(Step::id).forEach(ids::add);
        m.lanes().stream().map(Lane::id).forEach(ids::add);
        m.cards().stream().map(Card::id).forEach(ids::add);
        return ids;
    }
}
