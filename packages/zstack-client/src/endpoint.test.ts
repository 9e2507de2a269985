import { describe, expect, it } from 'vitest';
import { jobUrl, jobUuidOf, parseEndpoint, rewriteJobLocation } from './endpoint.ts';
import { ZStackError } from './errors.ts';

describe('parseEndpoint', () => {
  it('keeps the context path and drops a trailing slash', () => {
    const a = parseEndpoint('http://10.0.0.5:8080/zstack/');
    const b = parseEndpoint('http://10.0.0.5:8080/zstack');
    expect(a).toEqual(b);
    expect(a).toMatchObject({
      base: 'http://10.0.0.5:8080/zstack',
      port: 8080,
      contextPath: '/zstack',
    });
  });

  it('defaults the port by scheme and accepts no context path', () => {
    expect(parseEndpoint('https://mn.example')).toMatchObject({
      base: 'https://mn.example',
      port: 443,
      contextPath: '',
    });
  });

  it('rejects what is not an http(s) URL with a client code', () => {
    expect(() => parseEndpoint('mn:8080')).toThrow(ZStackError);
    expect(() => parseEndpoint('ftp://mn/zstack')).toThrow(/http/);
  });
});

describe('rewriteJobLocation', () => {
  const endpoint = parseEndpoint('https://proxy.example:9443/zstack');

  it('puts the configured scheme, host, port and context in front of /v1/api-jobs (NAT)', () => {
    const location = 'http://192.168.0.5:8080/zstack/v1/api-jobs/8f7b21fc84f94c2296e12e3389cad3ba';
    expect(rewriteJobLocation(location, endpoint)).toBe(
      'https://proxy.example:9443/zstack/v1/api-jobs/8f7b21fc84f94c2296e12e3389cad3ba',
    );
  });

  it('also maps a location served without a context path', () => {
    const location = 'http://localhost:8989/v1/api-jobs/abc';
    expect(rewriteJobLocation(location, endpoint)).toBe(
      'https://proxy.example:9443/zstack/v1/api-jobs/abc',
    );
  });

  it('leaves a location without the api-jobs path alone', () => {
    expect(rewriteJobLocation('http://x/elsewhere', endpoint)).toBe('http://x/elsewhere');
  });
});

describe('job urls', () => {
  it('builds and reads back /v1/api-jobs/{uuid}', () => {
    const url = jobUrl('abc123', parseEndpoint('http://h:1/zstack'));
    expect(url).toBe('http://h:1/zstack/v1/api-jobs/abc123');
    expect(jobUuidOf(url)).toBe('abc123');
    expect(jobUuidOf(`${url}?x=1`)).toBe('abc123');
    expect(jobUuidOf('http://h/none')).toBeUndefined();
  });
});
