import type { Generated, Insertable, Selectable } from 'kysely';

// Times are epoch milliseconds (bigint on PostgreSQL, which pg returns as strings: repos use Number()).
type Millis = number | string;

/** A browser session. The cookie value itself is never stored: `idHash` is its SHA-256. */
export interface SessionsTable {
  id_hash: string;
  /** The upstream ZStack session; null once the session ended. Never leaves the BFF. */
  zstack_session_uuid: string | null;
  login_kind: 'account' | 'user';
  account_name: string;
  user_name: string | null;
  account_uuid: string;
  user_uuid: string;
  is_admin: number;
  /** 1 when the admin account signed in with the factory password (checked on the plaintext at sign-in). */
  default_password: number;
  created_at: Millis;
  last_activity_at: Millis;
  absolute_expires_at: Millis;
  upstream_expires_at: Millis | null;
  ended_at: Millis | null;
  end_reason: string | null;
}

/** One audited mutation. */
export interface AuditLogTable {
  id: string;
  at: Millis;
  account_uuid: string | null;
  actor: string;
  procedure: string;
  api: string | null;
  target: string | null;
  /** JSON of the input with secrets removed. */
  params: string;
  result: 'success' | 'failure';
  error_code: string | null;
  error_message: string | null;
  duration_ms: number;
  /** The job the mutation started (or the bulk action's parent id); null for other mutations. */
  job_id?: string | null;
}

/** Preferences of one person (account, or user of an account). */
export interface PreferencesTable {
  owner: string;
  /** JSON of the Preferences object. */
  data: string;
  updated_at: Millis;
}

/** One asynchronous ZStack call made for a person (see jobs/jobService.ts). */
export interface JobsTable {
  id: string;
  session_id_hash: string | null;
  account_uuid: string;
  account_name: string;
  user_uuid: string | null;
  user_name: string | null;
  api: string;
  target: string | null;
  /** JSON of the parameters with secrets removed. */
  params: string;
  /** JSON of the exact parameters while "sending", only when they hold no secret; else null. */
  send_params: string | null;
  parent_id: string | null;
  parent_kind: string | null;
  transport: 'rest' | 'rpc';
  zstack_job_uuid: string | null;
  location: string | null;
  webhook_secret: string | null;
  api_timeout_sec: number | null;
  started_at: Millis;
  deadline_at: Millis;
  state: string;
  /** JSON: `{result}` or `{error}`. */
  outcome: string | null;
  /** JSON of the last task progress. */
  progress: string | null;
  finished_at: Millis | null;
  updated_at: Millis;
  lease_owner: string | null;
  lease_expires_at: Millis | null;
}

/** An admin's timeout for one API (sent as X-API-Timeout). */
export interface ApiTimeoutOverridesTable {
  api: string;
  timeout_ms: Millis;
  updated_by: string;
  updated_at: Millis;
}

/** A single-use console ticket (see relays/ticketsRepo.ts); the ZStack token never leaves the BFF. */
export interface ConsoleTicketsTable {
  ticket_hash: string;
  session_id_hash: string;
  vm_uuid: string;
  origin: string;
  hostname: string;
  port: number;
  token: string;
  created_at: Millis;
  expires_at: Millis;
}

/** The BFF store's tables (wizard runs and schedules come with their issues). */
export interface Database {
  jobs: JobsTable;
  console_tickets: ConsoleTicketsTable;
  api_timeout_overrides: ApiTimeoutOverridesTable;
  sessions: SessionsTable;
  audit_log: AuditLogTable;
  preferences: PreferencesTable;
}

/** Row types, for repositories. */
export type SessionRow = Selectable<SessionsTable>;
export type NewSessionRow = Insertable<SessionsTable>;
export type AuditRow = Selectable<AuditLogTable>;
export type JobRow = Selectable<JobsTable>;
export type NewJobRow = Insertable<JobsTable>;
export type { Generated };
