package io.journeymaps.space.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Instant;
import java.util.List;
import java.util.function.Consumer;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import io.journeymaps.comment.model.Anchor;
import io.journeymaps.comment.model.Comment;
import io.journeymaps.common.InvalidInputException;
import io.journeymaps.common.json.Json;
import io.journeymaps.history.RevisionRepository.RevisionSnapshot;
import io.journeymaps.history.model.Revision;
import io.journeymaps.history.model.RevisionKind;
import io.journeymaps.map.json.MapSnapshotJson;
import io.journeymaps.map.json.RichMaps;
import io.journeymaps.map.model.JourneyMap;
import io.journeymaps.persona.model.Persona;
import io.journeymaps.space.SpaceFile;
import io.journeymaps.space.SpaceFile.ExportedMap;
import io.journeymaps.space.SpaceFile.PageInfo;
import io.journeymaps.space.SpaceFile.Thread;

class SpaceFileJsonTest {
    private static final Instant T = Instant.parse("2026-03-01T10:00:00Z");

    static SpaceFile sample() {
        JourneyMap map = RichMaps.rich();
        Persona p7 = new Persona(7, "ÜX", "Priya", "#1f6feb", null, 34, "PO", null, null, null, null, null, null,
                null, "«Quote»", null);
        Persona p8 = new Persona(8, "ÜX", "Omar", null, null, null, null, null, null, null, null, null, null, null,
                null, null);
        // Map id 0: the file does not repeat it on comments (the importer sets the new one).
        Comment root = new Comment(31, 0, new Anchor(Anchor.Type.CARD, "c2"), null, "bob", "Slow\nvery", T, null, true);
        Comment reply = new Comment(32, 0, root.anchor(), 31L, "alice", "Agreed", T.plusSeconds(60), T.plusSeconds(90),
                false);
        List<RevisionSnapshot> revisions = List.of(
                new RevisionSnapshot(new Revision(43, 16, "alice", T, "Map created", RevisionKind.CREATE),
                        MapSnapshotJson.write(map)),
                new RevisionSnapshot(new Revision(43, 17, "bob", T.plusSeconds(5), "1 card edited"),
                        MapSnapshotJson.write(map)));
        ExportedMap exported = new ExportedMap(new PageInfo(200, "Buying a car"), "mk-rich", map, revisions,
                List.of(new Thread(root, List.of(reply))));
        return new SpaceFile("ÜX", T, "alice", List.of(p7, p8), List.of(exported));
    }

    private static ObjectNode file() {
        return (ObjectNode) Json.parse(Json.write(SpaceFileJson.write(sample())));
    }

    private static ObjectNode map0(ObjectNode file) {
        return (ObjectNode) file.get("maps").get(0);
    }

    @Test
    void writeThenRead_givesTheSameSpaceFile() {
        SpaceFileJson.Read read = SpaceFileJson.read(file());

        assertEquals(1, read.formatVersion());
        assertEquals(sample(), read.file());
    }

    @Test
    void unknownFormatVersion_isReadAsUnsupported_withoutLookingFurther() {
        ObjectNode file = file();
        file.put("formatVersion", 9);
        file.put("personas", 12);

        SpaceFileJson.Read read = SpaceFileJson.read(file);

        assertFalse(read.supported());
        assertEquals(9, read.formatVersion());
        assertEquals("ÜX", read.sourceSpaceKey());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "format               | format",
            "unknownTopField      | surprise",
            "duplicatePersonaId   | personas[1].id",
            "personaNameTooLong   | personas[0].name",
            "personaBadColour     | personas[0].colour",
            "unknownPersonaOfMap  | maps[0].map.personaIds[1]",
            "cardTextTooLong      | maps[0].map.cards[0].fields.text",
            "cardOnUnknownLane    | maps[0].map.cards[1].laneId",
            "tooManyLanes         | maps[0].map.lanes",
            "badSnapshotField     | maps[0].map.header.journeyType",
            "revisionOutOfOrder   | maps[0].revisions[1].version",
            "revisionSnapshot     | maps[0].revisions[0].snapshot.header.pageId",
            "anchorType           | maps[0].comments[0].anchor.type",
            "blankReply           | maps[0].comments[0].replies[0].body",
            "badCreated           | maps[0].comments[0].created",
            "missingPageTitle     | maps[0].page.title",
            "sameTitleAndMacroKey | maps[1].macroKey"})
    void brokenFile_isRefused_namingTheField(String problem, String field) {
        ObjectNode file = file();
        breaker(problem).accept(file);

        InvalidInputException e = assertThrows(InvalidInputException.class, () -> SpaceFileJson.read(file));

        assertEquals(field, e.errors().get(0).field(), e::getMessage);
    }

    private static Consumer<ObjectNode> breaker(String problem) {
        return switch (problem) {
            case "format" -> f -> f.put("format", "something-else");
            case "unknownTopField" -> f -> f.put("surprise", true);
            case "duplicatePersonaId" -> f -> ((ObjectNode) f.get("personas").get(1)).put("id", 7);
            case "personaNameTooLong" -> f -> ((ObjectNode) f.get("personas").get(0)).put("name", "x".repeat(256));
            case "personaBadColour" -> f -> ((ObjectNode) f.get("personas").get(0)).put("colour", "red");
            case "unknownPersonaOfMap" -> f -> ((ArrayNode) f.get("personas")).remove(1);
            case "cardTextTooLong" -> f -> card(f, 0).put("text", "x".repeat(4_001));
            case "cardOnUnknownLane" -> f -> ((ObjectNode) map0(f).get("map").get("cards").get(1)).put("laneId", "nope");
            case "tooManyLanes" -> f -> {
                ArrayNode lanes = (ArrayNode) map0(f).get("map").get("lanes");
                for (int i = 0; i < 30; i++) {
                    lanes.addObject().put("id", "extra" + i).put("type", "TEXT").put("name", "L").put("hidden", false);
                }
            };
            case "badSnapshotField" -> f -> ((ObjectNode) map0(f).get("map").get("header")).put("journeyType", "ODYSSEY");
            case "revisionOutOfOrder" -> f -> ((ObjectNode) map0(f).get("revisions").get(1)).put("version", 16);
            case "revisionSnapshot" -> f -> ((ObjectNode) map0(f).get("revisions").get(0).get("snapshot").get("header"))
                    .remove("pageId");
            case "anchorType" -> f -> ((ObjectNode) map0(f).get("comments").get(0).get("anchor")).put("type", "PAGE");
            case "blankReply" -> f -> ((ObjectNode) map0(f).get("comments").get(0).get("replies").get(0)).put("body", " ");
            case "badCreated" -> f -> ((ObjectNode) map0(f).get("comments").get(0)).put("created", "yesterday");
            case "missingPageTitle" -> f -> ((ObjectNode) map0(f).get("page")).remove("title");
            case "sameTitleAndMacroKey" -> f -> ((ArrayNode) f.get("maps")).add(map0(f).deepCopy());
            default -> throw new IllegalArgumentException(problem);
        };
    }

    private static ObjectNode card(ObjectNode file, int index) {
        JsonNode card = map0(file).get("map").get("cards").get(index);
        return (ObjectNode) card.get("fields");
    }
}
