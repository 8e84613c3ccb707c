// oauth2 branch: Amplify v6 signInWithRedirect against the local endpoint's hosted pages (driven by oauth.mjs).
// The page reads its configuration from /config.json (served beside it), configures Amplify with an OAuth domain that
// oauth.mjs answers for the local endpoint (Amplify always builds https://<domain>/...), and exposes:
//   window.startSignIn()  signInWithRedirect(): the browser leaves for the hosted sign-in page
//   window.signedIn()     after the redirect back: getCurrentUser() and fetchAuthSession() once Amplify has the tokens
//   window.startSignOut() signOut(): the browser leaves for /logout and comes back here
//   window.currentUser()  getCurrentUser(), or the error's name
import { Amplify } from 'aws-amplify';
import { fetchAuthSession, getCurrentUser, signInWithRedirect, signOut } from 'aws-amplify/auth';
import { Hub } from 'aws-amplify/utils';
import 'aws-amplify/auth/enable-oauth-listener';

const config = await (await fetch('/config.json')).json();
const here = `${window.location.origin}/redirect.html`;

const completed = new Promise((done) => {
  Hub.listen('auth', ({ payload }) => {
    if (payload.event === 'signInWithRedirect' || payload.event === 'signInWithRedirect_failure') {
      done(payload);
    }
  });
});

Amplify.configure({
  Auth: {
    Cognito: {
      userPoolId: config.userPoolId, userPoolClientId: config.clientId, userPoolEndpoint: config.endpoint,
      loginWith: { oauth: { domain: config.domain, scopes: ['openid', 'email'], redirectSignIn: [here], redirectSignOut: [here],
        responseType: 'code' } },
    },
  },
});

window.startSignIn = () => { signInWithRedirect(); return true; };
window.startSignOut = () => { signOut(); return true; };
window.currentUser = async () => {
  try {
    return (await getCurrentUser()).username;
  } catch (e) {
    return e.name;
  }
};
window.signedIn = async () => {
  const event = await completed;
  if (event.event !== 'signInWithRedirect') {
    const e = event.data?.error ?? event.data;
    return { error: `${e?.name}: ${e?.message}` };
  }
  const user = await getCurrentUser();
  const session = await fetchAuthSession();
  return {
    username: user.username,
    idTokenUser: session.tokens?.idToken?.payload?.['cognito:username'],
    scope: session.tokens?.accessToken?.payload?.scope,
    email: session.tokens?.idToken?.payload?.email,
  };
};
window.pageReady = true;
