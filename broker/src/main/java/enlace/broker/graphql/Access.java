package enlace.broker.graphql;

import enlace.broker.security.Caller;
import enlace.broker.security.Scope;
import graphql.schema.DataFetchingEnvironment;

/**
 * Who may run a resolver. A resolver that needs a scope starts with
 * {@code Access.require(env, Scope.DIRECTORY_WRITE)}; the failure becomes a GraphQL error with
 * {@code extensions.code} UNAUTHENTICATED (no token) or FORBIDDEN (the scope is missing), and the
 * message names the scope.
 */
public final class Access {

  private Access() {}

  /** The caller of this request; {@link Caller#ANONYMOUS} when it carried no token. */
  public static Caller caller(DataFetchingEnvironment env) {
    RequestContext request = env.getGraphQlContext().get(RequestContext.class);
    return request == null ? Caller.ANONYMOUS : request.caller();
  }

  /** The caller, when its token grants {@code scope}; throws Unauthenticated or Forbidden otherwise. */
  public static Caller require(DataFetchingEnvironment env, Scope scope) {
    return caller(env).require(scope);
  }

  /** The caller, when the request carried a valid token; throws Unauthenticated otherwise. */
  public static Caller authenticated(DataFetchingEnvironment env) {
    return caller(env).requireAuthenticated();
  }
}
