package io.journeymaps.map.operation;

import static io.journeymaps.map.operation.Checks.fail;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.journeymaps.map.model.Card;
import io.journeymaps.map.model.CardDetails;
import io.journeymaps.map.model.CardField;
import io.journeymaps.map.model.JourneyMap;
import io.journeymaps.map.model.Lane;
import io.journeymaps.map.model.Limits;
import io.journeymaps.map.model.Step;
import io.journeymaps.map.operation.MapOperation.AddCard;
import io.journeymaps.map.operation.MapOperation.DeleteCard;
import io.journeymaps.map.operation.MapOperation.MoveCard;
import io.journeymaps.map.operation.MapOperation.UpdateCard;

/** Cards: the items in the cells. The order within a cell is the order of the map's card list. */
final class CardEdits {
    private CardEdits() {
    }

    static OperationResult addCard(JourneyMap map, AddCard op, String path, boolean clamp) {
        String cardId = Checks.newId(map, path + ".cardId", op.cardId());
        Lane lane = cardLane(map, path + ".laneId", op.laneId());
        Step step = Checks.step(map, path + ".stepId", op.stepId());
        if (map.cards().size() >= Limits.CARDS_PER_MAP) {
            throw fail(path, "a map has at most " + Limits.CARDS_PER_MAP + " cards");
        }
        Map<CardField, Object> values = new EnumMap<>(CardField.class);
        op.fields().forEach((field, value) -> {
            if (value != null) {
                values.put(field, checkedValue(lane, path + ".fields." + field.wireName(), field, value));
            }
        });
        Card card = new Card(cardId, lane.id(), step.id(), CardDetails.of(values));
        List<Card> cards = new ArrayList<>(map.cards());
        int cellSize = map.cardsIn(lane.id(), step.id()).size();
        insert(cards, card, Checks.index(path + ".index", op.index(), cellSize, clamp));
        return new OperationResult(map.withCards(cards), Set.of(Target.exists(Target.CARD, cardId)));
    }

    static OperationResult updateCard(JourneyMap map, UpdateCard op, String path) {
        Card card = Checks.card(map, path + ".cardId", op.cardId());
        if (op.fields().isEmpty()) {
            throw fail(path + ".fields", "must name at least one field");
        }
        Lane lane = map.lane(card.laneId()).orElseThrow();
        Map<CardField, Object> changes = new EnumMap<>(CardField.class);
        Set<Target> changed = new LinkedHashSet<>();
        op.fields().forEach((field, value) -> {
            changes.put(field, value == null ? null : checkedValue(lane, path + ".fields." + field.wireName(), field, value));
            changed.add(Target.field(Target.CARD, card.id(), field.wireName()));
        });
        Card updated = card.withDetails(card.details().withAll(changes));
        List<Card> cards = map.cards().stream().map(c -> c.id().equals(card.id()) ? updated : c).toList();
        return new OperationResult(map.withCards(cards), changed);
    }

    static OperationResult moveCard(JourneyMap map, MoveCard op, String path, boolean clamp) {
        Card card = Checks.card(map, path + ".cardId", op.cardId());
        Lane lane = cardLane(map, path + ".laneId", op.laneId());
        Step step = Checks.step(map, path + ".stepId", op.stepId());
        for (CardField f : card.details().asMap().keySet()) {
            if (!lane.type().accepts(f)) {
                throw fail(path + ".laneId", "a " + lane.type() + " lane does not take the card's field "
                        + f.wireName() + ": clear it first");
            }
        }
        List<Card> cards = new ArrayList<>(map.cards());
        cards.remove(card);
        JourneyMap without = map.withCards(cards);
        int cellSize = without.cardsIn(lane.id(), step.id()).size();
        int index = Checks.index(path + ".index", op.index(), cellSize, clamp);
        insert(cards, card.inCell(lane.id(), step.id()), index);
        return new OperationResult(map.withCards(cards), Set.of(Target.field(Target.CARD, card.id(), Target.POSITION)));
    }

    static OperationResult deleteCard(JourneyMap map, DeleteCard op, String path) {
        Card card = Checks.card(map, path + ".cardId", op.cardId());
        Set<Target> changed = new LinkedHashSet<>();
        JourneyMap after = StructureEdits.removeCardsAndScores(map, c -> c.id().equals(card.id()), e -> false, changed);
        return new OperationResult(after, changed);
    }

    private static Lane cardLane(JourneyMap map, String path, String laneId) {
        Lane lane = Checks.lane(map, path, laneId);
        if (!lane.type().holdsCards()) {
            throw fail(path, "an " + lane.type() + " lane holds emotion scores, not cards");
        }
        return lane;
    }

    private static Object checkedValue(Lane lane, String path, CardField field, Object value) {
        if (!lane.type().accepts(field)) {
            throw fail(path, "is not a field of cards in a " + lane.type() + " lane");
        }
        String problem = CardFieldRules.problem(field, value);
        if (problem != null) {
            throw fail(path, problem);
        }
        return value;
    }

    /** Inserts the card at {@code index} among the cards of its cell (after the cell's last card when at the end). */
    private static void insert(List<Card> cards, Card card, int index) {
        int seen = 0;
        int lastOfCell = -1;
        for (int i = 0; i < cards.size(); i++) {
            Card c = cards.get(i);
            if (c.laneId().equals(card.laneId()) && c.stepId().equals(card.stepId())) {
                if (seen == index) {
                    cards.add(i, card);
                    return;
                }
                seen++;
                lastOfCell = i;
            }
        }
        cards.add(lastOfCell < 0 ? cards.size() : lastOfCell + 1, card);
    }
}
