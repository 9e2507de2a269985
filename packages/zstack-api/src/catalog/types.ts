/**
 * The shape of one catalogue entry: everything both the client and the simulator need to know
 * about a ZStack API, read from ZStack's own source.
 *
 * @see https://github.com/zstackio/zstack/blob/master/header/src/main/java/org/zstack/header/rest/RestRequest.java
 */

/** Java field types the REST layer's TypeVerifier checks, reduced to what JSON can carry. */
export type ParamType =
  | 'string'
  | 'int'
  | 'long'
  | 'float'
  | 'boolean'
  | 'stringList'
  | 'map'
  | 'json';

/** One API parameter (a field of the `API…Msg` class). */
export interface ParamSpec {
  readonly type: ParamType;
  /** `@APIParam(required = true)`; path variables are always required. */
  readonly required?: boolean;
  /** `@APIParam(validValues = …)`. */
  readonly validValues?: readonly string[];
  /** `@APIParam(numberRange = …)`, inclusive. */
  readonly numberRange?: readonly [number, number];
  /** `@APIParam(nonempty = true)` on a list. */
  readonly nonempty?: boolean;
  /** `@APIParam(maxLength = …)`. */
  readonly maxLength?: number;
  /** The first version that has this parameter, when later than the API itself. */
  readonly since?: string;
}

export type ParamSpecs = Readonly<Record<string, ParamSpec>>;

/** HTTP methods the REST v1 server maps. */
export type RestMethod = 'GET' | 'POST' | 'PUT' | 'DELETE';

/** The `@RestRequest` annotation of a message class. */
export interface RestRoute {
  readonly method: RestMethod;
  /** Relative to `/zstack/v1`, with `{var}` placeholders copied into the message's fields. */
  readonly path: string;
  /** Extra paths (`optionalPaths`), e.g. `/vm-instances/{uuid}` for a query. */
  readonly optionalPaths?: readonly string[];
  /**
   * The body key: `params` for creates, the lower-camel action name for `…/actions` routes,
   * `null` when the body is ignored (`parameterName = "null"`) or there is none (GET/DELETE).
   */
  readonly bodyKey: string | null;
}

/**
 * How the reply maps to the REST body (`@RestResponse`):
 * - `inventory` / `inventories`: `allTo` one field;
 * - `all`: `fieldsTo = {"all"}`, every field including `success`;
 * - `none`: an empty `@RestResponse`, the body is `{}`;
 * - a record: `fieldsTo = {"restName=javaField", …}`.
 */
export type ResponseMapping =
  | 'inventory'
  | 'inventories'
  | 'all'
  | 'none'
  | { readonly fieldsTo: Readonly<Record<string, string>> };

/** Catalogue sections: one noun, the same name as the simulator module and the BFF router key. */
export type CatalogSection =
  | 'identity'
  | 'managementNodes'
  | 'globalConfigs'
  | 'gc'
  | 'zones'
  | 'clusters'
  | 'hosts'
  | 'primaryStorage'
  | 'backupStorage'
  | 'images'
  | 'offerings'
  | 'l2Networks'
  | 'l3Networks'
  | 'networkServices'
  | 'vips'
  | 'eips'
  | 'virtualRouters'
  | 'vms'
  | 'volumes'
  | 'consoles'
  | 'tags'
  | 'capacity'
  | 'tasks'
  | 'premium';

/** One API of the catalogue. `TResult` is the typed REST reply body (phantom, compile time only). */
export interface ApiSpec<TResult = unknown> {
  /** The name as zstack-cli writes it (`StartVmInstance`). */
  readonly name: string;
  /** The message class, the legacy RPC envelope key. */
  readonly fqn: string;
  /** The reply or event class, the key of the legacy RPC `result`. */
  readonly replyFqn: string;
  readonly section: CatalogSection;
  /** `null`: no `@RestRequest` in any version — reachable only over the legacy RPC. */
  readonly rest: RestRoute | null;
  /** `APISyncCallMessage` subclasses are sync; every other API answers 202 and runs as a job. */
  readonly async: boolean;
  /** `@SuppressCredentialCheck`: no session needed. */
  readonly noSession?: boolean;
  /** Only a SystemAdmin account may call it (identity interceptor answers ID.1002 otherwise). */
  readonly adminOnly?: boolean;
  readonly response: ResponseMapping;
  /** For Query APIs: the inventory queried (a key of `inventoryClasses`). */
  readonly queryInventory?: string;
  readonly params: ParamSpecs;
  /** First ZStack version with this API (over the legacy RPC for pre-1.9 APIs). */
  readonly since: string;
  /** First version with a REST v1 route, when later than `since` (REST started in 1.9). */
  readonly restSince?: string;
  /** The ZStack source file the entry was read from (repository-relative, zstackio/zstack). */
  readonly source: string;
  /** Phantom type carrier; never set at run time. */
  readonly __result?: TResult;
}

/**
 * Declares an entry with its reply type, keeping the literal types of the spec.
 *
 * @example
 * export const startVmInstance = defineApi<{ inventory: VmInstanceInventory }>()({ name: 'StartVmInstance', … });
 */
export function defineApi<TResult>() {
  return <const TSpec extends Omit<ApiSpec<TResult>, '__result'>>(spec: TSpec) =>
    spec as TSpec & { readonly __result?: TResult };
}

type Simplify<T> = { [K in keyof T]: T[K] } & {};

type ParamTsType<TSpec extends ParamSpec> = TSpec['type'] extends 'string'
  ? TSpec['validValues'] extends readonly (infer TValue extends string)[]
    ? TValue
    : string
  : TSpec['type'] extends 'int' | 'long' | 'float'
    ? number
    : TSpec['type'] extends 'boolean'
      ? boolean
      : TSpec['type'] extends 'stringList'
        ? string[]
        : TSpec['type'] extends 'map'
          ? Record<string, unknown>
          : unknown;

type RequiredKeys<TParams extends ParamSpecs> = {
  [K in keyof TParams]: TParams[K]['required'] extends true ? K : never;
}[keyof TParams];

/** The TypeScript type of an API's parameters, derived from its `params` specs. */
export type ParamsOf<TSpec extends { params: ParamSpecs }> = Simplify<
  { [K in RequiredKeys<TSpec['params']>]: ParamTsType<TSpec['params'][K]> } & {
    [K in Exclude<keyof TSpec['params'], RequiredKeys<TSpec['params']>>]?: ParamTsType<
      TSpec['params'][K]
    >;
  }
>;

/** The typed REST reply body of an API. */
export type ResultOf<TSpec> = TSpec extends { readonly __result?: infer TResult } ? TResult : never;
