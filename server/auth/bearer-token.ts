// The token of an `Authorization: Bearer <token>` header. The scheme is case-insensitive (RFC 9110
// §11.1: "bearer", "BEARER" and "Bearer" are one scheme), so the plugin and @neo4j/graphql, which
// only knows "Bearer " exactly, are both given the token read here.
export function bearerToken(authorization: string | undefined): string | undefined {
  return /^Bearer[ \t]+(\S+)$/i.exec(authorization?.trim() ?? "")?.[1];
}
