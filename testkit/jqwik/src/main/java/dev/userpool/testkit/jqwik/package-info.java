/**
 * jqwik support for the testkit, in its own opt-in artifact {@code userpool-testkit-jqwik} (which brings
 * the jqwik engine, so that properties written with it run).
 *
 * <ul>
 *   <li><b>Arbitraries</b>: {@link dev.userpool.testkit.jqwik.CognitoDomain} generates policies, passwords
 *       that satisfy or break them ({@link dev.userpool.testkit.jqwik.BrokenPassword}), usernames, users,
 *       pools, fixtures and {@link dev.userpool.testkit.jqwik.OperationSequence}s of
 *       {@link dev.userpool.testkit.jqwik.PoolOperation}s.
 *   <li><b>Contracts</b>: {@link dev.userpool.testkit.jqwik.UsersContract},
 *       {@link dev.userpool.testkit.jqwik.UserPoolsContract}, {@link dev.userpool.testkit.jqwik.GroupsContract}
 *       and {@link dev.userpool.testkit.jqwik.TokenFamiliesContract}, which every store adapter must pass, and
 *       {@link dev.userpool.testkit.jqwik.MailroomContract} and {@link dev.userpool.testkit.jqwik.ClockOffsetContract}
 *       for the test control's shared state.
 * </ul>
 *
 * <p>Nothing here prints or logs a password: types that hold one show {@code ***} or an index instead.
 */
package dev.userpool.testkit.jqwik;
