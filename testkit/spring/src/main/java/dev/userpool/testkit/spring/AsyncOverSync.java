package dev.userpool.testkit.spring;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import software.amazon.awssdk.services.cognitoidentityprovider.CognitoIdentityProviderAsyncClient;
import software.amazon.awssdk.services.cognitoidentityprovider.CognitoIdentityProviderClient;

/**
 * A {@link CognitoIdentityProviderAsyncClient} that makes each call on a synchronous client and returns its outcome
 * as a completed future (Cognito's refusal as a future failed with the SDK's exception, as the SDK's async client
 * fails it). The async interface's default methods (paginators, the request-builder overloads) run as written, over
 * these calls. For tests: the call runs on the caller's thread.
 */
final class AsyncOverSync implements InvocationHandler {

  private final CognitoIdentityProviderClient sync;

  private AsyncOverSync(CognitoIdentityProviderClient sync) {
    this.sync = sync;
  }

  static CognitoIdentityProviderAsyncClient of(CognitoIdentityProviderClient sync) {
    Objects.requireNonNull(sync, "sync is null");
    return (CognitoIdentityProviderAsyncClient) Proxy.newProxyInstance(AsyncOverSync.class.getClassLoader(),
        new Class<?>[]{ CognitoIdentityProviderAsyncClient.class }, new AsyncOverSync(sync));
  }

  @Override
  public Object invoke(Object proxy, Method method, Object[] args) throws Throwable {
    switch (method.getName()) {
      case "toString" :
        if (method.getParameterCount() == 0) {
          return "CognitoIdentityProviderAsyncClient over " + sync;
        }
        break;
      case "hashCode" :
        if (method.getParameterCount() == 0) {
          return System.identityHashCode(proxy);
        }
        break;
      case "equals" :
        if (method.getParameterCount() == 1) {
          return proxy == args[0];
        }
        break;
      case "close" :
        return null; // the synchronous client belongs to its owner
      default :
        break;
    }
    Method call = synchronous(method);
    if (call != null && method.getReturnType() == CompletableFuture.class) {
      try {
        return CompletableFuture.completedFuture(call.invoke(sync, args));
      } catch (InvocationTargetException e) {
        return CompletableFuture.failedFuture(e.getCause());
      }
    }
    if (call != null && method.getReturnType().isAssignableFrom(call.getReturnType())) {
      return call.invoke(sync, args); // serviceName, serviceClientConfiguration
    }
    if (method.isDefault()) {
      return InvocationHandler.invokeDefault(proxy, method, args); // paginators, over the calls above
    }
    throw new UnsupportedOperationException(method.getName() + " has no synchronous counterpart");
  }

  private Method synchronous(Method method) {
    try {
      return CognitoIdentityProviderClient.class.getMethod(method.getName(), method.getParameterTypes());
    } catch (NoSuchMethodException e) {
      return null;
    }
  }
}
