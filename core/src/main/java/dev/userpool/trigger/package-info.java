/**
 * Lambda triggers as data and pure rules: the triggers a pool's {@code LambdaConfig} names
 * ({@link dev.userpool.pool.Trigger}), the trigger sources with when each runs, for which operation and what its
 * response may change ({@link dev.userpool.trigger.TriggerSource}, a table the docs render), the pool's
 * {@link dev.userpool.pool.LambdaConfig}, the event Cognito sends ({@link dev.userpool.trigger.TriggerEvent}, a
 * JSON value: {@link dev.userpool.trigger.Json}), what each response may change
 * ({@link dev.userpool.trigger.PreSignUpAnswer}, {@link dev.userpool.trigger.TokenCustomization}), how a failed
 * invocation becomes Cognito's error ({@link dev.userpool.trigger.TriggerFailure}), and the port that invokes a
 * function ({@link dev.userpool.trigger.Triggers}). The service {@code TriggerService} applies them.
 */
package dev.userpool.trigger;
