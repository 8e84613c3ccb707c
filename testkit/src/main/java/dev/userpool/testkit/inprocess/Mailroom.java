package dev.userpool.testkit.inprocess;

import dev.userpool.port.Deliveries;

/**
 * Port: where the messages a Cognito fake sends are recorded ({@link Deliveries}) and read back by tests
 * ({@link Mailbox}: the latest code and the latest temporary password of each user of each pool). Every node
 * of one store shares it when the store offers one (userpool-postgres's), so that a code sent by one node is
 * read through another; the in-process Cognito's own {@link RecordingMailbox} is the one in memory. Adapters
 * must pass the testkit's {@code MailroomContract}.
 */
public interface Mailroom extends Deliveries, Mailbox {}
