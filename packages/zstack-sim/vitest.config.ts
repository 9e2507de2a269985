import { defineProject } from 'vitest/config';

export default defineProject({ test: { name: 'zstack-sim', include: ['src/**/*.test.ts'] } });
