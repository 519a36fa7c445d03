export * from './timesheet-entry';
export * from './working-time';
