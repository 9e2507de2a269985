import type { SessionInventory } from '../inventories/session.ts';
import { defineApi } from './types.ts';

const hdr = 'header/src/main/java/org/zstack/header/identity';

export const logInByAccount = defineApi<{ inventory: SessionInventory }>()({
  name: 'LogInByAccount',
  fqn: 'org.zstack.header.identity.APILogInByAccountMsg',
  replyFqn: 'org.zstack.header.identity.APILogInReply',
  section: 'identity',
  rest: { method: 'PUT', path: '/accounts/login', bodyKey: 'logInByAccount' },
  async: false,
  noSession: true,
  response: 'inventory',
  params: {
    accountName: { type: 'string', required: true },
    /** SHA-512 hex of the plaintext. */
    password: { type: 'string', required: true },
    accountType: { type: 'string', since: '3.5.0' },
    captchaUuid: { type: 'string', since: '3.5.0' },
    verifyCode: { type: 'string', since: '3.5.0' },
    clientInfo: { type: 'map', since: '3.5.0' },
  },
  since: '0.6.0',
  restSince: '1.9.0',
  source: `${hdr}/APILogInByAccountMsg.java`,
});
