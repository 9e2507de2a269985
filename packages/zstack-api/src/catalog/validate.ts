/**
 * Consistency rules every catalogue entry must follow; the catalogue's tests run them, and the
 * simulator may run them at start-up. Each rule mirrors how ZStack builds routes and replies.
 *
 * @see https://github.com/zstackio/zstack/blob/master/rest/src/main/java/org/zstack/rest/RestServer.java
 */
import { inventoryClasses } from '../inventoryClasses.ts';
import { compareVersions } from '../versions.ts';
import type { ApiSpec, RestRoute } from './types.ts';

const versionPattern = /^\d+\.\d+\.\d+$/;
const messageSourcePattern = /^[a-zA-Z][\w-]*(\/[\w.-]+)*\/API\w+Msg\.java$/;
const sdkSourcePattern = /^sdk\/src\/main\/java\/org\/zstack\/sdk\/([a-z]+\/)?\w+Action\.java$/;
const pathPattern = /^(\/([a-z0-9]+(-[a-z0-9]+)*|\{[a-z][A-Za-z0-9]*\}))+$/;
const fqnPattern = /^([a-z][a-z0-9]*\.)+API\w+Msg$/;
const replyFqnPattern = /^([a-z][a-z0-9]*\.)+API\w+(Reply|Event)$/;

/**
 * The REST action name ZStack derives from a message class: `APIStartVmInstanceMsg` →
 * `startVmInstance`. It is the body key of every `isAction` route.
 *
 * @see https://github.com/zstackio/zstack/blob/master/rest/src/main/java/org/zstack/rest/RestServer.java
 */
export function actionNameOf(fqn: string): string {
  const simple = fqn
    .slice(fqn.lastIndexOf('.') + 1)
    .replace(/^API/, '')
    .replace(/Msg$/, '');
  return simple.charAt(0).toLowerCase() + simple.slice(1);
}

/** `{uuid}` and `{vmInstanceUuid}` match the same URLs, so routes compare with variables blanked. */
export function routeKey(method: string, path: string, bodyKey: string | null): string {
  return `${method} ${path.replace(/\{\w+\}/g, '{}')} ${bodyKey ?? '-'}`;
}

function pathVariables(path: string): string[] {
  return [...path.matchAll(/\{(\w+)\}/g)].map((match) => match[1] ?? '');
}

function routeProblems(entry: ApiSpec, rest: RestRoute): string[] {
  const problems: string[] = [];
  const where = `${entry.name}: REST`;
  for (const path of [rest.path, ...(rest.optionalPaths ?? [])]) {
    if (!pathPattern.test(path)) problems.push(`${where} path ${path} is malformed`);
  }
  for (const variable of pathVariables(rest.path)) {
    if (entry.params[variable]?.required !== true) {
      problems.push(`${where} path variable ${variable} is not a required param`);
    }
  }
  const isAction = rest.method === 'PUT' || rest.path.endsWith('/actions');
  if (isAction && rest.bodyKey !== actionNameOf(entry.fqn)) {
    problems.push(`${where} bodyKey ${rest.bodyKey} breaks the action-name rule`);
  }
  if (rest.method === 'POST' && rest.bodyKey !== 'params' && rest.bodyKey !== null) {
    problems.push(`${where} POST bodyKey must be params or null`);
  }
  if ((rest.method === 'GET' || rest.method === 'DELETE') && rest.bodyKey !== null) {
    problems.push(`${where} ${rest.method} routes take no body`);
  }
  return problems;
}

