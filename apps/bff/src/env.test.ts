import { describe, expect, it } from 'vitest';
import { loadEnv } from './env.ts';

describe('loadEnv', () => {
  it('has the documented defaults', () => {
    expect(loadEnv({})).toMatchObject({
      PORT: 3000,
      HOST: '127.0.0.1',
      ZDASH_SIM_SEED: 'demo',
      ZDASH_SIM_TIME_SCALE: 1,
      ZDASH_SIM_CONTROL: false,
      ZDASH_IDLE_TIMEOUT_MIN: 30,
      ZDASH_ABSOLUTE_TIMEOUT_H: 8,
    });
    expect(loadEnv({}).ZSTACK_URL).toBeUndefined();
    expect(loadEnv({ INIT_CWD: '/srv/zdash' }).ZDASH_DATA_DIR).toBe('/srv/zdash/data');
  });

  it('requires ZSTACK_URL with a PostgreSQL store (several replicas cannot share the simulator)', () => {
    expect(() => loadEnv({ DATABASE_URL: 'postgres://db/zdash' })).toThrow(/ZSTACK_URL/);
    expect(
      loadEnv({ DATABASE_URL: 'postgres://db/zdash', ZSTACK_URL: 'http://10.0.0.5:8080/zstack' })
        .DATABASE_URL,
    ).toBe('postgres://db/zdash');
  });

  it('names every bad variable', () => {
    expect(() =>
      loadEnv({ PORT: 'x', ZDASH_SIM_SEED: 'lots', PUBLIC_ORIGIN: 'not a url' }),
    ).toThrow(/PORT[\s\S]*ZDASH_SIM_SEED|ZDASH_SIM_SEED[\s\S]*PORT/);
  });

  it('treats empty strings as unset and parses the control flag', () => {
    const env = loadEnv({
      ZSTACK_URL: '',
      DATABASE_URL: '',
      ZDASH_SIM_CONTROL: '1',
      ZDASH_SIM_SEED: 'scale:100',
    });
    expect(env.ZSTACK_URL).toBeUndefined();
    expect(env.ZDASH_SIM_CONTROL).toBe(true);
    expect(env.ZDASH_SIM_SEED).toBe('scale:100');
  });
});
