package dev.userpool.support;

import dev.userpool.oauth.HostedSession;
import dev.userpool.port.HostedSessions;
import io.vavr.control.Option;
import java.time.Instant;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/** The hosted sign-in sessions of core's tests. */
public final class SimpleHostedSessions implements HostedSessions {

  private final ConcurrentMap<String, HostedSession> sessions = new ConcurrentHashMap<>();

  @Override
  public void open(HostedSession session) {
    sessions.put(session.id(), session);
  }

  @Override
  public Option<HostedSession> find(String id) {
    return Option.of(id == null ? null : sessions.get(id));
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

  public int size() {
    return sessions.size();
  }
}
