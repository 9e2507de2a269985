import { defineProject } from 'vitest/config';

export default defineProject({ test: { name: 'zstack-api', include: ['src/**/*.test.ts'] } });
