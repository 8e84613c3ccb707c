/**
 * The Cognito error catalogue: every error the library returns, with Cognito's error code
 * ({@code __type} on the wire), exact message and HTTP status. A failed operation returns one of these
 * and changes nothing.
 */
package dev.userpool.error;
