/**
 * Cognito in this process: {@link dev.userpool.testkit.inprocess.InProcessCognito} wires the library's
 * services to a store (in memory unless told otherwise), a {@link dev.userpool.testkit.inprocess.ControllableClock},
 * a {@link dev.userpool.testkit.inprocess.RecordingMailbox} of delivered codes and temporary passwords,
 * {@link dev.userpool.testkit.inprocess.SeededRandomness} and the
 * {@link dev.userpool.testkit.inprocess.InsecureFastHasher}.
 *
 * <p>{@link dev.userpool.testkit.inprocess.TimeTravel} and {@link dev.userpool.testkit.inprocess.Mailbox} are
 * the two hooks any Cognito fake offers a test (move its clock, read what it sent users): the clock and the
 * recording mailbox here implement them, and so does the local endpoint's control client.
 *
 * <p>Several endpoints on one store share the test control: {@link dev.userpool.testkit.inprocess.ClockOffset} (how
 * far AdvanceClock has moved time, which {@link dev.userpool.testkit.inprocess.SharedTime} applies to each node's
 * clock) and {@link dev.userpool.testkit.inprocess.Mailroom} (the latest code and temporary password per user) are
 * ports that userpool-postgres implements; in memory they are this process's.
 */
package dev.userpool.testkit.inprocess;
