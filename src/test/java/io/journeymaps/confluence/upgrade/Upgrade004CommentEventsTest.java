package io.journeymaps.confluence.upgrade;

import static org.junit.jupiter.api.Assertions.assertSame;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.mockStatic;
import static org.mockito.Mockito.verify;

import com.atlassian.activeobjects.external.ActiveObjects;
import com.atlassian.activeobjects.external.ModelVersion;
import io.journeymaps.storage.Entities;
import org.junit.jupiter.api.Test;
import org.mockito.MockedStatic;

class Upgrade004CommentEventsTest {
    @Test
    void upgrade_migratesEveryEntity() {
        ActiveObjects ao = mock(ActiveObjects.class);

        new Upgrade004CommentEvents().upgrade(null, ao);

        verify(ao).migrate(Entities.all());
    }

    @Test
    void modelVersion_isFour() {
        ModelVersion four = mock(ModelVersion.class);
        try (MockedStatic<ModelVersion> versions = mockStatic(ModelVersion.class)) {
            versions.when(() -> ModelVersion.valueOf("4")).thenReturn(four);

            assertSame(four, new Upgrade004CommentEvents().getModelVersion());
        }
    }
}
