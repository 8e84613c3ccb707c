/**
 * A user pool's schema, as data and pure rules: the standard attributes Cognito lists for a new pool
 * ({@link dev.userpool.schema.Schema#standard()}), custom {@code custom:} and developer-only {@code dev:}
 * attributes with their data types, constraints and mutability, the decisions of CreateUserPool's
 * {@code Schema} and of AddCustomAttributes ({@link dev.userpool.schema.SchemaDefinition}), the check of
 * every attribute write against the schema ({@link dev.userpool.schema.AttributeCheck}), and what an app
 * client may read and write ({@link dev.userpool.schema.ClientAttributes}). It knows attribute names and
 * values only, not users, pools or clients: the services apply it.
 */
package dev.userpool.schema;
