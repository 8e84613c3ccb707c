package dev.userpool.service;

import dev.userpool.error.CognitoError;
import dev.userpool.mfa.MfaChallenge;
import dev.userpool.mfa.MfaStep;
import dev.userpool.mfa.OneTimeCode;
import dev.userpool.pool.AppClient;
import dev.userpool.pool.ContactAttribute;
import dev.userpool.pool.UserPool;
import dev.userpool.user.CodeDelivery;
import dev.userpool.user.CodePurpose;
import dev.userpool.user.ConfirmationCode;
import dev.userpool.user.Context;
import dev.userpool.user.Message;
import dev.userpool.user.User;
import io.vavr.control.Either;
import io.vavr.control.Option;
import dev.userpool.mfa.ChallengeSequence;
import dev.userpool.mfa.MfaType;
import io.vavr.collection.Set;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The challenges answered with a code the pool sent ({@link MfaStep#sendsCode()}): SMS_MFA and EMAIL_OTP after a first
 * factor, EMAIL_OTP and SMS_OTP as USER_AUTH's first factors. One mechanism for all: the code comes from the code port,
 * is kept on the challenge ({@link OneTimeCode}) and goes out through the delivery port as a {@link CodePurpose#SIGN_IN}
 * message, so the testkit's mailbox and the endpoint's LastCode read it. The challenge parameters say where it went,
 * masked: {@code CODE_DELIVERY_DELIVERY_MEDIUM} ({@code SMS} or {@code EMAIL}) and {@code CODE_DELIVERY_DESTINATION}
 * (AWS developer guide "SMS and email message MFA"). The answer ({@code SMS_MFA_CODE}, {@code EMAIL_OTP_CODE},
 * {@code SMS_OTP_CODE}) is accepted once and before the code expires; a wrong one is {@code CodeMismatchException:
 * Invalid code or auth state for the user.} and counts toward the lockout.
 */
final class CodeChallenges {

  private CodeChallenges() {}

  /** A code sent for a challenge: the code kept and the message to deliver. */
  record Sent(OneTimeCode code, Message message, CodeDelivery delivery) {}

  /** The contact a challenge's code goes to. */
  static ContactAttribute channel(MfaStep step) {
    return step == MfaStep.EMAIL_OTP ? ContactAttribute.EMAIL : ContactAttribute.PHONE_NUMBER;
  }

  /** The code {@code step} sends to {@code user}, or none when the step sends none or the user has no such contact. */
  static Option<Sent> send(MfaStep step, User user, UserPool pool, Context ctx) {
    if (!step.sendsCode()) {
      return Option.none();
    }
    ContactAttribute channel = channel(step);
    return user.attributes().contact(channel).map(address -> {
      ConfirmationCode code = ctx.codes().get();
      CodeDelivery delivery = new CodeDelivery(channel, address);
      return new Sent(OneTimeCode.sent(code.reveal(), ctx.now()),
          new Message.CodeMessage(CodePurpose.SIGN_IN, user.signInName(pool), delivery, code), delivery);
    });
  }

  /** The challenge parameters that say where the code went. */
  static void describe(Map<String, String> parameters, CodeDelivery delivery) {
    parameters.put("CODE_DELIVERY_DELIVERY_MEDIUM", delivery.deliveryMedium());
    parameters.put("CODE_DELIVERY_DESTINATION", delivery.maskedDestination());
  }

  /** The member of ChallengeResponses that carries the code for {@code step}. */
  static String member(MfaStep step) {
    return step.name() + "_CODE";
  }

  /** The answer to an open code challenge: tokens for the right code, else the refusal a wrong code gets. */
  static Either<CognitoError, Step<Either<CognitoError, Results.SignIn>>> answer(User user, MfaChallenge challenge,
      Map<String, String> responses, UserPool pool, AppClient client, Context ctx) {
    return SignInFlows.required(responses, member(challenge.step())).map(answer -> challenge.code()
        .filter(code -> code.accepts(answer, ctx.now()))
        .map(code -> MfaSignIn.signedIn(user, user.mfa().withChallenge(Option.some(challenge.answer())), pool, client, ctx))
        .getOrElse(() -> MfaSignIn.wrongCode(user, ctx)));
  }

  /** The challenge parameters of {@code step}: where a code went, the choices, USER_ID_FOR_SRP. */
  static Map<String, String> parameters(MfaStep step, UserPool pool, User user, Option<CodeChallenges.Sent> sent) {
    Map<String, String> parameters = new LinkedHashMap<>();
    sent.forEach(s -> CodeChallenges.describe(parameters, s.delivery()));
    if (step == MfaStep.SELECT_MFA_TYPE) {
      parameters.put("MFAS_CAN_CHOOSE", jsonArray(ChallengeSequence.usable(pool.mfa(), user.mfa())));
    }
    if (step == MfaStep.MFA_SETUP) {
      parameters.put("MFAS_CAN_SETUP", jsonArray(pool.mfa().factors()));
    }
    parameters.put("USER_ID_FOR_SRP", user.username().value());
    return parameters;
  }

  private static String jsonArray(Set<MfaType> types) {
    return types.toList().map(t -> "\"" + t.name() + "\"").mkString("[", ",", "]");
  }
}
