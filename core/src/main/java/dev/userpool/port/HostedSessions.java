package dev.userpool.port;

import dev.userpool.oauth.HostedSession;
import io.vavr.control.Option;
import java.time.Instant;

/**
 * Storage port for the hosted pages' sign-in sessions ({@link HostedSession}), so that every node on one store
 * recognises a browser signed in through any of them. Adapters must pass the testkit's {@code HostedSessionsContract}.
 */
public interface HostedSessions {

  /** Keeps a new session. */
  void open(HostedSession session);

  /** The session with this id, expired or not; none when unknown or closed. */
  Option<HostedSession> find(String id);

  /** Ends the session with this id (logout); nothing when unknown. */
  void close(String id);

  /** Forgets the sessions expired at {@code now}. */
  void prune(Instant now);
}
