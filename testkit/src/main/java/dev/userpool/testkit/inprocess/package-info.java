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
 */
package dev.userpool.testkit.inprocess;
