import { describe, expect, it } from 'vitest';
import { hashPassword, lifetimeOf, SessionState, slidesOn } from './session.ts';

const inventory = {
  uuid: '4f0c2a3b9c8e4d7aa1b2c3d4e5f60718',
  accountUuid: 'a',
  userUuid: 'u',
  createDate: 'Jan 6, 2017 3:51:16 AM',
  expiredDate: 'Jan 6, 2017 5:51:16 AM',
};

describe('hashPassword', () => {
  it('is the SHA-512 hex ZStack stores for the admin password', () => {
    expect(hashPassword('password')).toBe(
      'b109f3bbbc244eb82441917ed06d618b9008dd09b3befd1b5e07394c706a8bb980b1d7785e5976ec049b46df5f1326af5a2ea6d103fd07c95385ffab0cacbc86',
    );
  });
});

describe('SessionState', () => {
  it('derives the lifetime from the node dates, not the zone-less absolute time', () => {
    expect(lifetimeOf(inventory)).toBe(7200_000);
    expect(lifetimeOf({ ...inventory, expiredDate: 'Jan 6, 2017, 5:51:16\u202fAM' })).toBe(
      7200_000,
    );
    const state = SessionState.fromInventory(inventory, true, 1000);
    expect(state.expiresAt?.getTime()).toBe(1000 + 7200_000);
  });

  it('slides on each call when sliding, stays fixed otherwise', () => {
    const sliding = SessionState.fromInventory(inventory, true, 0);
    sliding.touch(5000);
    expect(sliding.expiresAt?.getTime()).toBe(5000 + 7200_000);
    const fixed = SessionState.fromInventory(inventory, false, 0);
    fixed.touch(5000);
    expect(fixed.expiresAt?.getTime()).toBe(7200_000);
    expect(fixed.isExpired(7200_000)).toBe(true);
    expect(fixed.isExpired(7199_999)).toBe(false);
  });

  it('renews by the given duration and can be marked expired', () => {
    const state = SessionState.fromInventory(inventory, true, 0);
    state.renewed(60_000, 100);
    expect(state.expiresAt?.getTime()).toBe(60_100);
    state.markExpired(200);
    expect(state.isExpired(200)).toBe(true);
  });

  it('never shows the uuid when serialised', () => {
    const state = SessionState.fromInventory(inventory, true);
    expect(JSON.stringify(state)).not.toContain(inventory.uuid);
  });

  it('knows sessions slide from 3.0 (unknown version: modern)', () => {
    expect(slidesOn('2.3.0')).toBe(false);
    expect(slidesOn('3.0.0')).toBe(true);
    expect(slidesOn(undefined)).toBe(true);
  });
});
