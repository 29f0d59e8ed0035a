// compile-only declaration; never packaged; see atlassian-api.md §3
package com.atlassian.sal.api.transaction;

public interface TransactionCallback<T> {
    T doInTransaction();
}
