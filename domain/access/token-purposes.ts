/** What a signed token may be used for; a token of one purpose is refused for any other. */
export const TOKEN_PURPOSES = {
  access: 'access',
  setPassword: 'set-password',
  timesheetApproval: 'timesheet-approval',
} as const;
