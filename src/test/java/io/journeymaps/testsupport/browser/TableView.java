package io.journeymaps.testsupport.browser;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The editor's table view as read from the page: column headings and one row per card. */
public record TableView(List<String> columns, List<Row> rows) {
    public record Row(String cardId, Map<String, String> cells) {
        /** The cell under a heading, e.g. "Stage", "Step", "Lane", "Text". */
        public String get(String column) {
            return cells.getOrDefault(column, "");
        }
    }

    public Optional<Row> row(String cardId) {
        return rows.stream().filter(r -> r.cardId().equals(cardId)).findFirst();
    }
}
