package dev.userpool.testkit.store;

import dev.userpool.oauth.HostedSession;
import dev.userpool.port.HostedSessions;
import io.vavr.control.Option;
import java.time.Instant;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/** The hosted pages' sign-in sessions in memory, for one process; {@link #prune} forgets expired ones. Thread-safe. */
public final class InMemoryHostedSessions implements HostedSessions {

  private final ConcurrentMap<String, HostedSession> sessions = new ConcurrentHashMap<>();

  @Override
  public void open(HostedSession session) {
    Objects.requireNonNull(session, "session is null");
    sessions.put(session.id(), session);
  }

  @Override
  public Option<HostedSession> find(String id) {
    return id == null ? Option.none() : Option.of(sessions.get(id));
  }

  @Override
  public void close(String id) {
    if (id != null) {
      sessions.remove(id);
    }
  }

  @Override
  public void prune(Instant now) {
    sessions.values().removeIf(s -> !now.isBefore(s.expiresAt()));
  }

  /** How many sessions are kept. */
  public int size() {
    return sessions.size();
  }
}
