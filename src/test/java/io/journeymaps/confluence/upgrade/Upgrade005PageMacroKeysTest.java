package io.journeymaps.confluence.upgrade;

import static org.junit.jupiter.api.Assertions.assertSame;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.inOrder;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.mockStatic;
import static org.mockito.Mockito.when;

import com.atlassian.activeobjects.external.ActiveObjects;
import com.atlassian.activeobjects.external.ModelVersion;
import com.atlassian.sal.api.transaction.TransactionCallback;
import io.journeymaps.map.store.MapEntity;
import io.journeymaps.map.store.MapPageMacroColumn;
import io.journeymaps.storage.Entities;
import net.java.ao.Query;
import org.junit.jupiter.api.Test;
import org.mockito.InOrder;
import org.mockito.MockedStatic;

class Upgrade005PageMacroKeysTest {
    @Test
    @SuppressWarnings("unchecked")
    void upgrade_addsTheColumn_fillsIt_thenMigratesEveryEntity() {
        ActiveObjects ao = mock(ActiveObjects.class);
        when(ao.executeInTransaction(any())).thenAnswer(i -> ((TransactionCallback<Object>) i.getArgument(0)).doInTransaction());
        when(ao.find(eq(MapEntity.class), any(Query.class))).thenReturn(new MapEntity[0]);

        new Upgrade005PageMacroKeys().upgrade(null, ao);

        InOrder order = inOrder(ao);
        order.verify(ao).migrate(MapPageMacroColumn.class);
        order.verify(ao).find(eq(MapEntity.class), any(Query.class));
        order.verify(ao).migrate(Entities.all());
    }

    @Test
    void modelVersion_isFive() {
        ModelVersion five = mock(ModelVersion.class);
        try (MockedStatic<ModelVersion> versions = mockStatic(ModelVersion.class)) {
            versions.when(() -> ModelVersion.valueOf("5")).thenReturn(five);

            assertSame(five, new Upgrade005PageMacroKeys().getModelVersion());
        }
    }
}
