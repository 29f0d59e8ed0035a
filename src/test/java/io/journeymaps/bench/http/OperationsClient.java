package io.journeymaps.bench.http;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A client of the POST operations scenario: each request edits the text of one of its own cards,
 * sent against the last version it was told of (others' edits in between are merged by the
 * server). A 409 makes it take the current version; a 503 makes it wait Retry-After.
 */
final class OperationsClient implements ClosedLoopLoad.ClientRequest {
    private static final Pattern VERSION = Pattern.compile("\"(?:version|currentVersion)\"\\s*:\\s*(\\d+)");

    private final LoadFixture fixture;
    private final String path;
    private final int client;
    private final List<String> cards;
    private long knownVersion;
    private long edits;
    private long pauseNanos;

    OperationsClient(LoadFixture fixture, int client, List<String> cards, long knownVersion) {
        if (cards.isEmpty()) {
            throw new IllegalArgumentException("client " + client + " has no cards to edit");
        }
        this.fixture = fixture;
        this.path = fixture.restPath("/maps/" + fixture.mapId() + "/operations");
        this.client = client;
        this.cards = List.copyOf(cards);
        this.knownVersion = knownVersion;
    }

    /** The cards of client {@code client} of {@code clients}: every clients-th benchmark card. */
    static List<String> cardsOf(List<String> all, int client, int clients) {
        java.util.ArrayList<String> own = new java.util.ArrayList<>();
        for (int i = client; i < all.size(); i += clients) {
            own.add(all.get(i));
        }
        return own;
    }

    @Override
    public int send() throws Exception {
        String card = cards.get((int) (edits % cards.size()));
        edits++;
        String body = "{\"baseVersion\":" + knownVersion + ",\"operations\":[{\"type\":\"updateCard\",\"cardId\":\""
                + card + "\",\"fields\":{\"text\":\"Edited by client " + client + ", edit " + edits + "\"}}]}";
        HttpResponse<String> answer = fixture.post(path, body);
        int status = answer.statusCode();
        if (status == 200 || status == 409) {
            Matcher version = VERSION.matcher(answer.body());
            if (version.find()) {
                knownVersion = Long.parseLong(version.group(1));
            }
        } else if (status == 503) {
            long seconds = answer.headers().firstValue("Retry-After").map(Long::parseLong).orElse(1L);
            pauseNanos = seconds * 1_000_000_000L;
        }
        return status;
    }

    @Override
    public long pauseNanos() {
        long pause = pauseNanos;
        pauseNanos = 0;
        return pause;
    }

    static ClosedLoopLoad.Outcome outcome(int status) {
        return switch (status) {
            case 200 -> ClosedLoopLoad.Outcome.OK;
            case 409 -> ClosedLoopLoad.Outcome.CONFLICT;
            case 503 -> ClosedLoopLoad.Outcome.BUSY;
            default -> ClosedLoopLoad.Outcome.ERROR;
        };
    }
}
