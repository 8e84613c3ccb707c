/**
 * Choice-based sign-in ({@code AuthFlow USER_AUTH}) as pure rules: the pool's {@link SignInPolicy}
 * ({@code Policies.SignInPolicy.AllowedFirstAuthFactors}) and its validation, and the first factors as a table of data
 * ({@link FirstFactors}) that says which of them a user may use and how each begins and is answered. The sign-in itself
 * runs in the service ({@code UserAuthSignIn}).
 */
package dev.userpool.userauth;
