import { describe, expect, it } from 'vitest';
import { apiInWords, formatElapsed, stateColor } from './jobFormat.ts';

describe('jobFormat', () => {
  it('puts API names in words, keeping acronyms', () => {
    expect(apiInWords('StopVmInstance')).toBe('Stop VM instance');
    expect(apiInWords('AddKVMHost')).toBe('Add KVM host');
    expect(apiInWords('AddImage')).toBe('Add image');
    expect(apiInWords('AttachEipToVmNic')).toBe('Attach EIP to VM nic');
  });

  it('formats durations', () => {
    expect(formatElapsed(850)).toBe('850 ms');
    expect(formatElapsed(12_400)).toBe('12 s');
    expect(formatElapsed(185_000)).toBe('3 min 5 s');
    expect(formatElapsed(3 * 3_600_000)).toBe('3 h');
  });

  it('never colours a timeout as a failure', () => {
    expect(stateColor('failed')).toBe('error');
    expect(stateColor('stopped-waiting')).toBe('warning');
    expect(stateColor('outcome-unknown')).toBe('warning');
  });
});