function versionProblems(entry: ApiSpec): string[] {
  const problems: string[] = [];
  if (!versionPattern.test(entry.since)) problems.push(`${entry.name}: since is missing`);
  if (entry.restSince !== undefined) {
    if (!entry.rest) problems.push(`${entry.name}: restSince without a REST route`);
    if (!versionPattern.test(entry.restSince) || compareVersions(entry.restSince, '1.9.0') < 0) {
      problems.push(`${entry.name}: restSince must be 1.9.0 or later`);
    }
    if (compareVersions(entry.restSince, entry.since) <= 0) {
      problems.push(`${entry.name}: restSince must be later than since`);
    }
  } else if (entry.rest && compareVersions(entry.since, '1.9.0') < 0) {
    problems.push(`${entry.name}: a pre-1.9 API with a route needs restSince`);
  }
  for (const [param, spec] of Object.entries(entry.params)) {
    if (spec.since === undefined) continue;
    if (!versionPattern.test(spec.since) || compareVersions(spec.since, entry.since) <= 0) {
      problems.push(`${entry.name}: param ${param} since must be later than the API`);
    }
  }
  return problems;
}

function shapeProblems(entry: ApiSpec): string[] {
  const problems: string[] = [];
  const isPremium = entry.section === 'premium';
  const sourcePattern = isPremium ? sdkSourcePattern : messageSourcePattern;
  if (!sourcePattern.test(entry.source)) problems.push(`${entry.name}: source is malformed`);
  if (!isPremium && !entry.source.endsWith(`/API${entry.name}Msg.java`)) {
    problems.push(`${entry.name}: source is not the message class`);
  }
  if (!fqnPattern.test(entry.fqn) || !entry.fqn.endsWith(`.API${entry.name}Msg`)) {
    problems.push(`${entry.name}: fqn must be the API…Msg class`);
  }
  if (!replyFqnPattern.test(entry.replyFqn)) problems.push(`${entry.name}: replyFqn is malformed`);
  else if (entry.async !== entry.replyFqn.endsWith('Event')) {
    problems.push(`${entry.name}: async APIs answer with an Event, sync ones with a Reply`);
  }
  if (entry.noSession && entry.adminOnly) problems.push(`${entry.name}: noSession and adminOnly`);
  return problems;
}

function queryProblems(entry: ApiSpec): string[] {
  const isQuery = entry.name.startsWith('Query');
  if (!isQuery) {
    return entry.queryInventory ? [`${entry.name}: only Query APIs name a queryInventory`] : [];
  }
  const problems: string[] = [];
  if (!entry.queryInventory || !Object.hasOwn(inventoryClasses, entry.queryInventory)) {
    problems.push(`${entry.name}: queryInventory is not in inventoryClasses`);
  }
  if (entry.async || entry.response !== 'inventories') {
    problems.push(`${entry.name}: a query is sync and answers inventories`);
  }
  if (entry.rest && entry.rest.method !== 'GET') problems.push(`${entry.name}: a query is a GET`);
  return problems;
}

/**
 * Every rule broken by one entry, as readable sentences (empty when the entry is sound).
 *
 * @example
 * entryProblems(catalog.StartVmInstance); // []
 */
export function entryProblems(entry: ApiSpec): string[] {
  return [
    ...shapeProblems(entry),
    ...versionProblems(entry),
    ...queryProblems(entry),
    ...(entry.rest ? routeProblems(entry, entry.rest) : []),
  ];
}

/**
 * Every rule broken by a set of entries, including routes that two entries share
 * (same method, path and body key).
 */
export function catalogProblems(entries: readonly ApiSpec[]): string[] {
  const problems = entries.flatMap(entryProblems);
  const owners = new Map<string, string>();
  const names = new Set<string>();
  for (const entry of entries) {
    if (names.has(entry.name)) problems.push(`${entry.name}: duplicate name`);
    names.add(entry.name);
    if (!entry.rest) continue;
    const paths = [entry.rest.path, ...(entry.rest.optionalPaths ?? [])];
    for (const path of paths) {
      const key = routeKey(entry.rest.method, path, entry.rest.bodyKey);
      const owner = owners.get(key);
      if (owner) problems.push(`${entry.name}: route ${key} duplicates ${owner}`);
      else owners.set(key, entry.name);
    }
  }
  return problems;
}
