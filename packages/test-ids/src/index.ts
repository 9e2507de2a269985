/**
 * `data-testid` values shared by the web app and the Playwright specs (Grafana's e2e-selectors
 * idea): a renamed id breaks the type check of both sides at once instead of a test at run time.
 *
 * @example
 * <Button data-testid={testIds.signIn.submit}>…</Button>
 * await page.getByTestId(testIds.signIn.submit).click();
 */
export const testIds = {
  signIn: {
    form: 'sign-in-form',
    kindAccount: 'sign-in-kind-account',
    kindUser: 'sign-in-kind-user',
    accountName: 'sign-in-account-name',
    userName: 'sign-in-user-name',
    password: 'sign-in-password',
    submit: 'sign-in-submit',
    error: 'sign-in-error',
  },
  shell: {
    appBar: 'shell-app-bar',
    navDrawer: 'shell-nav-drawer',
    /** Followed by the area id: `nav-item-vms`. */
    navItemPrefix: 'nav-item-',
    userMenu: 'shell-user-menu',
    signOut: 'shell-sign-out',
    changePassword: 'shell-change-password',
    languageMenu: 'shell-language-menu',
    /** Followed by the language: `language-option-zh-CN`. */
    languageOptionPrefix: 'language-option-',
    themeMenu: 'shell-theme-menu',
    /** Followed by the theme: `theme-option-dark`. */
    themeOptionPrefix: 'theme-option-',
    pageTitle: 'page-title',
  },
  session: {
    expiryDialog: 'session-expiry-dialog',
    expiryCountdown: 'session-expiry-countdown',
    staySignedIn: 'session-stay-signed-in',
    reauthDialog: 'reauth-dialog',
    reauthPassword: 'reauth-password',
    reauthSubmit: 'reauth-submit',
    reauthError: 'reauth-error',
    endedNotice: 'session-ended-notice',
    defaultPasswordBanner: 'default-password-banner',
    changePasswordDialog: 'change-password-dialog',
    currentPassword: 'change-password-current',
    newPassword: 'change-password-new',
    changePasswordSubmit: 'change-password-submit',
  },
  dashboard: {
    page: 'dashboard-page',
    hostCpu: 'dashboard-host-cpu',
    hostMemory: 'dashboard-host-memory',
    primaryStorage: 'dashboard-primary-storage',
    vmsByState: 'dashboard-vms-by-state',
    /** Followed by the VM state: `dashboard-vm-state-Running`. */
    vmStatePrefix: 'dashboard-vm-state-',
    hostsByStatus: 'dashboard-hosts-by-status',
    /** Followed by the host status: `dashboard-host-status-Connected`. */
    hostStatusPrefix: 'dashboard-host-status-',
    hostTotal: 'dashboard-host-total',
    alerts: 'dashboard-alerts',
    managementNode: 'dashboard-management-node',
    error: 'dashboard-error',
  },
  auditLog: {
    page: 'audit-log-page',
    table: 'audit-log-table',
    row: 'audit-log-row',
    filterUser: 'audit-log-filter-user',
    filterProcedure: 'audit-log-filter-procedure',
    filterResult: 'audit-log-filter-result',
    filterFrom: 'audit-log-filter-from',
    filterTo: 'audit-log-filter-to',
  },
  jobs: {
    drawerButton: 'jobs-drawer-button',
    drawer: 'jobs-drawer',
    drawerRow: 'jobs-drawer-row',
    stateChip: 'jobs-state-chip',
    historyPage: 'jobs-history-page',
    historyTable: 'jobs-history-table',
    historyRow: 'jobs-history-row',
    filterUser: 'jobs-filter-user',
    filterApi: 'jobs-filter-api',
    filterState: 'jobs-filter-state',
    filterFrom: 'jobs-filter-from',
    filterTo: 'jobs-filter-to',
    jobPage: 'jobs-job-page',
    jobState: 'jobs-job-state',
    jobExplain: 'jobs-job-explain',
    jobError: 'jobs-job-error',
    jobParams: 'jobs-job-params',
    zstackCli: 'jobs-job-zstack-cli',
    curl: 'jobs-job-curl',
    copyCli: 'jobs-job-copy-cli',
    copyCurl: 'jobs-job-copy-curl',
    retry: 'jobs-job-retry',
    resume: 'jobs-job-resume',
    bulkDialog: 'jobs-bulk-dialog',
    bulkItem: 'jobs-bulk-item',
  },
  apiTimeouts: {
    page: 'api-timeouts-page',
    table: 'api-timeouts-table',
    /** Followed by the API name: `api-timeouts-row-AddImage`. */
    rowPrefix: 'api-timeouts-row-',
    filter: 'api-timeouts-filter',
    edit: 'api-timeouts-edit',
    dialog: 'api-timeouts-dialog',
    overrideInput: 'api-timeouts-override',
    save: 'api-timeouts-save',
    clear: 'api-timeouts-clear',
    nodeConfigInput: 'api-timeouts-node-config',
    saveNodeConfig: 'api-timeouts-save-node-config',
    properties: 'api-timeouts-properties',
  },
  consoles: {
    page: 'consoles-page',
    /** `data-status`: connecting | online | offline | error. */
    status: 'consoles-status',
    /** The element noVNC draws its canvas into. */
    screen: 'consoles-screen',
    /** `data-reason`: why the console is offline or stopped. */
    reason: 'consoles-reason',
    fullscreen: 'consoles-fullscreen',
    scale: 'consoles-scale',
    ctrlAltDel: 'consoles-ctrl-alt-del',
    keysMenu: 'consoles-keys-menu',
    /** Followed by the combination id: `consoles-key-ctrl-alt-f1`. */
    keyComboPrefix: 'consoles-key-',
    pasteOpen: 'consoles-paste-open',
    pasteText: 'consoles-paste-text',
    pasteSend: 'consoles-paste-send',
    viewOnly: 'consoles-view-only',
    reconnect: 'consoles-reconnect',
    openInNewTab: 'consoles-open-in-new-tab',
    password: 'consoles-password',
  },
  comingSoon: { page: 'coming-soon-page' },
  pageError: 'page-error',
  notification: 'notification',
} as const;
