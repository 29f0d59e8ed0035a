package io.journeymaps.map.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;

import org.junit.jupiter.api.Test;

import io.journeymaps.common.InvalidInputException;
import io.journeymaps.common.json.Json;
import io.journeymaps.map.TestMaps;
import io.journeymaps.map.model.JourneyMap;
import io.journeymaps.map.model.MapHeader;

class MapSnapshotJsonTest {

    @Test
    void roundTrip_keepsEveryFieldOfARichMap() {
        JourneyMap map = RichMaps.rich();

        JourneyMap back = MapSnapshotJson.fromJson(Json.parse(Json.write(MapSnapshotJson.toJson(map))));

        assertEquals(map, back);
        assertEquals(map.card("c2").orElseThrow().details(), back.card("c2").orElseThrow().details());
        assertEquals("رحلة شراء «دراجة» 🚲", back.header().title());
    }

    @Test
    void roundTrip_keepsTheSharedSampleMap() {
        JourneyMap map = TestMaps.sample();

        assertEquals(map, MapSnapshotJson.fromJson(MapSnapshotJson.write(map)));
    }

    @Test
    void roundTrip_keepsNullHeaderFieldsAndEmptyLists() {
        MapHeader h = new MapHeader(1L, null, null, null, null, null, null, null, null, null, null, null, null, 1L, null, null);
        JourneyMap map = new JourneyMap(5L, h, List.of(), List.of(), List.of(), List.of(), List.of(), List.of());

        assertEquals(map, MapSnapshotJson.fromJson(MapSnapshotJson.write(map)));
    }

    @Test
    void toJson_writesIntegralDoublesAsNumbersThatReadBackAsDoubles() {
        JourneyMap map = RichMaps.rich();

        JourneyMap back = MapSnapshotJson.fromJson(MapSnapshotJson.write(map));

        assertEquals(map.card("c4").orElseThrow().details().asMap(), back.card("c4").orElseThrow().details().asMap());
    }

    @Test
    void fromJson_namesTheBrokenFieldPath() {
        var json = MapSnapshotJson.toJson(RichMaps.rich());
        ((com.fasterxml.jackson.databind.node.ObjectNode) json.get("cards").get(1)).put("laneId", 5);

        InvalidInputException e = assertThrows(InvalidInputException.class, () -> MapSnapshotJson.fromJson(json));
        assertEquals("cards[1].laneId", e.errors().get(0).field());
    }

    @Test
    void fromJson_refusesANewerFormat() {
        var json = MapSnapshotJson.toJson(TestMaps.sample()).put("format", MapSnapshotJson.FORMAT + 1);

        InvalidInputException e = assertThrows(InvalidInputException.class, () -> MapSnapshotJson.fromJson(json));
        assertEquals("format", e.errors().get(0).field());
    }
}
