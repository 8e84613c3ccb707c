package dev.userpool.service;

import dev.userpool.parameter.StringMember;

/**
 * The token members of the operations by token ({@code TokenModelType} in the API model), public so that the
 * conformance kit generates their request-validation rules from the shapes the service checks.
 */
public final class TokenMembers {

  /** ChangePassword's, GetUser's, GlobalSignOut's, UpdateUserAttributes' and DeleteUser's {@code AccessToken}. */
  public static final StringMember ACCESS_TOKEN = StringMember.sensitive("accessToken").pattern("[A-Za-z0-9-_=.]+");
  /** RevokeToken's {@code Token} member. */
  public static final StringMember TOKEN = StringMember.sensitive("token").pattern("[A-Za-z0-9-_=.]+");
  /** GetTokensFromRefreshToken's {@code RefreshToken}. */
  public static final StringMember REFRESH_TOKEN = StringMember.sensitive("refreshToken").pattern("[A-Za-z0-9-_=.]+");

  private TokenMembers() {}
}
