/**
 * CUSTOM_AUTH as data and pure rules (AWS developer guide, "Custom authentication challenge Lambda triggers" and the
 * pages of the define, create and verify auth challenge triggers): the history of a custom sign-in
 * ({@link dev.userpool.customauth.ChallengeResult}, the events' {@code request.session}), what DefineAuthChallenge's
 * answer means ({@link dev.userpool.customauth.CustomAuthRules}), and the open round kept on the user
 * ({@link dev.userpool.customauth.CustomAuthSession}: its session, history and private challenge parameters). The
 * service {@code CustomAuthSignIn} applies them; the trigger answers are read by {@code dev.userpool.trigger}.
 */
package dev.userpool.customauth;
