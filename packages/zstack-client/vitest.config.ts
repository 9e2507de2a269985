import { defineProject } from 'vitest/config';

export default defineProject({ test: { name: 'zstack-client', include: ['src/**/*.test.ts'] } });
