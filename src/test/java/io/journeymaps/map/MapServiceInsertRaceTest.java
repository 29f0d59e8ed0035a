package io.journeymaps.map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Optional;

import org.junit.jupiter.api.Test;

import io.journeymaps.common.InvalidInputException;
import io.journeymaps.host.UserRef;
import io.journeymaps.map.model.JourneyMap;
import io.journeymaps.persona.InMemoryPersonaRepository;

/**
 * Another request inserts the map of a (page, macro key) between this request's lookup and its
 * insert, which the repository then refuses: the service answers as if it had seen that map.
 */
class MapServiceInsertRaceTest {
    private static final UserRef ANN = new UserRef("ann", "Ann");
    private static final UserRef BEN = new UserRef("ben", "Ben");

    /** Misses the map on the first lookup of the key and lets "another request" insert it right after. */
    private static final class LateRepository extends InMemoryMapRepository {
        private Runnable otherRequest;

        @Override
        public synchronized Optional<Long> findByPageAndMacroKey(long pageId, String macroKey) {
            Optional<Long> found = super.findByPageAndMacroKey(pageId, macroKey);
            Runnable other = otherRequest;
            otherRequest = null;
            if (other != null) {
                other.run();
            }
            return found;
        }
    }

    private final LateRepository repo = new LateRepository();
    private final MapService service = new MapService(repo, new InMemoryPersonaRepository(), new FakeTemplateCatalog(),
            MapVersionListener.NONE);

    private JourneyMap[] otherRequestCreates(long pageId, String key) {
        JourneyMap[] created = new JourneyMap[1];
        repo.otherRequest = () -> created[0] = service.createMap(new NewMapCommand(pageId, "DS", "aware", "Theirs", "en",
                key), BEN);
        return created;
    }

    @Test
    void mapForMacro_losingTheInsertRace_returnsTheWinnersMap() {
        JourneyMap[] theirs = otherRequestCreates(100, "k1");

        JourneyMap mine = service.mapForMacro(100, "DS", "k1", "aware", "en", "Mine", ANN);

        assertEquals(theirs[0].id(), mine.id());
        assertEquals("Theirs", mine.header().title());
        assertEquals(1, service.mapsOfPage(100).size());
    }

    @Test
    void existingMapForMacro_losingTheForkRace_returnsTheWinnersFork() {
        repo.put(TestMaps.sample());   // the original, on another page, with key mk1
        JourneyMap[] theirs = new JourneyMap[1];
        repo.otherRequest = () -> theirs[0] = service.existingMapForMacro(200, "DS", "mk1", BEN).orElseThrow();

        JourneyMap mine = service.existingMapForMacro(200, "DS", "mk1", ANN).orElseThrow();

        assertEquals(theirs[0].id(), mine.id());
        assertEquals(1, service.mapsOfPage(200).size());
    }

    @Test
    void createMap_losingTheInsertRace_isRefusedAsATakenKey() {
        JourneyMap[] theirs = otherRequestCreates(100, "k1");

        InvalidInputException refused = assertThrows(InvalidInputException.class,
                () -> service.createMap(new NewMapCommand(100, "DS", "aware", "Mine", "en", "k1"), ANN));

        assertEquals("macroKey", refused.errors().get(0).field());
        assertEquals("is already used by a map on this page", refused.errors().get(0).reason());
        assertEquals(java.util.List.of(theirs[0].id()), service.mapsOfPage(100).stream().map(JourneyMap::id).toList());
    }
}
