/**
 * CUSTOM_AUTH's pure rules (AWS developer guide, "Custom authentication challenge Lambda triggers" and the pages of the
 * define, create and verify auth challenge triggers): what DefineAuthChallenge's answer means after the steps so far
 * ({@link dev.userpool.customauth.CustomAuthRules}). The state they decide on is the user's
 * ({@link dev.userpool.user.ChallengeResult}, the events' {@code request.session}; {@link dev.userpool.user.CustomAuthSession},
 * the open round with its session, history and private challenge parameters); the service {@code CustomAuthSignIn}
 * applies them; the trigger answers are read by {@code dev.userpool.trigger}.
 */
package dev.userpool.customauth;
