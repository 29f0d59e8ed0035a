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

class Upgrade003CommentEventsTest {
    @Test
    void upgrade_migratesEveryEntity() {
        ActiveObjects ao = mock(ActiveObjects.class);

        new Upgrade003CommentEvents().upgrade(null, ao);

        verify(ao).migrate(Entities.all());
    }

    @Test
    void modelVersion_isThree() {
        ModelVersion three = mock(ModelVersion.class);
        try (MockedStatic<ModelVersion> versions = mockStatic(ModelVersion.class)) {
            versions.when(() -> ModelVersion.valueOf("3")).thenReturn(three);

            assertSame(three, new Upgrade003CommentEvents().getModelVersion());
        }
    }
}
