package io.journeymaps.map.json;

import java.util.List;

import io.journeymaps.map.operation.MapOperation;

/** A batch as the editor posts it: the version it was made against and its operations. */
public record BatchRequest(long baseVersion, List<MapOperation> operations) {
    public BatchRequest {
        operations = List.copyOf(operations);
    }
}
