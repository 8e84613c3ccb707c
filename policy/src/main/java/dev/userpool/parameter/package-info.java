/**
 * Request-member constraints and the violations AWS's request validation reports for them: the text
 * of an {@code InvalidParameterException} such as
 * {@code 1 validation error detected: Value at 'password' failed to satisfy constraint: ...}.
 */
package dev.userpool.parameter;
