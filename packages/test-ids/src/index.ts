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
  comingSoon: { page: 'coming-soon-page' },
  pageError: 'page-error',
  notification: 'notification',
} as const;
