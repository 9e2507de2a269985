import { defineProject } from 'vitest/config';

export default defineProject({ test: { name: 'zstack-cli', include: ['src/**/*.test.ts'] } });
