package io.journeymaps.comment.store;

import net.java.ao.test.jdbc.Hsql;
import net.java.ao.test.jdbc.Jdbc;

@Jdbc(Hsql.class)
public class HsqlCommentStoreTest extends CommentStoreScenarios {
}
