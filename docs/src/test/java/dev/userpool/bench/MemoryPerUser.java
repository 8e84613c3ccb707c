package dev.userpool.bench;

import dev.userpool.pool.UserPool;
import dev.userpool.testkit.store.InMemoryUserPools;
import dev.userpool.user.User;
import java.lang.ref.Reference;
import org.openjdk.jol.info.GraphLayout;

/**
 * Retained heap per user in testkit's in-memory store: used heap after full collections, before and after
 * storing {@value #USERS} users as the service stores them (username, sub, verified email alias, a
 * salted hash); and JOL's walk of the object graph of one user and of a 10,000-user store, by class.
 * Run with a fixed heap (the bench profile gives {@code -Xmx4g}) so that compressed references are on.
 */
public final class MemoryPerUser {

  static final int USERS = 1_000_000;
  static final int SAMPLE = 10_000;

  private MemoryPerUser() {}

  public static void main(String[] args) throws InterruptedException {
    UserPool pool = BenchFixtures.pool(0);
    long before = settledUsedHeap();
    InMemoryUserPools pools = new InMemoryUserPools();
    BenchFixtures.fill(pools, pool, USERS);
    long after = settledUsedHeap();
    System.out.printf("Retained heap of %,d stored users: %,d bytes, %.0f bytes per user (GC-settled used heap, before/after)%n",
        USERS, after - before, (after - before) / (double) USERS);
    Reference.reachabilityFence(pools);

    InMemoryUserPools sample = new InMemoryUserPools();
    User[] users = BenchFixtures.fill(sample, pool, SAMPLE);
    GraphLayout store = GraphLayout.parseInstance(sample.users(pool.id()));
    System.out.printf("JOL: a store of %,d users: %,d bytes, %.0f bytes per user%n",
        SAMPLE, store.totalSize(), store.totalSize() / (double) SAMPLE);
    GraphLayout one = GraphLayout.parseInstance(users[SAMPLE / 2]);
    System.out.printf("JOL: one user value (without the store's index): %,d bytes in %d objects%n", one.totalSize(), one.totalCount());
    System.out.println(one.toFootprint());
    System.out.println(store.toFootprint());
  }

  /** The used heap after a few collections, the least of five readings (SignInHeap reads it too). */
  static long settledUsedHeap() throws InterruptedException {
    Runtime rt = Runtime.getRuntime();
    long used = Long.MAX_VALUE;
    for (int i = 0; i < 5; i++) {
      System.gc();
      Thread.sleep(100);
      used = Math.min(used, rt.totalMemory() - rt.freeMemory());
    }
    return used;
  }
}
