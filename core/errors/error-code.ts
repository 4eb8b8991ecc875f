// The one list of error codes tht-graph uses, each with the HTTP status it answers with. Codes are
// the public contract: tests, clients and the page branch on them, never on message text. Pure
// data, so the page can import it (through schema/contract.ts).

export enum ErrorCode {
  // Startup and operation: printed by the CLIs, answered by /readyz.
  ConfigInvalid = "CONFIG_INVALID",
  PortInUse = "PORT_IN_USE",
  JavaMissing = "JAVA_MISSING",
  Neo4jNotBuilt = "NEO4J_NOT_BUILT",
  Neo4jStartFailed = "NEO4J_START_FAILED",
  SeedInvalid = "SEED_INVALID",
  PageNotBuilt = "PAGE_NOT_BUILT",
  // One problem of a seed file or a change to the graph (SEED_INVALID lists them, each with its code).
  // Of form: the file or a field cannot be read as what it should be.
  FileTooLarge = "FILE_TOO_LARGE",
  FileMissing = "FILE_MISSING",
  UnknownFile = "UNKNOWN_FILE",
  EncodingInvalid = "ENCODING_INVALID",
  YamlInvalid = "YAML_INVALID",
  CsvInvalid = "CSV_INVALID",
  SchemaInvalid = "SCHEMA_INVALID",
  // Of content: well-formed records that contradict each other or their sources.
  DuplicateId = "DUPLICATE_ID",
  UnknownReference = "UNKNOWN_REFERENCE",
  UnknownSource = "UNKNOWN_SOURCE",
  EndpointKind = "ENDPOINT_KIND",
  Cycle = "CYCLE",
  DatesReversed = "DATES_REVERSED",
  DateOutsideEndpoint = "DATE_OUTSIDE_ENDPOINT",
  CitationNotFound = "CITATION_NOT_FOUND",
  SourceInUse = "SOURCE_IN_USE",
  AlreadyEnded = "ALREADY_ENDED",
  NothingChanged = "NOTHING_CHANGED",
  // History and reconciling: a revert whose elements changed since, a load that would undo live edits.
  RevertConflict = "REVERT_CONFLICT",
  EditConflict = "EDIT_CONFLICT",
  SeedConflict = "SEED_CONFLICT",
  StoryStepInvalid = "STORY_STEP_INVALID",
  // The database.
  DatabaseUnavailable = "DATABASE_UNAVAILABLE",
  DatabaseAuthFailed = "DATABASE_AUTH_FAILED",
  DatabaseTimeout = "DATABASE_TIMEOUT",
  DatabaseError = "DATABASE_ERROR",
  // Requests.
  Unauthenticated = "UNAUTHENTICATED",
  Forbidden = "FORBIDDEN",
  QueryTooDeep = "QUERY_TOO_DEEP",
  TooManyAliases = "TOO_MANY_ALIASES",
  TooManyDirectives = "TOO_MANY_DIRECTIVES",
  TooManyTokens = "TOO_MANY_TOKENS",
  QueryTooCostly = "QUERY_TOO_COSTLY",
  PayloadTooLarge = "PAYLOAD_TOO_LARGE",
  BadRequest = "BAD_REQUEST",
  BadUserInput = "BAD_USER_INPUT",
  NotFound = "NOT_FOUND",
  NetworkTooLarge = "NETWORK_TOO_LARGE",
  ExportTooLarge = "EXPORT_TOO_LARGE",
  RateLimited = "RATE_LIMITED",
  ComputationTimeout = "COMPUTATION_TIMEOUT",
  // Apollo Server's and graphql-js's own codes, which the server passes on unchanged.
  GraphqlParseFailed = "GRAPHQL_PARSE_FAILED",
  GraphqlValidationFailed = "GRAPHQL_VALIDATION_FAILED",
  PersistedQueryNotFound = "PERSISTED_QUERY_NOT_FOUND",
  PersistedQueryNotSupported = "PERSISTED_QUERY_NOT_SUPPORTED",
  OperationResolutionFailure = "OPERATION_RESOLUTION_FAILURE",
  // A client that cannot reach the server at all (the page says so; no server sends it).
  ServerUnreachable = "SERVER_UNREACHABLE",
  InternalError = "INTERNAL_SERVER_ERROR",
}

