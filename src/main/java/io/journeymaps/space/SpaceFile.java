package io.journeymaps.space;

import java.time.Instant;
import java.util.List;

import io.journeymaps.comment.model.Comment;
import io.journeymaps.history.RevisionRepository.RevisionSnapshot;
import io.journeymaps.map.model.JourneyMap;
import io.journeymaps.persona.model.Persona;

/**
 * A whole space's journey-map data as one file (docs/space-export.md): the persona library and every
 * map with its page, revisions and comment threads. Ids are the exporting site's; an import maps them
 * to new ones, except the element ids inside maps, which are kept.
 */
public record SpaceFile(String spaceKey, Instant exported, String exportedBy, List<Persona> personas,
                        List<ExportedMap> maps) {
    public static final String FORMAT = "journey-maps-space";
    public static final int FORMAT_VERSION = 1;

    public SpaceFile {
        personas = List.copyOf(personas);
        maps = List.copyOf(maps);
    }

    /** The page a map belongs to, as the exporting site knew it: an import looks its title up. */
    public record PageInfo(long id, String title) {
    }

    /** A map with its owner page, macro key, revisions (oldest first) and comment threads. */
    public record ExportedMap(PageInfo page, String macroKey, JourneyMap map, List<RevisionSnapshot> revisions,
                              List<Thread> comments) {
        public ExportedMap {
            revisions = List.copyOf(revisions);
            comments = List.copyOf(comments);
        }

        public int commentCount() {
            return comments.stream().mapToInt(t -> 1 + t.replies().size()).sum();
        }
    }

    /** A comment thread: its root and the replies, oldest first. */
    public record Thread(Comment root, List<Comment> replies) {
        public Thread {
            replies = List.copyOf(replies);
        }
    }
}
