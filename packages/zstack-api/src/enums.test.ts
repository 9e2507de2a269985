import { describe, expect, it } from 'vitest';
import {
  hostStateEvents,
  hostStates,
  hostStateTransitions,
  nextVmState,
  vmInstanceStateEvents,
  vmInstanceStates,
  vmIntermediateStates,
  vmStateTransitions,
} from './enums.ts';

describe('VM state machine', () => {
  it('uses only known states and events', () => {
    for (const [from, moves] of Object.entries(vmStateTransitions)) {
      expect(vmInstanceStates).toContain(from);
      for (const [event, to] of Object.entries(moves ?? {})) {
        expect(vmInstanceStateEvents).toContain(event);
        expect(vmInstanceStates).toContain(to);
      }
    }
    for (const state of vmIntermediateStates) expect(vmInstanceStates).toContain(state);
  });

  it('follows the main lifecycle of zstack-api.md §6', () => {
    expect(nextVmState('Created', 'starting')).toBe('Starting');
    expect(nextVmState('Starting', 'running')).toBe('Running');
    expect(nextVmState('Running', 'stopping')).toBe('Stopping');
    expect(nextVmState('Stopping', 'stopped')).toBe('Stopped');
    expect(nextVmState('Running', 'rebooting')).toBe('Rebooting');
    expect(nextVmState('Running', 'migrating')).toBe('Migrating');
    expect(nextVmState('Migrating', 'migrated')).toBe('Running');
    expect(nextVmState('Stopped', 'destroying')).toBe('Destroying');
    expect(nextVmState('Destroying', 'destroyed')).toBe('Destroyed');
    expect(nextVmState('Destroyed', 'stopped')).toBe('Stopped');
    expect(nextVmState('Running', 'unknown')).toBe('Unknown');
  });

  it('refuses transitions ZStack refuses', () => {
    expect(nextVmState('Destroyed', 'starting')).toBeUndefined();
    expect(nextVmState('Created', 'stopping')).toBeUndefined();
    expect(nextVmState('Error', 'running')).toBeUndefined();
  });
});

describe('host state machine', () => {
  it('covers every state with known events', () => {
    expect(Object.keys(hostStateTransitions).sort()).toEqual([...hostStates].sort());
    for (const moves of Object.values(hostStateTransitions)) {
      for (const event of Object.keys(moves)) expect(hostStateEvents).toContain(event);
    }
  });

  it('reaches Maintenance only through PreMaintenance', () => {
    expect(hostStateTransitions.Enabled.maintain).toBeUndefined();
    expect(hostStateTransitions.Enabled.preMaintain).toBe('PreMaintenance');
    expect(hostStateTransitions.PreMaintenance.maintain).toBe('Maintenance');
  });
});
