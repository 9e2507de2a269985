import { Writable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { createLogger } from './logger.ts';

function capture() {
  const lines: string[] = [];
  const destination = new Writable({
    write(chunk, _enc, done) {
      lines.push(String(chunk));
      done();
    },
  });
  return { log: createLogger({ level: 'debug', destination }), text: () => lines.join('') };
}

const session = '0123456789abcdef0123456789abcdef';
const userdata = '#cloud-config\nusers: [{name: root, passwd: s3cr3t}]';
const secrets: [string, unknown, string][] = [
  ['Authorization header', { headers: { Authorization: `OAuth ${session}` } }, session],
  [
    'Cookie header',
    { headers: { cookie: 'zdash_session=CookieValueXYZ123456' } },
    'CookieValueXYZ123456',
  ],
  [
    'Set-Cookie header',
    { headers: { 'set-cookie': ['zdash_session=SetCookieValue987654'] } },
    'SetCookieValue987654',
  ],
  ['sessionId query param', { url: `http://n/zstack/v1/vms?sessionId=${session}&x=1` }, session],
  ['sessionUuid field', { sessionUuid: session }, session],
  [
    'legacy RPC session.uuid',
    { msg: { 'org.zstack.Foo': { session: { uuid: session } } } },
    session,
  ],
  [
    'login reply inventory.uuid',
    { reply: { inventory: { uuid: session, accountUuid: 'a', userUuid: 'u', expiredDate: 'x' } } },
    session,
  ],
  ['token field', { token: 'tok-abcdef-123456' }, 'tok-abcdef-123456'],
  [
    'token in a console URL',
    { consoleUrl: 'ws://10.0.0.1:4900/?token=consoleTok12345' },
    'consoleTok12345',
  ],
  ['ticket', { url: '/console?ticket=tick12345678' }, 'tick12345678'],
  ['password', { input: { accountName: 'admin', password: 'hunter2-pw' } }, 'hunter2-pw'],
  ['rootPassword:: tag', { systemTags: ['rootPassword::Sup3rRoot!'] }, 'Sup3rRoot!'],
  ['consolePassword:: tag', { systemTags: ['consolePassword::vncPw999'] }, 'vncPw999'],
  ['userdata:: tag', { systemTags: [`userdata::${userdata}`] }, 's3cr3t'],
  ['database credentials', { databaseUrl: 'postgres://zdash:dbPassw0rd@db/zdash' }, 'dbPassw0rd'],
  [
    'database credentials in text',
    { note: 'connect postgres://zdash:dbPassw0rd@db/zdash failed' },
    'dbPassw0rd',
  ],
  ['error message', { err: new Error(`bad url /v1/x?sessionId=${session}`) }, session],
];

describe('logger redaction', () => {
  for (const [name, record, secret] of secrets) {
    it(`removes ${name}`, () => {
      const { log, text } = capture();
      log.info(record, 'something happened');
      expect(text()).toContain('something happened');
      expect(text()).not.toContain(secret);
    });
  }

  it('keeps the size and sha256 of userdata instead of its content', () => {
    const { log, text } = capture();
    log.info({ systemTags: [`userdata::${userdata}`] }, 'vm');
    expect(text()).toMatch(/userdata::\[redacted size=\d+ sha256=[0-9a-f]{64}\]/);
  });

  it('redacts secrets in the message string too', () => {
    const { log, text } = capture();
    log.warn(`GET /v1/vms?sessionId=${session}`);
    expect(text()).not.toContain(session);
    expect(text()).toContain('sessionId=***');
  });
});