/**
 * The HTTP status of each code when it ends a request (exports, probes, refused requests). GraphQL
 * errors raised while resolving a field keep the GraphQL convention: 200, the code in `extensions`.
 */
export const errorStatus: Readonly<Record<ErrorCode, number>> = {
  [ErrorCode.ConfigInvalid]: 500,
  [ErrorCode.PortInUse]: 500,
  [ErrorCode.JavaMissing]: 500,
  [ErrorCode.Neo4jNotBuilt]: 500,
  [ErrorCode.Neo4jStartFailed]: 500,
  [ErrorCode.SeedInvalid]: 500,
  [ErrorCode.PageNotBuilt]: 503,
  [ErrorCode.FileTooLarge]: 400,
  [ErrorCode.FileMissing]: 422,
  [ErrorCode.UnknownFile]: 400,
  [ErrorCode.EncodingInvalid]: 400,
  [ErrorCode.YamlInvalid]: 400,
  [ErrorCode.CsvInvalid]: 400,
  [ErrorCode.SchemaInvalid]: 400,
  [ErrorCode.DuplicateId]: 422,
  [ErrorCode.UnknownReference]: 422,
  [ErrorCode.UnknownSource]: 422,
  [ErrorCode.EndpointKind]: 422,
  [ErrorCode.Cycle]: 422,
  [ErrorCode.DatesReversed]: 422,
  [ErrorCode.DateOutsideEndpoint]: 422,
  [ErrorCode.CitationNotFound]: 422,
  [ErrorCode.SourceInUse]: 422,
  [ErrorCode.AlreadyEnded]: 422,
  [ErrorCode.NothingChanged]: 422,
  [ErrorCode.RevertConflict]: 409,
  [ErrorCode.EditConflict]: 409,
  [ErrorCode.SeedConflict]: 409,
  [ErrorCode.StoryStepInvalid]: 422,
  [ErrorCode.DatabaseUnavailable]: 503,
  [ErrorCode.DatabaseAuthFailed]: 503,
  [ErrorCode.DatabaseTimeout]: 504,
  [ErrorCode.DatabaseError]: 500,
  [ErrorCode.Unauthenticated]: 401,
  [ErrorCode.Forbidden]: 403,
  [ErrorCode.QueryTooDeep]: 400,
  [ErrorCode.TooManyAliases]: 400,
  [ErrorCode.TooManyDirectives]: 400,
  [ErrorCode.TooManyTokens]: 400,
  [ErrorCode.QueryTooCostly]: 400,
  [ErrorCode.PayloadTooLarge]: 413,
  [ErrorCode.BadRequest]: 400,
  [ErrorCode.BadUserInput]: 400,
  [ErrorCode.NotFound]: 404,
  [ErrorCode.NetworkTooLarge]: 422,
  [ErrorCode.ExportTooLarge]: 422,
  [ErrorCode.RateLimited]: 429,
  [ErrorCode.ComputationTimeout]: 504,
  [ErrorCode.GraphqlParseFailed]: 400,
  [ErrorCode.GraphqlValidationFailed]: 400,
  [ErrorCode.PersistedQueryNotFound]: 200,
  [ErrorCode.PersistedQueryNotSupported]: 200,
  [ErrorCode.OperationResolutionFailure]: 400,
  [ErrorCode.ServerUnreachable]: 503,
  [ErrorCode.InternalError]: 500,
};

const codes = new Set<string>(Object.values(ErrorCode));

export function isErrorCode(value: unknown): value is ErrorCode {
  return typeof value === "string" && codes.has(value);
}

/** The code for an HTTP status that came without one (a proxy's page, say): the nearest code we have. */
export function codeForStatus(status: number): ErrorCode {
  if (status === 401) return ErrorCode.Unauthenticated;
  if (status === 403) return ErrorCode.Forbidden;
  if (status === 404) return ErrorCode.NotFound;
  if (status === 413) return ErrorCode.PayloadTooLarge;
  if (status === 502 || status === 503 || status === 504) return ErrorCode.ServerUnreachable;
  if (status >= 400 && status < 500) return ErrorCode.BadRequest;
  return ErrorCode.InternalError;
}
